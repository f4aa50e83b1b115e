// SPDX-License-Identifier: GPL-3.0-or-later
// ContainerEventsClient against a real rexec-local over TCP: live with `list` first, pings that
// keep the socket alive, a silent socket taken for dead and reopened, the polling fallback when
// the upgrade is refused, the periodic reconcile, a restart of the server, and a bad token.
#include "api/restclient.h"
#include "containers/containereventsclient.h"
#include "core/tlswarmup.h"

#include "containertestutil.h"
#include "httpclient.h"
#include "localserverprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace rexec::test;
using namespace std::chrono_literals;
using rexec::api::ContainerEvent;
using rexec::api::ContainerList;
using rexec::api::RestClient;
using rexec::containers::ContainerEventsClient;
using Mode = ContainerEventsClient::Mode;

namespace {

// Short enough for tests; the shape (backoff, then polling) is the production one.
ContainerEventsClient::Timing fastTiming()
{
    ContainerEventsClient::Timing timing;
    timing.pingInterval = 100ms;
    timing.silenceTimeout = 2s;
    timing.handshakeTimeout = 5s;
    timing.backoffInitial = 20ms;
    timing.backoffMax = 200ms;
    timing.failuresBeforePolling = 3;
    timing.pollInterval = 100ms;
    timing.socketRetryWhilePolling = 300ms;
    timing.reconcileInterval = 0ms;
    return timing;
}

QList<Mode> modesOf(const QSignalSpy &spy)
{
    QList<Mode> modes;
    for (const auto &args : spy)
        modes << args.at(0).value<Mode>();
    return modes;
}

bool listHasName(const ContainerList &list, const QString &name)
{
    return std::any_of(list.containers.begin(), list.containers.end(),
                       [&name](const rexec::api::Container &c) { return c.name == name; });
}

// Whether Qt's OpenSSL backend is loaded into this process (which loads every CA certificate).
bool tlsBackendLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libqopensslbackend");
}

} // namespace

class TestContainerEventsClient : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;
    HttpClient m_http;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<ContainerEventsClient> m_client;

    QString createContainer(const QString &name)
    {
        const HttpResult created = m_http.postJson(m_server.url(QStringLiteral("/api/containers")),
                                                   {{QStringLiteral("image"), QStringLiteral("host")},
                                                    {QStringLiteral("name"), name}});
        return created.status == 202 ? created.json.value(u"id").toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_http.setToken(m_server.token());
    }

    void init()
    {
        m_rest = std::make_unique<RestClient>(m_server.url());
        m_rest->setToken(QString::fromLatin1(m_server.token()));
        m_client = std::make_unique<ContainerEventsClient>(*m_rest);
        m_client->setTiming(fastTiming());
    }

    void cleanup()
    {
        m_client.reset();
        m_rest.reset();
    }

    // First, while nothing of TLS is loaded yet: a client of a plain-HTTP server (This
    // computer) builds none of it for REST, so its list never waits for the TLS set-up.
    void restClientLoadsNoTls()
    {
        QVERIFY(!tlsBackendLoaded());
        std::optional<bool> answered;
        m_rest->listContainers(this, [&](const auto &result) { answered = result.ok(); });
        QTRY_VERIFY(answered.has_value());
        QVERIFY(*answered);
        QVERIFY(!tlsBackendLoaded());
    }

    // Second, while TLS is not set up yet: every QWebSocket builds a TLS configuration, even for
    // ws://, whose first set-up would freeze the window. The list comes over REST, then TLS is
    // set up on a pool thread, then the socket opens.
    void listComesOverRestUntilTlsIsReady()
    {
        QSignalSpy lists(m_client.get(), &ContainerEventsClient::listFetched);
        QSignalSpy events(m_client.get(), &ContainerEventsClient::eventReceived);
        QObject guard;
        std::optional<bool> tlsLoadedAtList;
        connect(m_client.get(), &ContainerEventsClient::listFetched, &guard, [&tlsLoadedAtList] {
            if (!tlsLoadedAtList)
                tlsLoadedAtList = tlsBackendLoaded();
        });
        QVERIFY(!rexec::isTlsReady());
        m_client->start();
        QCOMPARE(m_client->mode(), Mode::Reconnecting);
        QTRY_COMPARE(lists.size(), 1);
        QVERIFY(tlsLoadedAtList.has_value());
        QVERIFY(!*tlsLoadedAtList); // TLS is set up only after that list
        QTRY_COMPARE(m_client->mode(), Mode::Live);
        QVERIFY(rexec::isTlsReady());
        QTRY_VERIFY(!events.isEmpty());
        QCOMPARE(events.first().at(0).value<ContainerEvent>().kind, ContainerEvent::Kind::List);

        // Once ready, whatever waits for it runs at once.
        bool ran = false;
        rexec::whenTlsReady(this, [&ran] { ran = true; });
        QVERIFY(ran);
    }

    void liveStartsWithTheList()
    {
        QSignalSpy modes(m_client.get(), &ContainerEventsClient::modeChanged);
        QSignalSpy events(m_client.get(), &ContainerEventsClient::eventReceived);
        QCOMPARE(m_client->mode(), Mode::Offline);
        m_client->start();
        QCOMPARE(m_client->mode(), Mode::Reconnecting);
        QTRY_COMPARE(m_client->mode(), Mode::Live);
        QTRY_VERIFY(!events.isEmpty());
        QCOMPARE(events.first().at(0).value<ContainerEvent>().kind, ContainerEvent::Kind::List);
        QCOMPARE(modesOf(modes), (QList<Mode>{Mode::Reconnecting, Mode::Live}));

        // Then every change, as it happens.
        const QString uuid = createContainer(QStringLiteral("evc-live"));
        QVERIFY(!uuid.isEmpty());
        QTRY_VERIFY(std::any_of(events.begin(), events.end(), [&uuid](const QList<QVariant> &args) {
            const auto event = args.at(0).value<ContainerEvent>();
            return event.kind == ContainerEvent::Kind::Progress && event.progress().id == uuid
                && event.progress().stage == u"ready";
        }));

        m_client->stop();
        QCOMPARE(m_client->mode(), Mode::Offline);
    }

    // Pings every 100 ms are answered with pongs: the socket outlives its silence timeout of
    // 800 ms several times over (until the first reconcile GET, 2.5 s in).
    void pingsKeepTheSocketAlive()
    {
        auto timing = fastTiming();
        timing.silenceTimeout = 800ms;
        timing.reconcileInterval = 2500ms;
        m_client->setTiming(timing);
        QSignalSpy modes(m_client.get(), &ContainerEventsClient::modeChanged);
        QSignalSpy lists(m_client.get(), &ContainerEventsClient::listFetched);
        m_client->start();
        QTRY_COMPARE(m_client->mode(), Mode::Live);
        QSignalSpy events(m_client.get(), &ContainerEventsClient::eventReceived);
        QTRY_VERIFY_WITH_TIMEOUT(!lists.isEmpty(), 10000);
        QCOMPARE(m_client->mode(), Mode::Live);
        QCOMPARE(modesOf(modes), (QList<Mode>{Mode::Reconnecting, Mode::Live}));
        QVERIFY(events.isEmpty()); // pongs are not container events
    }

    // Without pings the server says nothing: after the silence timeout the socket counts as dead
    // and is opened again, and the new connection starts with a new `list`.
    void silentSocketIsReopened()
    {
        auto timing = fastTiming();
        timing.pingInterval = 1h;
        timing.silenceTimeout = 300ms;
        m_client->setTiming(timing);
        QSignalSpy modes(m_client.get(), &ContainerEventsClient::modeChanged);
        QSignalSpy events(m_client.get(), &ContainerEventsClient::eventReceived);
        QSignalSpy lists(m_client.get(), &ContainerEventsClient::listFetched);
        m_client->start();
        QTRY_VERIFY(modesOf(modes).count(Mode::Live) >= 2);
        QCOMPARE(modesOf(modes).mid(0, 4), (QList<Mode>{Mode::Reconnecting, Mode::Live, Mode::Reconnecting, Mode::Live}));
        QTRY_VERIFY(events.size() >= 2);
        QCOMPARE(events.at(1).at(0).value<ContainerEvent>().kind, ContainerEvent::Kind::List);
        // While it reconnected, a GET kept the list fresh.
        QTRY_VERIFY(!lists.isEmpty());
        QVERIFY(!m_client->lastSocketError().isEmpty());
    }

    // A server (or proxy) that answers the upgrade with 404: a few tries with backoff, then
    // polling GET /api/containers, which keeps reporting changes.
    void refusedUpgradeFallsBackToPolling()
    {
        m_client->setPath(QStringLiteral("/api/containers/events-not-here"));
        QSignalSpy modes(m_client.get(), &ContainerEventsClient::modeChanged);
        QSignalSpy lists(m_client.get(), &ContainerEventsClient::listFetched);
        m_client->start();
        QTRY_COMPARE(m_client->mode(), Mode::Polling);
        QCOMPARE(modesOf(modes), (QList<Mode>{Mode::Reconnecting, Mode::Polling}));
        QTRY_VERIFY(!lists.isEmpty());

        const QString uuid = createContainer(QStringLiteral("evc-polled"));
        QVERIFY(!uuid.isEmpty());
        QTRY_VERIFY(listHasName(lists.last().at(0).value<ContainerList>(), QStringLiteral("evc-polled")));

        // The socket is retried in the background (every 300 ms), and still refused: polling
        // goes on meanwhile, without a mode change.
        const qsizetype polls = lists.size();
        QTRY_VERIFY(lists.size() > polls + 8);
        QCOMPARE(m_client->mode(), Mode::Polling);
        QCOMPARE(modes.size(), 2);
    }

    void pollingOnlyWhenTheSocketIsOff()
    {
        m_client->setSocketEnabled(false);
        QSignalSpy lists(m_client.get(), &ContainerEventsClient::listFetched);
        QSignalSpy events(m_client.get(), &ContainerEventsClient::eventReceived);
        m_client->start();
        QCOMPARE(m_client->mode(), Mode::Polling);
        QTRY_VERIFY(lists.size() >= 3);
        QVERIFY(events.isEmpty());
        // Turned on while running: it goes live.
        m_client->setSocketEnabled(true);
        QTRY_COMPARE(m_client->mode(), Mode::Live);
    }

    // The real server's Stop sends no event; a GET now and then while live catches it.
    void reconcilesWhileLive()
    {
        auto timing = fastTiming();
        timing.reconcileInterval = 200ms;
        m_client->setTiming(timing);
        QSignalSpy lists(m_client.get(), &ContainerEventsClient::listFetched);
        m_client->start();
        QTRY_COMPARE(m_client->mode(), Mode::Live);
        QTRY_VERIFY(lists.size() >= 2);
        QCOMPARE(m_client->mode(), Mode::Live);
    }

    void fetchNowDeliversTheList()
    {
        m_client->setSocketEnabled(false);
        auto timing = fastTiming();
        timing.pollInterval = 1h;
        m_client->setTiming(timing);
        QSignalSpy lists(m_client.get(), &ContainerEventsClient::listFetched);
        m_client->start();
        QTRY_COMPARE(lists.size(), 1);
        m_client->fetchNow();
        QTRY_COMPARE(lists.size(), 2);
    }

    // A proxy that accepts the upgrade and drops the socket at once: that counts as a failure,
    // so the client ends up polling (here Offline: this fake answers no GET) instead of flapping.
    void socketThatDropsAtOnceIsNotRetriedForever()
    {
        QWebSocketServer dropper(QStringLiteral("dropper"), QWebSocketServer::NonSecureMode);
        QVERIFY(dropper.listen(QHostAddress::LocalHost));
        int accepted = 0;
        connect(&dropper, &QWebSocketServer::newConnection, &dropper, [&dropper, &accepted] {
            while (QWebSocket *socket = dropper.nextPendingConnection()) {
                ++accepted;
                socket->close();
                socket->deleteLater();
            }
        });
        RestClient rest(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(dropper.serverPort())));
        rest.setToken(QString::fromLatin1(m_server.token()));
        ContainerEventsClient client(rest);
        client.setTiming(fastTiming());
        QSignalSpy modes(&client, &ContainerEventsClient::modeChanged);
        client.start();
        QTRY_COMPARE(client.mode(), Mode::Offline);
        QVERIFY(accepted >= 3);
        QVERIFY(modesOf(modes).contains(Mode::Live));
        QVERIFY(modesOf(modes).contains(Mode::Polling));
    }

    void badTokenEndsOfflineWithASignInError()
    {
        m_rest->setToken(QStringLiteral("rexec_") + QString(64, u'0'));
        QSignalSpy modes(m_client.get(), &ContainerEventsClient::modeChanged);
        QSignalSpy failures(m_client.get(), &ContainerEventsClient::fetchFailed);
        m_client->start();
        QTRY_COMPARE(m_client->mode(), Mode::Offline);
        QTRY_VERIFY(!failures.isEmpty());
        const auto error = failures.last().at(0).value<rexec::api::ApiError>();
        QCOMPARE(error.httpStatus, 401);
        QVERIFY(error.needsSignIn());
        QVERIFY(!error.userMessage().isEmpty());
    }

    // rexec-local goes away and comes back on the same port: Reconnecting, then (the GETs fail
    // too) Offline, and Live again with a new `list` once it is back.
    void reconnectsAfterTheServerRestarts()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        LocalServerProcess server({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        RestClient rest(server.url());
        rest.setToken(QString::fromLatin1(server.token()));
        ContainerEventsClient client(rest);
        client.setTiming(fastTiming());
        QSignalSpy modes(&client, &ContainerEventsClient::modeChanged);
        QSignalSpy events(&client, &ContainerEventsClient::eventReceived);
        client.start();
        QTRY_COMPARE(client.mode(), Mode::Live);
        QTRY_COMPARE(events.size(), 1);

        QCOMPARE(server.stop(), 0);
        QTRY_VERIFY(modesOf(modes).contains(Mode::Reconnecting) && client.mode() != Mode::Live);
        QTRY_COMPARE_WITH_TIMEOUT(client.mode(), Mode::Offline, 10000);

        QVERIFY2(server.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(client.mode(), Mode::Live, 10000);
        QTRY_VERIFY(events.size() >= 2);
        QCOMPARE(events.last().at(0).value<ContainerEvent>().kind, ContainerEvent::Kind::List);
        QCOMPARE(server.stop(), 0);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContainerEventsClient)
#include "tst_containereventsclient.moc"
