// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/containers.h"

#include "api/jsonread.h"
#include "api/servertime.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rexec::api {

namespace {

template<typename T>
bool assign(T &field, T value)
{
    if (field == value)
        return false;
    field = std::move(value);
    return true;
}

// Each setter: a missing key leaves the field alone, null clears it, an unusable type is ignored.
bool setString(const QJsonObject &object, QLatin1StringView key, QString &field)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return false;
    if (it->isNull())
        return assign(field, QString());
    if (auto text = json::toString(*it))
        return assign(field, std::move(*text));
    return false;
}

bool setBool(const QJsonObject &object, QLatin1StringView key, bool &field)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return false;
    if (it->isNull())
        return assign(field, false);
    if (const auto value = json::toBool(*it))
        return assign(field, *value);
    return false;
}

bool setInt64(const QJsonObject &object, QLatin1StringView key, qint64 &field)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return false;
    if (it->isNull())
        return assign(field, qint64(0));
    if (const auto value = json::toInt64(*it))
        return assign(field, *value);
    return false;
}

bool setTime(const QJsonObject &object, QLatin1StringView key, QDateTime &field)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return false;
    // An unreadable time string is as good as none: it is cleared, not kept.
    if (it->isNull() || it->isString() || it->isDouble())
        return assign(field, parseServerTime(*it));
    return false;
}

bool setMap(const QJsonObject &object, QLatin1StringView key, QMap<QString, QString> &field)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return false;
    if (it->isNull() || it->isObject())
        return assign(field, json::toStringMap(*it));
    return false;
}

bool equalsIgnoringCase(QStringView a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

ContainerResources ContainerResources::fromJson(const QJsonObject &object)
{
    ContainerResources resources;
    resources.apply(object);
    return resources;
}

bool ContainerResources::apply(const QJsonObject &object)
{
    bool changed = setInt64(object, "memory_mb"_L1, memoryMb);
    changed |= setInt64(object, "cpu_shares"_L1, cpuShares);
    changed |= setInt64(object, "disk_mb"_L1, diskMb);
    return changed;
}

Container Container::fromJson(const QJsonObject &object)
{
    Container container;
    container.apply(object);
    return container;
}

Container::Fields Container::merge(const QJsonObject &partial)
{
    return apply(partial);
}

Container::Fields Container::apply(const QJsonObject &object)
{
    Fields changed;
    const auto mark = [&changed](bool didChange, Field field) {
        if (didChange)
            changed |= field;
    };

    mark(setString(object, "id"_L1, id), Field::Id);
    mark(setString(object, "db_id"_L1, dbId), Field::DbId);
    mark(setString(object, "user_id"_L1, userId), Field::UserId);
    mark(setString(object, "name"_L1, name), Field::Name);
    mark(setString(object, "image"_L1, image), Field::Image);
    mark(setString(object, "role"_L1, role), Field::Role);
    mark(setString(object, "status"_L1, status), Field::Status);
    mark(setTime(object, "created_at"_L1, createdAt), Field::CreatedAt);
    mark(setTime(object, "last_used_at"_L1, lastUsedAt), Field::LastUsedAt);
    mark(setTime(object, "expires_at"_L1, expiresAt), Field::ExpiresAt);
    mark(setBool(object, "mfa_locked"_L1, mfaLocked), Field::MfaLocked);
    mark(setString(object, "ip_address"_L1, ipAddress), Field::IpAddress);

    if (const auto it = object.constFind("idle_seconds"_L1); it != object.constEnd()) {
        if (it->isNull())
            mark(assign(idleSeconds, std::optional<double>()), Field::IdleSeconds);
        else if (const auto seconds = json::toDouble(*it))
            mark(assign(idleSeconds, std::optional<double>(*seconds)), Field::IdleSeconds);
    }
    if (const auto it = object.constFind("resources"_L1); it != object.constEnd()) {
        if (it->isNull())
            mark(assign(resources, ContainerResources()), Field::Resources);
        else if (it->isObject())
            mark(resources.apply(it->toObject()), Field::Resources);
    }

    bool agent = setString(object, "session_type"_L1, sessionType);
    agent |= setString(object, "os"_L1, os);
    agent |= setString(object, "arch"_L1, arch);
    agent |= setString(object, "shell"_L1, shell);
    agent |= setString(object, "distro"_L1, distro);
    agent |= setString(object, "description"_L1, description);
    agent |= setString(object, "hostname"_L1, hostname);
    agent |= setString(object, "region"_L1, region);
    mark(agent, Field::Agent);

    bool sharing = setBool(object, "shared"_L1, shared);
    sharing |= setString(object, "owner_id"_L1, ownerId);
    sharing |= setString(object, "owner_name"_L1, ownerName);
    sharing |= setString(object, "collab_mode"_L1, collabMode);
    sharing |= setString(object, "share_code"_L1, shareCode);
    sharing |= setTime(object, "collab_expires_at"_L1, collabExpiresAt);
    mark(sharing, Field::Sharing);

    mark(setMap(object, "labels"_L1, labels), Field::Labels);
    mark(setMap(object, "environment"_L1, environment), Field::Environment);

    static const std::array known = {
        "id"_L1, "db_id"_L1, "user_id"_L1, "name"_L1, "image"_L1, "role"_L1, "status"_L1,
        "created_at"_L1, "last_used_at"_L1, "expires_at"_L1, "mfa_locked"_L1, "ip_address"_L1,
        "idle_seconds"_L1, "resources"_L1, "session_type"_L1, "os"_L1, "arch"_L1, "shell"_L1,
        "distro"_L1, "description"_L1, "hostname"_L1, "region"_L1, "shared"_L1, "owner_id"_L1,
        "owner_name"_L1, "collab_mode"_L1, "share_code"_L1, "collab_expires_at"_L1, "labels"_L1,
        "environment"_L1,
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const bool isKnown = std::find(known.begin(), known.end(), key) != known.end();
        if (!isKnown && (!raw.contains(key) || raw.value(key) != value))
            changed |= Field::Other;
        raw.insert(key, value);
    }
    return changed;
}

Container::StatusKind Container::statusKindFromString(QStringView status)
{
    const QStringView s = status.trimmed();
    struct Entry {
        QLatin1StringView name;
        StatusKind kind;
    };
    // The server's statuses, plus Docker's raw states and the agents list's "online" in case a
    // server passes them through unmapped.
    static constexpr Entry table[] = {
        {"creating"_L1, StatusKind::Creating},       {"configuring"_L1, StatusKind::Configuring},
        {"starting"_L1, StatusKind::Starting},       {"created"_L1, StatusKind::Starting},
        {"restarting"_L1, StatusKind::Starting},     {"running"_L1, StatusKind::Running},
        {"online"_L1, StatusKind::Running},          {"stopped"_L1, StatusKind::Stopped},
        {"exited"_L1, StatusKind::Stopped},          {"paused"_L1, StatusKind::Paused},
        {"error"_L1, StatusKind::Error},             {"dead"_L1, StatusKind::Error},
        {"offline"_L1, StatusKind::Offline},         {"unknown"_L1, StatusKind::Unknown},
    };
    if (s.isEmpty())
        return StatusKind::Unknown;
    for (const Entry &entry : table) {
        if (equalsIgnoringCase(s, entry.name))
            return entry.kind;
    }
    return StatusKind::Other;
}

bool Container::isTransitional() const
{
    const StatusKind kind = statusKind();
    return kind == StatusKind::Creating || kind == StatusKind::Configuring || kind == StatusKind::Starting;
}

bool Container::canOpenTerminal() const
{
    const StatusKind kind = statusKind();
    return kind == StatusKind::Running || kind == StatusKind::Configuring;
}

bool Container::canUseFiles() const
{
    return !isAgent() && isRunning();
}

bool Container::isAgent() const
{
    return sessionType == "agent"_L1 || id.startsWith("agent:"_L1);
}

QString Container::agentId() const
{
    if (id.startsWith("agent:"_L1))
        return id.mid(6);
    return isAgent() ? id : QString();
}

bool Container::hasDockerId() const
{
    if (id.size() != 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

bool Container::canControl() const
{
    return !shared || collabMode.compare("control"_L1, Qt::CaseInsensitive) == 0;
}

ContainerList ContainerList::fromJson(const QJsonObject &object)
{
    ContainerList list = fromJson(json::arrayAt(object, "containers"_L1));
    if (const auto count = json::toInt64(object.value("count"_L1)); count && *count >= 0)
        list.count = *count;
    if (const auto limit = json::toInt64(object.value("limit"_L1)))
        list.limit = *limit;
    return list;
}

ContainerList ContainerList::fromJson(const QJsonArray &array)
{
    ContainerList list;
    list.containers.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        Container container = Container::fromJson(item.toObject());
        // A model keys rows by id; an entry without one cannot be shown or acted on.
        if (container.id.isEmpty())
            continue;
        list.containers.append(std::move(container));
    }
    list.count = list.containers.size();
    return list;
}

ContainerList ContainerList::fromJsonValue(const QJsonValue &value)
{
    if (value.isArray())
        return fromJson(value.toArray());
    return fromJson(value.toObject());
}

QJsonObject CreateContainerRequest::toJson() const
{
    QJsonObject body;
    body.insert("image"_L1, image);
    if (!customImage.isEmpty())
        body.insert("custom_image"_L1, customImage);
    if (!name.isEmpty())
        body.insert("name"_L1, name);
    if (!role.isEmpty())
        body.insert("role"_L1, role);
    if (memoryMb)
        body.insert("memory_mb"_L1, *memoryMb);
    if (cpuShares)
        body.insert("cpu_shares"_L1, *cpuShares);
    if (diskMb)
        body.insert("disk_mb"_L1, *diskMb);
    const auto toObject = [](const QMap<QString, QString> &map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    if (!environment.isEmpty())
        body.insert("environment"_L1, toObject(environment));
    if (!labels.isEmpty())
        body.insert("labels"_L1, toObject(labels));
    if (useTmux)
        body.insert("shell"_L1, QJsonObject{{"use_tmux"_L1, *useTmux}});
    return body;
}

bool isValidContainerName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64 || name.front() == u'-' || name.front() == u'_')
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
               || c == u'-' || c == u'_';
    });
}

} // namespace rexec::api
