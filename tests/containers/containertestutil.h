// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixtures shaped like the real server's payloads (docs: rexec-protocol.md §2.2, §2.5, §2.10).

#include "api/containers.h"
#include "api/events.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace rexec::test {

// A fake but well-formed Docker ID: 64 lowercase hex characters derived from `seed`.
inline QString dockerId(int seed)
{
    return QStringLiteral("%1").arg(quint64(seed) * 2654435761u + 0x9e3779b97f4a7c15ull, 16, 16, QLatin1Char('0'))
        .repeated(4);
}

inline QString uuid(int seed)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(seed, 8, 16, QLatin1Char('0'))
        .arg(seed, 12, 16, QLatin1Char('0'));
}

// An own container as GET /api/containers lists it.
inline QJsonObject containerJson(int seed, const QString &status = QStringLiteral("running"))
{
    return QJsonObject{
        {QStringLiteral("id"), dockerId(seed)},
        {QStringLiteral("db_id"), uuid(seed)},
        {QStringLiteral("user_id"), QStringLiteral("u-1")},
        {QStringLiteral("name"), QStringLiteral("box-%1").arg(seed)},
        {QStringLiteral("image"), QStringLiteral("ubuntu")},
        {QStringLiteral("role"), QStringLiteral("standard")},
        {QStringLiteral("status"), status},
        {QStringLiteral("created_at"), QStringLiteral("2025-12-01T10:20:30.123456789Z")},
        {QStringLiteral("last_used_at"), QStringLiteral("2025-12-01T11:00:00Z")},
        {QStringLiteral("idle_seconds"), 12.5},
        {QStringLiteral("mfa_locked"), false},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("memory_mb"), 2048}, {QStringLiteral("cpu_shares"), 2000},
                     {QStringLiteral("disk_mb"), 10240}}},
    };
}

// The 202 reply of POST /api/containers: the id is still the DB UUID.
inline QJsonObject createdReplyJson(int seed)
{
    return QJsonObject{
        {QStringLiteral("id"), uuid(seed)},
        {QStringLiteral("db_id"), uuid(seed)},
        {QStringLiteral("user_id"), QStringLiteral("u-1")},
        {QStringLiteral("name"), QStringLiteral("new-%1").arg(seed)},
        {QStringLiteral("image"), QStringLiteral("ubuntu")},
        {QStringLiteral("role"), QStringLiteral("standard")},
        {QStringLiteral("status"), QStringLiteral("creating")},
        {QStringLiteral("created_at"), QStringLiteral("2025-12-01T10:20:30Z")},
        {QStringLiteral("async"), true},
        {QStringLiteral("message"), QStringLiteral("Container is being created")},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("memory_mb"), 512}, {QStringLiteral("cpu_shares"), 500},
                     {QStringLiteral("disk_mb"), 2048}}},
    };
}

inline QJsonObject agentJson(const QString &agentUuid, const QString &status = QStringLiteral("running"))
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("agent:") + agentUuid},
        {QStringLiteral("name"), QStringLiteral("laptop")},
        {QStringLiteral("image"), QStringLiteral("linux/amd64")},
        {QStringLiteral("status"), status},
        {QStringLiteral("session_type"), QStringLiteral("agent")},
        {QStringLiteral("created_at"), QStringLiteral("2025-11-01T08:00:00Z")},
        {QStringLiteral("last_used_at"), QStringLiteral("2025-12-01T09:00:00Z")},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("arch"), QStringLiteral("amd64")},
        {QStringLiteral("shell"), QStringLiteral("/bin/bash")},
        {QStringLiteral("distro"), QStringLiteral("Debian 13")},
        {QStringLiteral("description"), QStringLiteral("my laptop")},
        {QStringLiteral("mfa_locked"), false},
        {QStringLiteral("hostname"), QStringLiteral("laptop.local")},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("memory_mb"), 16384}, {QStringLiteral("cpu_shares"), 8 * 1024},
                     {QStringLiteral("disk_mb"), 512000}}},
    };
}

inline QJsonObject sharedJson(int seed)
{
    QJsonObject object = containerJson(seed);
    object.insert(QStringLiteral("shared"), true);
    object.insert(QStringLiteral("owner_id"), QStringLiteral("u-2"));
    object.insert(QStringLiteral("owner_name"), QStringLiteral("alice"));
    object.insert(QStringLiteral("collab_mode"), QStringLiteral("view"));
    object.insert(QStringLiteral("share_code"), QStringLiteral("ABC123"));
    object.insert(QStringLiteral("collab_expires_at"), QStringLiteral("2025-12-02T10:00:00Z"));
    return object;
}

inline api::ContainerList listOf(const QList<QJsonObject> &items)
{
    QJsonArray array;
    for (const QJsonObject &item : items)
        array.append(item);
    return api::ContainerList::fromJson(QJsonObject{{QStringLiteral("containers"), array},
                                                    {QStringLiteral("count"), array.size()},
                                                    {QStringLiteral("limit"), 10}});
}

inline api::ContainerEvent containerEvent(const QString &type, const QJsonObject &payload)
{
    return api::ContainerEvent::fromJson(QJsonObject{{QStringLiteral("type"), type},
                                                     {QStringLiteral("container"), payload},
                                                     {QStringLiteral("timestamp"),
                                                      QStringLiteral("2025-12-01T10:21:00Z")}});
}

inline api::ContainerEvent progressEvent(const QString &dbId, const QString &stage, double progress,
                                         const QJsonObject &extra = {})
{
    QJsonObject payload{{QStringLiteral("id"), dbId},
                        {QStringLiteral("stage"), stage},
                        {QStringLiteral("message"), QStringLiteral("stage %1").arg(stage)},
                        {QStringLiteral("progress"), progress},
                        {QStringLiteral("complete"), false}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), it.value());
    return containerEvent(QStringLiteral("progress"), payload);
}

} // namespace rexec::test
