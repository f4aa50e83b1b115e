// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal MFA lock over real TCP: the four security endpoints with the real server's shapes,
// status codes and order of checks, mfa_locked in the list, the 423 at the terminal socket and what
// a right code opens, the lock kept across a restart, and a user without MFA. Codes are computed
// here with a TOTP of the test's own, checked against RFC 6238's test vectors.
#include "localtestutil.h"

#include "local/totp.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTest>
#include <QUuid>
#include <QtEndian>

using namespace rexec::test;

namespace {

// RFC 6238's SHA-1 seed, "12345678901234567890", in base32 as an authenticator app takes it.
constexpr auto kSecretBase32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const QByteArray kSecret = QByteArrayLiteral("12345678901234567890");

// RFC 6238 (HMAC-SHA1, 30 s steps) written again here, so that the server is not checked
// against its own code.
QString totpAt(qint64 unixSeconds, int digits = 6)
{
    uchar counter[8];
    qToBigEndian<quint64>(quint64(unixSeconds / 30), counter);
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray(reinterpret_cast<const char *>(counter), 8),
                                                            kSecret, QCryptographicHash::Sha1);
    const int offset = mac.back() & 0xf;
    const quint32 value = qFromBigEndian<quint32>(mac.constData() + offset) & 0x7fffffff;
    QString code = QString::number(value);
    while (code.size() < 10)
        code.prepend(QLatin1Char('0'));
    return code.right(digits);
}

QString totpNow(qint64 stepOffset = 0)
{
    return totpAt(QDateTime::currentSecsSinceEpoch() + stepOffset * 30);
}

// Six digits that are not the code of the previous, current or next step.
QString wrongCode()
{
    const QStringList near{totpNow(-1), totpNow(), totpNow(1), totpNow(2)};
    for (int n = 0;; ++n) {
        const QString candidate = QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
        if (!near.contains(candidate))
            return candidate;
    }
}

const QList<QPair<QByteArray, QByteArray>> kUpgrade{{"Connection", "Upgrade"},
                                                     {"Upgrade", "websocket"},
                                                     {"Sec-WebSocket-Version", "13"},
                                                     {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}};

} // namespace

class TestLocalMfa : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server{{QStringLiteral("--mfa-secret"), QString::fromLatin1(kSecretBase32)}};
    HttpClient m_http;
    QString m_id;   // 64 hex
    QString m_dbId; // UUID

    QUrl url(const QString &path) const { return m_server.url(path); }
    QUrl security(const QString &id, const char *what) const
    {
        return url(QStringLiteral("/api/security/terminal/%1/%2").arg(id, QLatin1StringView(what)));
    }
    HttpResult verify(const QString &id, const QString &code)
    {
        return m_http.postJson(security(id, "mfa-verify"), {{QStringLiteral("code"), code}});
    }
    // The terminal socket's answer to an upgrade, read as plain HTTP: its refusals are JSON.
    HttpResult upgrade(const QString &session)
    {
        auto headers = kUpgrade;
        headers.append({"Authorization", "Bearer " + m_server.token()});
        return HttpClient().send("GET", url(QStringLiteral("/ws/terminal/%1?id=%2").arg(m_id, session)), {}, headers);
    }
    bool openTerminal(WebSocketClient &client, const QString &session)
    {
        return client.open(m_server.webSocketUrl(QStringLiteral("/ws/terminal/%1?id=%2").arg(m_id, session)),
                           m_server.token())
            && !client.waitFor(QStringLiteral("shell_ready")).isEmpty();
    }
    QJsonObject listed()
    {
        return findByName(m_http.get(url(QStringLiteral("/api/containers"))).json, QStringLiteral("guarded"));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_http.setToken(m_server.token());
        m_id = createRunning(m_http, m_server, QStringLiteral("guarded"));
        QVERIFY(!m_id.isEmpty());
        m_dbId = listed().value(u"db_id").toString();
        QVERIFY(!QUuid::fromString(m_dbId).isNull());
    }

    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        // RFC 6238 appendix B, SHA-1 column (8 digits).
        QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
    }

    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(totpAt(time, 8), code);
        // rexec-local's own, from the secret as the command line gives it.
        const auto key = rexec::local::totp::decodeBase32(QString::fromLatin1(kSecretBase32).toLower());
        QVERIFY(key);
        QCOMPARE(*key, kSecret);
        QCOMPARE(rexec::local::totp::code(*key, time / 30, 8), code);
        QCOMPARE(rexec::local::totp::code(*key, time / 30), code.right(6));
        QVERIFY(rexec::local::totp::verify(*key, code.right(6), time));
    }

    void profileHasMfa()
    {
        const HttpResult profile = m_http.get(url(QStringLiteral("/api/profile")));
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.json.value(u"user").toObject().value(u"mfa_enabled").toBool(), true);
    }

    void unlockedTerminal()
    {
        const HttpResult status = m_http.get(security(m_id, "mfa-status"));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json, (QJsonObject{{QStringLiteral("mfa_locked"), false},
                                           {QStringLiteral("mfa_enabled"), true},
                                           {QStringLiteral("can_use_feature"), true}}));
        QCOMPARE(listed().value(u"mfa_locked").toBool(true), false);
        // Nothing locked: verify says yes without looking at the code; unlock refuses.
        const HttpResult verified = verify(m_id, wrongCode());
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.json.value(u"verified").toBool(), true);
        QCOMPARE(verified.json.value(u"message").toString(), QStringLiteral("Terminal is not MFA locked."));
        const HttpResult unlock = m_http.postJson(security(m_id, "mfa-unlock"), {{QStringLiteral("code"), totpNow()}});
        QCOMPARE(unlock.status, 400);
        QCOMPARE(unlock.json.value(u"error").toString(), QStringLiteral("terminal is not MFA locked"));
    }

    void unknownTerminals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("error");
        QTest::newRow("container") << QString(64, QLatin1Char('e')) << QStringLiteral("container not found");
        QTest::newRow("uuid") << QUuid::createUuid().toString(QUuid::WithoutBraces) << QStringLiteral("container not found");
        QTest::newRow("agent") << QStringLiteral("agent:") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                               << QStringLiteral("agent not found");
    }

    void unknownTerminals()
    {
        QFETCH(QString, id);
        QFETCH(QString, error);
        const QJsonObject code{{QStringLiteral("code"), totpNow()}};
        for (const HttpResult &result : {m_http.get(security(id, "mfa-status")), m_http.post(security(id, "mfa-lock"), {}),
                                         m_http.postJson(security(id, "mfa-unlock"), code),
                                         m_http.postJson(security(id, "mfa-verify"), code)}) {
            QCOMPARE(result.status, 404);
            QCOMPARE(result.json.value(u"error").toString(), error);
        }
    }

    void lockVerifyAndUnlock()
    {
        // Lock by the 64-hex id; status and the list say so by either id.
        const HttpResult locked = m_http.post(security(m_id, "mfa-lock"), {});
        QCOMPARE(locked.status, 200);
        QCOMPARE(locked.json.value(u"mfa_locked").toBool(), true);
        QVERIFY(!locked.json.value(u"message").toString().isEmpty());
        QCOMPARE(m_http.get(security(m_dbId, "mfa-status")).json.value(u"mfa_locked").toBool(), true);
        QCOMPARE(listed().value(u"mfa_locked").toBool(), true);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/containers/") + m_id)).json.value(u"mfa_locked").toBool(), true);

        // The events socket's list leaves mfa_locked out, as the real server's does.
        WebSocketClient events;
        QVERIFY2(events.open(m_server.webSocketUrl(QStringLiteral("/api/containers/events")), m_server.token()),
                 qPrintable(events.error()));
        const QJsonObject list = events.waitFor(QStringLiteral("list")).value(u"container").toObject();
        const QJsonObject item = findByName(list, QStringLiteral("guarded"));
        QVERIFY(!item.isEmpty());
        QVERIFY(!item.contains(u"mfa_locked"));

        // The terminal asks for the code: 423 mfa_required with the database id.
        const HttpResult refused = upgrade(QStringLiteral("first"));
        QCOMPARE(refused.status, 423);
        QCOMPARE(refused.json.value(u"error").toString(), QStringLiteral("terminal is MFA protected"));
        QCOMPARE(refused.json.value(u"code").toString(), QStringLiteral("mfa_required"));
        QCOMPARE(refused.json.value(u"container_id").toString(), m_dbId);
        QCOMPARE(refused.json.value(u"action_required").toString(), QStringLiteral("mfa_verify"));
        QVERIFY(!refused.json.value(u"hint").toString().isEmpty());

        // A wrong code is 401 "invalid MFA code"; a missing one 400.
        for (const QString &bad : {wrongCode(), QStringLiteral("abcdef"), QStringLiteral("12345")}) {
            const HttpResult wrong = verify(m_dbId, bad);
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.json.value(u"error").toString(), QStringLiteral("invalid MFA code"));
        }
        for (const QByteArray &body : {QByteArray("{}"), QByteArray(R"({"code":""})"), QByteArray(R"({"code":123456})"),
                                       QByteArray("not json")}) {
            const HttpResult missing = m_http.post(security(m_dbId, "mfa-verify"), body);
            QCOMPARE(missing.status, 400);
            QCOMPARE(missing.json.value(u"error").toString(), QStringLiteral("MFA code is required"));
        }
        QCOMPARE(upgrade(QStringLiteral("first")).status, 423);

        // The right code: verified, the lock stays, and the terminal opens.
        const HttpResult verified = verify(m_dbId, totpNow());
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.json.value(u"verified").toBool(), true);
        QCOMPARE(verified.json.value(u"message").toString(), QStringLiteral("MFA verified. You can now access the terminal."));
        QCOMPARE(m_http.get(security(m_id, "mfa-status")).json.value(u"mfa_locked").toBool(), true);
        {
            WebSocketClient terminal;
            QVERIFY2(openTerminal(terminal, QStringLiteral("first")), qPrintable(terminal.error()));
        }

        // Locked again: the code is asked again, also of the session it let in before.
        QCOMPARE(m_http.post(security(m_id, "mfa-lock"), {}).status, 200);
        QCOMPARE(upgrade(QStringLiteral("first")).status, 423);
        QCOMPARE(upgrade(QStringLiteral("second")).status, 423);

        // Unlock: a wrong code is refused, the right one lifts the lock for good.
        const HttpResult wrongUnlock = m_http.postJson(security(m_id, "mfa-unlock"), {{QStringLiteral("code"), wrongCode()}});
        QCOMPARE(wrongUnlock.status, 401);
        QCOMPARE(wrongUnlock.json.value(u"error").toString(), QStringLiteral("invalid MFA code"));
        QCOMPARE(m_http.post(security(m_id, "mfa-unlock"), {}).status, 400);
        const HttpResult unlocked = m_http.postJson(security(m_id, "mfa-unlock"), {{QStringLiteral("code"), totpNow()}});
        QCOMPARE(unlocked.status, 200);
        QCOMPARE(unlocked.json, (QJsonObject{{QStringLiteral("mfa_locked"), false},
                                             {QStringLiteral("message"), QStringLiteral("Terminal unlocked successfully.")}}));
        QCOMPARE(listed().value(u"mfa_locked").toBool(true), false);
        WebSocketClient terminal;
        QVERIFY2(openTerminal(terminal, QStringLiteral("third")), qPrintable(terminal.error()));
    }

    void neighbouringStepsAreAccepted()
    {
        // Well inside a step, so that "the step before" stays inside the server's window while the
        // request travels.
        QVERIFY(QTest::qWaitFor([] { return QDateTime::currentSecsSinceEpoch() % 30 < 20; }, 15000));
        QCOMPARE(m_http.post(security(m_id, "mfa-lock"), {}).status, 200);
        QCOMPARE(verify(m_id, totpNow(-1)).status, 200);
        QCOMPARE(verify(m_id, totpNow(1)).status, 200);
        QCOMPARE(verify(m_id, totpNow(-2)).status, 401);
        QCOMPARE(verify(m_id, totpNow(2)).status, 401);
    }

    void lockOutlivesARestart()
    {
        QCOMPARE(m_http.get(security(m_id, "mfa-status")).json.value(u"mfa_locked").toBool(), true);
        QCOMPARE(m_server.stop(), 0);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(listed().value(u"mfa_locked").toBool(), true);
        QCOMPARE(m_http.get(security(m_dbId, "mfa-status")).json.value(u"mfa_locked").toBool(), true);
    }

    void userWithoutMfa()
    {
        LocalServerProcess plain;
        QString error;
        QVERIFY2(plain.start(&error), qPrintable(error));
        HttpClient http(plain.token());
        QCOMPARE(http.get(plain.url(QStringLiteral("/api/profile"))).json.value(u"user").toObject().value(u"mfa_enabled").toBool(true),
                 false);
        const HttpResult created = http.postJson(plain.url(QStringLiteral("/api/containers")),
                                                 {{QStringLiteral("image"), QStringLiteral("host")}, {QStringLiteral("name"), QStringLiteral("open")}});
        QCOMPARE(created.status, 202);
        const QString id = created.json.value(u"id").toString();
        auto at = [&plain, &id](const char *what) {
            return plain.url(QStringLiteral("/api/security/terminal/%1/%2").arg(id, QLatin1StringView(what)));
        };

        // As the real server answers a user without MFA: the lock needs MFA first...
        const HttpResult lock = http.post(at("mfa-lock"), {});
        QCOMPARE(lock.status, 400);
        QCOMPARE(lock.json.value(u"error").toString(), QStringLiteral("mfa_required"));
        QVERIFY(lock.json.value(u"message").toString().contains(QStringLiteral("MFA must be enabled")));
        // ...codes cannot be checked...
        for (const char *what : {"mfa-verify", "mfa-unlock"}) {
            const HttpResult result = http.postJson(at(what), {{QStringLiteral("code"), QStringLiteral("123456")}});
            QCOMPARE(result.status, 400);
            QCOMPARE(result.json.value(u"error").toString(), QStringLiteral("MFA not configured"));
        }
        // ...and the status says why the feature is not there.
        const HttpResult status = http.get(at("mfa-status"));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json, (QJsonObject{{QStringLiteral("mfa_locked"), false},
                                           {QStringLiteral("mfa_enabled"), false},
                                           {QStringLiteral("can_use_feature"), false}}));
        QCOMPARE(plain.stop(), 0);
    }

    void badSecretIsRefused()
    {
        QProcess process;
        process.start(binaryDir() + QStringLiteral("/rexec-local"),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                       m_server.dataDir() + QStringLiteral("/other"), QStringLiteral("--mfa-secret"),
                       QStringLiteral("not base32!")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("--mfa-secret"));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalMfa)
#include "tst_local_mfa.moc"
