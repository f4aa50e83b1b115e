// SPDX-License-Identifier: GPL-3.0-or-later
// rexec-local's limits, set low: the container limit (403), the rate limiters (429 with the real
// server's headers and body), and the upload limit (400 before anything is written).
#include "localtestutil.h"

#include <QRegularExpression>
#include <QTest>

using namespace rexec::test;

class TestLocalLimits : public QObject
{
    Q_OBJECT

private slots:
    void containerLimit()
    {
        LocalServerProcess server({QStringLiteral("--container-limit"), QStringLiteral("1")});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpClient http(server.token());
        const QUrl create = server.url(QStringLiteral("/api/containers"));
        QCOMPARE(http.postJson(create, {{QStringLiteral("image"), QStringLiteral("host")}}).status, 202);
        const HttpResult refused = http.postJson(create, {{QStringLiteral("image"), QStringLiteral("host")}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json.value(u"error").toString(), QStringLiteral("container limit reached"));
        QCOMPARE(refused.json.value(u"current").toInt(), 1);
        QCOMPARE(refused.json.value(u"limit").toInt(), 1);
        QCOMPARE(refused.json.value(u"tier").toString(), QStringLiteral("pro"));
        QCOMPARE(http.get(create).json.value(u"limit").toInt(), 1);
        QCOMPARE(server.stop(), 0);
    }

    void apiRateLimit()
    {
        LocalServerProcess server({QStringLiteral("--rate-limits"), QStringLiteral("3,100,100")});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpClient http(server.token());
        const QUrl list = server.url(QStringLiteral("/api/containers"));
        for (int i = 0; i < 3; ++i) {
            const HttpResult ok = http.get(list);
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.header("x-ratelimit-remaining").toInt(), 2 - i);
        }
        const HttpResult refused = http.get(list);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json.value(u"error").toString(), QStringLiteral("rate limit exceeded"));
        const int retryAfter = refused.json.value(u"retry_after").toInt();
        QVERIFY(retryAfter > 0 && retryAfter <= 60);
        QCOMPARE(refused.header("x-ratelimit-remaining"), QByteArray("0"));
        // A Go duration string, not integer seconds.
        QVERIFY2(QRegularExpression(QStringLiteral("^(\\d+m)?\\d+s$")).match(QString::fromLatin1(refused.header("retry-after"))).hasMatch(),
                 refused.header("retry-after").constData());
        // 401s are not counted: the limiter runs after authentication.
        QCOMPARE(HttpClient().get(list).status, 401);
        // Public routes are not limited.
        QCOMPARE(HttpClient().get(server.url(QStringLiteral("/health"))).status, 200);
        QCOMPARE(server.stop(), 0);
    }

    void webSocketRateLimitComesBeforeAuth()
    {
        LocalServerProcess server({QStringLiteral("--rate-limits"), QStringLiteral("100,100,2")});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpClient anonymous;
        const QUrl terminal = server.url(QStringLiteral("/ws/terminal/nothing"));
        const QList<QPair<QByteArray, QByteArray>> upgrade{{"Connection", "Upgrade"},
                                                           {"Upgrade", "websocket"},
                                                           {"Sec-WebSocket-Version", "13"},
                                                           {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}};
        QCOMPARE(anonymous.send("GET", terminal, {}, upgrade).status, 401);
        QCOMPARE(anonymous.send("GET", terminal, {}, upgrade).status, 401);
        const HttpResult limited = anonymous.send("GET", terminal, {}, upgrade);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json.value(u"error").toString(), QStringLiteral("rate limit exceeded"));
        QCOMPARE(server.stop(), 0);
    }

    void uploadLimit()
    {
        LocalServerProcess server({QStringLiteral("--upload-limit-mb"), QStringLiteral("1")});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpClient http(server.token());
        const QString id = createRunning(http, server, QStringLiteral("limited"));
        QVERIFY(!id.isEmpty());
        const QUrl upload = server.url(QStringLiteral("/api/containers/%1/files?path=/home/user").arg(id));
        const HttpResult tooLarge = http.upload(upload, "big.bin", QByteArray(1024 * 1024 + 1, 'x'));
        QCOMPARE(tooLarge.status, 400);
        QCOMPARE(tooLarge.json.value(u"error").toString(), QStringLiteral("file too large (max 1MB)"));
        const HttpResult list = http.get(server.url(QStringLiteral("/api/containers/%1/files/list?path=/home/user").arg(id)));
        QVERIFY(!list.body.contains("big.bin"));
        QCOMPARE(http.upload(upload, "fits.bin", QByteArray(1024 * 1024, 'x')).status, 200);
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalLimits)
#include "tst_local_limits.moc"
