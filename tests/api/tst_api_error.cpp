// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include "apitestutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

using namespace rexec::api;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

namespace {

const QByteArray kJson = "application/json; charset=utf-8";
const QByteArray kHtml = "text/html";
const QByteArray kText = "text/plain; charset=utf-8";
const QString kToken = QStringLiteral("rexec_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString kJwt = QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjoiMSJ9.sig_nature-1");

ApiError reply(int status, const QByteArray &body, const QByteArray &type = kJson, const QByteArray &retryAfter = {},
               const QString &method = QStringLiteral("GET"), const QString &path = QStringLiteral("/api/containers"))
{
    return ApiError::fromReply(status, body, type, retryAfter, method, path);
}

const QByteArray kNginx500 = R"(<html>
<head><title>500 Internal Server Error</title></head>
<body>
<center><h1>500 Internal Server Error</h1></center>
<hr><center>nginx/1.27.0</center>
</body>
</html>)";

// Answers every ApiError string with a marker, to prove the texts go through the translator.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "ApiError") != 0)
            return {};
        return QStringLiteral("[xx] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void unauthorized()
    {
        // §1.3: every auth failure is {"error": "..."}.
        const ApiError e = reply(401, R"({"error":"Invalid or expired token"})");
        QCOMPARE(e.kind, Kind::Http);
        QCOMPARE(e.httpStatus, 401);
        QCOMPARE(e.serverMessage, QStringLiteral("Invalid or expired token"));
        QVERIFY(e.needsSignIn());
        QVERIFY(!e.isTransient());
        QCOMPARE(e.userMessage(), QStringLiteral("Your sign-in is no longer valid. Sign in again."));
    }

    void sessionRevoked()
    {
        const ApiError e = reply(401, R"({"error":"session_revoked"})");
        QVERIFY(e.needsSignIn());
        QCOMPARE(e.userMessage(), QStringLiteral("This sign-in was ended from another session. Sign in again."));
    }

    void containerLimit()
    {
        // §2.5: 403 with current, limit, tier and message.
        const ApiError e = reply(403, R"({"error":"container limit reached","current":5,"limit":5,"tier":"free",
            "message":"You have reached the maximum number of containers for your plan"})", kJson, {},
                                 QStringLiteral("POST"));
        QCOMPARE(e.serverMessage, QStringLiteral("container limit reached"));
        QCOMPARE(e.serverDetail, QStringLiteral("You have reached the maximum number of containers for your plan"));
        QCOMPARE(e.current, std::optional<qint64>(5));
        QCOMPARE(e.limit, std::optional<qint64>(5));
        QCOMPARE(e.tier, QStringLiteral("free"));
        QCOMPARE(e.userMessage(),
                 QStringLiteral("You have reached your limit of 5 containers (free plan). Delete one to create another."));

        const ApiError noTier = reply(403, R"({"error":"container limit reached","current":"2","limit":"2"})");
        QCOMPARE(noTier.userMessage(), QStringLiteral("You have reached your limit of 2 containers. Delete one to create another."));
    }

    void nameClash()
    {
        const ApiError e = reply(409, R"({"error":"container with this name already exists","name":"my-box"})");
        QCOMPARE(e.name, QStringLiteral("my-box"));
        QCOMPARE(e.userMessage(), QStringLiteral("A terminal named \u201cmy-box\u201d already exists. Choose another name."));
    }

    void rateLimited()
    {
        // §5.3: Retry-After is a Go duration; the body's retry_after is in seconds.
        const ApiError e = reply(429, R"({"error":"rate limit exceeded","retry_after":60})", kJson, "1m0s");
        QVERIFY(e.isRateLimited());
        QVERIFY(e.isTransient());
        QCOMPARE(e.retryAfter, std::optional(60000ms));
        QCOMPARE(e.userMessage(), QStringLiteral("Too many requests. The server asked to wait 60 seconds."));

        // The body wins over the header.
        QCOMPARE(reply(429, R"({"retry_after":5})", kJson, "1m0s").retryAfter, std::optional(5000ms));
        // Without a body value, the header: a Go duration, or integer seconds.
        QCOMPARE(reply(429, "Too Many Requests", kText, "1m0s").retryAfter, std::optional(60000ms));
        QCOMPARE(reply(429, R"({"error":"rate limit exceeded"})", kJson, "30").retryAfter, std::optional(30000ms));
        QCOMPARE(reply(429, R"({"retry_after":1.5})").retryAfter, std::optional(1500ms));
        // Nonsense in the body falls back to the header.
        QCOMPARE(reply(429, R"({"retry_after":-1})", kJson, "2s").retryAfter, std::optional(2000ms));
        QCOMPARE(reply(429, R"({"retry_after":1e300})", kJson, "3s").retryAfter, std::optional(3000ms));
        QCOMPARE(reply(429, R"({"retry_after":"soon"})", kJson, "4s").retryAfter, std::optional(4000ms));
        // Nothing usable at all.
        const ApiError none = reply(429, R"({"error":"rate limit exceeded"})", kJson, "whenever");
        QVERIFY(!none.retryAfter.has_value());
        QCOMPARE(none.userMessage(), QStringLiteral("Too many requests. Wait a moment and try again."));
        // Part of a second rounds up: never ask to wait 0 seconds when there is a wait.
        QCOMPARE(reply(429, R"({"retry_after":0.2})").userMessage(),
                 QStringLiteral("Too many requests. The server asked to wait 1 seconds."));
    }

    void htmlInternalError()
    {
        const ApiError e = reply(500, kNginx500, kHtml);
        QCOMPARE(e.kind, Kind::Http);
        QCOMPARE(e.serverMessage, QStringLiteral("500 Internal Server Error"));
        QCOMPARE(e.userMessage(), QStringLiteral("The server had an internal error (500)."));
        QVERIFY(e.body.isEmpty());

        // HTML without a Content-Type is still recognised.
        const ApiError untyped = reply(500, kNginx500, QByteArray());
        QCOMPARE(untyped.userMessage(), QStringLiteral("The server had an internal error (500)."));
        QVERIFY(!untyped.serverMessage.contains(u'<'));
    }

    void htmlWithoutTitle()
    {
        QByteArray page = "<!DOCTYPE html><html><head><style>body{color:red}</style><script>alert('x')</script></head>"
                          "<body><p>Something &amp; something&nbsp;else &#8212; &#x41;</p><!-- hidden --></body></html>";
        const ApiError e = reply(500, page, kHtml);
        QCOMPARE(e.serverMessage, QString::fromUtf8("Something & something else \xe2\x80\x94 A"));
        QCOMPARE(e.userMessage(), QStringLiteral("The server had an internal error (500)."));

        // A whole page of text is no message.
        QByteArray big = "<html><body>";
        for (int i = 0; i < 500; ++i)
            big += "<p>lorem ipsum dolor sit amet</p>";
        big += "</body></html>";
        const ApiError huge = reply(502, big, kHtml);
        QVERIFY(huge.serverMessage.isEmpty());
        QCOMPARE(huge.userMessage(), QStringLiteral("The server is unavailable right now (502). Try again later."));
    }

    void jsonInternalError()
    {
        const ApiError e = reply(500, R"({"error":"failed to create token"})", kJson, {}, QStringLiteral("POST"),
                                 QStringLiteral("/api/tokens"));
        QCOMPARE(e.userMessage(), QStringLiteral("The server had an internal error (500): failed to create token."));
    }

    void dockerUnavailable()
    {
        const ApiError e = reply(503, R"({"error":"Docker daemon is not available","message":"m","detail":"d"})");
        QCOMPARE(e.serverDetail, QStringLiteral("m"));
        QVERIFY(e.isTransient());
        QCOMPARE(e.userMessage(), QStringLiteral("The server cannot run terminals right now (503). Try again later."));
    }

    void unknownRoute()
    {
        // gin's plain-text 404 when the server does not serve the SPA (§0).
        const ApiError plain = reply(404, "404 page not found", kText);
        QCOMPARE(plain.serverMessage, QStringLiteral("404 page not found"));
        QCOMPARE(plain.userMessage(),
                 QStringLiteral("The server does not know this request (404). It may run a different version of Rexec."));
        const ApiError json = reply(404, R"({"error":"not found"})");
        QCOMPARE(json.userMessage(), plain.userMessage());
    }

    void terminalErrors()
    {
        // §4.2: JSON bodies returned instead of 101.
        const ApiError notFound = reply(404, R"({"error":"container not found","code":"container_not_found",
            "hint":"The container may have been deleted","action_required":"none"})");
        QCOMPARE(notFound.code, QStringLiteral("container_not_found"));
        QCOMPARE(notFound.hint, QStringLiteral("The container may have been deleted"));
        QCOMPARE(notFound.actionRequired, QStringLiteral("none"));
        QCOMPARE(notFound.userMessage(), QStringLiteral("The terminal was not found. It may have been deleted."));

        const ApiError removed = reply(410, R"({"error":"container was removed from server","code":"container_removed",
            "hint":"Start it again","action_required":"start","container_id":"abc"})");
        QCOMPARE(removed.containerId, QStringLiteral("abc"));
        QCOMPARE(removed.actionRequired, QStringLiteral("start"));
        QCOMPARE(removed.userMessage(),
                 QStringLiteral("The terminal's container was removed from the server. Start it to create it again."));

        const ApiError stopped = reply(400, R"({"error":"container is not running","code":"container_stopped",
            "status":"stopped","hint":"Start the container","action_required":"start"})");
        QCOMPARE(stopped.containerStatus, QStringLiteral("stopped"));
        QCOMPARE(stopped.userMessage(), QStringLiteral("The terminal is not running. Start it first."));

        const ApiError mfa = reply(423, R"({"error":"terminal is MFA protected","code":"mfa_required",
            "container_id":"3f2b6c1e-8a4d-4c2b-9e1f-7a6b5c4d3e2f","hint":"Verify","action_required":"mfa_verify"})");
        QVERIFY(mfa.needsMfa());
        QVERIFY(!mfa.isSessionLocked());
        QCOMPARE(mfa.userMessage(), QStringLiteral("This terminal is protected. Enter your two-factor code to open it."));

        // A wrong code on mfa-verify is a 401 that does not end the sign-in.
        const ApiError wrongCode = reply(401, R"({"error":"invalid MFA code"})");
        QVERIFY(wrongCode.isWrongMfaCode());
        QVERIFY(!wrongCode.needsSignIn());
        QCOMPARE(wrongCode.userMessage(),
                 QStringLiteral("The code is not correct. Enter the current code from your authenticator app."));
        QVERIFY(reply(401, R"({"error":"Invalid token"})").needsSignIn());

        const ApiError locked = reply(423, R"({"error":"session_locked"})");
        QVERIFY(locked.isSessionLocked());
        QVERIFY(!locked.needsMfa());
        QVERIFY(!locked.needsSignIn());
        QCOMPARE(locked.userMessage(), QStringLiteral("Your account is locked. Unlock it with your passcode."));

        const ApiError agents = reply(403, R"({"error":"agent terminal limit reached for your plan",
            "code":"agent_terminal_limit_reached","limit":2})");
        QCOMPARE(agents.userMessage(), QStringLiteral("You have reached your plan's limit of 2 open agent terminals."));

        const ApiError agentLimit = reply(403, R"({"error":"agent_limit_reached"})", kJson, {}, QStringLiteral("POST"),
                                          QStringLiteral("/api/agents/register"));
        QCOMPARE(agentLimit.userMessage(), QStringLiteral("You have reached your plan's limit of agents."));
    }

    void unsupportedImage()
    {
        const ApiError e = reply(400, R"({"error":"unsupported image type","supported_images":["ubuntu","debian",7]})",
                                 kJson, {}, QStringLiteral("POST"));
        QCOMPARE(e.supportedImages, QStringList({QStringLiteral("ubuntu"), QStringLiteral("debian")}));
        QCOMPARE(e.userMessage(), QStringLiteral("The server does not offer this image. It offers: ubuntu, debian."));
    }

    void guestExpired()
    {
        const ApiError e = reply(403, R"({"error":"guest session expired","message":"Sign up","upgrade":true})");
        QVERIFY(e.upgradeRequired);
        QCOMPARE(e.userMessage(), QStringLiteral("Your guest session has expired. Create an account to keep using Rexec."));
    }

    void alternativeShape()
    {
        // {code:int, message} from guest login and port forwards (§5.1).
        const ApiError e = reply(409, R"({"code":409,"message":"port 8080 is already forwarded"})");
        QCOMPARE(e.code, QStringLiteral("409"));
        QCOMPARE(e.serverMessage, QStringLiteral("port 8080 is already forwarded"));
        QVERIFY(e.serverDetail.isEmpty());
        QCOMPARE(e.userMessage(), QStringLiteral("This port is already forwarded."));
    }

    void messageFallbacks()
    {
        QCOMPARE(reply(418, R"({"error":"","message":"from message"})").serverMessage, QStringLiteral("from message"));
        QCOMPARE(reply(418, R"({"error":42,"message":"real"})").serverMessage, QStringLiteral("real"));
        QCOMPARE(reply(418, R"({"detail":"only detail"})").serverMessage, QStringLiteral("only detail"));
        const ApiError nested = reply(418, R"({"error":{"message":"nested","code":"E42"}})");
        QCOMPARE(nested.serverMessage, QStringLiteral("nested"));
        QCOMPARE(nested.code, QStringLiteral("E42"));
        QCOMPARE(nested.userMessage(), QStringLiteral("The server replied with an error (418): nested."));
        // A JSON array or scalar is no error object: taken as text.
        QCOMPARE(reply(418, R"(["a"])").serverMessage, QStringLiteral("[\"a\"]"));
        // Ending punctuation is not doubled.
        QCOMPARE(reply(400, R"({"error":"Bad thing happened."})").userMessage(),
                 QStringLiteral("The server rejected the request: Bad thing happened."));
    }

    void truncatedJsonBody()
    {
        // An error body that claims JSON but is cut off: still shown as (short) text.
        const ApiError e = reply(400, "{\"error\":\"trunc", kJson);
        QVERIFY(e.body.isEmpty());
        QCOMPARE(e.serverMessage, QStringLiteral("{\"error\":\"trunc"));
    }

    void truncatedSuccessBodyIsParseError()
    {
        // A 200 whose JSON is cut off: the caller turns the parser's error into ApiError.
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(R"({"containers":[{"id":"a")", &parse);
        QVERIFY(document.isNull());
        QVERIFY(parse.error != QJsonParseError::NoError);
        const ApiError e = ApiError::parseError(parse.errorString(), QStringLiteral("get"),
                                                QStringLiteral("/api/containers?token=") + kToken, 200);
        QCOMPARE(e.kind, Kind::Parse);
        QCOMPARE(e.httpStatus, 200);
        QCOMPARE(e.method, QStringLiteral("GET"));
        QCOMPARE(e.path, QStringLiteral("/api/containers"));
        QCOMPARE(e.detail, parse.errorString());
        QCOMPARE(e.userMessage(), QStringLiteral("The server sent a reply that this app cannot read."));
    }

    void plainTextIsTidied()
    {
        const ApiError e = reply(400, "  line one\r\n\tline two\x01\x7f  ", kText);
        QCOMPARE(e.serverMessage, QStringLiteral("line one line two"));

        const QByteArray longBody(10000, 'a');
        const ApiError big = reply(400, longBody, kText);
        QCOMPARE(big.serverMessage.size(), 300);
        QVERIFY(big.serverMessage.endsWith(QChar(0x2026)));

        const ApiError empty = reply(400, QByteArray(), kText);
        QVERIFY(empty.serverMessage.isEmpty());
        QCOMPARE(empty.userMessage(), QStringLiteral("The server rejected the request (400)."));

        // Invalid UTF-8 does not break anything.
        const ApiError binary = reply(400, QByteArray("\xff\xfe\xfd ok", 6), kText);
        QVERIFY(binary.serverMessage.endsWith(QStringLiteral("ok")));
    }

    void noReply()
    {
        const ApiError e = reply(0, QByteArray(), QByteArray());
        QCOMPARE(e.kind, Kind::Network);
        QCOMPARE(e.httpStatus, 0);
        QCOMPARE(e.userMessage(), QStringLiteral("Cannot reach the server. Check the address and your connection."));
        QVERIFY(e.isTransient());

        QCOMPARE(reply(-1, QByteArray()).kind, Kind::Network);
        QCOMPARE(reply(100000, QByteArray()).httpStatus, 0);
    }

    void unexpectedStatus()
    {
        const ApiError redirect = reply(302, "<html><title>Moved</title></html>", kHtml);
        QCOMPARE(redirect.kind, Kind::Protocol);
        QCOMPARE(redirect.userMessage(), QStringLiteral("The server answered in an unexpected way (302)."));
    }

    void networkErrors_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");

        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << QStringLiteral("Connection refused")
                                 << Kind::Network << QStringLiteral("Cannot reach the server: Connection refused.");
        QTest::newRow("dns") << QNetworkReply::HostNotFoundError << QStringLiteral("Host rexec.example.com not found")
                             << Kind::Network << QStringLiteral("Cannot reach the server: Host rexec.example.com not found.");
        QTest::newRow("no text") << QNetworkReply::RemoteHostClosedError << QString() << Kind::Network
                                 << QStringLiteral("Cannot reach the server. Check the address and your connection.");
        QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << QStringLiteral("Proxy refused")
                               << Kind::Network << QStringLiteral("Cannot reach the server: Proxy refused.");
        QTest::newRow("timeout") << QNetworkReply::TimeoutError << QStringLiteral("Socket operation timed out")
                                 << Kind::Timeout
                                 << QStringLiteral("The server did not answer in time. Check your connection and try again.");
        QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError
                             << QStringLiteral("The host name did not match any of the valid hosts") << Kind::Tls
                             << QStringLiteral("A secure connection to the server could not be made: The host name did "
                                               "not match any of the valid hosts.");
        QTest::newRow("cancelled") << QNetworkReply::OperationCanceledError << QStringLiteral("Operation canceled")
                                   << Kind::Cancelled << QStringLiteral("The request was cancelled.");
        QTest::newRow("protocol") << QNetworkReply::ProtocolFailure << QStringLiteral("bad")
                                  << Kind::Protocol << QStringLiteral("The server answered in an unexpected way.");
    }

    void networkErrors()
    {
        QFETCH(QNetworkReply::NetworkError, code);
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, message);
        const ApiError e = ApiError::fromNetworkError(code, text, QStringLiteral("GET"), QStringLiteral("/api/profile"));
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, 0);
        QCOMPARE(e.userMessage(), message);
        QCOMPARE(e.requestLabel(), QStringLiteral("GET /api/profile"));
    }

    void otherKinds()
    {
        QCOMPARE(ApiError::make(Kind::TooLarge, QString(), QStringLiteral("GET"), QStringLiteral("/x")).userMessage(),
                 QStringLiteral("The data is larger than this app accepts."));
        const ApiError none;
        QVERIFY(!none.isError());
        QVERIFY(none.userMessage().isEmpty());
        QVERIFY(ApiError::make(Kind::Parse, QString(), {}, {}).isError());
    }

    void requestNeverHoldsSecrets_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("/api/containers") << QStringLiteral("/api/containers");
        QTest::newRow("token query") << QStringLiteral("/api/containers/events?token=") + kToken
                                     << QStringLiteral("/api/containers/events");
        QTest::newRow("other query and fragment") << QStringLiteral("/ws/terminal/abc?id=pane-1&newSession=true#x")
                                                  << QStringLiteral("/ws/terminal/abc");
        QTest::newRow("full url with credentials")
                << QStringLiteral("wss://user:secret@rexec.example.com:8443/ws/terminal/abc?token=") + kJwt
                << QStringLiteral("/ws/terminal/abc");
        QTest::newRow("url without path") << QStringLiteral("https://rexec.example.com?token=x") << QStringLiteral("/");
        QTest::newRow("token as a path segment") << QStringLiteral("/api/tokens/") + kToken
                                                 << QStringLiteral("/api/tokens/[redacted]");
        QTest::newRow("jwt as a path segment") << QStringLiteral("/callback/") + kJwt
                                               << QStringLiteral("/callback/[redacted]");
    }

    void requestNeverHoldsSecrets()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const ApiError e = ApiError::fromReply(401, R"({"error":"Invalid or expired API token"})", kJson, {},
                                               QStringLiteral("post"), path);
        QCOMPARE(e.path, expected);
        QCOMPARE(e.method, QStringLiteral("POST"));
        QCOMPARE(e.requestLabel(), QStringLiteral("POST ") + expected);
        const QString log = e.logString();
        QVERIFY2(!log.contains(kToken) && !log.contains(kJwt) && !log.contains(QStringLiteral("secret")),
                 qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("401")));
    }

    void secretsRemovedFromTexts()
    {
        // Qt's error strings name the URL, query string included.
        const QString qtText = QStringLiteral("Error transferring https://h/api/x?id=1&token=") + kToken
                               + QStringLiteral(" - server replied: Forbidden");
        const ApiError e = ApiError::fromNetworkError(QNetworkReply::ContentAccessDenied, qtText,
                                                      QStringLiteral("GET"), QStringLiteral("/api/x"));
        QVERIFY2(!e.detail.contains(kToken), qPrintable(e.detail));
        QVERIFY(e.detail.contains(QStringLiteral("token=[redacted]")));
        QVERIFY(!e.userMessage().contains(kToken));

        const QString redacted = ApiError::redactSecrets(
                QStringLiteral("Authorization: Bearer ") + kJwt + QStringLiteral("; proto rexec.token.") + kToken
                + QStringLiteral(" raw ") + kToken + QStringLiteral(" jwt ") + kJwt);
        QVERIFY2(!redacted.contains(kToken) && !redacted.contains(kJwt), qPrintable(redacted));
        QVERIFY(redacted.contains(QStringLiteral("Bearer [redacted]")));
        QVERIFY(redacted.contains(QStringLiteral("rexec.token.[redacted]")));
        QCOMPARE(ApiError::redactSecrets(QStringLiteral("nothing to hide")), QStringLiteral("nothing to hide"));

        // A server (or proxy) echoing the token in its error text.
        const ApiError echoed = reply(400, QByteArray("bad token ") + kToken.toUtf8(), kText);
        QVERIFY(!echoed.serverMessage.contains(kToken));
        QVERIFY(!echoed.userMessage().contains(kToken));
    }

    void everyStatusHasAMessage()
    {
        const QList<QByteArray> bodies = {
                QByteArray(), kNginx500, R"({"error":"x"})", R"({"code":1})", "plain words", "{\"error\":\"trunc",
                R"({"error":null,"message":[],"limit":"NaN","current":{},"retry_after":"x","name":7})",
        };
        for (int status = 0; status < 1000; ++status) {
            for (const QByteArray &body : bodies) {
                const ApiError e = reply(status, body, body.startsWith('<') ? kHtml : kJson, "garbage");
                const QString message = e.userMessage();
                QVERIFY2(!message.isEmpty(), qPrintable(QString::number(status)));
                QVERIFY2(!message.contains(u'<'), qPrintable(message));
                QVERIFY2(message.size() < 400, qPrintable(message));
            }
        }
    }

    void randomBodiesAreHarmless()
    {
        QRandomGenerator random(20251201);
        for (int i = 0; i < 300; ++i) {
            QByteArray body(int(random.bounded(2000)), Qt::Uninitialized);
            for (char &c : body)
                c = char(random.bounded(256));
            if (i % 3 == 0)
                body.prepend('{');
            else if (i % 3 == 1)
                body.prepend("<html><title>");
            const ApiError e = reply(int(random.bounded(400, 600)), body, i % 2 ? kHtml : kJson);
            QVERIFY(e.serverMessage.size() <= 300);
            QVERIFY(!e.userMessage().isEmpty());
        }
    }

    void hostileHtmlIsBounded()
    {
        // Unclosed tags by the thousand, in a body far larger than any error page.
        QByteArray body;
        for (int i = 0; i < 200000; ++i)
            body += "<script<style<!--<title";
        QElapsedTimer timer;
        timer.start();
        const ApiError e = reply(502, body, kHtml);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!e.serverMessage.contains(u'<'));
        QCOMPARE(e.userMessage(), QStringLiteral("The server is unavailable right now (502). Try again later."));

        // A huge JSON body is not parsed.
        QByteArray json = "{\"error\":\"x\",\"pad\":\"";
        json += QByteArray(2 * 1024 * 1024, 'a');
        json += "\"}";
        const ApiError big = reply(400, json);
        QVERIFY(big.body.isEmpty());
        QVERIFY(big.serverMessage.size() <= 300);
    }

    void textsAreTranslated()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString signIn = reply(401, R"({"error":"x"})").userMessage();
        const QString wait = reply(429, R"({"retry_after":60})").userMessage();
        const QString limit = reply(403, R"({"error":"container limit reached","current":5,"limit":5,"tier":"pro"})")
                                      .userMessage();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(signIn, QStringLiteral("[xx] Your sign-in is no longer valid. Sign in again."));
        QCOMPARE(wait, QStringLiteral("[xx] Too many requests. The server asked to wait 60 seconds."));
        QCOMPARE(limit, QStringLiteral("[xx] You have reached your limit of 5 containers (pro plan). Delete one to create another."));
    }

    void serverTextCannotInjectPlaceholders()
    {
        // "%1" in a server message must not pull other arguments in.
        const ApiError e = reply(500, R"({"error":"bad %1 %2 %n"})");
        QCOMPARE(e.userMessage(), QStringLiteral("The server had an internal error (500): bad %1 %2 %n."));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_api_error.moc"
