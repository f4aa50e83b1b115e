// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/account.h"

#include "api/jsonread.h"
#include "api/servertime.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rexec::api {

namespace {

QString stringAt(const QJsonObject &object, QLatin1StringView key)
{
    return json::toString(object.value(key)).value_or(QString());
}

bool boolAt(const QJsonObject &object, QLatin1StringView key)
{
    return json::toBool(object.value(key)).value_or(false);
}

qint64 intAt(const QJsonObject &object, QLatin1StringView key)
{
    return json::toInt64(object.value(key)).value_or(0);
}

} // namespace

UserInfo UserInfo::fromJson(const QJsonObject &object)
{
    UserInfo user;
    user.id = stringAt(object, "id"_L1);
    user.email = stringAt(object, "email"_L1);
    user.username = stringAt(object, "username"_L1);
    user.name = stringAt(object, "name"_L1);
    user.firstName = stringAt(object, "first_name"_L1);
    user.lastName = stringAt(object, "last_name"_L1);
    user.avatar = stringAt(object, "avatar"_L1);
    user.tier = stringAt(object, "tier"_L1);
    user.verified = boolAt(object, "verified"_L1);
    user.isAdmin = boolAt(object, "is_admin"_L1);
    user.guest = boolAt(object, "is_guest"_L1);
    user.mfaEnabled = boolAt(object, "mfa_enabled"_L1);
    user.screenLockEnabled = boolAt(object, "screen_lock_enabled"_L1);
    user.lockAfterMinutes = intAt(object, "lock_after_minutes"_L1);
    user.sessionDurationMinutes = intAt(object, "session_duration_minutes"_L1);
    // An array in models.User; accept a comma- or space-separated string as well.
    const QJsonValue ips = object.value("allowed_ips"_L1);
    if (ips.isString()) {
        static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
        user.allowedIps = ips.toString().split(separators, Qt::SkipEmptyParts);
    } else {
        user.allowedIps = json::toStringList(ips);
    }
    user.createdAt = parseServerTime(object.value("created_at"_L1));
    user.updatedAt = parseServerTime(object.value("updated_at"_L1));
    user.expiresAt = parseServerTime(object.value("expires_at"_L1));
    return user;
}

bool UserInfo::isGuest() const
{
    return guest || tier.compare("guest"_L1, Qt::CaseInsensitive) == 0;
}

QString UserInfo::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    const QString full = (firstName.trimmed() + u' ' + lastName.trimmed()).trimmed();
    if (!full.isEmpty())
        return full;
    if (!username.isEmpty())
        return username;
    return email;
}

PlanLimits PlanLimits::fromJson(const QJsonObject &object)
{
    PlanLimits limits;
    limits.containers = intAt(object, "containers"_L1);
    limits.maxAgents = intAt(object, "max_agents"_L1);
    limits.memoryMb = intAt(object, "memory_mb"_L1);
    limits.cpuShares = intAt(object, "cpu_shares"_L1);
    limits.diskMb = intAt(object, "disk_mb"_L1);
    return limits;
}

Profile Profile::fromJson(const QJsonObject &object)
{
    Profile profile;
    profile.user = UserInfo::fromJson(object.value("user"_L1).toObject());
    profile.limits = PlanLimits::fromJson(object.value("limits"_L1).toObject());
    const QJsonObject stats = object.value("stats"_L1).toObject();
    profile.containerLimit = intAt(stats, "container_limit"_L1);
    profile.sshKeyCount = intAt(stats, "ssh_keys"_L1);
    profile.raw = object;
    return profile;
}

TokenValidation TokenValidation::fromJson(const QJsonObject &object)
{
    TokenValidation validation;
    validation.valid = boolAt(object, "valid"_L1);
    validation.userId = stringAt(object, "user_id"_L1);
    validation.username = stringAt(object, "username"_L1);
    validation.email = stringAt(object, "email"_L1);
    validation.tier = stringAt(object, "tier"_L1);
    validation.scopes = json::toStringList(object.value("scopes"_L1));
    return validation;
}

ApiToken ApiToken::fromJson(const QJsonObject &object)
{
    ApiToken token;
    token.id = stringAt(object, "id"_L1);
    token.userId = stringAt(object, "user_id"_L1);
    token.name = stringAt(object, "name"_L1);
    token.tokenPrefix = stringAt(object, "token_prefix"_L1);
    token.scopes = json::toStringList(object.value("scopes"_L1));
    token.createdAt = parseServerTime(object.value("created_at"_L1));
    token.lastUsedAt = parseServerTime(object.value("last_used_at"_L1));
    token.expiresAt = parseServerTime(object.value("expires_at"_L1));
    token.revokedAt = parseServerTime(object.value("revoked_at"_L1));
    token.token = stringAt(object, "token"_L1);
    token.message = stringAt(object, "message"_L1);
    return token;
}

bool ApiToken::isExpired(const QDateTime &now) const
{
    return expiresAt.isValid() && expiresAt <= now;
}

ApiTokenList ApiTokenList::fromJson(const QJsonObject &object)
{
    return fromJson(json::arrayAt(object, "tokens"_L1));
}

ApiTokenList ApiTokenList::fromJson(const QJsonArray &array)
{
    ApiTokenList list;
    list.tokens.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        ApiToken token = ApiToken::fromJson(item.toObject());
        if (!token.id.isEmpty())
            list.tokens.append(std::move(token));
    }
    return list;
}

ApiTokenList ApiTokenList::fromJsonValue(const QJsonValue &value)
{
    if (value.isArray())
        return fromJson(value.toArray());
    return fromJson(value.toObject());
}

bool looksLikeApiToken(QStringView token)
{
    constexpr auto prefix = "rexec_"_L1;
    if (token.size() != prefix.size() + 64 || !token.startsWith(prefix))
        return false;
    const QStringView hex = token.sliced(prefix.size());
    return std::all_of(hex.begin(), hex.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

} // namespace rexec::api
