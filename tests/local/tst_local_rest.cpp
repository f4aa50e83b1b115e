// SPDX-License-Identifier: GPL-3.0-or-later
// rexec-local's REST API over real TCP: shapes, status codes and the real server's quirks.
#include "localtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace rexec::test;

namespace {

// The next whole response (head and Content-Length body) on a raw connection; empty if none came.
QByteArray nextResponse(QTcpSocket &socket, QByteArray &buffer)
{
    auto size = [&buffer]() -> qsizetype {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return -1;
        qint64 length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        return buffer.size() >= end + 4 + length ? end + 4 + length : -1;
    };
    if (!QTest::qWaitFor([&] { return (buffer += socket.readAll(), size() >= 0); }, 10000))
        return {};
    const QByteArray response = buffer.left(size());
    buffer.remove(0, response.size());
    return response;
}

QJsonObject bodyOf(const QByteArray &response)
{
    return QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

class TestLocalRest : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;
    HttpClient m_http;

    QUrl url(const QString &path) const { return m_server.url(path); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_http.setToken(m_server.token());
    }

    void publicEndpoints()
    {
        const HttpResult health = HttpClient().get(url(QStringLiteral("/health")));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(u"status").toString(), QStringLiteral("ok"));
        QVERIFY(health.json.value(u"containers_total").isDouble());
        const HttpResult version = HttpClient().get(url(QStringLiteral("/api/version")));
        QCOMPARE(version.status, 200);
        QCOMPARE(version.json.value(u"version").toString(), QStringLiteral("v1.0.0"));
        QCOMPARE(version.json.value(u"server").toString(), QStringLiteral("rexec-local"));
    }

    void tokenIsWellFormedAndPrivate()
    {
        static const QRegularExpression format(QStringLiteral("^rexec_[0-9a-f]{64}$"));
        QVERIFY(format.match(QString::fromLatin1(m_server.token())).hasMatch());
        const QFile::Permissions perms = QFile::permissions(m_server.dataDir() + QStringLiteral("/data/token"));
        QCOMPARE(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void authFailures_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("error");
        QTest::newRow("none") << QByteArray() << QStringLiteral("Authorization token required");
        QTest::newRow("unknown api token") << QByteArray("Bearer rexec_" + QByteArray(64, 'a'))
                                           << QStringLiteral("Invalid or expired API token");
        QTest::newRow("not a token") << QByteArray("Bearer abc.def.ghi") << QStringLiteral("Invalid or expired token");
        QTest::newRow("short api token") << QByteArray("Bearer rexec_abc") << QStringLiteral("Invalid or expired API token");
    }

    void authFailures()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, error);
        HttpClient anonymous;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpResult result = anonymous.send("GET", url(QStringLiteral("/api/containers")), {}, headers);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(u"error").toString(), error);
    }

    void bearerSchemeIsCaseInsensitiveAndQueryTokenWorks()
    {
        HttpClient anonymous;
        QCOMPARE(anonymous.send("GET", url(QStringLiteral("/api/containers")), {}, {{"Authorization", "bEaReR  " + m_server.token()}}).status, 200);
        QCOMPARE(anonymous.get(url(QStringLiteral("/api/containers?token=") + QString::fromLatin1(m_server.token()))).status, 200);
    }

    void profile()
    {
        const HttpResult result = m_http.get(url(QStringLiteral("/api/profile")));
        QCOMPARE(result.status, 200);
        const QJsonObject user = result.json.value(u"user").toObject();
        QVERIFY(!user.value(u"username").toString().isEmpty());
        QCOMPARE(user.value(u"tier").toString(), QStringLiteral("pro"));
        QVERIFY(result.json.value(u"limits").toObject().value(u"containers").isDouble());
        // The real server's bug: container_count is the plan's maximum.
        QCOMPARE(result.json.value(u"stats").toObject().value(u"container_count").toInt(), 10);
        QCOMPARE(result.header("x-ratelimit-limit"), QByteArray("500"));
        QVERIFY(!result.header("x-ratelimit-remaining").isEmpty());
    }

    void tokens()
    {
        const HttpResult validate = m_http.get(url(QStringLiteral("/api/tokens/validate")));
        QCOMPARE(validate.status, 200);
        QCOMPARE(validate.json.value(u"valid").toBool(), true);
        // Only "Bearer " with a capital B, as the real server checks it.
        HttpClient lower;
        QCOMPARE(lower.send("GET", url(QStringLiteral("/api/tokens/validate")), {}, {{"Authorization", "bearer " + m_server.token()}}).status, 401);

        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/tokens")), {}).status, 400);
        const HttpResult created = m_http.postJson(url(QStringLiteral("/api/tokens")), {{QStringLiteral("name"), QStringLiteral("ci")}});
        QCOMPARE(created.status, 201);
        const QByteArray minted = created.json.value(u"token").toString().toLatin1();
        QCOMPARE(created.json.value(u"token_prefix").toString(), QString::fromLatin1(minted.left(12)));
        QVERIFY(created.json.value(u"expires_at").isNull());

        HttpClient withMinted(minted);
        QCOMPARE(withMinted.get(url(QStringLiteral("/api/containers"))).status, 200);
        const HttpResult list = m_http.get(url(QStringLiteral("/api/tokens")));
        QCOMPARE(list.status, 200);
        bool listed = false;
        for (const auto &t : list.json.value(u"tokens").toArray())
            listed = listed || t.toObject().value(u"name").toString() == u"ci";
        QVERIFY(listed);
        // The plaintext is never listed.
        QVERIFY(!list.body.contains(minted));

        const QString id = created.json.value(u"id").toString();
        QCOMPARE(m_http.del(url(QStringLiteral("/api/tokens/") + id)).status, 200);
        QCOMPARE(withMinted.get(url(QStringLiteral("/api/containers"))).status, 401);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/tokens/") + id)).status, 404);
    }

    void emptyListIsNull()
    {
        const HttpResult result = m_http.get(url(QStringLiteral("/api/containers")));
        QCOMPARE(result.status, 200);
        QVERIFY(result.json.value(u"containers").isNull());
        QCOMPARE(result.json.value(u"count").toInt(), 0);
        QCOMPARE(result.json.value(u"limit").toInt(), 10);
    }

    void imagesAndRoles()
    {
        const HttpResult images = m_http.get(url(QStringLiteral("/api/images?all=true")));
        QCOMPARE(images.status, 200);
        QStringList names;
        for (const auto &i : images.json.value(u"images").toArray())
            names << i.toObject().value(u"name").toString();
        // The host's own system is offered once, under its distribution's name where it has one.
        QVERIFY2(!names.isEmpty(), qPrintable(names.join(u',')));
        QCOMPARE(names.removeDuplicates(), 0);
        QVERIFY(images.json.value(u"categories").isObject());
        QVERIFY(images.json.value(u"popular").isArray());
        const HttpResult roles = m_http.get(url(QStringLiteral("/api/roles")));
        QCOMPARE(roles.status, 200);
        QVERIFY(!roles.json.value(u"roles").toArray().isEmpty());
    }

    void createIsAsynchronous()
    {
        const HttpResult created = m_http.postJson(url(QStringLiteral("/api/containers")),
                                                   {{QStringLiteral("image"), QStringLiteral("host")},
                                                    {QStringLiteral("name"), QStringLiteral("async-one")},
                                                    {QStringLiteral("labels"), QJsonObject{{QStringLiteral("course"), QStringLiteral("cs101")}}}});
        QCOMPARE(created.status, 202);
        const QString uuid = created.json.value(u"id").toString();
        QVERIFY(!QUuid::fromString(uuid).isNull());
        QCOMPARE(created.json.value(u"db_id").toString(), uuid);
        QCOMPARE(created.json.value(u"status").toString(), QStringLiteral("creating"));
        QCOMPARE(created.json.value(u"async").toBool(), true);

        // The final id arrives later; GET takes the UUID all along.
        QString finalId;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const HttpResult got = m_http.get(url(QStringLiteral("/api/containers/") + uuid));
                finalId = got.json.value(u"id").toString();
                return got.json.value(u"status").toString() == u"running";
            }(),
            20000);
        static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
        QVERIFY(hex64.match(finalId).hasMatch());
        const HttpResult byId = m_http.get(url(QStringLiteral("/api/containers/") + finalId));
        QCOMPARE(byId.status, 200);
        QCOMPARE(byId.json.value(u"db_id").toString(), uuid);
        QCOMPARE(byId.json.value(u"labels").toObject().value(u"course").toString(), QStringLiteral("cs101"));

        // Start and stop take the 64-hex id only, as on the real server.
        QCOMPARE(m_http.post(url(QStringLiteral("/api/containers/%1/stop").arg(uuid)), {}).status, 404);
        const HttpResult stopped = m_http.post(url(QStringLiteral("/api/containers/%1/stop").arg(finalId)), {});
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json.value(u"status").toString(), QStringLiteral("stopped"));
        QCOMPARE(m_http.get(url(QStringLiteral("/api/containers/") + finalId)).json.value(u"status").toString(), QStringLiteral("stopped"));
        const HttpResult started = m_http.post(url(QStringLiteral("/api/containers/%1/start").arg(finalId)), {});
        QCOMPARE(started.status, 200);
        QCOMPARE(started.json.value(u"message").toString(), QStringLiteral("container started"));

        const HttpResult list = m_http.get(url(QStringLiteral("/api/containers")));
        QVERIFY(!findByName(list.json, QStringLiteral("async-one")).isEmpty());
        QCOMPARE(list.json.value(u"count").toInt(), 1);

        const HttpResult deleted = m_http.del(url(QStringLiteral("/api/containers/") + finalId));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json.value(u"message").toString(), QStringLiteral("container deleted"));
        QCOMPARE(m_http.get(url(QStringLiteral("/api/containers/") + finalId)).status, 404);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/containers/") + finalId)).status, 404);
    }

    void createRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorStart");
        QTest::newRow("malformed JSON") << QByteArray("{\"image\": ") << 400 << QStringLiteral("invalid JSON");
        QTest::newRow("array body") << QByteArray("[]") << 400 << QStringLiteral("json: cannot unmarshal");
        QTest::newRow("no image") << QByteArray("{}") << 400 << QStringLiteral("Key: 'CreateContainerRequest.Image'");
        QTest::newRow("numeric name") << QByteArray("{\"image\":\"host\",\"name\":5}") << 400 << QStringLiteral("json: cannot unmarshal number");
        QTest::newRow("string memory") << QByteArray("{\"image\":\"host\",\"memory_mb\":\"lots\"}") << 400 << QStringLiteral("json: cannot unmarshal string");
        QTest::newRow("numeric env value") << QByteArray("{\"image\":\"host\",\"environment\":{\"A\":1}}") << 400 << QStringLiteral("json: cannot unmarshal number");
        QTest::newRow("unknown image") << QByteArray("{\"image\":\"nosuchimage\"}") << 400 << QStringLiteral("unsupported image type");
        QTest::newRow("docker ref of unknown image") << QByteArray("{\"image\":\"ubuntu:24.04\"}") << 400 << QStringLiteral("unsupported image type");
        QTest::newRow("name starts with dash") << QByteArray("{\"image\":\"host\",\"name\":\"-x\"}") << 400 << QStringLiteral("invalid container name");
        QTest::newRow("name starts with underscore") << QByteArray("{\"image\":\"host\",\"name\":\"_x\"}") << 400 << QStringLiteral("invalid container name");
        QTest::newRow("name with space") << QByteArray("{\"image\":\"host\",\"name\":\"a b\"}") << 400 << QStringLiteral("invalid container name");
        QTest::newRow("name too long") << QByteArray("{\"image\":\"host\",\"name\":\"" + QByteArray(65, 'a') + "\"}") << 400 << QStringLiteral("invalid container name");
        QTest::newRow("custom without ref") << QByteArray("{\"image\":\"custom\"}") << 400 << QStringLiteral("custom_image is required");
    }

    void createRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorStart);
        const HttpResult result = m_http.post(url(QStringLiteral("/api/containers")), body);
        QCOMPARE(result.status, status);
        QVERIFY2(result.json.value(u"error").toString().startsWith(errorStart), result.body.constData());
        if (errorStart == u"unsupported image type")
            QVERIFY(result.json.value(u"supported_images").toArray().contains(QStringLiteral("host")));
    }

    void dockerStyleReferenceOfAKnownImage()
    {
        // The host's distribution is an image key ("debian"); "docker.io/library/debian:latest" names it.
        const HttpResult images = m_http.get(url(QStringLiteral("/api/images?all=true")));
        QString distro;
        for (const auto &i : images.json.value(u"images").toArray()) {
            if (i.toObject().value(u"name").toString() != u"host")
                distro = i.toObject().value(u"name").toString();
        }
        if (distro.isEmpty())
            QSKIP("this host's os-release names no distribution");
        const HttpResult created = m_http.postJson(url(QStringLiteral("/api/containers")),
                                                   {{QStringLiteral("image"), QStringLiteral("docker.io/library/%1:latest").arg(distro)},
                                                    {QStringLiteral("name"), QStringLiteral("by-reference")}});
        QCOMPARE(created.status, 202);
        QCOMPARE(created.json.value(u"image").toString(), distro);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/containers/") + created.json.value(u"id").toString())).status, 200);
    }

    void duplicateNameIs409()
    {
        const QJsonObject body{{QStringLiteral("image"), QStringLiteral("host")}, {QStringLiteral("name"), QStringLiteral("twin")}};
        const HttpResult first = m_http.postJson(url(QStringLiteral("/api/containers")), body);
        QCOMPARE(first.status, 202);
        const HttpResult second = m_http.postJson(url(QStringLiteral("/api/containers")), body);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.json.value(u"error").toString(), QStringLiteral("container with this name already exists"));
        QCOMPARE(second.json.value(u"name").toString(), QStringLiteral("twin"));
        QCOMPARE(m_http.del(url(QStringLiteral("/api/containers/") + first.json.value(u"id").toString())).status, 200);
    }

    void generatedName()
    {
        const HttpResult created = m_http.postJson(url(QStringLiteral("/api/containers")), {{QStringLiteral("image"), QStringLiteral("host")}});
        QCOMPARE(created.status, 202);
        static const QRegularExpression pattern(QStringLiteral("^[a-z]+-[a-z]+-\\d+$"));
        QVERIFY2(pattern.match(created.json.value(u"name").toString()).hasMatch(), created.body.constData());
        QCOMPARE(m_http.del(url(QStringLiteral("/api/containers/") + created.json.value(u"id").toString())).status, 200);
    }

    void unknownRoutesAndMethodsAre404()
    {
        const HttpResult unknown = m_http.get(url(QStringLiteral("/api/nothing-here")));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json.value(u"error").toString(), QStringLiteral("not found"));
        QCOMPARE(m_http.send("PUT", url(QStringLiteral("/api/containers"))).status, 404);
        // There is no exec endpoint, whatever the SDKs say.
        QCOMPARE(m_http.post(url(QStringLiteral("/api/containers/x/exec")), "{}").status, 404);
    }

    void oversizedBodyIsRefusedBeforeItIsRead()
    {
        // Only the head is sent: the refusal comes from it alone, before any body is buffered.
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/containers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_server.token()
                     + "\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n");
        QByteArray reply;
        QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).contains("\r\n\r\n{"), 5000);
        QVERIFY2(reply.startsWith("HTTP/1.1 400"), reply.constData());
        QVERIFY(reply.contains("\"error\""));
    }

    void laterRequestsOnAKeptAliveConnectionAreBounded()
    {
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray post = "POST /api/containers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_server.token()
            + "\r\nContent-Type: application/json\r\n";
        QByteArray buffer;
        // Two requests in one write, then one with a body: all answered on this connection.
        socket.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /api/version HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray health = nextResponse(socket, buffer);
        QVERIFY2(health.startsWith("HTTP/1.1 200"), health.constData());
        QCOMPARE(bodyOf(health).value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(bodyOf(nextResponse(socket, buffer)).value(u"version").toString(), QStringLiteral("v1.0.0"));
        socket.write(post + "Content-Length: 2\r\n\r\n{}");
        const QByteArray created = nextResponse(socket, buffer);
        QVERIFY2(created.startsWith("HTTP/1.1 400"), created.constData()); // the body reached the route: no image
        QVERIFY(bodyOf(created).value(u"error").toString().contains(u"Image"));

        // A later request declaring a body over the limit is refused from its head, as a first
        // one is, and the connection ends: nothing of its body is buffered. Its head comes in two
        // pieces, so that the first is held back while incomplete.
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.write(post);
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.write("Content-Length: 209715200\r\n\r\n");
        const QByteArray refused = nextResponse(socket, buffer);
        QVERIFY2(refused.startsWith("HTTP/1.1 400"), refused.constData());
        QCOMPARE(bodyOf(refused).value(u"error").toString(), QStringLiteral("request body too large"));
        QVERIFY(closed.count() > 0 || closed.wait(5000));
    }

    void laterChunkedBodyIsRefused()
    {
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        QByteArray buffer;
        socket.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(nextResponse(socket, buffer).startsWith("HTTP/1.1 200"));
        socket.write("POST /api/containers HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray refused = nextResponse(socket, buffer);
        QVERIFY2(refused.startsWith("HTTP/1.1 411"), refused.constData());
        QCOMPARE(bodyOf(refused).value(u"error").toString(), QStringLiteral("a Content-Length is required"));
    }

    void headerFloodIsRefused()
    {
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /health HTTP/1.1\r\nX-Long: " + QByteArray(70 * 1024, 'a'));
        QByteArray reply;
        QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).startsWith("HTTP/1.1 431"), 5000);
        // And the server still answers others.
        QCOMPARE(HttpClient().get(url(QStringLiteral("/health"))).status, 200);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalRest)
#include "tst_local_rest.moc"
