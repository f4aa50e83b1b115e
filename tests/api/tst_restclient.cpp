// SPDX-License-Identifier: GPL-3.0-or-later
// The REST client against a real rexec-local over TCP, and against a scripted hostile server for
// what no honest server sends: each case ends in a clear error, never a hang or a crash.
#include "accounts/localserverlauncher.h"
#include "api/restclient.h"
#include "httpclient.h"
#include "localserverprocess.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

#include <poll.h>
#include <unistd.h>

using namespace rexec;
using namespace rexec::test;

namespace {

template<typename T, typename Call>
std::optional<api::Result<T>> await(Call call, int timeoutMs = 20000)
{
    std::optional<api::Result<T>> result;
    call([&result](const api::Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void profileAndValidation()
    {
        api::RestClient client(m_server.url());
        client.setToken(QString::fromLatin1(m_server.token()));
        auto profile = await<api::Profile>([&](auto done) { client.fetchProfile(this, done); });
        QVERIFY(profile && profile->ok());
        QVERIFY(!profile->value().user.username.isEmpty());
        QCOMPARE(profile->value().user.tier, QStringLiteral("pro"));
        auto validation = await<api::TokenValidation>([&](auto done) { client.validateToken(this, done); });
        QVERIFY(validation && validation->ok());
        QVERIFY(validation->value().valid);
        QVERIFY(client.rateLimitRemaining() >= 0);
    }

    void wrongTokenSaysSignInAgain()
    {
        api::RestClient client(m_server.url());
        client.setToken(QStringLiteral("rexec_") + QString(64, QLatin1Char('0')));
        auto result = await<api::ContainerList>([&](auto done) { client.listContainers(this, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().httpStatus, 401);
        QVERIFY(result->error().needsSignIn());
        QVERIFY(!result->error().userMessage().isEmpty());
        // The token never appears in what the error carries.
        QVERIFY(!result->error().logString().contains(QStringLiteral("rexec_0000")));
    }

    void containersAndFiles()
    {
        api::RestClient client(m_server.url());
        client.setToken(QString::fromLatin1(m_server.token()));
        auto empty = await<api::ContainerList>([&](auto done) { client.listContainers(this, done); });
        QVERIFY(empty && empty->ok());
        QVERIFY(empty->value().containers.isEmpty());

        api::CreateContainerRequest request;
        request.image = QStringLiteral("host");
        request.name = QStringLiteral("rest-client");
        auto created = await<api::Container>([&](auto done) { client.createContainer(request, this, done); });
        QVERIFY(created && created->ok());
        QCOMPARE(created->value().status, QStringLiteral("creating"));
        const QString uuid = created->value().id;

        QString finalId;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto got = await<api::Container>([&](auto done) { client.getContainer(uuid, this, done); });
                if (!got || !got->ok() || !got->value().isRunning())
                    return false;
                finalId = got->value().id;
                return true;
            }(),
            20000);

        const QString dir = QStringLiteral("/home/user/with space & ümlaut");
        auto made = await<QJsonObject>([&](auto done) { client.makeDirectory(finalId, dir, this, done); });
        QVERIFY(made && made->ok());
        auto listing = await<api::FileListing>([&](auto done) { client.listFiles(finalId, QStringLiteral("/home/user"), this, done); });
        QVERIFY(listing && listing->ok());
        QCOMPARE(listing->value().files.size(), 1);
        QCOMPARE(listing->value().files.first().name, QStringLiteral("with space & ümlaut"));
        QVERIFY(listing->value().files.first().isDir);
        auto removed = await<QJsonObject>([&](auto done) { client.deletePath(finalId, dir, this, done); });
        QVERIFY(removed && removed->ok());

        auto stopped = await<QJsonObject>([&](auto done) { client.stopContainer(finalId, this, done); });
        QVERIFY(stopped && stopped->ok());
        auto started = await<api::StartResult>([&](auto done) { client.startContainer(finalId, this, done); });
        QVERIFY(started && started->ok());
        QCOMPARE(started->value().id, finalId);
        auto deleted = await<QJsonObject>([&](auto done) { client.deleteContainer(finalId, this, done); });
        QVERIFY(deleted && deleted->ok());
        auto gone = await<api::Container>([&](auto done) { client.getContainer(finalId, this, done); });
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error().httpStatus, 404);
    }

    void conflictAndValidationErrorsCarryTheServersWords()
    {
        api::RestClient client(m_server.url());
        client.setToken(QString::fromLatin1(m_server.token()));
        api::CreateContainerRequest request;
        request.image = QStringLiteral("ubuntu:24.04");
        auto refused = await<api::Container>([&](auto done) { client.createContainer(request, this, done); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().httpStatus, 400);
        QVERIFY(refused->error().supportedImages.contains(QStringLiteral("host")));
    }

    void callbackDroppedWithItsContext()
    {
        api::RestClient client(m_server.url());
        client.setToken(QString::fromLatin1(m_server.token()));
        bool called = false;
        auto *context = new QObject;
        client.listContainers(context, [&called](const auto &) { called = true; });
        delete context;
        auto after = await<api::ContainerList>([&](auto done) { client.listContainers(this, done); });
        QVERIFY(after && after->ok());
        QVERIFY(!called);
    }

    void hostileReplies_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind");
        const auto json = [](int status, const QByteArray &body, const QByteArray &type = "application/json") {
            return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        QTest::newRow("malformed JSON") << json(200, "{\"containers\": [") << int(api::ApiError::Kind::Parse);
        QTest::newRow("truncated body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"containers\"")
                                        << int(api::ApiError::Kind::Network);
        QTest::newRow("html 500") << json(500, "<html><body><h1>Internal Server Error</h1><script>x()</script></body></html>", "text/html")
                                  << int(api::ApiError::Kind::Http);
        QTest::newRow("wrong content type") << json(200, "this is not json", "text/plain") << int(api::ApiError::Kind::Parse);
        QTest::newRow("redirect elsewhere") << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://evil.invalid/\r\nContent-Length: 0\r\n\r\n")
                                            << int(api::ApiError::Kind::Protocol);
        QTest::newRow("plain 404") << json(404, "404 page not found", "text/plain") << int(api::ApiError::Kind::Http);
    }

    void hostileReplies()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        ScriptedServer hostile;
        hostile.enqueue({raw});
        api::RestClient client(hostile.url());
        client.setToken(QStringLiteral("rexec_") + QString(64, QLatin1Char('a')));
        auto result = await<api::ContainerList>([&](auto done) { client.listContainers(this, done); });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(int(result->error().kind), kind);
        const QString message = result->error().userMessage();
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(u'<'), qPrintable(message));
    }

    void hugeBodyIsCutOff()
    {
        ScriptedServer hostile;
        ScriptedServer::Answer answer;
        answer.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[\"";
        answer.repeatBodyBytes = 50LL * 1024 * 1024;
        hostile.enqueue(answer);
        api::RestClient client(hostile.url());
        auto result = await<api::ContainerList>([&](auto done) { client.listContainers(this, done); }, 60000);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, api::ApiError::Kind::TooLarge);
    }

    void replyThatNeverFinishesTimesOut()
    {
        ScriptedServer hostile;
        ScriptedServer::Answer answer;
        answer.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
        answer.neverFinish = true;
        hostile.enqueue(answer);
        api::RestClient client(hostile.url());
        client.setTimeout(std::chrono::milliseconds(500));
        auto result = await<api::ContainerList>([&](auto done) { client.listContainers(this, done); });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, api::ApiError::Kind::Timeout);
    }

    void rateLimitWaitsThenRetriesOnce()
    {
        ScriptedServer hostile;
        // Only the Go-style header on the first: no body retry_after.
        hostile.enqueue(ScriptedServer::json(429, "{\"error\":\"rate limit exceeded\"}", "Retry-After: 0m1s\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Limit: 500\r\n"));
        hostile.enqueue(ScriptedServer::json(200, "{\"containers\":null,\"count\":0,\"limit\":5}", "X-RateLimit-Remaining: 499\r\nX-RateLimit-Limit: 500\r\n"));
        api::RestClient client(hostile.url());
        QSignalSpy countdown(&client, &api::RestClient::rateLimitWait);
        QSignalSpy remaining(&client, &api::RestClient::rateLimitChanged);
        auto result = await<api::ContainerList>([&](auto done) { client.listContainers(this, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().limit.value_or(0), 5);
        QVERIFY(countdown.size() >= 2);
        QCOMPARE(countdown.first().at(0).toInt(), 1);
        QCOMPARE(countdown.last().at(0).toInt(), 0);
        QCOMPARE(hostile.requests().size(), 2);
        QCOMPARE(remaining.last().at(0).toInt(), 499);
        QCOMPARE(client.rateLimitRemaining(), 499);
    }

    void secondRateLimitIsReported()
    {
        ScriptedServer hostile;
        const QByteArray body = "{\"error\":\"rate limit exceeded\",\"retry_after\":1}";
        hostile.enqueue(ScriptedServer::json(429, body, "Retry-After: 1m0s\r\n"));
        hostile.enqueue(ScriptedServer::json(429, body, "Retry-After: 1m0s\r\n"));
        api::RestClient client(hostile.url());
        auto result = await<api::ContainerList>([&](auto done) { client.listContainers(this, done); });
        QVERIFY(result && !result->ok());
        QVERIFY(result->error().isRateLimited());
        // The body's seconds win over the header's minute.
        QCOMPARE(result->error().retryAfter.value_or(std::chrono::milliseconds(0)), std::chrono::milliseconds(1000));
    }

    void tokenNeverInTheUrl()
    {
        ScriptedServer hostile;
        hostile.enqueue(ScriptedServer::json(200, "{}"));
        api::RestClient client(hostile.url());
        client.setToken(QStringLiteral("rexec_") + QString(64, QLatin1Char('c')));
        auto result = await<api::Profile>([&](auto done) { client.fetchProfile(this, done); });
        QVERIFY(result && result->ok());
        const QByteArray request = hostile.requests().value(0);
        const QByteArray requestLine = request.left(request.indexOf("\r\n"));
        QVERIFY(!requestLine.contains("rexec_"));
        QVERIFY(request.toLower().contains("authorization: bearer rexec_cccc"));
    }

    // A request without a body goes out at once, from QNAM's own thread: at start-up this thread
    // builds the window before its event loop runs, and the list must not wait for that. This
    // thread does not return to its event loop here until the server has seen the connection.
    void getStartsWithoutTheEventLoop()
    {
        QString problem;
        const int listener = rexec::accounts::LocalServerLauncher::listenOnLoopback(&problem);
        QVERIFY2(listener >= 0, qPrintable(problem));
        rexec::api::RestClient client(rexec::accounts::LocalServerLauncher::urlOf(listener));
        client.listContainers(this, [](const auto &) {});
        pollfd incoming{listener, POLLIN, 0};
        const bool connected = ::poll(&incoming, 1, 5000) == 1; // blocks this thread, on purpose
        ::close(listener);
        QVERIFY2(connected, "the GET waited for the event loop");
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
