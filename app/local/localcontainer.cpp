// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/localcontainer.h"

#include <QJsonArray>

namespace rexec::local {

namespace {

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QMap<QString, QString> mapFromJson(const QJsonObject &json)
{
    QMap<QString, QString> out;
    for (auto it = json.begin(); it != json.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

QString goTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("0001-01-01T00:00:00Z");
    const QDateTime utc = time.toUTC();
    // Go prints up to nine fractional digits; Qt keeps milliseconds, so the rest are zeros Go would trim.
    QString text = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int ms = utc.time().msec();
    if (ms != 0) {
        QString fraction = QStringLiteral("%1").arg(ms, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text + QLatin1Char('Z');
}

QJsonObject LocalContainer::resourcesJson() const
{
    return {{QStringLiteral("memory_mb"), memoryMb},
            {QStringLiteral("cpu_shares"), cpuShares},
            {QStringLiteral("disk_mb"), diskMb}};
}

QJsonObject LocalContainer::toListJson(bool withMfaLocked) const
{
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("db_id"), dbId},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("image"), image},
        {QStringLiteral("role"), role},
        {QStringLiteral("status"), status},
        {QStringLiteral("created_at"), goTime(createdAt)},
        {QStringLiteral("last_used_at"), goTime(lastUsedAt)},
        {QStringLiteral("idle_seconds"), lastUsedAt.isValid()
                                             ? double(lastUsedAt.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0
                                             : 0.0},
        {QStringLiteral("resources"), resourcesJson()},
    };
    if (withMfaLocked)
        out.insert(QStringLiteral("mfa_locked"), mfaLocked);
    // The SDK documentation promises labels and environment back; the real server drops both,
    // rexec-local keeps them and shows them, so that a client can tell the two apart.
    if (!labels.isEmpty())
        out.insert(QStringLiteral("labels"), mapToJson(labels));
    if (!environment.isEmpty())
        out.insert(QStringLiteral("environment"), mapToJson(environment));
    return out;
}

QJsonObject LocalContainer::toStorageJson() const
{
    QJsonObject out = toListJson(false);
    out.insert(QStringLiteral("environment"), mapToJson(environment));
    out.insert(QStringLiteral("labels"), mapToJson(labels));
    out.insert(QStringLiteral("use_tmux"), useTmux);
    out.insert(QStringLiteral("mfa_locked"), mfaLocked);
    return out;
}

LocalContainer LocalContainer::fromStorageJson(const QJsonObject &json)
{
    LocalContainer c;
    c.dbId = json.value(u"db_id").toString();
    c.id = json.value(u"id").toString(c.dbId);
    c.userId = json.value(u"user_id").toString();
    c.name = json.value(u"name").toString();
    c.image = json.value(u"image").toString();
    c.role = json.value(u"role").toString();
    c.status = json.value(u"status").toString();
    c.createdAt = QDateTime::fromString(json.value(u"created_at").toString(), Qt::ISODateWithMs);
    c.lastUsedAt = QDateTime::fromString(json.value(u"last_used_at").toString(), Qt::ISODateWithMs);
    const QJsonObject resources = json.value(u"resources").toObject();
    c.memoryMb = resources.value(u"memory_mb").toInteger(c.memoryMb);
    c.cpuShares = resources.value(u"cpu_shares").toInteger(c.cpuShares);
    c.diskMb = resources.value(u"disk_mb").toInteger(c.diskMb);
    c.environment = mapFromJson(json.value(u"environment").toObject());
    c.labels = mapFromJson(json.value(u"labels").toObject());
    c.useTmux = json.value(u"use_tmux").toBool();
    c.mfaLocked = json.value(u"mfa_locked").toBool();
    return c;
}

} // namespace rexec::local
