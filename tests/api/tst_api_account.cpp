// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/account.h"

#include "apitestutil.h"

#include <QTest>
#include <QTimeZone>

using namespace rexec::api;
using rexec::test::jsonArray;
using rexec::test::jsonObject;

namespace {

const QString kToken = QStringLiteral("rexec_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

// GET /api/profile for a guest (protocol reference §1.5): expires_at is Unix seconds, and
// stats.container_count is the plan's maximum, not a count.
const char *const kGuestProfile = R"({
  "user": {
    "id": "9d8c7b6a-1111-2222-3333-444455556666", "email": "", "username": "otter",
    "name": "", "first_name": "", "last_name": "", "avatar": "", "verified": false,
    "tier": "guest", "created_at": "2025-12-01T10:20:30.123456Z", "updated_at": "2025-12-01T10:20:30Z",
    "is_admin": false, "mfa_enabled": false, "allowed_ips": null, "screen_lock_enabled": false,
    "lock_after_minutes": 0, "lock_required_since": null, "session_duration_minutes": 0,
    "is_guest": true, "expires_at": 1764584430
  },
  "stats": {"container_count": 1, "container_limit": 1, "ssh_keys": 0},
  "limits": {"containers": 1, "max_agents": 0, "memory_mb": 512, "cpu_shares": 500, "disk_mb": 2048}
})";

const char *const kProProfile = R"({
  "user": {
    "id": "u-1", "email": "ada@example.com", "username": "ada", "name": "",
    "first_name": "Ada", "last_name": "Lovelace", "avatar": "https:\/\/example.com\/a.png", "verified": true,
    "tier": "pro", "created_at": "2024-01-02T03:04:05+02:00", "updated_at": "2025-12-01T10:20:30Z",
    "is_admin": true, "mfa_enabled": true, "allowed_ips": ["10.0.0.0/8", "192.168.1.5"],
    "screen_lock_enabled": true, "lock_after_minutes": 15, "session_duration_minutes": 1440
  },
  "stats": {"container_count": 10, "container_limit": 10, "ssh_keys": 2},
  "limits": {"containers": 10, "max_agents": 5, "memory_mb": 4096, "cpu_shares": 4000, "disk_mb": 20480}
})";

// POST /api/tokens, 201 (§1.4): the plaintext token appears only here.
const char *const kCreatedToken = R"({
  "token": "rexec_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  "id": "tok-1", "name": "desktop", "token_prefix": "rexec_012345", "scopes": ["read", "write"],
  "expires_at": null, "created_at": "2025-12-01T10:20:30.123456789Z",
  "message": "Token created. Copy it now; it will not be shown again."
})";

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::UTC);
}

} // namespace

class TestApiAccount : public QObject
{
    Q_OBJECT
private slots:
    void guestProfile()
    {
        const Profile profile = Profile::fromJson(jsonObject(kGuestProfile));
        QVERIFY(profile.isValid());
        QCOMPARE(profile.user.username, QStringLiteral("otter"));
        QVERIFY(profile.user.guest);
        QVERIFY(profile.user.isGuest());
        QCOMPARE(profile.user.tier, QStringLiteral("guest"));
        QCOMPARE(profile.user.expiresAt, utc(2025, 12, 1, 10, 20, 30));
        QCOMPARE(profile.user.createdAt, utc(2025, 12, 1, 10, 20, 30, 123));
        QVERIFY(profile.user.allowedIps.isEmpty());
        QCOMPARE(profile.user.displayName(), QStringLiteral("otter"));
        QCOMPARE(profile.limits.containers, 1);
        QCOMPARE(profile.limits.maxAgents, 0);
        QCOMPARE(profile.limits.memoryMb, 512);
        QCOMPARE(profile.limits.cpuShares, 500);
        QCOMPARE(profile.limits.diskMb, 2048);
        QCOMPARE(profile.containerLimit, 1);
        QCOMPARE(profile.raw.value(QStringLiteral("stats")).toObject().value(QStringLiteral("container_count")).toInt(), 1);
    }

    void proProfile()
    {
        const Profile profile = Profile::fromJson(jsonObject(kProProfile));
        const UserInfo &user = profile.user;
        QCOMPARE(user.id, QStringLiteral("u-1"));
        QCOMPARE(user.email, QStringLiteral("ada@example.com"));
        QCOMPARE(user.firstName, QStringLiteral("Ada"));
        QCOMPARE(user.lastName, QStringLiteral("Lovelace"));
        QCOMPARE(user.avatar, QStringLiteral("https://example.com/a.png"));
        QVERIFY(user.verified);
        QVERIFY(user.isAdmin);
        QVERIFY(user.mfaEnabled);
        QVERIFY(user.screenLockEnabled);
        QCOMPARE(user.lockAfterMinutes, 15);
        QCOMPARE(user.sessionDurationMinutes, 1440);
        QVERIFY(!user.isGuest());
        QVERIFY(!user.expiresAt.isValid());
        QCOMPARE(user.createdAt, utc(2024, 1, 2, 1, 4, 5));
        QCOMPARE(user.allowedIps, QStringList({QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.1.5")}));
        QCOMPARE(user.displayName(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(profile.limits.maxAgents, 5);
        QCOMPARE(profile.sshKeyCount, 2);
    }

    void profileHostile()
    {
        const Profile empty = Profile::fromJson(QJsonObject());
        QVERIFY(!empty.isValid());
        QVERIFY(empty.user.displayName().isEmpty());

        const Profile wrong = Profile::fromJson(jsonObject(R"({
            "user": {"id": 17, "username": ["x"], "is_guest": "true", "expires_at": "soon",
                     "allowed_ips": "10.0.0.1, 10.0.0.2  10.0.0.3", "mfa_enabled": 1, "tier": null,
                     "lock_after_minutes": "NaN", "session_duration_minutes": 1e300},
            "limits": [1, 2],
            "stats": "none"
        })"));
        QVERIFY(wrong.isValid());
        QCOMPARE(wrong.user.id, QStringLiteral("17"));
        QVERIFY(wrong.user.username.isEmpty());
        QVERIFY(wrong.user.isGuest());
        QVERIFY(!wrong.user.expiresAt.isValid());
        QCOMPARE(wrong.user.allowedIps,
                 QStringList({QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3")}));
        QVERIFY(wrong.user.mfaEnabled);
        QCOMPARE(wrong.user.lockAfterMinutes, 0);
        QCOMPARE(wrong.user.sessionDurationMinutes, 0);
        QCOMPARE(wrong.limits.containers, 0);

        const Profile userIsArray = Profile::fromJson(jsonObject(R"({"user":[{"id":"x"}]})"));
        QVERIFY(!userIsArray.isValid());
    }

    void displayName()
    {
        UserInfo user;
        user.email = QStringLiteral("e@x");
        QCOMPARE(user.displayName(), QStringLiteral("e@x"));
        user.username = QStringLiteral("ada");
        QCOMPARE(user.displayName(), QStringLiteral("ada"));
        user.lastName = QStringLiteral(" Lovelace ");
        QCOMPARE(user.displayName(), QStringLiteral("Lovelace"));
        user.name = QStringLiteral("Countess");
        QCOMPARE(user.displayName(), QStringLiteral("Countess"));
    }

    void tokenValidation()
    {
        const TokenValidation v = TokenValidation::fromJson(jsonObject(R"({
            "valid": true, "user_id": "u-1", "username": "ada", "email": "ada@example.com",
            "tier": "pro", "scopes": ["read", "write"]})"));
        QVERIFY(v.valid);
        QCOMPARE(v.userId, QStringLiteral("u-1"));
        QCOMPARE(v.username, QStringLiteral("ada"));
        QCOMPARE(v.email, QStringLiteral("ada@example.com"));
        QCOMPARE(v.tier, QStringLiteral("pro"));
        QCOMPARE(v.scopes, QStringList({QStringLiteral("read"), QStringLiteral("write")}));

        const TokenValidation bad = TokenValidation::fromJson(jsonObject(R"({"valid":"no","scopes":null})"));
        QVERIFY(!bad.valid);
        QVERIFY(bad.scopes.isEmpty());
    }

    void createdToken()
    {
        const ApiToken token = ApiToken::fromJson(jsonObject(kCreatedToken));
        QCOMPARE(token.token, kToken);
        QVERIFY(looksLikeApiToken(token.token));
        QCOMPARE(token.id, QStringLiteral("tok-1"));
        QCOMPARE(token.name, QStringLiteral("desktop"));
        QCOMPARE(token.tokenPrefix, QStringLiteral("rexec_012345"));
        QCOMPARE(token.scopes, QStringList({QStringLiteral("read"), QStringLiteral("write")}));
        QVERIFY(!token.expiresAt.isValid()); // null: never expires
        QVERIFY(!token.isExpired());
        QVERIFY(!token.isRevoked());
        QCOMPARE(token.createdAt, utc(2025, 12, 1, 10, 20, 30, 123));
        QVERIFY(token.message.startsWith(QStringLiteral("Token created")));
    }

    void tokenList()
    {
        const ApiTokenList list = ApiTokenList::fromJson(jsonObject(R"({"tokens":[
            {"id":"t1","user_id":"u-1","name":"ci","token_prefix":"rexec_aaaaaa","scopes":["read"],
             "last_used_at":"2025-12-01T09:00:00Z","expires_at":"2025-12-31T00:00:00Z",
             "created_at":"2025-11-01T00:00:00Z"},
            {"id":"t2","name":"old","revoked_at":"2025-11-15T00:00:00Z","created_at":"2025-10-01T00:00:00Z"},
            {"name":"no id"}, 5, null
        ]})"));
        QCOMPARE(list.tokens.size(), 2);
        const ApiToken &ci = list.tokens.at(0);
        QCOMPARE(ci.userId, QStringLiteral("u-1"));
        QCOMPARE(ci.lastUsedAt, utc(2025, 12, 1, 9, 0, 0));
        QVERIFY(ci.token.isEmpty()); // never listed
        QVERIFY(!ci.isExpired(utc(2025, 12, 30, 23, 59, 59)));
        QVERIFY(ci.isExpired(utc(2025, 12, 31, 0, 0, 0)));
        QVERIFY(list.tokens.at(1).isRevoked());
        QVERIFY(!list.tokens.at(1).lastUsedAt.isValid());
    }

    void tokenListNullAndBare()
    {
        // No tokens: null, not [] (§1.4).
        QVERIFY(ApiTokenList::fromJson(jsonObject(R"({"tokens":null})")).tokens.isEmpty());
        QVERIFY(ApiTokenList::fromJson(jsonObject(R"({"tokens":"none"})")).tokens.isEmpty());
        QCOMPARE(ApiTokenList::fromJsonValue(QJsonValue(jsonArray(R"([{"id":"a"},{"id":"b"}])"))).tokens.size(), 2);
        QCOMPARE(ApiTokenList::fromJsonValue(QJsonValue(jsonObject(R"({"tokens":[{"id":"a"}]})"))).tokens.size(), 1);
    }

    void apiTokenShape_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << kToken << true;
        QTest::newRow("upper-case hex") << kToken.toUpper().replace(QStringLiteral("REXEC_"), QStringLiteral("rexec_"))
                                        << false;
        QTest::newRow("63 hex") << kToken.chopped(1) << false;
        QTest::newRow("65 hex") << kToken + u'0' << false;
        QTest::newRow("non-hex letter") << kToken.chopped(1) + u'g' << false;
        QTest::newRow("capital prefix") << QStringLiteral("Rexec_") + kToken.mid(6) << false;
        QTest::newRow("no prefix") << kToken.mid(6) + QStringLiteral("abcdef") << false;
        QTest::newRow("jwt") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjoiMSJ9.c2ln") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("padded") << u' ' + kToken << false;
    }

    void apiTokenShape()
    {
        QFETCH(QString, token);
        QFETCH(bool, valid);
        QCOMPARE(looksLikeApiToken(token), valid);
    }
};

QTEST_GUILESS_MAIN(TestApiAccount)
#include "tst_api_account.moc"
