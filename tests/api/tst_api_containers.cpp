// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/containers.h"

#include "apitestutil.h"

#include <QTest>
#include <QTimeZone>

using namespace rexec::api;
using rexec::test::jsonArray;
using rexec::test::jsonObject;
using Field = Container::Field;
using Kind = Container::StatusKind;

namespace {

const QString kDockerId = QStringLiteral("4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b");
const QString kNewDockerId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");
const QString kDbId = QStringLiteral("3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f");

// GET /api/containers as the server sends it (protocol reference §2.2): an own container, an
// agent (all registered ones, offline included) and a terminal shared through collaboration.
const char *const kListFixture = R"({
  "containers": [
    {
      "id": "4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b",
      "db_id": "3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f",
      "user_id": "9d8c7b6a-1111-2222-3333-444455556666",
      "name": "swift-otter-123",
      "image": "ubuntu",
      "role": "standard",
      "status": "configuring",
      "created_at": "2025-12-01T10:20:30.123456789Z",
      "last_used_at": "2025-12-01T11:00:00Z",
      "idle_seconds": 42.5,
      "mfa_locked": false,
      "resources": {"memory_mb": 2048, "cpu_shares": 2000, "disk_mb": 10240}
    },
    {
      "id": "agent:7c1d2e3f-aaaa-bbbb-cccc-ddddeeeeffff",
      "name": "prod-server-1",
      "image": "linux/amd64",
      "status": "offline",
      "session_type": "agent",
      "created_at": "2025-11-20T08:00:00+01:00",
      "last_used_at": "0001-01-01T00:00:00Z",
      "os": "linux",
      "arch": "amd64",
      "shell": "/bin/bash",
      "distro": "debian",
      "description": "build box",
      "mfa_locked": true,
      "hostname": "prod1",
      "region": "eu-west",
      "resources": {"memory_mb": "16384", "cpu_shares": 8192, "disk_mb": 0},
      "stats": {"cpu_percent": 3.5}
    },
    {
      "id": "aa11bb22cc33dd44ee55ff66aa11bb22cc33dd44ee55ff66aa11bb22cc33dd44",
      "db_id": "0b0b0b0b-1c1c-2d2d-3e3e-4f4f4f4f4f4f",
      "user_id": "owner-uuid",
      "name": "pairing",
      "image": "alpine",
      "status": "running",
      "created_at": "2025-10-01T09:00:00Z",
      "last_used_at": "2025-12-01T09:00:00Z",
      "idle_seconds": 0,
      "mfa_locked": false,
      "resources": {"memory_mb": 512, "cpu_shares": 500, "disk_mb": 2048},
      "shared": true,
      "owner_id": "owner-uuid",
      "owner_name": "alice",
      "collab_mode": "view",
      "share_code": "K7Q2XZ",
      "collab_expires_at": "2025-12-02T10:00:00+01:00"
    }
  ],
  "count": 3,
  "limit": 5
})";

// The 202 reply of POST /api/containers for a guest (§2.5): `id` is still the DB UUID.
const char *const kCreateReply = R"({
  "id": "3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f",
  "db_id": "3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f",
  "user_id": "9d8c7b6a-1111-2222-3333-444455556666",
  "name": "swift-otter-123",
  "image": "ubuntu",
  "role": "standard",
  "status": "creating",
  "created_at": "2025-12-01T10:20:30.5+00:00",
  "async": true,
  "message": "Container is being created",
  "resources": {"memory_mb": 512, "cpu_shares": 500, "disk_mb": 2048},
  "expires_at": "2025-12-03T12:20:30Z",
  "session_limit_seconds": 180000,
  "guest": true
})";

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::UTC);
}

} // namespace

class TestApiContainers : public QObject
{
    Q_OBJECT
private slots:
    void listFromServer()
    {
        const ContainerList list = ContainerList::fromJson(jsonObject(kListFixture));
        QCOMPARE(list.containers.size(), 3);
        QCOMPARE(list.count, 3);
        QCOMPARE(list.limit, std::optional<qint64>(5));

        const Container &own = list.containers.at(0);
        QCOMPARE(own.id, kDockerId);
        QCOMPARE(own.dbId, kDbId);
        QCOMPARE(own.userId, QStringLiteral("9d8c7b6a-1111-2222-3333-444455556666"));
        QCOMPARE(own.name, QStringLiteral("swift-otter-123"));
        QCOMPARE(own.image, QStringLiteral("ubuntu"));
        QCOMPARE(own.role, QStringLiteral("standard"));
        QCOMPARE(own.status, QStringLiteral("configuring"));
        QCOMPARE(own.statusKind(), Kind::Configuring);
        QCOMPARE(own.createdAt, utc(2025, 12, 1, 10, 20, 30, 123));
        QCOMPARE(own.lastUsedAt, utc(2025, 12, 1, 11, 0, 0));
        QCOMPARE(own.idleSeconds, std::optional<double>(42.5));
        QVERIFY(!own.mfaLocked);
        QCOMPARE(own.resources.memoryMb, 2048);
        QCOMPARE(own.resources.cpuShares, 2000);
        QCOMPARE(own.resources.diskMb, 10240);
        QVERIFY(own.ipAddress.isEmpty());
        QVERIFY(!own.isAgent());
        QVERIFY(!own.isShared());
        QVERIFY(own.hasDockerId());
        QVERIFY(own.canControl());
        QVERIFY(own.canOpenTerminal()); // configuring already accepts terminals
        QVERIFY(!own.canUseFiles());    // ... but not file operations
        QVERIFY(own.isTransitional());

        const Container &agent = list.containers.at(1);
        QVERIFY(agent.isAgent());
        QCOMPARE(agent.agentId(), QStringLiteral("7c1d2e3f-aaaa-bbbb-cccc-ddddeeeeffff"));
        QCOMPARE(agent.statusKind(), Kind::Offline);
        QVERIFY(agent.isOffline());
        QCOMPARE(agent.sessionType, QStringLiteral("agent"));
        QCOMPARE(agent.os, QStringLiteral("linux"));
        QCOMPARE(agent.arch, QStringLiteral("amd64"));
        QCOMPARE(agent.shell, QStringLiteral("/bin/bash"));
        QCOMPARE(agent.distro, QStringLiteral("debian"));
        QCOMPARE(agent.description, QStringLiteral("build box"));
        QCOMPARE(agent.hostname, QStringLiteral("prod1"));
        QCOMPARE(agent.region, QStringLiteral("eu-west"));
        QVERIFY(agent.mfaLocked);
        QCOMPARE(agent.createdAt, utc(2025, 11, 20, 7, 0, 0));
        QVERIFY(!agent.lastUsedAt.isValid()); // Go's zero time means never
        QCOMPARE(agent.resources.memoryMb, 16384); // numeric string accepted
        QCOMPARE(agent.resources.cpuShares, 8192);
        QVERIFY(!agent.idleSeconds.has_value());
        QVERIFY(!agent.hasDockerId());
        QVERIFY(!agent.canUseFiles());
        // Keys this client does not model stay available.
        QCOMPARE(agent.raw.value(QStringLiteral("stats")).toObject().value(QStringLiteral("cpu_percent")).toDouble(), 3.5);

        const Container &shared = list.containers.at(2);
        QVERIFY(shared.isShared());
        QCOMPARE(shared.ownerId, QStringLiteral("owner-uuid"));
        QCOMPARE(shared.ownerName, QStringLiteral("alice"));
        QCOMPARE(shared.collabMode, QStringLiteral("view"));
        QCOMPARE(shared.shareCode, QStringLiteral("K7Q2XZ"));
        QCOMPARE(shared.collabExpiresAt, utc(2025, 12, 2, 9, 0, 0));
        QVERIFY(!shared.canControl());
        QVERIFY(shared.isRunning());
        QVERIFY(shared.canUseFiles());
        QCOMPARE(shared.idleSeconds, std::optional<double>(0.0));
    }

    void listWithNullContainers()
    {
        // A user with no containers, agents or shares gets null, not [] (§2.2).
        const ContainerList list = ContainerList::fromJson(jsonObject(R"({"containers":null,"count":0,"limit":1})"));
        QVERIFY(list.containers.isEmpty());
        QCOMPARE(list.count, 0);
        QCOMPARE(list.limit, std::optional<qint64>(1));
    }

    void listAsBareArray()
    {
        // The SDK docs' shape.
        const ContainerList list = ContainerList::fromJson(
                jsonArray(R"([{"id":"a1","name":"one","status":"running"},{"id":"b2","name":"two","status":"stopped"}])"));
        QCOMPARE(list.containers.size(), 2);
        QCOMPARE(list.count, 2);
        QVERIFY(!list.limit.has_value());
        QCOMPARE(list.containers.at(1).statusKind(), Kind::Stopped);

        const ContainerList viaValue = ContainerList::fromJsonValue(QJsonValue(jsonArray(R"([{"id":"x"}])")));
        QCOMPARE(viaValue.containers.size(), 1);
        QCOMPARE(ContainerList::fromJsonValue(QJsonValue(jsonObject(kListFixture))).containers.size(), 3);
    }

    void listHostile()
    {
        const ContainerList wrongType = ContainerList::fromJson(jsonObject(R"({"containers":"oops","count":"many","limit":[]})"));
        QVERIFY(wrongType.containers.isEmpty());
        QCOMPARE(wrongType.count, 0);
        QVERIFY(!wrongType.limit.has_value());

        const ContainerList mixed = ContainerList::fromJson(
                jsonArray(R"([1, "x", null, [], {}, {"name":"no id"}, {"id":""}, {"id":5}, {"id":"ok"}])"));
        QCOMPARE(mixed.containers.size(), 2);
        QCOMPARE(mixed.containers.at(0).id, QStringLiteral("5"));
        QCOMPARE(mixed.containers.at(1).id, QStringLiteral("ok"));

        // Absent count: the number of entries. Negative count: ignored.
        QCOMPARE(ContainerList::fromJson(jsonObject(R"({"containers":[{"id":"a"}]})")).count, 1);
        QCOMPARE(ContainerList::fromJson(jsonObject(R"({"containers":[{"id":"a"}],"count":-4})")).count, 1);
        QCOMPARE(ContainerList::fromJsonValue(QJsonValue(QStringLiteral("nope"))).containers.size(), 0);
        QCOMPARE(ContainerList::fromJsonValue(QJsonValue()).containers.size(), 0);
    }

    void wrongTypesEverywhere()
    {
        const Container c = Container::fromJson(jsonObject(R"({
            "id": "abc", "db_id": true, "user_id": [1], "name": 42, "image": {"x":1}, "role": null,
            "status": false, "created_at": {}, "last_used_at": "not a time", "expires_at": [],
            "idle_seconds": "NaN", "mfa_locked": "yes", "resources": [1,2,3], "ip_address": 10,
            "session_type": 7, "shared": "true", "collab_mode": {}, "collab_expires_at": true,
            "labels": "env=prod", "environment": [["A","B"]]
        })"));
        QCOMPARE(c.id, QStringLiteral("abc"));
        QVERIFY(c.dbId.isEmpty());
        QVERIFY(c.userId.isEmpty());
        QCOMPARE(c.name, QStringLiteral("42"));
        QVERIFY(c.image.isEmpty());
        QVERIFY(c.role.isEmpty());
        QVERIFY(c.status.isEmpty());
        QCOMPARE(c.statusKind(), Kind::Unknown);
        QVERIFY(!c.createdAt.isValid());
        QVERIFY(!c.lastUsedAt.isValid());
        QVERIFY(!c.expiresAt.isValid());
        QVERIFY(!c.idleSeconds.has_value());
        QVERIFY(!c.mfaLocked);
        QCOMPARE(c.resources, ContainerResources());
        QCOMPARE(c.ipAddress, QStringLiteral("10"));
        QCOMPARE(c.sessionType, QStringLiteral("7"));
        QVERIFY(!c.isAgent());
        QVERIFY(c.shared); // "true" as a string is still true
        QVERIFY(c.collabMode.isEmpty());
        QVERIFY(!c.canControl()); // shared, and no control mode
        QVERIFY(c.labels.isEmpty());
        QVERIFY(c.environment.isEmpty());
        QCOMPARE(c.raw.size(), 20);
    }

    void hugeNumbers()
    {
        const Container c = Container::fromJson(jsonObject(R"({"id":"a","idle_seconds":1e308,
            "resources":{"memory_mb":1e30,"cpu_shares":"99999999999999999999","disk_mb":9007199254740993}})"));
        QCOMPARE(c.resources.memoryMb, 0);
        QCOMPARE(c.resources.cpuShares, 0);
        QCOMPARE(c.resources.diskMb, 9007199254740993LL);
        QCOMPARE(c.idleSeconds, std::optional<double>(1e308));
    }

    void notAnObject()
    {
        // Callers hand over value.toObject(): arrays and scalars become an empty object.
        const Container c = Container::fromJson(QJsonValue(QJsonArray{1, 2}).toObject());
        QVERIFY(c.id.isEmpty());
        QCOMPARE(c.statusKind(), Kind::Unknown);
        QVERIFY(c.raw.isEmpty());
    }

    void createReply()
    {
        const Container c = Container::fromJson(jsonObject(kCreateReply));
        QCOMPARE(c.id, kDbId);
        QCOMPARE(c.dbId, kDbId);
        QVERIFY(!c.hasDockerId()); // start/stop/files must wait for the Docker ID
        QVERIFY(c.isCreating());
        QVERIFY(c.isTransitional());
        QVERIFY(!c.canOpenTerminal());
        QCOMPARE(c.createdAt, utc(2025, 12, 1, 10, 20, 30, 500));
        QCOMPARE(c.expiresAt, utc(2025, 12, 3, 12, 20, 30));
        QCOMPARE(c.resources.memoryMb, 512);
        QCOMPARE(c.raw.value(QStringLiteral("session_limit_seconds")).toInt(), 180000);
    }

    void labelsAndEnvironment()
    {
        const Container c = Container::fromJson(jsonObject(R"({"id":"a",
            "labels":{"team":"infra","tier":3,"skip":null,"nested":{"x":1}},
            "environment":{"EDITOR":"vim","DEBUG":true}})"));
        QCOMPARE(c.labels.size(), 2);
        QCOMPARE(c.labels.value(QStringLiteral("team")), QStringLiteral("infra"));
        QCOMPARE(c.labels.value(QStringLiteral("tier")), QStringLiteral("3"));
        QCOMPARE(c.environment.value(QStringLiteral("EDITOR")), QStringLiteral("vim"));
        QCOMPARE(c.environment.value(QStringLiteral("DEBUG")), QStringLiteral("true"));
    }

    void statusKinds_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<bool>("transitional");

        QTest::newRow("creating") << QStringLiteral("creating") << Kind::Creating << false << false << true;
        QTest::newRow("configuring") << QStringLiteral("configuring") << Kind::Configuring << false << true << true;
        QTest::newRow("starting") << QStringLiteral("starting") << Kind::Starting << false << false << true;
        QTest::newRow("running") << QStringLiteral("running") << Kind::Running << true << true << false;
        QTest::newRow("stopped") << QStringLiteral("stopped") << Kind::Stopped << false << false << false;
        QTest::newRow("paused") << QStringLiteral("paused") << Kind::Paused << false << false << false;
        QTest::newRow("error") << QStringLiteral("error") << Kind::Error << false << false << false;
        QTest::newRow("offline") << QStringLiteral("offline") << Kind::Offline << false << false << false;
        QTest::newRow("unknown") << QStringLiteral("unknown") << Kind::Unknown << false << false << false;
        QTest::newRow("empty") << QString() << Kind::Unknown << false << false << false;
        QTest::newRow("upper case") << QStringLiteral("RUNNING") << Kind::Running << true << true << false;
        QTest::newRow("padded") << QStringLiteral(" stopped ") << Kind::Stopped << false << false << false;
        QTest::newRow("agents list online") << QStringLiteral("online") << Kind::Running << true << true << false;
        QTest::newRow("docker exited") << QStringLiteral("exited") << Kind::Stopped << false << false << false;
        QTest::newRow("docker restarting") << QStringLiteral("restarting") << Kind::Starting << false << false << true;
        QTest::newRow("new status") << QStringLiteral("hibernating") << Kind::Other << false << false << false;
        QTest::newRow("prefix is not enough") << QStringLiteral("runningish") << Kind::Other << false << false << false;
    }

    void statusKinds()
    {
        QFETCH(QString, status);
        QFETCH(Kind, kind);
        QFETCH(bool, running);
        QFETCH(bool, terminal);
        QFETCH(bool, transitional);
        const Container c = Container::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                                            {QStringLiteral("status"), status}});
        QCOMPARE(c.status, status); // kept as sent, unknown values included
        QCOMPARE(c.statusKind(), kind);
        QCOMPARE(c.isRunning(), running);
        QCOMPARE(c.canOpenTerminal(), terminal);
        QCOMPARE(c.isTransitional(), transitional);
    }

    void agentDetection()
    {
        const Container byType = Container::fromJson(jsonObject(R"({"id":"plain-id","session_type":"agent"})"));
        QVERIFY(byType.isAgent());
        QCOMPARE(byType.agentId(), QStringLiteral("plain-id"));
        const Container byPrefix = Container::fromJson(jsonObject(R"({"id":"agent:abc"})"));
        QVERIFY(byPrefix.isAgent());
        QCOMPARE(byPrefix.agentId(), QStringLiteral("abc"));
        const Container container = Container::fromJson(jsonObject(R"({"id":"agentless","session_type":"terminal"})"));
        QVERIFY(!container.isAgent());
        QVERIFY(container.agentId().isEmpty());
    }

    void dockerId()
    {
        Container c;
        c.id = kDockerId;
        QVERIFY(c.hasDockerId());
        c.id = kDockerId.toUpper();
        QVERIFY(!c.hasDockerId());
        c.id = kDockerId.left(63);
        QVERIFY(!c.hasDockerId());
        c.id = kDockerId.left(63) + u'g';
        QVERIFY(!c.hasDockerId());
        c.id = kDbId;
        QVERIFY(!c.hasDockerId());
    }

    void controlMode()
    {
        Container c = Container::fromJson(jsonObject(R"({"id":"a","shared":true,"collab_mode":"control"})"));
        QVERIFY(c.canControl());
        c.collabMode = QStringLiteral("view");
        QVERIFY(!c.canControl());
        c.shared = false;
        QVERIFY(c.canControl());
    }

    void mergeUpdatedEvent()
    {
        // The `updated` event after background setup: {id:<docker id>, db_id, status, role} (§2.5).
        Container c = Container::fromJson(jsonObject(kCreateReply));
        const Container before = c;
        const auto changed = c.merge(QJsonObject{{QStringLiteral("id"), kDockerId},
                                                 {QStringLiteral("db_id"), kDbId},
                                                 {QStringLiteral("status"), QStringLiteral("running")},
                                                 {QStringLiteral("role"), QStringLiteral("python")}});
        QCOMPARE(changed, Container::Fields(Field::Id | Field::Status | Field::Role));
        QCOMPARE(c.id, kDockerId);
        QCOMPARE(c.status, QStringLiteral("running"));
        QCOMPARE(c.role, QStringLiteral("python"));
        // Everything else is untouched.
        QCOMPARE(c.name, before.name);
        QCOMPARE(c.createdAt, before.createdAt);
        QCOMPARE(c.expiresAt, before.expiresAt);
        QCOMPARE(c.resources, before.resources);
        QCOMPARE(c.raw.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(c.raw.value(QStringLiteral("image")).toString(), QStringLiteral("ubuntu"));
    }

    void mergeSameValuesChangesNothing()
    {
        Container c = Container::fromJson(jsonObject(kListFixture).value(QStringLiteral("containers")).toArray().at(0).toObject());
        const Container before = c;
        const auto changed = c.merge(QJsonObject{{QStringLiteral("id"), kDockerId},
                                                 {QStringLiteral("status"), QStringLiteral("configuring")},
                                                 {QStringLiteral("created_at"), QStringLiteral("2025-12-01T10:20:30.123999Z")}});
        QCOMPARE(changed, Container::Fields());
        // Only `raw` may differ: it holds the new time text, which parses to the same millisecond.
        Container withoutRaw = c;
        withoutRaw.raw = before.raw;
        QVERIFY(withoutRaw == before);
        QCOMPARE(c.createdAt, before.createdAt);
    }

    void mergeEachField_data()
    {
        QTest::addColumn<QByteArray>("partial");
        QTest::addColumn<Container::Fields>("expected");
        const auto f = [](Field field) { return Container::Fields(field); };
        QTest::newRow("db_id") << QByteArray(R"({"db_id":"other"})") << f(Field::DbId);
        QTest::newRow("user_id") << QByteArray(R"({"user_id":"u2"})") << f(Field::UserId);
        QTest::newRow("name") << QByteArray(R"({"name":"renamed"})") << f(Field::Name);
        QTest::newRow("image") << QByteArray(R"({"image":"debian"})") << f(Field::Image);
        QTest::newRow("last_used_at") << QByteArray(R"({"last_used_at":"2025-12-01T12:00:00Z"})") << f(Field::LastUsedAt);
        QTest::newRow("created_at zero time clears") << QByteArray(R"({"created_at":"0001-01-01T00:00:00Z"})")
                                                     << f(Field::CreatedAt);
        QTest::newRow("expires_at") << QByteArray(R"({"expires_at":"2026-01-01T00:00:00Z"})") << f(Field::ExpiresAt);
        QTest::newRow("idle_seconds") << QByteArray(R"({"idle_seconds":1})") << f(Field::IdleSeconds);
        QTest::newRow("idle_seconds null") << QByteArray(R"({"idle_seconds":null})") << f(Field::IdleSeconds);
        QTest::newRow("mfa_locked") << QByteArray(R"({"mfa_locked":true})") << f(Field::MfaLocked);
        QTest::newRow("partial resources") << QByteArray(R"({"resources":{"memory_mb":4096}})") << f(Field::Resources);
        QTest::newRow("resources null") << QByteArray(R"({"resources":null})") << f(Field::Resources);
        QTest::newRow("ip_address") << QByteArray(R"({"ip_address":"172.17.0.5"})") << f(Field::IpAddress);
        QTest::newRow("hostname") << QByteArray(R"({"hostname":"h2"})") << f(Field::Agent);
        QTest::newRow("os and region") << QByteArray(R"({"os":"darwin","region":"us"})") << f(Field::Agent);
        QTest::newRow("collab_mode") << QByteArray(R"({"collab_mode":"control"})") << f(Field::Sharing);
        QTest::newRow("shared") << QByteArray(R"({"shared":true})") << f(Field::Sharing);
        QTest::newRow("labels") << QByteArray(R"({"labels":{"a":"b"}})") << f(Field::Labels);
        QTest::newRow("environment") << QByteArray(R"({"environment":{"A":"1"}})") << f(Field::Environment);
        QTest::newRow("unknown keys") << QByteArray(R"({"restarted":true,"message":"settings updated"})") << f(Field::Other);
        QTest::newRow("several") << QByteArray(R"({"status":"error","error":"boom","name":"n2"})")
                                 << (Field::Status | Field::Name | Field::Other);
        QTest::newRow("empty partial") << QByteArray("{}") << Container::Fields();
        QTest::newRow("same status") << QByteArray(R"({"status":"configuring"})") << Container::Fields();
        // A value of an unusable type is ignored rather than wiping good data.
        QTest::newRow("status as object") << QByteArray(R"({"status":{"state":"running"}})") << Container::Fields();
        QTest::newRow("resources as array") << QByteArray(R"({"resources":[1]})") << Container::Fields();
        QTest::newRow("mfa_locked as words") << QByteArray(R"({"mfa_locked":"maybe"})") << Container::Fields();
        QTest::newRow("labels as string") << QByteArray(R"({"labels":"a=b"})") << Container::Fields();
    }

    void mergeEachField()
    {
        QFETCH(QByteArray, partial);
        QFETCH(Container::Fields, expected);
        Container c = Container::fromJson(jsonObject(kListFixture).value(QStringLiteral("containers")).toArray().at(0).toObject());
        const Container before = c;
        QCOMPARE(c.merge(jsonObject(partial.constData())), expected);
        if (expected.testFlag(Field::Status))
            QVERIFY(c.status != before.status);
        else
            QCOMPARE(c.status, before.status);
        if (!expected.testFlag(Field::Resources))
            QCOMPARE(c.resources, before.resources);
        // A second identical merge changes nothing.
        QCOMPARE(c.merge(jsonObject(partial.constData())), Container::Fields());
    }

    void mergeDetails()
    {
        Container c = Container::fromJson(jsonObject(kListFixture).value(QStringLiteral("containers")).toArray().at(0).toObject());
        c.merge(jsonObject(R"({"resources":{"memory_mb":4096}})"));
        QCOMPARE(c.resources.memoryMb, 4096);
        QCOMPARE(c.resources.cpuShares, 2000); // only keys present change
        QCOMPARE(c.resources.diskMb, 10240);

        c.merge(jsonObject(R"({"ip_address":"172.17.0.5"})"));
        QCOMPARE(c.ipAddress, QStringLiteral("172.17.0.5"));
        QCOMPARE(c.merge(jsonObject(R"({"ip_address":null})")), Container::Fields(Field::IpAddress));
        QVERIFY(c.ipAddress.isEmpty());

        QCOMPARE(c.merge(jsonObject(R"({"status":{"bad":1}})")), Container::Fields());
        QCOMPARE(c.status, QStringLiteral("configuring"));

        c.merge(jsonObject(R"({"restarted":true})"));
        QVERIFY(c.raw.value(QStringLiteral("restarted")).toBool());
    }

    void createRequestMinimal()
    {
        CreateContainerRequest request;
        request.image = QStringLiteral("ubuntu");
        QCOMPARE(request.toJson(), jsonObject(R"({"image":"ubuntu"})"));
    }

    void createRequestFull()
    {
        CreateContainerRequest request;
        request.image = QStringLiteral("custom");
        request.customImage = QStringLiteral("ghcr.io/acme/dev:1.2");
        request.name = QStringLiteral("my-box");
        request.role = QStringLiteral("python");
        request.memoryMb = 1024;
        request.cpuShares = 1000;
        request.environment.insert(QStringLiteral("EDITOR"), QStringLiteral("vim"));
        request.labels.insert(QStringLiteral("team"), QStringLiteral("infra"));
        request.useTmux = true;
        QCOMPARE(request.toJson(), jsonObject(R"({
            "image": "custom", "custom_image": "ghcr.io/acme/dev:1.2", "name": "my-box", "role": "python",
            "memory_mb": 1024, "cpu_shares": 1000,
            "environment": {"EDITOR": "vim"}, "labels": {"team": "infra"},
            "shell": {"use_tmux": true}
        })"));
    }

    void createRequestExplicitFalseAndZero()
    {
        CreateContainerRequest request;
        request.image = QStringLiteral("alpine");
        request.diskMb = 0;
        request.useTmux = false;
        const QJsonObject body = request.toJson();
        QCOMPARE(body, jsonObject(R"({"image":"alpine","disk_mb":0,"shell":{"use_tmux":false}})"));
        QVERIFY(!body.contains(QStringLiteral("memory_mb")));
    }

    void containerName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("single letter") << QStringLiteral("a") << true;
        QTest::newRow("generated") << QStringLiteral("swift-otter-123") << true;
        QTest::newRow("mixed") << QStringLiteral("A_b-9") << true;
        QTest::newRow("digit first") << QStringLiteral("9lives") << true;
        QTest::newRow("trailing dash") << QStringLiteral("a-") << true;
        QTest::newRow("64 chars") << QString(64, u'x') << true;
        QTest::newRow("65 chars") << QString(65, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dash first") << QStringLiteral("-a") << false;
        QTest::newRow("underscore first") << QStringLiteral("_a") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("dot") << QStringLiteral("a.b") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("umlaut") << QStringLiteral("b\u00e4r") << false;
        QTest::newRow("fullwidth digit") << QStringLiteral("a\uff11") << false;
    }

    void containerName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidContainerName(name), valid);
    }
};

QTEST_GUILESS_MAIN(TestApiContainers)
#include "tst_api_containers.moc"
