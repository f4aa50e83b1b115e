// SPDX-License-Identifier: GPL-3.0-or-later
// rexec-local's limits, set low: the container limit (403), the rate limiters (429 with the real
// server's headers and body), the upload limit (400 before anything is written), and the download
// deadline (the connection cut mid-body, as the real server cuts it).
#include "localtestutil.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace rexec::test;

namespace {

QByteArray downloadRequest(const LocalServerProcess &server, const QString &id, const QString &path)
{
    return "GET /api/containers/" + id.toLatin1() + "/files?path=" + QUrl::toPercentEncoding(path)
        + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + server.token()
        + "\r\nAccept-Encoding: identity\r\n\r\n";
}

// The head of an HTTP response at the start of `data`, or an empty array until it is all there.
QByteArray responseHead(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : data.left(end + 4);
}

qint64 headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

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
        // Far over it, the body is refused from the request's head, before it is read: the same words.
        const HttpResult farTooLarge = http.upload(upload, "bigger.bin", QByteArray(3 * 1024 * 1024, 'x'));
        QCOMPARE(farTooLarge.status, 400);
        QCOMPARE(farTooLarge.json.value(u"error").toString(), QStringLiteral("file too large (max 1MB)"));
        const HttpResult list = http.get(server.url(QStringLiteral("/api/containers/%1/files/list?path=/home/user").arg(id)));
        QVERIFY(!list.body.contains("big.bin"));
        QCOMPARE(http.upload(upload, "fits.bin", QByteArray(1024 * 1024, 'x')).status, 200);
        QCOMPARE(server.stop(), 0);
    }

    void downloadDeadline()
    {
        LocalServerProcess server({QStringLiteral("--download-deadline"), QStringLiteral("1")});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpClient http(server.token());
        const QString id = createRunning(http, server, QStringLiteral("deadline"));
        QVERIFY(!id.isEmpty());
        const QString dbId = http.get(server.url(QStringLiteral("/api/containers/") + id)).json.value(u"db_id").toString();
        const QString home = server.dataDir() + QStringLiteral("/data/containers/%1/fs/home").arg(dbId);
        // Far more than the kernel's socket buffers hold, so that only reading can move it.
        constexpr qint64 kBig = 64LL * 1024 * 1024;
        QFile big(home + QStringLiteral("/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(kBig));
        big.close();
        QByteArray small(1024 * 1024, Qt::Uninitialized);
        for (auto &c : small)
            c = char(QRandomGenerator::global()->bounded(256));
        QFile smallFile(home + QStringLiteral("/small.bin"));
        QVERIFY(smallFile.open(QIODevice::WriteOnly));
        QCOMPARE(smallFile.write(small), small.size());
        smallFile.close();

        // A download well under the deadline completes, and its kept-alive connection stays usable
        // after the deadline would have passed.
        QTcpSocket kept;
        kept.connectToHost(server.url().host(), quint16(server.url().port()));
        QVERIFY(kept.waitForConnected(5000));
        kept.write(downloadRequest(server, id, QStringLiteral("/home/user/small.bin")));
        QByteArray first;
        auto firstComplete = [&] {
            first += kept.readAll();
            const QByteArray head = responseHead(first);
            return !head.isEmpty() && first.size() - head.size() >= headerValue(head, "content-length");
        };
        QTRY_VERIFY_WITH_TIMEOUT(firstComplete(), 10000);
        const QByteArray firstHead = responseHead(first);
        QVERIFY2(firstHead.startsWith("HTTP/1.1 200"), firstHead.constData());
        QCOMPARE(first.mid(firstHead.size()), small);

        // A slow reader (64 KiB every 10 ms at most, against a 1 s deadline) gets the head, part
        // of the body and then the end of the connection.
        QTcpSocket slow;
        slow.setReadBufferSize(64 * 1024); // Qt reads no further from the kernel than this
        slow.connectToHost(server.url().host(), quint16(server.url().port()));
        QVERIFY(slow.waitForConnected(5000));
        QSignalSpy ended(&slow, &QTcpSocket::disconnected);
        QByteArray received;
        QTimer reader;
        reader.setInterval(10);
        QObject::connect(&reader, &QTimer::timeout, &slow, [&] { received += slow.read(64 * 1024); });
        reader.start();
        slow.write(downloadRequest(server, id, QStringLiteral("/home/user/big.bin")));
        QVERIFY2(ended.wait(60000), qPrintable(QString::number(received.size())));
        reader.stop();
        received += slow.readAll();
        const QByteArray head = responseHead(received);
        QVERIFY2(head.startsWith("HTTP/1.1 200"), received.left(200).constData());
        QCOMPARE(headerValue(head, "content-length"), kBig);
        QCOMPARE(headerValue(head, "x-file-size"), kBig);
        const qint64 body = received.size() - head.size();
        QVERIFY2(body > 0 && body < kBig, qPrintable(QString::number(body)));

        // The first connection outlived that cut, so no deadline of its finished download is pending.
        QCOMPARE(kept.state(), QAbstractSocket::ConnectedState);
        kept.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray health;
        QTRY_VERIFY_WITH_TIMEOUT((health += kept.readAll()).contains("\"status\":\"ok\""), 10000);
        QVERIFY2(health.startsWith("HTTP/1.1 200"), health.constData());
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalLimits)
#include "tst_local_limits.moc"
