// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/events.h"

#include "apitestutil.h"

#include <QTest>
#include <QTimeZone>

using namespace rexec::api;
using rexec::test::jsonObject;
using EventKind = ContainerEvent::Kind;

namespace {

const QString kDbId = QStringLiteral("3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f");
const QString kDockerId = QStringLiteral("4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b");

// Creation progress on the events socket (protocol reference §2.5 and §2.10).
const char *const kProgressStarting = R"({"type":"progress","container":{
    "id":"3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f","stage":"starting","message":"Starting container",
    "progress":85,"container_id":"4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b",
    "complete":false},"timestamp":"2025-12-01T10:20:35.5Z"})";

const char *const kProgressReady = R"({"type":"progress","container":{
    "id":"3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f","stage":"ready","message":"Container ready",
    "progress":100,"complete":true,
    "container_id":"4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b",
    "container":{"id":"4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b",
                 "db_id":"3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f","user_id":"u-1","name":"swift-otter-123",
                 "image":"ubuntu","status":"running","created_at":"2025-12-01T10:20:30Z",
                 "ip_address":"172.17.0.5","resources":{"memory_mb":512,"cpu_shares":500,"disk_mb":2048}}},
    "timestamp":"2025-12-01T10:21:00Z"})";

const char *const kProgressError = R"({"type":"progress","container":{
    "id":"3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f","stage":"error","message":"Failed",
    "progress":35,"error":"failed to pull image","complete":true},"timestamp":"2025-12-01T10:20:40Z"})";

// The container terminal's stats message: `data` is a string holding JSON (§4.4).
// (An ordinary literal: moc misreads raw strings that contain escaped quotes.)
const char *const kTerminalStats =
        "{\"type\":\"stats\",\"data\":\"{\\\"cpu_percent\\\":12.5,\\\"memory\\\":268435456,\\\"memory_limit\\\":536870912,\\\"disk_read\\\":1024,\\\"disk_write\\\":2048,\\\"disk_usage\\\":1073741824,\\\"disk_limit\\\":2147483648,\\\"net_rx\\\":4096,\\\"net_tx\\\":8192}\"}";

// The agent terminal's stats message: `data` is an object (§4.9).
const char *const kAgentStats = R"({"type":"stats","data":{"cpu_percent":3.25,"memory":1000,"memory_limit":4000,"uptime":99}})";

} // namespace

class TestApiEvents : public QObject
{
    Q_OBJECT
private slots:
    void progressStarting()
    {
        const auto event = ContainerEvent::fromFrame(kProgressStarting);
        QVERIFY(event.has_value());
        QCOMPARE(event->kind, EventKind::Progress);
        QCOMPARE(event->timestamp, QDateTime(QDate(2025, 12, 1), QTime(10, 20, 35, 500), QTimeZone::UTC));
        const ProgressEvent progress = event->progress();
        QCOMPARE(progress.id, kDbId);
        QCOMPARE(progress.stage, QStringLiteral("starting"));
        QCOMPARE(progress.message, QStringLiteral("Starting container"));
        QCOMPARE(progress.progress, 85.0);
        QCOMPARE(progress.containerId, kDockerId);
        QVERIFY(!progress.complete);
        QVERIFY(!progress.failed());
        QVERIFY(!progress.succeeded());
        QVERIFY(!progress.container.has_value());
    }

    void progressReady()
    {
        const auto event = ContainerEvent::fromFrame(kProgressReady);
        QVERIFY(event.has_value());
        const ProgressEvent progress = event->progress();
        QVERIFY(progress.complete);
        QVERIFY(progress.succeeded());
        QCOMPARE(progress.progress, 100.0);
        QVERIFY(progress.container.has_value());
        QCOMPARE(progress.container->id, kDockerId);
        QCOMPARE(progress.container->dbId, kDbId);
        QCOMPARE(progress.container->ipAddress, QStringLiteral("172.17.0.5"));
        QVERIFY(progress.container->isRunning());
        QCOMPARE(progress.container->resources.memoryMb, 512);
    }

    void progressError()
    {
        const auto event = ContainerEvent::fromFrame(kProgressError);
        QVERIFY(event.has_value());
        const ProgressEvent progress = event->progress();
        QVERIFY(progress.failed());
        QVERIFY(!progress.succeeded());
        QCOMPARE(progress.error, QStringLiteral("failed to pull image"));
    }

    void progressFromStream()
    {
        // POST /api/containers/stream reports validation failures in-stream (§2.6).
        const ProgressEvent invalid = ProgressEvent::fromJson(
                jsonObject(R"({"stage":"validating","error":"container limit reached","complete":true})"));
        QVERIFY(invalid.failed());
        QVERIFY(invalid.id.isEmpty());
        QCOMPARE(invalid.stage, QStringLiteral("validating"));

        const ProgressEvent pulling = ProgressEvent::fromJson(
                jsonObject(R"({"stage":"pulling","message":"Pulling","progress":"42.5","detail":"layer 3/7","complete":false})"));
        QCOMPARE(pulling.progress, 42.5);
        QCOMPARE(pulling.detail, QStringLiteral("layer 3/7"));
    }

    void progressClamped_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<double>("expected");
        QTest::newRow("above 100") << QByteArray(R"({"progress":150})") << 100.0;
        QTest::newRow("negative") << QByteArray(R"({"progress":-5})") << 0.0;
        QTest::newRow("NaN string") << QByteArray(R"({"progress":"NaN"})") << 0.0;
        QTest::newRow("huge") << QByteArray(R"({"progress":1e300})") << 100.0;
        QTest::newRow("object") << QByteArray(R"({"progress":{}})") << 0.0;
        QTest::newRow("fraction") << QByteArray(R"({"progress":0.5})") << 0.5;
    }

    void progressClamped()
    {
        QFETCH(QByteArray, json);
        QFETCH(double, expected);
        QCOMPARE(ProgressEvent::fromJson(jsonObject(json.constData())).progress, expected);
    }

    void listFrame()
    {
        // The first frame after connecting; containers may be null (§2.10).
        const auto empty = ContainerEvent::fromFrame(
                R"({"type":"list","container":{"containers":null,"count":0,"limit":5},"timestamp":"2025-12-01T10:00:00Z"})");
        QVERIFY(empty.has_value());
        QCOMPARE(empty->kind, EventKind::List);
        const ContainerList list = empty->list();
        QVERIFY(list.containers.isEmpty());
        QCOMPARE(list.limit, std::optional<qint64>(5));

        const auto full = ContainerEvent::fromFrame(
                R"({"type":"list","container":{"containers":[{"id":"a","status":"running"},{"id":"agent:b","status":"offline","session_type":"agent"}],"count":2,"limit":5}})");
        QVERIFY(full.has_value());
        QCOMPARE(full->list().containers.size(), 2);
        QVERIFY(full->list().containers.at(1).isAgent());
        QVERIFY(!full->timestamp.isValid());

        // A server that sends the list as a bare array.
        const auto bare = ContainerEvent::fromFrame(R"({"type":"list","container":[{"id":"a"}]})");
        QVERIFY(bare.has_value());
        QCOMPARE(bare->list().containers.size(), 1);
    }

    void containerFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<EventKind>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("dbId");

        QTest::newRow("created") << QByteArray(R"({"type":"created","container":{"id":"c1","db_id":"d1","ip_address":"172.17.0.2","resources":{"memory_mb":512}}})")
                                 << EventKind::Created << QStringLiteral("c1") << QStringLiteral("d1");
        QTest::newRow("updated") << QByteArray(R"({"type":"updated","container":{"id":"c1","status":"error","error":"boom"}})")
                                 << EventKind::Updated << QStringLiteral("c1") << QString();
        QTest::newRow("started") << QByteArray(R"({"type":"started","container":{"id":"c1","db_id":"d1","status":"running"}})")
                                 << EventKind::Started << QStringLiteral("c1") << QStringLiteral("d1");
        QTest::newRow("stopped") << QByteArray(R"({"type":"stopped","container":{"id":"c1"}})")
                                 << EventKind::Stopped << QStringLiteral("c1") << QString();
        QTest::newRow("deleted") << QByteArray(R"({"type":"deleted","container":{"id":"c1","db_id":"d1"}})")
                                 << EventKind::Deleted << QStringLiteral("c1") << QStringLiteral("d1");
        QTest::newRow("agent connected") << QByteArray(R"({"type":"agent_connected","container":{"id":"agent:x","status":"running","session_type":"agent"}})")
                                         << EventKind::AgentConnected << QStringLiteral("agent:x") << QString();
        QTest::newRow("agent disconnected") << QByteArray(R"({"type":"agent_disconnected","container":{"id":"agent:x"}})")
                                            << EventKind::AgentDisconnected << QStringLiteral("agent:x") << QString();
        QTest::newRow("pong") << QByteArray(R"({"type":"pong"})") << EventKind::Pong << QString() << QString();
        QTest::newRow("unknown type") << QByteArray(R"({"type":"teleported","container":{"id":"c9"}})")
                                      << EventKind::Other << QStringLiteral("c9") << QString();
        QTest::newRow("no type") << QByteArray(R"({"container":{"id":"c9"}})") << EventKind::Other
                                 << QStringLiteral("c9") << QString();
        QTest::newRow("type is case-sensitive") << QByteArray(R"({"type":"DELETED","container":{"id":"c1"}})")
                                                << EventKind::Other << QStringLiteral("c1") << QString();
        QTest::newRow("payload of wrong type") << QByteArray(R"({"type":"deleted","container":"c1"})")
                                               << EventKind::Deleted << QString() << QString();
    }

    void containerFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(EventKind, kind);
        QFETCH(QString, id);
        QFETCH(QString, dbId);
        const auto event = ContainerEvent::fromFrame(frame);
        QVERIFY(event.has_value());
        QCOMPARE(event->kind, kind);
        QCOMPARE(event->containerId(), id);
        QCOMPARE(event->dbId(), dbId);
        QCOMPARE(event->container().id, id);
    }

    void updatedPayloadMerges()
    {
        const auto event = ContainerEvent::fromFrame(
                R"({"type":"updated","container":{"id":"c1","status":"running","role":"python"}})");
        Container c = Container::fromJson(jsonObject(R"({"id":"c1","status":"configuring","role":"standard","name":"n"})"));
        QVERIFY(event.has_value());
        QCOMPARE(c.merge(event->payload), Container::Fields(Container::Field::Status | Container::Field::Role));
        QCOMPARE(c.name, QStringLiteral("n"));
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("truncated") << QByteArray(R"({"type":"list","container":{"containers":[)");
        QTest::newRow("array") << QByteArray(R"([{"type":"list"}])");
        QTest::newRow("string") << QByteArray(R"("list")");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    }

    void badFrames()
    {
        QFETCH(QByteArray, frame);
        QVERIFY(!ContainerEvent::fromFrame(frame).has_value());
    }

    void agentStatsEvent()
    {
        const auto event = ContainerEvent::fromFrame(
                R"({"type":"agent_stats","container":{"id":"agent:x","stats":{"cpu_percent":7.5,"memory":10,"memory_limit":40}}})");
        QVERIFY(event.has_value());
        QCOMPARE(event->kind, EventKind::AgentStats);
        const auto stats = event->agentStats();
        QVERIFY(stats.has_value());
        QCOMPARE(stats->cpuPercent, 7.5);
        QCOMPARE(stats->memoryPercent(), std::optional<double>(25.0));

        const auto without = ContainerEvent::fromFrame(R"({"type":"agent_stats","container":{"id":"agent:x"}})");
        QVERIFY(without.has_value());
        QVERIFY(!without->agentStats().has_value());
    }

    void terminalStatsFromString()
    {
        const QJsonObject message = jsonObject(kTerminalStats);
        const auto stats = TerminalStats::fromData(message.value(QStringLiteral("data")));
        QVERIFY(stats.has_value());
        QCOMPARE(stats->cpuPercent, 12.5);
        QCOMPARE(stats->memory, 268435456.0);
        QCOMPARE(stats->memoryLimit, 536870912.0);
        QCOMPARE(stats->diskRead, 1024.0);
        QCOMPARE(stats->diskWrite, 2048.0);
        QCOMPARE(stats->diskUsage, 1073741824.0);
        QCOMPARE(stats->diskLimit, 2147483648.0);
        QCOMPARE(stats->netRx, 4096.0);
        QCOMPARE(stats->netTx, 8192.0);
        QCOMPARE(stats->memoryPercent(), std::optional<double>(50.0));
        QCOMPARE(stats->diskPercent(), std::optional<double>(50.0));
    }

    void terminalStatsFromObject()
    {
        const auto stats = TerminalStats::fromData(jsonObject(kAgentStats).value(QStringLiteral("data")));
        QVERIFY(stats.has_value());
        QCOMPARE(stats->cpuPercent, 3.25);
        QCOMPARE(stats->memoryPercent(), std::optional<double>(25.0));
        QVERIFY(!stats->diskPercent().has_value()); // no limit, no percentage
        QCOMPARE(stats->raw.value(QStringLiteral("uptime")).toInt(), 99);
    }

    void terminalStatsHostile_data()
    {
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<bool>("valid");
        QTest::newRow("number") << QJsonValue(12) << false;
        QTest::newRow("null") << QJsonValue() << false;
        QTest::newRow("array") << QJsonValue(QJsonArray{1}) << false;
        QTest::newRow("string, not json") << QJsonValue(QStringLiteral("cpu=5")) << false;
        QTest::newRow("string, truncated json") << QJsonValue(QStringLiteral("{\"cpu_percent\":1")) << false;
        QTest::newRow("string holding an array") << QJsonValue(QStringLiteral("[1,2]")) << false;
        QTest::newRow("empty string") << QJsonValue(QString()) << false;
        QTest::newRow("string holding {}") << QJsonValue(QStringLiteral("{}")) << true;
        QTest::newRow("wrong types inside") << QJsonValue(QStringLiteral(R"({"cpu_percent":"x","memory":[1],"memory_limit":null})"))
                                            << true;
    }

    void terminalStatsHostile()
    {
        QFETCH(QJsonValue, data);
        QFETCH(bool, valid);
        const auto stats = TerminalStats::fromData(data);
        QCOMPARE(stats.has_value(), valid);
        if (stats) {
            QCOMPARE(stats->cpuPercent, 0.0);
            QCOMPARE(stats->memory, 0.0);
            QVERIFY(!stats->memoryPercent().has_value());
        }
    }

    void percentIsClamped()
    {
        TerminalStats stats;
        stats.memory = 900;
        stats.memoryLimit = 300;
        QCOMPARE(stats.memoryPercent(), std::optional<double>(100.0));
        stats.memoryLimit = -1;
        QVERIFY(!stats.memoryPercent().has_value());
    }
};

QTEST_GUILESS_MAIN(TestApiEvents)
#include "tst_api_events.moc"
