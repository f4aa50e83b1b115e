// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rexec::api {

// `user` of GET /api/profile (the models.User JSON plus guest fields).
struct UserInfo
{
    QString id;
    QString email;
    QString username;
    QString name;
    QString firstName;
    QString lastName;
    QString avatar;
    QString tier; // guest, free, trial, pro, enterprise; an open set
    bool verified = false;
    bool isAdmin = false;
    bool guest = false; // is_guest
    bool mfaEnabled = false;
    bool screenLockEnabled = false;
    qint64 lockAfterMinutes = 0;
    qint64 sessionDurationMinutes = 0; // 0: the server's default (90 days)
    QStringList allowedIps;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt; // guests: sent as Unix seconds; invalid when there is none

    static UserInfo fromJson(const QJsonObject &object);

    bool isGuest() const;
    // The name to greet the user with: name, else first and last name, else username, else email.
    QString displayName() const;
};

// `limits` of GET /api/profile (models.GetUserResourceLimits). These differ from the list's
// `limit`, which is what creation enforces.
struct PlanLimits
{
    qint64 containers = 0;
    qint64 maxAgents = 0;
    qint64 memoryMb = 0;
    qint64 cpuShares = 0;
    qint64 diskMb = 0;

    static PlanLimits fromJson(const QJsonObject &object);
};

// GET /api/profile. `stats.container_count` is deliberately not read: the server fills it with
// the plan's maximum, not the real count.
struct Profile
{
    UserInfo user;
    PlanLimits limits;
    qint64 containerLimit = 0; // stats.container_limit
    qint64 sshKeyCount = 0;    // stats.ssh_keys
    QJsonObject raw;

    static Profile fromJson(const QJsonObject &object);
    bool isValid() const { return !user.id.isEmpty() || !user.username.isEmpty(); }
};

// GET /api/tokens/validate (API tokens only).
struct TokenValidation
{
    bool valid = false;
    QString userId;
    QString username;
    QString email;
    QString tier;
    QStringList scopes; // stored by the server but never enforced

    static TokenValidation fromJson(const QJsonObject &object);
};

// An item of GET /api/tokens, or the reply of POST /api/tokens, which alone carries the
// plaintext `token`.
struct ApiToken
{
    QString id;
    QString userId;
    QString name;
    QString tokenPrefix; // "rexec_" and 6 hex, for display
    QStringList scopes;
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid: never used
    QDateTime expiresAt;  // invalid: never expires
    QDateTime revokedAt;  // invalid: not revoked
    QString token;        // plaintext, only from POST /api/tokens; never log it
    QString message;

    static ApiToken fromJson(const QJsonObject &object);

    bool isRevoked() const { return revokedAt.isValid(); }
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

// GET /api/tokens: {tokens: [...] | null}, or a bare array. Entries without an id are dropped.
struct ApiTokenList
{
    QList<ApiToken> tokens;

    static ApiTokenList fromJson(const QJsonObject &object);
    static ApiTokenList fromJson(const QJsonArray &array);
    static ApiTokenList fromJsonValue(const QJsonValue &value);
};

// An API token (personal access token) as the server issues it: "rexec_" and 64 lowercase hex.
// Anything else sent as a bearer token is taken by the server for a JWT.
bool looksLikeApiToken(QStringView token);

} // namespace rexec::api
