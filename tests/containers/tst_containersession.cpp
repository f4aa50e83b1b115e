// SPDX-License-Identifier: GPL-3.0-or-later
// ContainerSession against a real rexec-local over TCP (LocalServerProcess + RestClient): the
// list fills; a creation by another client appears through events and keeps its row through the
// id change; a creation through the session is followed to `ready`; stop, start and delete are
// reflected; the polling fallback keeps the model in step; REST errors come back as ApiError.
#include "api/restclient.h"
#include "containers/containermodel.h"
#include "containers/containersession.h"
#include "containers/createtracker.h"

#include "containertestutil.h"
#include "httpclient.h"
#include "localserverprocess.h"
#include "scriptedserver.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace rexec::test;
using namespace std::chrono_literals;
using rexec::api::ApiError;
using rexec::api::Container;
using rexec::api::CreateContainerRequest;
using rexec::api::RestClient;
using rexec::containers::ContainerEventsClient;
using rexec::containers::ContainerModel;
using rexec::containers::ContainerSession;
using rexec::containers::CreateTracker;
using Mode = ContainerEventsClient::Mode;
using Column = ContainerModel::Column;

namespace {

ContainerEventsClient::Timing fastTiming()
{
    ContainerEventsClient::Timing timing;
    timing.backoffInitial = 20ms;
    timing.backoffMax = 200ms;
    timing.pollInterval = 150ms;
    timing.socketRetryWhilePolling = 500ms;
    timing.reconcileInterval = 300ms;
    return timing;
}

bool isDockerId(const QString &id)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(id).hasMatch();
}

// What a completion callback reported.
struct Outcome {
    bool called = false;
    QString id;
    ApiError error;
    ContainerSession::Completion callback()
    {
        return [this](const QString &resultId, const ApiError &e) {
            called = true;
            id = resultId;
            error = e;
        };
    }
};

} // namespace

class TestContainerSession : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server{{QStringLiteral("--container-limit"), QStringLiteral("50")}};
    HttpClient m_http;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<ContainerSession> m_session;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    ContainerModel *model() const { return m_session->model(); }

    // Another client: a creation by plain HTTP; returns the DB UUID of the 202 reply.
    QString createElsewhere(const QString &name)
    {
        const HttpResult created = m_http.postJson(m_server.url(QStringLiteral("/api/containers")),
                                                   {{QStringLiteral("image"), QStringLiteral("host")},
                                                    {QStringLiteral("name"), name}});
        return created.status == 202 ? created.json.value(u"id").toString() : QString();
    }

    QString statusOf(const QString &anyId) const
    {
        const int row = model()->rowForId(anyId);
        return row < 0 ? QString() : model()->containerAt(row).status;
    }

    // Creates through the session and waits for the end; the tracker stays for inspection.
    CreateTracker *createAndWait(const QString &name)
    {
        CreateContainerRequest request;
        request.image = QStringLiteral("host");
        request.name = name;
        CreateTracker *tracker = m_session->create(request);
        tracker->setAutoDelete(false);
        QSignalSpy finished(tracker, &CreateTracker::finished);
        if (!finished.wait(20000) && finished.isEmpty())
            return nullptr;
        return tracker;
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
        m_session = std::make_unique<ContainerSession>(*m_rest);
        m_session->events()->setTiming(fastTiming());
        m_tester = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_session.reset();
        m_rest.reset();
    }

    void listFills()
    {
        const QString uuid = createElsewhere(QStringLiteral("sess-list"));
        QVERIFY(!uuid.isEmpty());
        QSignalSpy reset(model(), &QAbstractItemModel::modelAboutToBeReset);
        m_session->startUpdates();
        QTRY_COMPARE(m_session->mode(), Mode::Live);
        QTRY_VERIFY(model()->rowForId(uuid) >= 0);
        const HttpResult listed = m_http.get(m_server.url(QStringLiteral("/api/containers")));
        QTRY_COMPARE(model()->rowCount(), int(listed.json.value(u"containers").toArray().size()));
        const int row = model()->rowForKey(uuid);
        QVERIFY(row >= 0);
        QCOMPARE(model()->data(model()->index(row, int(Column::Name))).toString(), QStringLiteral("sess-list"));
        QCOMPARE(model()->data(model()->index(row, int(Column::Image))).toString(), QStringLiteral("host"));
        QCOMPARE(reset.size(), 0);
    }

    void refreshWithoutLiveUpdates()
    {
        QVERIFY(!createElsewhere(QStringLiteral("sess-refresh")).isEmpty());
        QSignalSpy inserted(model(), &QAbstractItemModel::rowsInserted);
        m_session->refresh();
        QTRY_VERIFY(!inserted.isEmpty());
        QVERIFY(model()->rowCount() > 0);
        QCOMPARE(m_session->mode(), Mode::Offline);
    }

    void creationByAnotherClientAppearsAndKeepsItsRow()
    {
        m_session->startUpdates();
        QTRY_COMPARE(m_session->mode(), Mode::Live);
        QSignalSpy removed(model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy idChanged(model(), &ContainerModel::idChanged);

        const QString uuid = createElsewhere(QStringLiteral("sess-other"));
        QVERIFY(!uuid.isEmpty());
        QTRY_VERIFY(model()->rowForId(uuid) >= 0);
        const QPersistentModelIndex persistent(model()->index(model()->rowForId(uuid), int(Column::Name)));

        // The Docker ID replaces the UUID in the same row; the key stays the UUID.
        QTRY_VERIFY(isDockerId(model()->containerAt(persistent.row()).id));
        QTRY_COMPARE(statusOf(uuid), QStringLiteral("running"));
        QVERIFY(persistent.isValid());
        QCOMPARE(persistent.data().toString(), QStringLiteral("sess-other"));
        QCOMPARE(persistent.data(ContainerModel::StableKeyRole).toString(), uuid);
        const QString dockerId = persistent.data(ContainerModel::IdRole).toString();
        QCOMPARE(model()->rowForId(dockerId), persistent.row());
        QVERIFY(!persistent.data(ContainerModel::ProgressRole).isValid());
        QCOMPARE(removed.size(), 0);
        QVERIFY(std::any_of(idChanged.begin(), idChanged.end(), [&](const QList<QVariant> &args) {
            return args.at(0).toString() == uuid && args.at(2).toString() == dockerId;
        }));
    }

    // The real server silently drops environment and labels: its 202 answer shows neither.
    void settingsTheServerIgnoresAreReported()
    {
        ScriptedServer server;
        // A server that creates synchronously: the answer is already a running container.
        server.enqueue(ScriptedServer::json(202, QJsonDocument(containerJson(7)).toJson(QJsonDocument::Compact)));
        RestClient rest(server.url());
        rest.setToken(QStringLiteral("rexec_") + QString(64, u'a'));
        ContainerSession session(rest);
        CreateContainerRequest request;
        request.image = QStringLiteral("ubuntu");
        request.environment = {{QStringLiteral("GREETING"), QStringLiteral("hello")}};
        request.labels = {{QStringLiteral("course"), QStringLiteral("cs101")}};
        CreateTracker *tracker = session.create(request);
        tracker->setAutoDelete(false);
        QSignalSpy finished(tracker, &CreateTracker::finished);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(tracker->settingsNotKept(), CreateTracker::Setting::Environment | CreateTracker::Setting::Labels);
        QVERIFY(server.requests().first().contains("\"labels\""));
    }

    void creationThroughTheSessionReachesReady()
    {
        m_session->startUpdates();
        QTRY_COMPARE(m_session->mode(), Mode::Live);
        QSignalSpy removed(model(), &QAbstractItemModel::rowsRemoved);

        CreateContainerRequest request;
        request.image = QStringLiteral("host");
        request.name = QStringLiteral("sess-mine");
        request.environment = {{QStringLiteral("GREETING"), QStringLiteral("hello")}};
        request.labels = {{QStringLiteral("course"), QStringLiteral("cs101")}};
        CreateTracker *tracker = m_session->create(request);
        tracker->setAutoDelete(false);
        QCOMPARE(tracker->state(), CreateTracker::State::Submitting);
        QSignalSpy stages(tracker, &CreateTracker::stageChanged);
        QSignalSpy percentages(tracker, &CreateTracker::percentageChanged);
        QSignalSpy ids(tracker, &CreateTracker::idChanged);
        QSignalSpy finished(tracker, &CreateTracker::finished);
        QSignalSpy inserted(model(), &QAbstractItemModel::rowsInserted);

        // The row comes with the 202 reply, keyed by the UUID.
        QTRY_VERIFY(!tracker->uuid().isEmpty());
        const int row = model()->rowForKey(tracker->uuid());
        QVERIFY(row >= 0);
        const QPersistentModelIndex persistent(model()->index(row, 0));
        QCOMPARE(inserted.size(), 1);

        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(tracker->state(), CreateTracker::State::Succeeded);
        QVERIFY(isDockerId(tracker->finalId()));
        QCOMPARE(ids.size(), 1);
        QCOMPARE(tracker->percentage(), 100);
        QCOMPARE(tracker->stage(), QStringLiteral("ready"));
        QVERIFY(tracker->errorText().isEmpty());
        QCOMPARE(finished.first().at(1).value<Container>().id, tracker->finalId());
        // rexec-local keeps environment and labels, and shows them.
        QCOMPARE(tracker->settingsNotKept(), CreateTracker::Settings());

        QStringList seen;
        for (const auto &args : stages)
            seen << args.at(0).toString();
        QCOMPARE(seen.first(), QStringLiteral("validating"));
        QVERIFY(seen.contains(QStringLiteral("pulling")));
        QVERIFY(seen.contains(QStringLiteral("starting")));
        QCOMPARE(seen.last(), QStringLiteral("ready"));
        int previous = 0;
        for (const auto &args : percentages) {
            QVERIFY(args.at(0).toInt() >= previous); // although the server's go 85, then 55
            previous = args.at(0).toInt();
        }
        QCOMPARE(previous, 100);

        // Same row all along, now under the Docker ID, and no longer in progress.
        QCOMPARE(model()->rowForId(tracker->finalId()), persistent.row());
        QCOMPARE(persistent.data(ContainerModel::IdRole).toString(), tracker->finalId());
        QVERIFY(!persistent.data(ContainerModel::ProgressRole).isValid());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 0);
        QTRY_COMPARE(statusOf(tracker->finalId()), QStringLiteral("running"));
        delete tracker;
    }

    void stopStartAndDeleteAreReflected()
    {
        m_session->startUpdates();
        QTRY_COMPARE(m_session->mode(), Mode::Live);
        std::unique_ptr<CreateTracker> tracker(createAndWait(QStringLiteral("sess-actions")));
        QVERIFY(tracker);
        QVERIFY(tracker->state() == CreateTracker::State::Succeeded);
        const QString id = tracker->finalId();
        const QString key = tracker->uuid();
        QTRY_COMPARE(statusOf(id), QStringLiteral("running"));
        QSignalSpy failed(m_session.get(), &ContainerSession::actionFailed);

        // Stop: pending at once, then the reply's status (the server sends no event for it).
        Outcome stopped;
        m_session->stop(QStringList{key}, this, stopped.callback());
        const int row = model()->rowForKey(key);
        QCOMPARE(model()->pendingActionAt(row), ContainerModel::PendingAction::Stopping);
        QCOMPARE(model()->data(model()->index(row, int(Column::Status))).toString(), QStringLiteral("stopping…"));
        QTRY_VERIFY(stopped.called);
        QVERIFY(!stopped.error.isError());
        QCOMPARE(stopped.id, id);
        QCOMPARE(statusOf(key), QStringLiteral("stopped"));
        QCOMPARE(model()->pendingActionAt(row), ContainerModel::PendingAction::None);

        // Start by row.
        Outcome started;
        m_session->start(QList<int>{row}, this, started.callback());
        QCOMPARE(model()->pendingActionAt(row), ContainerModel::PendingAction::Starting);
        QTRY_VERIFY(started.called);
        QVERIFY(!started.error.isError());
        QCOMPARE(started.id, id);
        QCOMPARE(statusOf(key), QStringLiteral("running"));
        QCOMPARE(model()->rowForKey(key), row);

        // Delete.
        Outcome removed;
        QSignalSpy rowsRemoved(model(), &QAbstractItemModel::rowsRemoved);
        m_session->remove(QStringList{id}, this, removed.callback());
        QCOMPARE(model()->pendingActionAt(row), ContainerModel::PendingAction::Removing);
        QTRY_VERIFY(removed.called);
        QVERIFY(!removed.error.isError());
        QCOMPARE(model()->rowForKey(key), -1);
        QCOMPARE(rowsRemoved.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_http.get(m_server.url(QStringLiteral("/api/containers/") + key)).status, 404);
    }

    // Another client stops a container: no event, but the periodic reconcile sees it.
    void stopByAnotherClientIsReconciled()
    {
        m_session->startUpdates();
        QTRY_COMPARE(m_session->mode(), Mode::Live);
        std::unique_ptr<CreateTracker> tracker(createAndWait(QStringLiteral("sess-stopped-elsewhere")));
        QVERIFY(tracker && tracker->state() == CreateTracker::State::Succeeded);
        const QString id = tracker->finalId();
        QTRY_COMPARE(statusOf(id), QStringLiteral("running"));
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/stop").arg(id)), {}).status, 200);
        QTRY_COMPARE(statusOf(id), QStringLiteral("stopped"));
        QCOMPARE(m_session->mode(), Mode::Live);
    }

    void pollingFallbackKeepsTheModelInStep()
    {
        m_session->events()->setPath(QStringLiteral("/api/containers/no-upgrade-here"));
        m_session->setCreatePolling(100ms, 10s);
        m_session->startUpdates();
        QTRY_COMPARE(m_session->mode(), Mode::Polling);

        // Another client's creation shows up, runs, and goes away again.
        const QString uuid = createElsewhere(QStringLiteral("sess-polled"));
        QVERIFY(!uuid.isEmpty());
        QTRY_VERIFY(model()->rowForId(uuid) >= 0);
        QTRY_COMPARE(statusOf(uuid), QStringLiteral("running"));
        QTRY_VERIFY(isDockerId(model()->containerAt(model()->rowForId(uuid)).id));
        QCOMPARE(m_http.del(m_server.url(QStringLiteral("/api/containers/") + uuid)).status, 200);
        QTRY_COMPARE(model()->rowForId(uuid), -1);

        // A creation through the session is followed by GET /api/containers/<uuid>.
        CreateContainerRequest request;
        request.image = QStringLiteral("host");
        request.name = QStringLiteral("sess-polled-mine");
        CreateTracker *tracker = m_session->create(request);
        tracker->setAutoDelete(false);
        QSignalSpy finished(tracker, &CreateTracker::finished);
        QTRY_VERIFY(!tracker->uuid().isEmpty());
        const QPersistentModelIndex persistent(model()->index(model()->rowForKey(tracker->uuid()), 0));
        QVERIFY(persistent.isValid());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(isDockerId(tracker->finalId()));
        QCOMPARE(tracker->percentage(), 100);
        QCOMPARE(persistent.data(ContainerModel::IdRole).toString(), tracker->finalId());
        QVERIFY(!persistent.data(ContainerModel::ProgressRole).isValid());
        QCOMPARE(m_session->mode(), Mode::Polling);
        delete tracker;
    }

    void restErrorsComeBackAsApiError()
    {
        QSignalSpy failed(m_session.get(), &ContainerSession::actionFailed);

        CreateContainerRequest request;
        request.image = QStringLiteral("no-such-image");
        CreateTracker *tracker = m_session->create(request);
        tracker->setAutoDelete(false);
        QSignalSpy finished(tracker, &CreateTracker::finished);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(tracker->state(), CreateTracker::State::Failed);
        QCOMPARE(tracker->apiError().httpStatus, 400);
        QVERIFY(!tracker->errorText().isEmpty());
        QCOMPARE(tracker->errorText(), tracker->apiError().userMessage());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<ContainerSession::Action>(), ContainerSession::Action::Create);
        delete tracker;

        Outcome started;
        m_session->start(QStringList{QString(64, u'e')}, this, started.callback());
        QTRY_VERIFY(started.called);
        QVERIFY(started.error.isError());
        QCOMPARE(started.error.httpStatus, 404);
        QVERIFY(!started.error.userMessage().isEmpty());
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.last().at(0).value<ContainerSession::Action>(), ContainerSession::Action::Start);

        // A callback whose context is gone is not called.
        Outcome orphan;
        {
            QObject context;
            m_session->stop(QStringList{QString(64, u'e')}, &context, orphan.callback());
        }
        QTRY_COMPARE(failed.size(), 3);
        QVERIFY(!orphan.called);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContainerSession)
#include "tst_containersession.moc"
