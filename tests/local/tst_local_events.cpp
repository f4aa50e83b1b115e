// SPDX-License-Identifier: GPL-3.0-or-later
// The events socket: `list` first, then created, progress (keyed by the UUID, stages in the real
// server's order), updated, started and deleted; JSON ping answered with pong.
#include "localtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rexec::test;

class TestLocalEvents : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;
    HttpClient m_http;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_http.setToken(m_server.token());
    }

    void refusesWithoutToken()
    {
        WebSocketClient client;
        QVERIFY(!client.open(m_server.webSocketUrl(QStringLiteral("/api/containers/events")), {}));
    }

    void subprotocolTokenWorksAndRexecV1IsEchoed()
    {
        WebSocketClient client;
        QVERIFY(client.open(m_server.webSocketUrl(QStringLiteral("/api/containers/events")), {},
                            {QStringLiteral("rexec.v1"), QStringLiteral("rexec.token.") + QString::fromLatin1(m_server.token())}));
        QCOMPARE(client.socket().subprotocol(), QStringLiteral("rexec.v1"));
        QVERIFY(!client.waitFor(QStringLiteral("list")).isEmpty());
    }

    void lifecycle()
    {
        WebSocketClient events;
        QVERIFY2(events.open(m_server.webSocketUrl(QStringLiteral("/api/containers/events")), m_server.token()),
                 qPrintable(events.error()));
        QCOMPARE(events.socket().subprotocol(), QStringLiteral("rexec.v1"));
        const QJsonObject list = events.waitFor(QStringLiteral("list"));
        QVERIFY(!list.isEmpty());
        QCOMPARE(events.messages().first().value(u"type").toString(), QStringLiteral("list"));
        QVERIFY(list.value(u"container").toObject().value(u"containers").isNull());
        QVERIFY(!list.value(u"timestamp").toString().isEmpty());

        const HttpResult created = m_http.postJson(m_server.url(QStringLiteral("/api/containers")),
                                                   {{QStringLiteral("image"), QStringLiteral("host")},
                                                    {QStringLiteral("name"), QStringLiteral("watched")}});
        QCOMPARE(created.status, 202);
        const QString uuid = created.json.value(u"id").toString();

        const QJsonObject createdEvent = events.waitFor(QStringLiteral("created"));
        QCOMPARE(createdEvent.value(u"container").toObject().value(u"db_id").toString(), uuid);

        QStringList stages;
        QString finalId;
        bool complete = false;
        while (!complete) {
            const QJsonObject progress = events.waitFor(QStringLiteral("progress"));
            if (progress.isEmpty())
                break;
            const QJsonObject p = progress.value(u"container").toObject();
            QCOMPARE(p.value(u"id").toString(), uuid);
            stages << p.value(u"stage").toString();
            if (stages.last() == u"ready") {
                finalId = p.value(u"container_id").toString();
                complete = p.value(u"complete").toBool() && !p.value(u"container").toObject().isEmpty();
            }
        }
        if (!complete) {
            for (const auto &m : events.messages())
                qWarning("%s", QJsonDocument(m).toJson(QJsonDocument::Compact).constData());
        }
        QVERIFY(complete);
        QCOMPARE(stages.first(), QStringLiteral("validating"));
        QVERIFY(stages.contains(QStringLiteral("starting")));
        QCOMPARE(stages.last(), QStringLiteral("ready"));
        QCOMPARE(finalId.size(), 64);

        const QJsonObject updated = events.waitFor(QStringLiteral("updated"));
        QCOMPARE(updated.value(u"container").toObject().value(u"status").toString(), QStringLiteral("running"));
        QCOMPARE(updated.value(u"container").toObject().value(u"id").toString(), finalId);

        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/stop").arg(finalId)), {}).status, 200);
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/start").arg(finalId)), {}).status, 200);
        const QJsonObject started = events.waitFor(QStringLiteral("started"));
        QCOMPARE(started.value(u"container").toObject().value(u"id").toString(), finalId);
        QCOMPARE(started.value(u"container").toObject().value(u"status").toString(), QStringLiteral("running"));

        QCOMPARE(m_http.del(m_server.url(QStringLiteral("/api/containers/") + finalId)).status, 200);
        const QJsonObject deleted = events.waitFor(QStringLiteral("deleted"));
        QCOMPARE(deleted.value(u"container").toObject().value(u"id").toString(), finalId);
        QCOMPARE(deleted.value(u"container").toObject().value(u"db_id").toString(), uuid);
    }

    void pingIsAnsweredWithPong()
    {
        WebSocketClient events;
        QVERIFY(events.open(m_server.webSocketUrl(QStringLiteral("/api/containers/events")), m_server.token()));
        QVERIFY(!events.waitFor(QStringLiteral("list")).isEmpty());
        events.sendJson({{QStringLiteral("type"), QStringLiteral("ping")}});
        QVERIFY(!events.waitFor(QStringLiteral("pong")).isEmpty());
        // Anything else is ignored, and the socket stays open.
        events.socket().sendTextMessage(QStringLiteral("not json at all"));
        events.sendJson({{QStringLiteral("type"), QStringLiteral("ping")}});
        QVERIFY(!events.waitFor(QStringLiteral("pong")).isEmpty());
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalEvents)
#include "tst_local_events.moc"
