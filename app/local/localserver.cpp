// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/localserver.h"

#include "local/containermanager.h"
#include "local/eventshub.h"
#include "local/localimage.h"
#include "local/sandbox.h"
#include "local/terminalendpoint.h"

#include <rexec/version.h>

#include <QDir>
#include <QFile>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <fcntl.h>
#include <sys/socket.h>

namespace rexec::local {

using Method = QHttpServerRequest::Method;

namespace {

QJsonObject error(const QString &message)
{
    return {{QStringLiteral("error"), message}};
}

QHttpServerResponse json(int status, const QJsonObject &body)
{
    return QHttpServerResponse(body, QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse json(const Reply &reply)
{
    return json(reply.status, reply.body);
}

QString clientOf(const QHttpServerRequest &request)
{
    return request.remoteAddress().toString();
}

void addRateHeaders(QHttpServerResponse &response, const RateLimiter::Decision &rate)
{
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QByteArrayView("X-RateLimit-Limit"), QByteArray::number(rate.limit));
    headers.replaceOrAppend(QByteArrayView("X-RateLimit-Remaining"), QByteArray::number(rate.remaining));
    response.setHeaders(std::move(headers));
}

// Go prints durations as "1m0s"; the real server's Retry-After header is one.
QByteArray goDuration(int seconds)
{
    QByteArray out;
    if (seconds >= 3600)
        out += QByteArray::number(seconds / 3600) + 'h';
    if (seconds >= 60)
        out += QByteArray::number((seconds % 3600) / 60) + 'm';
    return out + QByteArray::number(seconds % 60) + 's';
}

QHttpServerResponse tooManyRequests(const RateLimiter::Decision &rate)
{
    QHttpServerResponse response = json(429, {{QStringLiteral("error"), QStringLiteral("rate limit exceeded")},
                                              {QStringLiteral("retry_after"), rate.retryAfterSeconds}});
    addRateHeaders(response, rate);
    QHttpHeaders headers = response.headers();
    headers.append(QByteArrayView("Retry-After"), goDuration(rate.retryAfterSeconds));
    response.setHeaders(std::move(headers));
    return response;
}

QList<QPair<QByteArray, QByteArray>> rateHeaders(const RateLimiter::Decision &rate)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"X-RateLimit-Limit", QByteArray::number(rate.limit)},
                                                 {"X-RateLimit-Remaining", QByteArray::number(rate.remaining)}};
    if (!rate.allowed)
        headers.append({"Retry-After", goDuration(rate.retryAfterSeconds)});
    return headers;
}

QJsonObject imageJson(const LocalImage &image)
{
    return {{QStringLiteral("name"), image.key},
            {QStringLiteral("display_name"), image.displayName},
            {QStringLiteral("description"), image.description},
            {QStringLiteral("category"), image.category},
            {QStringLiteral("tags"), QJsonArray::fromStringList(image.tags)},
            {QStringLiteral("popular"), image.popular}};
}

QString localUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

} // namespace

LocalServer::LocalServer(LocalConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_webSockets(QStringLiteral("rexec-local"), QWebSocketServer::NonSecureMode)
    , m_apiLimiter(m_config.apiRatePerMinute)
    , m_containerLimiter(m_config.containerRatePerMinute)
    , m_webSocketLimiter(m_config.webSocketRatePerMinute)
{
    m_webSockets.setSupportedSubprotocols({QStringLiteral("rexec.v1")});
    m_webSockets.setHandshakeTimeout(std::chrono::seconds(30));
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, &LocalServer::acceptWebSocket);
}

LocalServer::~LocalServer()
{
    // Terminals before containers: their shells live in the sandboxes.
    for (auto &terminal : m_terminals)
        delete terminal.data();
    m_events.reset();
    m_containers.reset();
}

bool LocalServer::initialize(const QString &tokenFile, QString *error)
{
    if (m_config.dataDir.isEmpty() || !QDir().mkpath(m_config.dataDir)) {
        *error = QStringLiteral("cannot use the data folder %1").arg(m_config.dataDir);
        return false;
    }
    QFile::setPermissions(m_config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir data(m_config.dataDir);
    m_tokens = TokenStore(data.filePath(QStringLiteral("tokens.json")));
    if (!tokenFile.isEmpty() && !m_tokens.loadTokenFile(tokenFile, error))
        return false;

    // One local user per data folder, with a stable id.
    QFile userFile(data.filePath(QStringLiteral("user-id")));
    if (userFile.open(QIODevice::ReadOnly))
        m_userId = QString::fromLatin1(userFile.readAll().trimmed());
    if (QUuid::fromString(m_userId).isNull()) {
        m_userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSaveFile out(userFile.fileName());
        if (out.open(QIODevice::WriteOnly)) {
            out.write(m_userId.toLatin1());
            out.commit();
        }
    }
    m_images = std::make_unique<ImageCatalog>(data.filePath(QStringLiteral("images.json")));
    m_containers = std::make_unique<ContainerManager>(m_config, *m_images, m_userId);
    m_events = std::make_unique<EventsHub>(*m_containers, m_config.eventsPingSeconds);
    installRoutes();
    return true;
}

bool LocalServer::listen(QString *error)
{
    m_gate = new HttpGate(this);
    m_gate->setMaxBodySize(std::max(m_config.uploadLimitBytes + 1024 * 1024, m_config.jsonBodyLimitBytes));
    m_gate->setOversizeReply([this](const RequestHead &head) { return oversizeReply(head); });
    m_gate->setInspector([this](const RequestHead &head, QTcpSocket *socket) { return inspect(head, socket); });
    if (m_config.listenFd >= 0) {
        int accepting = 0;
        socklen_t length = sizeof accepting;
        if (::getsockopt(m_config.listenFd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) != 0 || !accepting
            || !m_gate->setSocketDescriptor(m_config.listenFd)) {
            *error = QStringLiteral("file descriptor %1 is not a listening TCP socket").arg(m_config.listenFd);
            return false;
        }
        // Handed over without it (to cross exec); no child of ours (bubblewrap, the image's own
        // first process, tar) may inherit the socket that takes the app's token.
        ::fcntl(m_config.listenFd, F_SETFD, FD_CLOEXEC);
        m_config.address = m_gate->serverAddress();
        m_config.port = m_gate->serverPort();
    } else if (!m_gate->listen(m_config.address, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(m_gate->errorString());
        return false;
    }
    if (!m_http.bind(m_gate)) {
        *error = QStringLiteral("cannot attach the HTTP server");
        return false;
    }
    return true;
}

quint16 LocalServer::port() const
{
    return m_gate ? m_gate->serverPort() : 0;
}

QUrl LocalServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.address.toString());
    url.setPort(port());
    return url;
}

std::optional<QHttpServerResponse> LocalServer::admit(const QHttpServerRequest &request, Caller *caller,
                                                      RateLimiter *extra)
{
    const QByteArray token = TokenStore::tokenFromRequest(request);
    if (token.isEmpty())
        return json(401, error(QStringLiteral("Authorization token required")));
    auto record = m_tokens.authenticate(token);
    if (!record) {
        // Anything that is not an API token would be tried as a session JWT by the real server.
        return json(401, error(token.startsWith("rexec_") ? QStringLiteral("Invalid or expired API token")
                                                          : QStringLiteral("Invalid or expired token")));
    }
    caller->token = *record;
    caller->client = clientOf(request);
    caller->rate = m_apiLimiter.check(caller->client);
    if (!caller->rate.allowed)
        return tooManyRequests(caller->rate);
    if (extra) {
        // The container limiter's headers replace the API limiter's on create.
        caller->rate = extra->check(caller->client);
        if (!caller->rate.allowed)
            return tooManyRequests(caller->rate);
    }
    return std::nullopt;
}

void LocalServer::applyRateHeaders(QHttpServerResponse &response, const RateLimiter::Decision &rate)
{
    addRateHeaders(response, rate);
}

void LocalServer::installRoutes()
{
    m_http.setMissingHandler(this, [](const QHttpServerRequest &, QHttpServerResponder &responder) {
        responder.sendResponse(json(404, error(QStringLiteral("not found"))));
    });
    m_http.route(QStringLiteral("/health"), Method::Get, [this] {
        const auto all = m_containers->containers();
        const auto running = std::count_if(all.begin(), all.end(), [](const auto &c) { return c.status == u"running"; });
        return json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                          {QStringLiteral("database"), QStringLiteral("connected")},
                          {QStringLiteral("docker"), QStringLiteral("connected")},
                          {QStringLiteral("containers_total"), all.size()},
                          {QStringLiteral("containers_running"), qint64(running)}});
    });
    m_http.route(QStringLiteral("/api/version"), Method::Get, [] {
        // The real server's two fixed values, and what this server really is.
        return json(200, {{QStringLiteral("version"), QStringLiteral("v1.0.0")},
                          {QStringLiteral("build"), QStringLiteral("2024-12-10")},
                          {QStringLiteral("server"), QStringLiteral("rexec-local")},
                          {QStringLiteral("server_version"), QString::fromLatin1(kVersion)}});
    });
    installAccountRoutes();
    installContainerRoutes();
    installFileRoutes();
    installSecurityRoutes();
}

void LocalServer::installAccountRoutes()
{
    m_http.route(QStringLiteral("/api/profile"), Method::Get, [this](const QHttpServerRequest &request) {
        return guarded(request, [this](const Caller &) {
            const QString now = goTime(QDateTime::currentDateTimeUtc());
            const QString name = localUserName();
            const QJsonObject user{{QStringLiteral("id"), m_userId},
                                   {QStringLiteral("email"), name + QStringLiteral("@localhost")},
                                   {QStringLiteral("username"), name},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("first_name"), name},
                                   {QStringLiteral("last_name"), QString()},
                                   {QStringLiteral("avatar"), QString()},
                                   {QStringLiteral("verified"), true},
                                   {QStringLiteral("tier"), m_config.tier},
                                   {QStringLiteral("created_at"), now},
                                   {QStringLiteral("updated_at"), now},
                                   {QStringLiteral("is_admin"), false},
                                   {QStringLiteral("mfa_enabled"), !m_config.mfaKey.isEmpty()},
                                   {QStringLiteral("allowed_ips"), QJsonArray()},
                                   {QStringLiteral("screen_lock_enabled"), false},
                                   {QStringLiteral("lock_after_minutes"), 0},
                                   {QStringLiteral("lock_required_since"), QJsonValue()},
                                   {QStringLiteral("session_duration_minutes"), 0}};
            // container_count is the plan's maximum on the real server too (a known bug there).
            const QJsonObject stats{{QStringLiteral("container_count"), m_config.containerLimit},
                                    {QStringLiteral("container_limit"), m_config.containerLimit},
                                    {QStringLiteral("ssh_keys"), 0}};
            const QJsonObject limits{{QStringLiteral("containers"), m_config.containerLimit},
                                     {QStringLiteral("max_agents"), 0},
                                     {QStringLiteral("memory_mb"), 4096},
                                     {QStringLiteral("cpu_shares"), 4000},
                                     {QStringLiteral("disk_mb"), 16384}};
            return json(200, {{QStringLiteral("user"), user},
                              {QStringLiteral("stats"), stats},
                              {QStringLiteral("limits"), limits}});
        });
    });
    m_http.route(QStringLiteral("/api/tokens/validate"), Method::Get, [this](const QHttpServerRequest &request) {
        return guarded(request, [this, &request](const Caller &caller) {
            // Only "Bearer " with a capital B and one space, and only API tokens, as the real server.
            const QByteArray header = request.value("authorization");
            if (!header.startsWith("Bearer ") || !m_tokens.authenticate(header.mid(7)))
                return json(401, error(QStringLiteral("invalid token")));
            const QString name = localUserName();
            return json(200, {{QStringLiteral("valid"), true},
                              {QStringLiteral("user_id"), m_userId},
                              {QStringLiteral("username"), name},
                              {QStringLiteral("email"), name + QStringLiteral("@localhost")},
                              {QStringLiteral("tier"), m_config.tier},
                              {QStringLiteral("scopes"), QJsonArray::fromStringList(caller.token.scopes)}});
        });
    });
    m_http.route(QStringLiteral("/api/tokens"), Method::Get, [this](const QHttpServerRequest &request) {
        return guarded(request, [this](const Caller &) {
            QJsonArray list;
            for (const auto &token : m_tokens.tokens()) {
                QJsonObject item = TokenStore::toJson(token);
                item.insert(QStringLiteral("user_id"), m_userId);
                list.append(item);
            }
            return json(200, {{QStringLiteral("tokens"), list.isEmpty() ? QJsonValue() : QJsonValue(list)}});
        });
    });
    m_http.route(QStringLiteral("/api/tokens"), Method::Post, [this](const QHttpServerRequest &request) {
        return guarded(request, [this, &request](const Caller &) {
            QJsonParseError parseError{};
            const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
            if (!body.isObject())
                return json(400, error(parseError.errorString()));
            const QJsonObject o = body.object();
            const QString name = o.value(u"name").toString();
            if (name.isEmpty())
                return json(400, error(QStringLiteral("name is required")));
            QStringList scopes;
            for (const auto &scope : o.value(u"scopes").toArray())
                scopes << scope.toString();
            TokenStore::Token record;
            const QString token = m_tokens.create(name, scopes, o.value(u"expires_in").toInt(), &record);
            QJsonObject reply = TokenStore::toJson(record);
            reply.insert(QStringLiteral("token"), token);
            reply.insert(QStringLiteral("message"),
                         QStringLiteral("Token created. Copy it now: it will not be shown again."));
            return json(201, reply);
        });
    });
    for (const QString &suffix : {QString(), QStringLiteral("/permanent")}) {
        m_http.route(QStringLiteral("/api/tokens/<arg>") + suffix, Method::Delete,
                     [this, suffix](const QString &id, const QHttpServerRequest &request) {
                         return guarded(request, [this, &id, &suffix](const Caller &) {
                             if (!m_tokens.revoke(id))
                                 return json(404, error(QStringLiteral("token not found")));
                             return json(200, {{QStringLiteral("message"), suffix.isEmpty()
                                                                                ? QStringLiteral("token revoked")
                                                                                : QStringLiteral("token deleted")}});
                         });
                     });
    }
}

void LocalServer::installContainerRoutes()
{
    m_http.route(QStringLiteral("/api/containers"), Method::Get, [this](const QHttpServerRequest &request) {
        return guarded(request, [this](const Caller &) { return json(200, m_containers->listJson()); });
    });
    m_http.route(QStringLiteral("/api/containers"), Method::Post, [this](const QHttpServerRequest &request) {
        return guarded(
            request,
            [this, &request](const Caller &) {
                QJsonParseError parseError{};
                const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
                if (parseError.error != QJsonParseError::NoError)
                    return json(400, error(QStringLiteral("invalid JSON: %1").arg(parseError.errorString())));
                if (!body.isObject())
                    return json(400, error(QStringLiteral("json: cannot unmarshal into Go value of type "
                                                          "models.CreateContainerRequest")));
                return json(m_containers->create(body.object()));
            },
            &m_containerLimiter);
    });
    m_http.route(QStringLiteral("/api/containers/<arg>"), Method::Get,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [this, &id](const Caller &) {
                         const LocalContainer *c = m_containers->find(id, ContainerManager::IdForms::DockerOrUuid);
                         if (!c)
                             return json(404, error(QStringLiteral("container not found")));
                         QJsonObject body = c->toListJson();
                         body.remove(QStringLiteral("role"));
                         if (c->status == u"running")
                             body.insert(QStringLiteral("ip_address"), QStringLiteral("127.0.0.1"));
                         return json(200, body);
                     });
                 });
    m_http.route(QStringLiteral("/api/containers/<arg>"), Method::Delete,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [this, &id](const Caller &) { return json(m_containers->remove(id)); });
                 });
    m_http.route(QStringLiteral("/api/containers/<arg>/start"), Method::Post,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [this, &id](const Caller &) { return json(m_containers->start(id)); });
                 });
    m_http.route(QStringLiteral("/api/containers/<arg>/stop"), Method::Post,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [this, &id](const Caller &) { return json(m_containers->stop(id)); });
                 });
    m_http.route(QStringLiteral("/api/images"), Method::Get, [this](const QHttpServerRequest &request) {
        return guarded(request, [this, &request](const Caller &) {
            const bool all = request.query().queryItemValue(QStringLiteral("all")) == u"true";
            QJsonArray images;
            QJsonArray popular;
            QJsonObject categories;
            for (const auto &image : m_images->images()) {
                if (!image.listed)
                    continue;
                const QJsonObject item = imageJson(image);
                if (all || image.popular)
                    images.append(item);
                if (image.popular)
                    popular.append(item);
                QJsonArray inCategory = categories.value(image.category).toArray();
                inCategory.append(item);
                categories.insert(image.category, inCategory);
            }
            return json(200, {{QStringLiteral("images"), images},
                              {QStringLiteral("categories"), categories},
                              {QStringLiteral("popular"), popular}});
        });
    });
    m_http.route(QStringLiteral("/api/roles"), Method::Get, [this](const QHttpServerRequest &request) {
        return guarded(request, [](const Caller &) {
            const QJsonArray roles{
                QJsonObject{{QStringLiteral("id"), QStringLiteral("standard")},
                            {QStringLiteral("name"), QStringLiteral("Standard")},
                            {QStringLiteral("description"), QStringLiteral("The image's own tools, with bash")},
                            {QStringLiteral("icon"), QStringLiteral("terminal")},
                            {QStringLiteral("packages"), QJsonArray()}},
                QJsonObject{{QStringLiteral("id"), QStringLiteral("barebone")},
                            {QStringLiteral("name"), QStringLiteral("Barebone")},
                            {QStringLiteral("description"), QStringLiteral("No setup at all")},
                            {QStringLiteral("icon"), QStringLiteral("box")},
                            {QStringLiteral("packages"), QJsonArray()}},
            };
            return json(200, {{QStringLiteral("roles"), roles}});
        });
    });
}

HttpGate::Verdict LocalServer::inspect(const RequestHead &head, QTcpSocket *socket)
{
    if (!head.isWebSocketUpgrade())
        return HttpGate::Verdict::PassToHttpServer;
    const QString client = socket->peerAddress().toString();
    const QString path = QString::fromUtf8(head.path);
    const QByteArray token = TokenStore::tokenFromHeaders(head.header("authorization"),
                                                          head.header("sec-websocket-protocol"), head.query);
    auto refuse = [socket](int status, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers = {}) {
        HttpGate::respond(socket, status, body, headers);
        return HttpGate::Verdict::Handled;
    };
    auto authenticate = [&]() -> std::optional<QJsonObject> {
        if (token.isEmpty())
            return error(QStringLiteral("Authorization token required"));
        if (!m_tokens.authenticate(token))
            return error(token.startsWith("rexec_") ? QStringLiteral("Invalid or expired API token")
                                                    : QStringLiteral("Invalid or expired token"));
        return std::nullopt;
    };

    if (path == u"/api/containers/events") {
        if (auto failure = authenticate())
            return refuse(401, *failure);
        const auto rate = m_apiLimiter.check(client);
        if (!rate.allowed)
            return refuse(429, {{QStringLiteral("error"), QStringLiteral("rate limit exceeded")},
                                {QStringLiteral("retry_after"), rate.retryAfterSeconds}},
                          rateHeaders(rate));
        handOver(socket);
        return HttpGate::Verdict::Handled;
    }

    const bool terminal = path.startsWith(u"/ws/terminal/");
    const bool agent = path.startsWith(u"/ws/agent/") && path.endsWith(u"/terminal");
    if (!terminal && !agent)
        return refuse(404, error(QStringLiteral("not found")));
    // The WebSocket limiter runs before authentication.
    const auto rate = m_webSocketLimiter.check(client);
    if (!rate.allowed)
        return refuse(429, {{QStringLiteral("error"), QStringLiteral("rate limit exceeded")},
                            {QStringLiteral("retry_after"), rate.retryAfterSeconds}},
                      rateHeaders(rate));
    if (agent) {
        if (authenticate())
            return refuse(401, error(QStringLiteral("invalid token")));
        return refuse(404, error(QStringLiteral("agent not found")));
    }
    if (auto failure = authenticate())
        return refuse(401, *failure);
    const QString id = path.mid(int(qstrlen("/ws/terminal/")));
    const LocalContainer *c = m_containers->find(id, ContainerManager::IdForms::DockerOrUuid);
    if (!c)
        c = m_containers->find(id, ContainerManager::IdForms::DockerNameOrPrefix);
    if (!c) {
        return refuse(404, {{QStringLiteral("error"), QStringLiteral("container not found")},
                            {QStringLiteral("code"), QStringLiteral("container_not_found")},
                            {QStringLiteral("hint"), QStringLiteral("The container does not exist or is not yours")},
                            {QStringLiteral("action_required"), QStringLiteral("none")}});
    }
    const bool usable = (c->status == u"running" || c->status == u"configuring") && m_containers->sandbox(c->dbId);
    if (!usable) {
        return refuse(400, {{QStringLiteral("error"), QStringLiteral("container is not running")},
                            {QStringLiteral("code"), QStringLiteral("container_stopped")},
                            {QStringLiteral("status"), c->status},
                            {QStringLiteral("hint"), QStringLiteral("Start the container to open a terminal")},
                            {QStringLiteral("action_required"), QStringLiteral("start")}});
    }
    // After the running check, as on the real server.
    const QString sessionId = QUrlQuery(QString::fromLatin1(head.query)).queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    if (!terminalMfaAdmits(*c, sessionId)) {
        return refuse(423, {{QStringLiteral("error"), QStringLiteral("terminal is MFA protected")},
                            {QStringLiteral("code"), QStringLiteral("mfa_required")},
                            {QStringLiteral("container_id"), c->dbId},
                            {QStringLiteral("hint"), QStringLiteral("This terminal is protected with MFA. Enter your "
                                                                    "authenticator code to access it.")},
                            {QStringLiteral("action_required"), QStringLiteral("mfa_verify")}});
    }
    // The terminal stops reading its shell when 1 MiB waits in Qt's buffer; the kernel's own send
    // buffer (autotuned up to 4 MiB) would hide several more, still scrolling after a Ctrl-C.
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 256 * 1024);
    handOver(socket);
    return HttpGate::Verdict::Handled;
}

void LocalServer::handOver(QTcpSocket *socket)
{
    // From here the WebSocket server owns the connection and reads the handshake itself. Its
    // frames (up to 4 MiB) must fit in the socket's buffer, which the gate kept to a head's size.
    socket->disconnect();
    socket->setParent(nullptr);
    socket->setReadBufferSize(0);
    m_webSockets.handleConnection(socket);
    emit socket->readyRead();
}

void LocalServer::acceptWebSocket()
{
    while (m_webSockets.hasPendingConnections()) {
        QWebSocket *socket = m_webSockets.nextPendingConnection();
        // Frames far above anything a terminal sends are refused, so that memory stays bounded.
        socket->setMaxAllowedIncomingMessageSize(4 * 1024 * 1024);
        socket->setMaxAllowedIncomingFrameSize(4 * 1024 * 1024);
        const QUrl url = socket->requestUrl();
        const QString path = url.path();
        if (path == u"/api/containers/events") {
            m_events->add(socket);
            continue;
        }
        const QString id = path.mid(int(qstrlen("/ws/terminal/")));
        const LocalContainer *c = m_containers->find(id, ContainerManager::IdForms::DockerOrUuid);
        if (!c)
            c = m_containers->find(id, ContainerManager::IdForms::DockerNameOrPrefix);
        if (!c || !m_containers->sandbox(c->dbId)) {
            socket->close(QWebSocketProtocol::CloseCode(4100), QStringLiteral("container_restart_required"));
            socket->deleteLater();
            continue;
        }
        // Sessions are keyed by container, user and the client's id; a new socket replaces the old.
        const QString sessionId = QUrlQuery(url).queryItemValue(QStringLiteral("id"));
        const QString key = c->dbId + QLatin1Char(':') + m_userId + QLatin1Char(':')
            + (sessionId.isEmpty() ? QStringLiteral("default") : sessionId);
        if (QPointer<TerminalEndpoint> previous = m_terminals.take(key))
            previous->replace();
        auto *endpoint = new TerminalEndpoint(socket, *m_containers, c->dbId, m_config, this);
        m_terminals.insert(key, endpoint);
        connect(endpoint, &TerminalEndpoint::closed, this, [this, key, endpoint] {
            if (m_terminals.value(key) == endpoint)
                m_terminals.remove(key);
        });
    }
}

} // namespace rexec::local
