// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include "api/account.h"
#include "api/jsonread.h"
#include "api/servertime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QLocale>
#include <QRegularExpression>

#include <climits>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rexec::api {

namespace {

// A body longer than this is not an error message but a page; only its start is looked at, which
// also bounds the work of the HTML patterns on hostile input.
constexpr qsizetype kMaxBodyScan = 16 * 1024;
// Error objects are small; a larger "JSON" body is not parsed, only shown as text.
constexpr qsizetype kMaxJsonBody = 1024 * 1024;
// `retry_after` beyond this many seconds is nonsense; the header is used instead.
constexpr double kMaxRetryAfterSeconds = 1e9;

bool containsText(const QString &haystack, QLatin1StringView needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool looksLikeHtml(QByteArrayView body, QByteArrayView contentType)
{
    if (contentType.toByteArray().toLower().contains("html"))
        return true;
    return body.trimmed().startsWith('<');
}

bool looksLikeJson(QByteArrayView body, QByteArrayView contentType)
{
    if (contentType.toByteArray().toLower().contains("json"))
        return true;
    const QByteArrayView trimmed = body.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9A-Fa-f]{1,6}|[0-9]{1,7});"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        const QStringView digits = m.capturedView(1);
        bool ok = false;
        const uint code = digits.startsWith(u'x') ? digits.sliced(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
        if (ok && code >= 0x20 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t ch = code;
            out += QString::fromUcs4(&ch, 1);
        }
        else
            out += u' ';
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    out.replace("&nbsp;"_L1, " "_L1);
    out.replace("&lt;"_L1, "<"_L1);
    out.replace("&gt;"_L1, ">"_L1);
    out.replace("&quot;"_L1, "\""_L1);
    out.replace("&#39;"_L1, "'"_L1);
    out.replace("&apos;"_L1, "'"_L1);
    out.replace("&amp;"_L1, "&"_L1); // last, so "&amp;lt;" stays "&lt;"
    return out;
}

// Control characters out, runs of whitespace to one space, cut with an ellipsis.
QString tidy(const QString &text, qsizetype maxLength)
{
    QString out;
    out.reserve(qMin(text.size(), maxLength + 1));
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += c;
        if (out.size() > maxLength)
            break;
    }
    if (out.size() > maxLength) {
        out.truncate(maxLength - 1);
        // Do not leave half a surrogate pair behind.
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
        out = out.trimmed() + QChar(0x2026);
    }
    return out;
}

QString htmlToText(const QString &html, qsizetype maxLength)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title\\s*>"),
                                          QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->"),
                                           QRegularExpression::CaseInsensitiveOption
                                                   | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));

    // An error page's title ("502 Bad Gateway") says it best.
    if (const QRegularExpressionMatch m = title.match(html); m.hasMatch()) {
        const QString text = tidy(decodeEntities(m.captured(1)), maxLength);
        if (!text.isEmpty())
            return text;
    }
    QString text = html;
    text.remove(hidden);
    text.replace(tag, " "_L1);
    text = tidy(decodeEntities(text), maxLength + 1);
    // A whole page of text is no message; the caller falls back to a generic phrase.
    return text.size() > maxLength ? QString() : text;
}

// "failed to create token" -> "failed to create token."
QString asClause(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar last = text.back();
    if (last.isLetterOrNumber() || last == u')' || last == u'"' || last == u'\'')
        return text + u'.';
    return text;
}

QString codeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (const auto number = json::toInt64(value); number && value.isDouble())
        return QString::number(*number);
    return {};
}

} // namespace

QString ApiError::plainTextOf(const QByteArray &body, const QByteArray &contentType, qsizetype maxLength)
{
    const QByteArray head = body.left(kMaxBodyScan);
    const QString text = QString::fromUtf8(head);
    if (looksLikeHtml(head, contentType))
        return htmlToText(text, maxLength);
    return tidy(text, maxLength);
}

QString ApiError::redactSecrets(QString text)
{
    static const QRegularExpression apiToken(QStringLiteral("rexec_[0-9A-Fa-f]{16,}"));
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer)\\s+[^\\s,;\"']+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subprotocol(QStringLiteral("(rexec\\.token\\.)[^\\s,;\"']+"));
    static const QRegularExpression query(
            QStringLiteral("([?&](?:token|access_token|id_token|auth|jwt|key|password)=)[^&#\\s\"']*"),
            QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, "\\1 [redacted]"_L1);
    text.replace(subprotocol, "\\1[redacted]"_L1);
    text.replace(query, "\\1[redacted]"_L1);
    text.replace(apiToken, "rexec_[redacted]"_L1);
    text.replace(jwt, "[redacted]"_L1);
    return text;
}

QString ApiError::sanitizedPath(const QString &pathOrUrl)
{
    QStringView path = QStringView(pathOrUrl).trimmed();
    if (const qsizetype scheme = path.indexOf("://"_L1); scheme >= 0) {
        const qsizetype slash = path.indexOf(u'/', scheme + 3);
        path = slash >= 0 ? path.sliced(slash) : QStringView(u"/");
    }
    if (const qsizetype cut = path.indexOf(u'?'); cut >= 0)
        path = path.first(cut);
    if (const qsizetype cut = path.indexOf(u'#'); cut >= 0)
        path = path.first(cut);

    static const QRegularExpression jwt(QStringLiteral("^eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
    QStringList segments = path.toString().split(u'/');
    for (QString &segment : segments) {
        if (looksLikeApiToken(segment) || segment.startsWith("rexec_"_L1) || jwt.matchView(segment).hasMatch())
            segment = "[redacted]"_L1;
    }
    return segments.join(u'/');
}

ApiError ApiError::make(Kind kind, const QString &detail, QString method, QString path)
{
    ApiError error;
    error.kind = kind;
    error.detail = tidy(redactSecrets(detail), 500);
    error.method = method.trimmed().toUpper();
    error.path = sanitizedPath(path);
    return error;
}

ApiError ApiError::parseError(const QString &detail, QString method, QString path, int status)
{
    ApiError error = make(Kind::Parse, detail, std::move(method), std::move(path));
    error.httpStatus = status;
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError code, const QString &errorString,
                                    QString method, QString path)
{
    Kind kind = Kind::Network;
    switch (code) {
    case QNetworkReply::NoError:
        kind = Kind::None;
        break;
    case QNetworkReply::OperationCanceledError:
        kind = Kind::Cancelled;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        kind = Kind::Tls;
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::TooManyRedirectsError:
        kind = Kind::Protocol;
        break;
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        // These come with an HTTP status, which fromReply() handles; without one, the reply
        // did not make sense.
        kind = Kind::Protocol;
        break;
    default: // refused, closed, host not found, temporary failure, proxy errors, unknown
        kind = Kind::Network;
        break;
    }
    return make(kind, errorString, std::move(method), std::move(path));
}

ApiError ApiError::fromReply(int status, const QByteArray &body, const QByteArray &contentType,
                             const QByteArray &retryAfterHeader, QString method, QString path)
{
    ApiError error = make(Kind::Http, QString(), std::move(method), std::move(path));
    error.httpStatus = status > 0 && status < 1000 ? status : 0;
    if (error.httpStatus == 0)
        error.kind = Kind::Network;
    else if (error.httpStatus < 400)
        error.kind = Kind::Protocol;

    QJsonObject object;
    if (body.size() <= kMaxJsonBody && looksLikeJson(body, contentType)) {
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
        if (parse.error == QJsonParseError::NoError && document.isObject())
            object = document.object();
    }

    if (!object.isEmpty()) {
        error.body = object;
        const auto text = [&object](QLatin1StringView key) {
            return json::toString(object.value(key)).value_or(QString());
        };
        // `error` is usually a string; some servers nest {message, code} in it.
        QString primary;
        const QJsonValue errorValue = object.value("error"_L1);
        if (errorValue.isString()) {
            primary = errorValue.toString();
        } else if (errorValue.isObject()) {
            const QJsonObject nested = errorValue.toObject();
            primary = json::toString(nested.value("message"_L1)).value_or(QString());
            error.code = codeText(nested.value("code"_L1));
        }
        const QString message = text("message"_L1);
        const QString detailText = text("detail"_L1).isEmpty() ? text("details"_L1) : text("detail"_L1);
        if (!primary.trimmed().isEmpty()) {
            error.serverMessage = primary;
            error.serverDetail = !message.isEmpty() ? message : detailText;
        } else {
            error.serverMessage = !message.isEmpty() ? message : detailText;
        }
        if (const QString code = codeText(object.value("code"_L1)); !code.isEmpty())
            error.code = code;
        error.hint = text("hint"_L1);
        error.actionRequired = text("action_required"_L1);
        error.tier = text("tier"_L1);
        error.name = text("name"_L1);
        error.containerId = text("container_id"_L1);
        if (const QJsonValue state = object.value("status"_L1); state.isString())
            error.containerStatus = state.toString();
        error.supportedImages = json::toStringList(object.value("supported_images"_L1));
        error.upgradeRequired = json::toBool(object.value("upgrade"_L1)).value_or(false);
        if (const auto current = json::toInt64(object.value("current"_L1)))
            error.current = current;
        if (const auto limit = json::toInt64(object.value("limit"_L1)))
            error.limit = limit;
        if (const auto seconds = json::toDouble(object.value("retry_after"_L1));
            seconds && *seconds >= 0 && *seconds <= kMaxRetryAfterSeconds) {
            error.retryAfter = std::chrono::milliseconds(qint64(std::ceil(*seconds * 1000.0)));
        }
    } else {
        error.serverMessage = plainTextOf(body, contentType);
    }

    const auto clean = [](const QString &text) { return tidy(redactSecrets(text), 300); };
    error.serverMessage = clean(error.serverMessage);
    error.serverDetail = clean(error.serverDetail);
    error.hint = clean(error.hint);
    error.name = tidy(error.name, 100);
    error.code = tidy(error.code, 100);

    if (!error.retryAfter && !retryAfterHeader.isEmpty())
        error.retryAfter = parseRetryAfter(retryAfterHeader);
    return error;
}

ApiError ApiError::fromRefusedHandshake(const QString &webSocketError, QString path)
{
    // QWebSocketPrivate::processHandshake: "Unhandled http status code: 423 (Locked)."
    static const QRegularExpression status(QStringLiteral("status code: ([1-5][0-9][0-9])\\b"));
    const QRegularExpressionMatch match = status.match(webSocketError);
    if (!match.hasMatch())
        return {};
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = match.captured(1).toInt();
    error.method = QStringLiteral("GET");
    error.path = std::move(path);
    return error;
}

bool ApiError::needsSignIn() const
{
    return kind == Kind::Http && httpStatus == 401 && !isWrongMfaCode();
}

bool ApiError::isWrongMfaCode() const
{
    // The real server answers a wrong code on …/mfa-verify and …/mfa-unlock with 401
    // "invalid MFA code" (security.go): the sign-in itself is fine.
    return kind == Kind::Http && httpStatus == 401 && serverMessage.contains("MFA code"_L1, Qt::CaseInsensitive);
}

bool ApiError::isSessionLocked() const
{
    return kind == Kind::Http && httpStatus == 423
           && (code == "session_locked"_L1 || serverMessage == "session_locked"_L1);
}

bool ApiError::needsMfa() const
{
    return kind == Kind::Http && (code == "mfa_required"_L1 || actionRequired == "mfa_verify"_L1);
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::requestLabel() const
{
    if (method.isEmpty())
        return path;
    if (path.isEmpty())
        return method;
    return method + u' ' + path;
}

QString ApiError::logString() const
{
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    QString line = requestLabel();
    if (!line.isEmpty())
        line += ": "_L1;
    line += QLatin1StringView(kinds.valueToKey(int(kind)));
    if (httpStatus != 0)
        line += " "_L1 + QString::number(httpStatus);
    if (!code.isEmpty())
        line += " ["_L1 + code + u']';
    if (!serverMessage.isEmpty())
        line += " \""_L1 + serverMessage + u'"';
    if (!detail.isEmpty())
        line += " ("_L1 + detail + u')';
    return line;
}

QString ApiError::userMessage() const
{
    const QString status = QString::number(httpStatus);
    const QString said = asClause(serverMessage);

    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError",
                                           "The server did not answer in time. Check your connection and try again.");
    case Kind::Tls:
        if (!detail.isEmpty())
            return QCoreApplication::translate("ApiError", "A secure connection to the server could not be made: %1")
                    .arg(asClause(detail));
        return QCoreApplication::translate("ApiError", "A secure connection to the server could not be made.");
    case Kind::Network:
        if (!detail.isEmpty())
            return QCoreApplication::translate("ApiError", "Cannot reach the server: %1").arg(asClause(detail));
        return QCoreApplication::translate("ApiError", "Cannot reach the server. Check the address and your connection.");
    case Kind::Parse:
        return QCoreApplication::translate("ApiError", "The server sent a reply that this app cannot read.");
    case Kind::TooLarge:
        return QCoreApplication::translate("ApiError", "The data is larger than this app accepts.");
    case Kind::Protocol:
        if (httpStatus != 0)
            return QCoreApplication::translate("ApiError", "The server answered in an unexpected way (%1).").arg(status);
        return QCoreApplication::translate("ApiError", "The server answered in an unexpected way.");
    case Kind::Http:
        break;
    }

    const QString &msg = serverMessage;
    switch (httpStatus) {
    case 400:
        if (code == "container_stopped"_L1 || containsText(msg, "not running"_L1))
            return QCoreApplication::translate("ApiError", "The terminal is not running. Start it first.");
        if (containsText(msg, "unsupported image"_L1)) {
            if (!supportedImages.isEmpty())
                return QCoreApplication::translate("ApiError", "The server does not offer this image. It offers: %1.")
                        .arg(supportedImages.join(", "_L1));
            return QCoreApplication::translate("ApiError", "The server does not offer this image.");
        }
        if (containsText(msg, "invalid container name"_L1))
            return QCoreApplication::translate("ApiError",
                                               "This name is not allowed. Use 1 to 64 letters, digits, hyphens or "
                                               "underscores, starting with a letter or digit.");
        if (containsText(msg, "custom_image"_L1))
            return QCoreApplication::translate("ApiError", "The custom image name is missing or not valid.");
        if (containsText(msg, "file too large"_L1)) {
            // "file too large (max 100MB)": the limit is worth saying.
            static const QRegularExpression limit(u"max\\s*(\\d+)\\s*MB"_s, QRegularExpression::CaseInsensitiveOption);
            if (const auto match = limit.match(msg); match.hasMatch())
                return QCoreApplication::translate("ApiError", "The file is larger than the server accepts (at most %1 MB).")
                        .arg(QLocale().toString(match.captured(1).toLongLong()));
            return QCoreApplication::translate("ApiError", "The file is larger than the server accepts.");
        }
        if (containsText(msg, "is a directory"_L1))
            return QCoreApplication::translate("ApiError", "This is a folder, and folders cannot be downloaded.");
        if (!said.isEmpty())
            return QCoreApplication::translate("ApiError", "The server rejected the request: %1").arg(said);
        return QCoreApplication::translate("ApiError", "The server rejected the request (400).");
    case 401:
        if (isWrongMfaCode())
            return QCoreApplication::translate("ApiError",
                                               "The code is not correct. Enter the current code from your authenticator app.");
        if (msg == "session_revoked"_L1 || code == "session_revoked"_L1)
            return QCoreApplication::translate("ApiError", "This sign-in was ended from another session. Sign in again.");
        return QCoreApplication::translate("ApiError", "Your sign-in is no longer valid. Sign in again.");
    case 403:
        if (code == "agent_terminal_limit_reached"_L1) {
            if (limit)
                return QCoreApplication::translate("ApiError",
                                                   "You have reached your plan's limit of %1 open agent terminals.")
                        .arg(*limit);
            return QCoreApplication::translate("ApiError", "You have reached your plan's limit of open agent terminals.");
        }
        if (code == "agent_limit_reached"_L1 || containsText(msg, "agent_limit_reached"_L1)
            || containsText(msg, "agent limit"_L1))
            return QCoreApplication::translate("ApiError", "You have reached your plan's limit of agents.");
        if (containsText(msg, "limit reached"_L1) || (limit && current)) {
            if (limit && !tier.isEmpty())
                return QCoreApplication::translate(
                               "ApiError",
                               "You have reached your limit of %1 containers (%2 plan). Delete one to create another.")
                        .arg(QString::number(*limit), tier);
            if (limit)
                return QCoreApplication::translate(
                               "ApiError", "You have reached your limit of %1 containers. Delete one to create another.")
                        .arg(*limit);
            return QCoreApplication::translate(
                    "ApiError", "You have reached your plan's container limit. Delete a container to create another.");
        }
        if (upgradeRequired || containsText(msg, "guest session expired"_L1))
            return QCoreApplication::translate("ApiError",
                                               "Your guest session has expired. Create an account to keep using Rexec.");
        if (containsText(msg, "ip address"_L1))
            return QCoreApplication::translate("ApiError",
                                               "Your account does not allow access from this network address.");
        if (containsText(msg, "system files"_L1))
            return QCoreApplication::translate("ApiError", "System folders cannot be deleted.");
        return QCoreApplication::translate("ApiError", "You do not have access to this.");
    case 404:
        if (code == "container_not_found"_L1 || containsText(msg, "container not found"_L1))
            return QCoreApplication::translate("ApiError", "The terminal was not found. It may have been deleted.");
        if (containsText(msg, "agent not"_L1))
            return QCoreApplication::translate("ApiError", "The machine was not found or is not online.");
        if (containsText(msg, "token not found"_L1))
            return QCoreApplication::translate("ApiError", "The token was not found. It may have been revoked.");
        if (containsText(msg, "file not found"_L1))
            return QCoreApplication::translate("ApiError", "The file was not found.");
        // Unknown routes: JSON "not found", or gin's plain "404 page not found".
        if (msg.isEmpty() || msg.compare("not found"_L1, Qt::CaseInsensitive) == 0
            || msg.compare("404 page not found"_L1, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate(
                    "ApiError", "The server does not know this request (404). It may run a different version of Rexec.");
        return QCoreApplication::translate("ApiError", "Not found: %1").arg(said);
    case 409:
        if (!name.isEmpty())
            return QCoreApplication::translate("ApiError",
                                               "A terminal named \u201c%1\u201d already exists. Choose another name.")
                    .arg(name);
        if (containsText(msg, "port"_L1))
            return QCoreApplication::translate("ApiError", "This port is already forwarded.");
        if (!said.isEmpty())
            return QCoreApplication::translate("ApiError", "This clashes with something that already exists: %1").arg(said);
        return QCoreApplication::translate("ApiError", "This clashes with something that already exists.");
    case 410:
        return QCoreApplication::translate(
                "ApiError", "The terminal's container was removed from the server. Start it to create it again.");
    case 413:
        return QCoreApplication::translate("ApiError", "The upload is larger than the server accepts.");
    case 423:
        if (isSessionLocked())
            return QCoreApplication::translate("ApiError", "Your account is locked. Unlock it with your passcode.");
        if (needsMfa())
            return QCoreApplication::translate("ApiError",
                                               "This terminal is protected. Enter your two-factor code to open it.");
        return QCoreApplication::translate("ApiError", "This is locked on the server.");
    case 429:
        if (retryAfter && retryAfter->count() > 0) {
            // Counted outside the call: lupdate 6.8 loops forever on a template argument list
            // (qMin<qint64>) inside translate()'s arguments.
            const int seconds = int(qMin<qint64>((retryAfter->count() + 999) / 1000, INT_MAX));
            return QCoreApplication::translate("ApiError", "Too many requests. The server asked to wait %n seconds.",
                                               nullptr, seconds);
        }
        return QCoreApplication::translate("ApiError", "Too many requests. Wait a moment and try again.");
    case 501:
        return QCoreApplication::translate("ApiError", "The server does not support this request (501).");
    case 502:
    case 503:
    case 504:
        if (containsText(msg, "docker"_L1))
            return QCoreApplication::translate("ApiError", "The server cannot run terminals right now (%1). Try again later.")
                    .arg(status);
        return QCoreApplication::translate("ApiError", "The server is unavailable right now (%1). Try again later.")
                .arg(status);
    default:
        break;
    }

    // The server's own words are shown only when it sent a structured message: a page of HTML
    // or a proxy's text is no explanation.
    const bool structured = !body.isEmpty() && !said.isEmpty();
    if (httpStatus >= 500) {
        if (structured)
            return QCoreApplication::translate("ApiError", "The server had an internal error (%1): %2").arg(status, said);
        return QCoreApplication::translate("ApiError", "The server had an internal error (%1).").arg(status);
    }
    if (structured)
        return QCoreApplication::translate("ApiError", "The server replied with an error (%1): %2").arg(status, said);
    return QCoreApplication::translate("ApiError", "The server replied with an error (%1).").arg(status);
}

} // namespace rexec::api
