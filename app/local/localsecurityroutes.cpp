// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal MFA lock of the real server (internal/api/handlers/security.go): lock, status,
// unlock and verify, with its replies, status codes and order of checks, against the TOTP secret
// given by --mfa-secret. Without one the user has no MFA, and the routes answer as the real server
// does for such a user.
#include "local/containermanager.h"
#include "local/localserver.h"
#include "local/totp.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>

#include <chrono>
#include <variant>

namespace rexec::local {

using Method = QHttpServerRequest::Method;

namespace {

// How long a right code on mfa-verify lets new terminal sockets of that container in. The real
// server keeps no such state (see terminalMfaAdmits()); five minutes covers opening a terminal
// and a few more panes after one code, and is short enough to ask again after a break.
constexpr std::chrono::minutes kVerificationLifetime{5};

QHttpServerResponse reply(int status, const QJsonObject &body)
{
    return QHttpServerResponse(body, QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse failure(int status, const QString &message)
{
    return reply(status, {{QStringLiteral("error"), message}});
}

// gin's ShouldBindJSON into {Code string `binding:"required"`}: a body that is not JSON, a code
// that is not a string, or an empty one all fail the same way.
std::optional<QString> codeOf(const QHttpServerRequest &request)
{
    const QJsonValue code = QJsonDocument::fromJson(request.body()).object().value(u"code");
    if (!code.isString() || code.toString().isEmpty())
        return std::nullopt;
    return code.toString();
}

} // namespace

bool LocalServer::terminalMfaAdmits(const LocalContainer &container, const QString &sessionId)
{
    // The real server refuses a locked terminal with 423 only when its handler had to load the
    // container from the database (not in that replica's cache), and its mfa-verify keeps no state,
    // so there the lock is mostly a gate in the client. rexec-local has one process and no cache:
    // it checks every time, so that a client that skips the code fails here and not only now and
    // then in production. A right code then opens the terminal for kVerificationLifetime (without
    // that the lock could not be passed at all), and a session let in may reconnect (a network
    // drop, a sleep) until the terminal is locked again. An empty session id is the real server's
    // "default", shared by every client that sends none: it is never remembered.
    if (!container.mfaLocked)
        return true;
    const auto access = m_mfaAccess.find(container.dbId);
    if (access == m_mfaAccess.end())
        return false;
    if (!sessionId.isEmpty() && access->sessions.contains(sessionId))
        return true;
    if (access->newSessionsUntil.hasExpired())
        return false;
    if (!sessionId.isEmpty())
        access->sessions.insert(sessionId);
    return true;
}

void LocalServer::installSecurityRoutes()
{
    const bool mfaEnabled = !m_config.mfaKey.isEmpty();
    auto resolve = [this](const QString &id) {
        // By database id or 64-hex id, as the real server's resolveContainerForMFA.
        return m_containers->find(id, ContainerManager::IdForms::DockerOrUuid);
    };
    auto codeIsRight = [this](const QString &code) {
        return totp::verify(m_config.mfaKey, code, QDateTime::currentSecsSinceEpoch());
    };
    // The checks mfa-unlock and mfa-verify share, in the real server's order: the container the
    // code is for, or the refusal to send.
    auto codeTarget = [mfaEnabled, resolve](const QString &id, const QHttpServerRequest &request)
        -> std::variant<const LocalContainer *, QHttpServerResponse> {
        if (!codeOf(request))
            return failure(400, QStringLiteral("MFA code is required"));
        if (!mfaEnabled)
            return failure(400, QStringLiteral("MFA not configured"));
        if (id.startsWith(u"agent:"))
            return failure(404, QStringLiteral("agent not found"));
        if (const LocalContainer *c = resolve(id))
            return c;
        return failure(404, QStringLiteral("container not found"));
    };

    m_http.route(QStringLiteral("/api/security/terminal/<arg>/mfa-lock"), Method::Post,
                 [this, mfaEnabled, resolve](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [&](const Caller &) {
                         if (!mfaEnabled) {
                             return reply(400, {{QStringLiteral("error"), QStringLiteral("mfa_required")},
                                                {QStringLiteral("message"),
                                                 QStringLiteral("MFA must be enabled to use terminal MFA lock. Enable "
                                                                "MFA in your account settings first.")}});
                         }
                         if (id.startsWith(u"agent:"))
                             return failure(404, QStringLiteral("agent not found")); // rexec-local has no agents
                         const LocalContainer *c = resolve(id);
                         if (!c)
                             return failure(404, QStringLiteral("container not found"));
                         m_containers->setMfaLocked(c->dbId, true);
                         // A lock, even on a locked terminal, asks for the code again.
                         m_mfaAccess.remove(c->dbId);
                         return reply(200, {{QStringLiteral("mfa_locked"), true},
                                            {QStringLiteral("message"),
                                             QStringLiteral("Terminal is now protected with MFA. You will need to enter "
                                                            "your MFA code to access it.")}});
                     });
                 });

    m_http.route(QStringLiteral("/api/security/terminal/<arg>/mfa-unlock"), Method::Post,
                 [this, codeTarget, codeIsRight](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [&](const Caller &) {
                         auto target = codeTarget(id, request);
                         if (auto *refusal = std::get_if<QHttpServerResponse>(&target))
                             return std::move(*refusal);
                         const LocalContainer *c = std::get<const LocalContainer *>(target);
                         const QString code = *codeOf(request);
                         if (!c->mfaLocked)
                             return failure(400, QStringLiteral("terminal is not MFA locked"));
                         if (!codeIsRight(code))
                             return failure(401, QStringLiteral("invalid MFA code"));
                         m_containers->setMfaLocked(c->dbId, false);
                         m_mfaAccess.remove(c->dbId);
                         return reply(200, {{QStringLiteral("mfa_locked"), false},
                                            {QStringLiteral("message"), QStringLiteral("Terminal unlocked successfully.")}});
                     });
                 });

    m_http.route(QStringLiteral("/api/security/terminal/<arg>/mfa-status"), Method::Get,
                 [this, mfaEnabled, resolve](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [&](const Caller &) {
                         if (id.startsWith(u"agent:"))
                             return failure(404, QStringLiteral("agent not found"));
                         const LocalContainer *c = resolve(id);
                         if (!c)
                             return failure(404, QStringLiteral("container not found"));
                         return reply(200, {{QStringLiteral("mfa_locked"), c->mfaLocked},
                                            {QStringLiteral("mfa_enabled"), mfaEnabled},
                                            {QStringLiteral("can_use_feature"), mfaEnabled}});
                     });
                 });

    m_http.route(QStringLiteral("/api/security/terminal/<arg>/mfa-verify"), Method::Post,
                 [this, codeTarget, codeIsRight](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [&](const Caller &) {
                         auto target = codeTarget(id, request);
                         if (auto *refusal = std::get_if<QHttpServerResponse>(&target))
                             return std::move(*refusal);
                         const LocalContainer *c = std::get<const LocalContainer *>(target);
                         const QString code = *codeOf(request);
                         // The real server says yes without looking at the code when nothing is locked.
                         if (!c->mfaLocked)
                             return reply(200, {{QStringLiteral("verified"), true},
                                                {QStringLiteral("message"), QStringLiteral("Terminal is not MFA locked.")}});
                         if (!codeIsRight(code))
                             return failure(401, QStringLiteral("invalid MFA code"));
                         // Keeps the lock (unlike mfa-unlock) and opens the terminal socket for a while.
                         m_mfaAccess[c->dbId].newSessionsUntil = QDeadlineTimer(kVerificationLifetime);
                         return reply(200, {{QStringLiteral("verified"), true},
                                            {QStringLiteral("message"),
                                             QStringLiteral("MFA verified. You can now access the terminal.")}});
                     });
                 });
}

} // namespace rexec::local
