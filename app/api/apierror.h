// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace rexec::api {

// The one error type of the API layer: what went wrong with a request, in terms a person can be
// shown (userMessage()) and a program can act on (kind, httpStatus, code, retryAfter...).
// It never holds a token: the query string and any credentials are removed from every text.
struct ApiError
{
    Q_GADGET
public:
    enum class Kind {
        None,      // no error
        Network,   // no HTTP reply: refused, reset, DNS, proxy
        Timeout,   // no reply in time
        Tls,       // TLS handshake or certificate failure
        Http,      // an HTTP reply with an error status
        Parse,     // a reply whose body this client cannot read
        Cancelled, // the client gave up on purpose
        TooLarge,  // a reply or upload above this client's limit
        Protocol,  // a reply that makes no sense here: a redirect, a status below 400 where an
                   // error was expected, a broken WebSocket handshake
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when there was no HTTP reply

    QString serverMessage; // body `error`, else `message`, else the body as short plain text
    QString serverDetail;  // `message` or `detail` when `error` was present as well
    QString code;          // `code` as text: "container_not_found", or "409" from {code:int}
    QString hint;
    QString actionRequired; // "start", "mfa_verify", "none"...
    std::optional<std::chrono::milliseconds> retryAfter; // body `retry_after`, else the header

    // Extra fields some replies carry.
    std::optional<qint64> current; // container limit reached: how many there are
    std::optional<qint64> limit;   // ... and how many the plan allows
    QString tier;
    QString name; // 409: the clashing container name
    QStringList supportedImages;
    QString containerId;     // 410/423 terminal errors
    QString containerStatus; // 400 container_stopped
    bool upgradeRequired = false; // guest session expired
    QJsonObject body;             // the parsed JSON body, when there was one

    QString method; // "GET", "POST"...
    QString path;   // the path only: no scheme, host, query string or fragment
    QString detail; // technical words for logs, e.g. Qt's error string; secrets removed

    // An HTTP reply with an error status. `status` 0 means no reply (Network).
    static ApiError fromReply(int status, const QByteArray &body, const QByteArray &contentType,
                              const QByteArray &retryAfterHeader, QString method, QString path);
    // A failed QNetworkReply without a usable HTTP status. Note that Qt reports a transfer
    // timeout as OperationCanceledError: callers that set one should use make(Kind::Timeout...).
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                                     QString method, QString path);
    static ApiError make(Kind kind, const QString &detail, QString method, QString path);
    // A WebSocket whose handshake the server answered with an HTTP status instead of 101: Qt 6.8
    // gives no status, only its error text, from which the status is read. An invalid ApiError
    // (kind None) when the text names none.
    static ApiError fromRefusedHandshake(const QString &webSocketError, QString path);
    // A reply (of `status`, usually 200) whose body could not be read as the expected JSON.
    static ApiError parseError(const QString &detail, QString method, QString path, int status = 0);

    bool isError() const { return kind != Kind::None; }
    // 401: the token is gone or invalid; the user must sign in again.
    bool needsSignIn() const;
    // 401 from an MFA verification: the code was wrong, not the sign-in.
    bool isWrongMfaCode() const;
    // 423 session_locked: the account's screen lock is on; unlock with the passcode.
    bool isSessionLocked() const;
    // 423 mfa_required: the terminal wants a TOTP code first.
    bool needsMfa() const;
    bool isRateLimited() const { return kind == Kind::Http && httpStatus == 429; }
    // Worth retrying unchanged later: transport failures, 429, 502, 503, 504.
    bool isTransient() const;

    // "POST /api/containers"
    QString requestLabel() const;
    // One line for logs: request, kind, status, code and server text. No secrets.
    QString logString() const;
    // Plain words for a person, translated (context "ApiError").
    QString userMessage() const;

    // The path of a request as it may be shown or logged: a full URL is cut to its path; the
    // query and fragment are dropped; a segment that is a token is replaced.
    static QString sanitizedPath(const QString &pathOrUrl);
    // Removes API tokens, JWTs, "Bearer ..." values and token query parameters from a text.
    static QString redactSecrets(QString text);
    // A reply body as short plain text: HTML reduced to its title or text, whitespace collapsed,
    // cut to `maxLength` characters. Empty when nothing readable is left.
    static QString plainTextOf(const QByteArray &body, const QByteArray &contentType,
                               qsizetype maxLength = 300);
};

} // namespace rexec::api
