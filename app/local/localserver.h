// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "local/httpgate.h"
#include "local/localconfig.h"
#include "local/ratelimiter.h"
#include "local/tokenstore.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QWebSocketServer>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace rexec::local {

class ContainerManager;
class EventsHub;
class ImageCatalog;
struct LocalContainer;
class TerminalEndpoint;

// rexec-local: the Rexec API on this computer, backed by bubblewrap sandboxes. Routes and
// replies follow the real server (docs/rexec-protocol.md), quirks included.
class LocalServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalServer(LocalConfig config, QObject *parent = nullptr);
    ~LocalServer() override;

    // Opens the data folder and the token; false with `error` set when either is unusable.
    bool initialize(const QString &tokenFile, QString *error);
    bool listen(QString *error);
    QUrl url() const;
    quint16 port() const;

    TokenStore &tokens() { return m_tokens; }
    ContainerManager &containers() { return *m_containers; }

private:
    struct Caller {
        TokenStore::Token token;
        QString client;
        RateLimiter::Decision rate;
    };

    // Authentication and the API limiter, in the real server's order; a refusal is the reply.
    std::optional<QHttpServerResponse> admit(const QHttpServerRequest &request, Caller *caller,
                                             RateLimiter *extra = nullptr);
    // Runs `handler(caller)` for an admitted request and adds the limiter's headers to its reply.
    template<typename Handler>
    QHttpServerResponse guarded(const QHttpServerRequest &request, Handler &&handler, RateLimiter *extra = nullptr)
    {
        Caller caller;
        if (auto refusal = admit(request, &caller, extra))
            return std::move(*refusal);
        QHttpServerResponse response = handler(caller);
        applyRateHeaders(response, caller.rate);
        return response;
    }
    static void applyRateHeaders(QHttpServerResponse &response, const RateLimiter::Decision &rate);

    void installRoutes();
    void installAccountRoutes();
    void installContainerRoutes();
    void installFileRoutes();
    // What refuses a body over the gate's limit from its head: for an upload, the words the
    // upload route (and the real server) use for a file over the limit.
    QJsonObject oversizeReply(const RequestHead &head) const;
    QString uploadTooLargeMessage() const;
    void installSecurityRoutes();

    // The terminal MFA lock at the terminal socket (localsecurityroutes.cpp says what and why):
    // whether a new socket with this client session id may open the locked container's terminal.
    bool terminalMfaAdmits(const LocalContainer &container, const QString &sessionId);

    // Cuts the response streaming `body` off when the download deadline passes, as the real
    // server does; the timer goes with `body` when the response ends first.
    void applyDownloadDeadline(QObject *body, const QHttpServerRequest &request);

    HttpGate::Verdict inspect(const RequestHead &head, QTcpSocket *socket);
    void handOver(QTcpSocket *socket);
    void acceptWebSocket();

    LocalConfig m_config;
    TokenStore m_tokens;
    QString m_userId;
    std::unique_ptr<ImageCatalog> m_images;
    std::unique_ptr<ContainerManager> m_containers;
    std::unique_ptr<EventsHub> m_events;
    QHttpServer m_http;
    HttpGate *m_gate = nullptr;
    QWebSocketServer m_webSockets;
    RateLimiter m_apiLimiter;
    RateLimiter m_containerLimiter;
    RateLimiter m_webSocketLimiter;
    QHash<QString, QPointer<TerminalEndpoint>> m_terminals; // by container:user:session id
    // What a right code opened on a locked terminal, by container (database id); in memory only.
    struct MfaAccess {
        QDeadlineTimer newSessionsUntil; // a verification lets new sockets in for a while...
        QSet<QString> sessions;          // ...and the sessions it let in may reconnect until relocked
    };
    QHash<QString, MfaAccess> m_mfaAccess;
};

} // namespace rexec::local
