// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/restclient.h"

#include <rexec/version.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace rexec::api {

// One call in flight: enough to send it again once after a 429.
struct RestClient::Pending {
    QByteArray method;
    QString path;
    QUrlQuery query;
    std::optional<QJsonObject> body;
    QPointer<QObject> context;
    JsonCallback done;
    bool retried = false;
    bool tooLarge = false;
    bool timedOut = false;
};

namespace {

QJsonValue parseBody(const QByteArray &body, QJsonParseError *error)
{
    // The real server answers some routes with an empty body; that is not an error.
    if (body.trimmed().isEmpty()) {
        error->error = QJsonParseError::NoError;
        return QJsonValue(QJsonObject());
    }
    const QJsonDocument document = QJsonDocument::fromJson(body, error);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue();
}

} // namespace

RestClient::RestClient(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
    // Redirects could carry the Authorization header to another host: follow none.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RestClient::~RestClient() = default;

void RestClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_rateRemaining = -1;
}

void RestClient::setToken(const QString &token)
{
    m_token = token.toUtf8();
}

QNetworkRequest RestClient::request(const QString &path, const QUrlQuery &query, bool withTimeout) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(u'/') ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("RexecDesktop/%1").arg(QLatin1StringView(kVersion)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    if (withTimeout)
        request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

QNetworkRequest RestClient::webSocketRequest(const QString &path, const QUrlQuery &query) const
{
    QNetworkRequest r = request(path, query, false);
    QUrl url = r.url();
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    r.setUrl(url);
    return r;
}

bool RestClient::acceptSslErrors(const QList<QSslError> &errors)
{
    // Only the one certificate the user trusted for this profile, and only for its own errors.
    bool allTrusted = m_trusted && !m_trusted->isNull() && !errors.isEmpty();
    for (const QSslError &error : errors)
        allTrusted = allTrusted && error.certificate() == *m_trusted;
    if (allTrusted)
        return true;
    const QSslCertificate certificate = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    emit certificateRejected(certificate, errors);
    return false;
}

ApiError RestClient::errorFor(QNetworkReply *reply, const QByteArray &body) const
{
    const QString method = QString::fromLatin1(
        reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    const QString path = reply->url().path();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return ApiError::fromNetworkError(reply->error(), reply->errorString(), method, path);
    return ApiError::fromReply(status, body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                               reply->rawHeader("Retry-After"), method, path);
}

void RestClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                      const std::optional<QJsonObject> &body, QObject *context, JsonCallback done)
{
    auto pending = std::make_shared<Pending>();
    pending->method = method;
    pending->path = path;
    pending->query = query;
    pending->body = body;
    pending->context = context;
    pending->done = std::move(done);
    send(pending);
}

void RestClient::send(std::shared_ptr<Pending> pending)
{
    QNetworkRequest r = request(pending->path, pending->query);
    r.setAttribute(QNetworkRequest::CustomVerbAttribute, pending->method);
    QNetworkReply *reply = nullptr;
    if (pending->body) {
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->sendCustomRequest(r, pending->method, QJsonDocument(*pending->body).toJson(QJsonDocument::Compact));
    } else {
        // No body, not even an empty one: with one, QNAM starts the request only from the event
        // loop (it buffers the body first), which at start-up runs once the window is built.
        reply = m_network->sendCustomRequest(r, pending->method);
    }
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (acceptSslErrors(errors))
            reply->ignoreSslErrors(errors);
    });
    // A hostile or broken server cannot make the client hold more than this in memory...
    connect(reply, &QNetworkReply::downloadProgress, this, [pending, reply](qint64 received, qint64 total) {
        if (received > kMaxJsonBytes || total > kMaxJsonBytes) {
            pending->tooLarge = true;
            reply->abort();
        }
    });
    // ...nor keep it waiting forever by trickling bytes under the transfer timeout.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [pending, reply] {
        pending->timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeout * 2);
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] { finish(pending, reply); });
}

void RestClient::finish(std::shared_ptr<Pending> pending, QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString method = QString::fromLatin1(pending->method);
    const QString path = pending->path;
    const QByteArray body = pending->tooLarge ? QByteArray() : reply->readAll();

    if (reply->hasRawHeader("X-RateLimit-Remaining")) {
        bool ok = false;
        const int remaining = reply->rawHeader("X-RateLimit-Remaining").toInt(&ok);
        if (ok) {
            m_rateRemaining = remaining;
            emit rateLimitChanged(remaining, reply->rawHeader("X-RateLimit-Limit").toInt());
        }
    }

    auto deliver = [pending](const Result<QJsonValue> &result) {
        if (pending->context && pending->done)
            pending->done(result);
    };
    if (pending->tooLarge) {
        deliver(ApiError::make(ApiError::Kind::TooLarge,
                               QStringLiteral("the reply was larger than %1 bytes").arg(kMaxJsonBytes), method, path));
        return;
    }
    // Qt ends a transfer that stalled past its timeout as "cancelled"; nothing else here cancels.
    if (pending->timedOut || reply->error() == QNetworkReply::OperationCanceledError) {
        deliver(ApiError::make(ApiError::Kind::Timeout, reply->errorString(), method, path));
        return;
    }
    // A reply cut off below HTTP (a connection closed mid-body) is a network failure, whatever its status line said.
    if (status < 300 && reply->error() != QNetworkReply::NoError) {
        deliver(ApiError::fromNetworkError(reply->error(), reply->errorString(), method, path));
        return;
    }
    if (status == 0 || status >= 300) {
        ApiError error = errorFor(reply, body);
        error.method = method;
        // 429: wait as long as the server asked, saying so each second, then try once more.
        if (error.isRateLimited() && !pending->retried) {
            pending->retried = true;
            const int seconds = error.retryAfter ? int((error.retryAfter->count() + 999) / 1000) : 60;
            auto *countdown = new QTimer(this);
            auto left = std::make_shared<int>(std::clamp(seconds, 1, 3600));
            emit rateLimitWait(*left);
            connect(countdown, &QTimer::timeout, this, [this, countdown, left, pending] {
                emit rateLimitWait(--*left);
                if (*left > 0)
                    return;
                countdown->deleteLater();
                if (pending->context)
                    send(pending);
            });
            countdown->start(1000);
            return;
        }
        deliver(error);
        return;
    }
    QJsonParseError parseError{};
    const QJsonValue value = parseBody(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || value.isUndefined() || value.isNull()) {
        deliver(ApiError::parseError(parseError.errorString(), method, path, status));
        return;
    }
    deliver(value);
}

template<typename T, typename Parse>
void RestClient::typed(const QByteArray &method, const QString &path, const QUrlQuery &query,
                       const std::optional<QJsonObject> &body, QObject *context, Callback<T> done, Parse parse)
{
    call(method, path, query, body, context, [done = std::move(done), parse](const Result<QJsonValue> &result) {
        if (!result)
            done(result.error());
        else
            done(parse(result.value()));
    });
}

QString RestClient::containerPath(const QString &id, const QString &suffix)
{
    return QStringLiteral("/api/containers/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + suffix;
}

QString RestClient::webSocketPathForTerminal(const QString &containerId)
{
    if (containerId.startsWith(u"agent:"))
        return QStringLiteral("/ws/agent/%1/terminal").arg(QString::fromLatin1(QUrl::toPercentEncoding(containerId.mid(6))));
    return QStringLiteral("/ws/terminal/") + QString::fromLatin1(QUrl::toPercentEncoding(containerId));
}

void RestClient::fetchProfile(QObject *context, Callback<Profile> done)
{
    typed<Profile>("GET", QStringLiteral("/api/profile"), {}, {}, context, std::move(done),
                   [](const QJsonValue &v) { return Profile::fromJson(v.toObject()); });
}

void RestClient::validateToken(QObject *context, Callback<TokenValidation> done)
{
    typed<TokenValidation>("GET", QStringLiteral("/api/tokens/validate"), {}, {}, context, std::move(done),
                           [](const QJsonValue &v) { return TokenValidation::fromJson(v.toObject()); });
}

void RestClient::listTokens(QObject *context, Callback<ApiTokenList> done)
{
    typed<ApiTokenList>("GET", QStringLiteral("/api/tokens"), {}, {}, context, std::move(done),
                        [](const QJsonValue &v) { return ApiTokenList::fromJsonValue(v); });
}

void RestClient::createToken(const QString &name, QObject *context, Callback<ApiToken> done)
{
    typed<ApiToken>("POST", QStringLiteral("/api/tokens"), {}, QJsonObject{{QStringLiteral("name"), name}}, context,
                    std::move(done), [](const QJsonValue &v) { return ApiToken::fromJson(v.toObject()); });
}

void RestClient::revokeToken(const QString &id, QObject *context, Callback<QJsonObject> done)
{
    typed<QJsonObject>("DELETE", QStringLiteral("/api/tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
                       {}, context, std::move(done), [](const QJsonValue &v) { return v.toObject(); });
}

void RestClient::listContainers(QObject *context, Callback<ContainerList> done)
{
    typed<ContainerList>("GET", QStringLiteral("/api/containers"), {}, {}, context, std::move(done),
                         [](const QJsonValue &v) { return ContainerList::fromJsonValue(v); });
}

void RestClient::getContainer(const QString &id, QObject *context, Callback<Container> done)
{
    typed<Container>("GET", containerPath(id), {}, {}, context, std::move(done),
                     [](const QJsonValue &v) { return Container::fromJson(v.toObject()); });
}

void RestClient::createContainer(const CreateContainerRequest &request, QObject *context, Callback<Container> done)
{
    typed<Container>("POST", QStringLiteral("/api/containers"), {}, request.toJson(), context, std::move(done),
                     [](const QJsonValue &v) { return Container::fromJson(v.toObject()); });
}

void RestClient::deleteContainer(const QString &id, QObject *context, Callback<QJsonObject> done)
{
    typed<QJsonObject>("DELETE", containerPath(id), {}, {}, context, std::move(done),
                       [](const QJsonValue &v) { return v.toObject(); });
}

void RestClient::startContainer(const QString &id, QObject *context, Callback<StartResult> done)
{
    typed<StartResult>("POST", containerPath(id, QStringLiteral("/start")), {}, QJsonObject(), context, std::move(done),
                       [id](const QJsonValue &v) {
                           const QJsonObject o = v.toObject();
                           StartResult result;
                           result.id = o.value(u"id").toString(id);
                           result.oldId = o.value(u"old_id").toString();
                           result.status = o.value(u"status").toString();
                           result.recreated = o.value(u"recreated").toBool();
                           return result;
                       });
}

void RestClient::stopContainer(const QString &id, QObject *context, Callback<QJsonObject> done)
{
    typed<QJsonObject>("POST", containerPath(id, QStringLiteral("/stop")), {}, QJsonObject(), context, std::move(done),
                       [](const QJsonValue &v) { return v.toObject(); });
}

void RestClient::updateContainerSettings(const QString &id, const QJsonObject &settings, QObject *context,
                                         Callback<Container> done)
{
    typed<Container>("PATCH", containerPath(id, QStringLiteral("/settings")), {}, settings, context, std::move(done),
                     [](const QJsonValue &v) { return Container::fromJson(v.toObject().value(u"container").toObject()); });
}

void RestClient::listImages(bool all, QObject *context, Callback<ImageCatalog> done)
{
    QUrlQuery query;
    if (all)
        query.addQueryItem(QStringLiteral("all"), QStringLiteral("true"));
    typed<ImageCatalog>("GET", QStringLiteral("/api/images"), query, {}, context, std::move(done),
                        [](const QJsonValue &v) { return ImageCatalog::fromJsonValue(v); });
}

void RestClient::listRoles(QObject *context, Callback<RoleList> done)
{
    typed<RoleList>("GET", QStringLiteral("/api/roles"), {}, {}, context, std::move(done),
                    [](const QJsonValue &v) { return RoleList::fromJsonValue(v); });
}

void RestClient::verifyTerminalMfa(const QString &containerId, const QString &code, QObject *context,
                                   Callback<QJsonObject> done)
{
    typed<QJsonObject>("POST",
                       QStringLiteral("/api/security/terminal/%1/mfa-verify")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(containerId))),
                       {}, QJsonObject{{QStringLiteral("code"), code}}, context, std::move(done),
                       [](const QJsonValue &v) { return v.toObject(); });
}

void RestClient::listFiles(const QString &containerId, const QString &path, QObject *context, Callback<FileListing> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(path)));
    typed<FileListing>("GET", containerPath(containerId, QStringLiteral("/files/list")), query, {}, context,
                       std::move(done), [](const QJsonValue &v) { return FileListing::fromJsonValue(v); });
}

void RestClient::makeDirectory(const QString &containerId, const QString &path, QObject *context,
                               Callback<QJsonObject> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(path)));
    typed<QJsonObject>("POST", containerPath(containerId, QStringLiteral("/files/mkdir")), query, QJsonObject(),
                       context, std::move(done), [](const QJsonValue &v) { return v.toObject(); });
}

void RestClient::deletePath(const QString &containerId, const QString &path, QObject *context,
                            Callback<QJsonObject> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(path)));
    typed<QJsonObject>("DELETE", containerPath(containerId, QStringLiteral("/files")), query, {}, context,
                       std::move(done), [](const QJsonValue &v) { return v.toObject(); });
}

} // namespace rexec::api
