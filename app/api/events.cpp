// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/events.h"

#include "api/jsonread.h"
#include "api/servertime.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rexec::api {

namespace {

QString stringAt(const QJsonObject &object, QLatin1StringView key)
{
    return json::toString(object.value(key)).value_or(QString());
}

double doubleAt(const QJsonObject &object, QLatin1StringView key)
{
    return json::toDouble(object.value(key)).value_or(0.0);
}

std::optional<double> percent(double part, double whole)
{
    if (whole <= 0)
        return std::nullopt;
    return std::clamp(part / whole * 100.0, 0.0, 100.0);
}

} // namespace

ProgressEvent ProgressEvent::fromJson(const QJsonObject &object)
{
    ProgressEvent event;
    event.id = stringAt(object, "id"_L1);
    event.stage = stringAt(object, "stage"_L1);
    event.message = stringAt(object, "message"_L1);
    event.progress = std::clamp(doubleAt(object, "progress"_L1), 0.0, 100.0);
    event.detail = stringAt(object, "detail"_L1);
    event.error = stringAt(object, "error"_L1);
    event.complete = json::toBool(object.value("complete"_L1)).value_or(false);
    event.containerId = stringAt(object, "container_id"_L1);
    if (const QJsonValue container = object.value("container"_L1); container.isObject())
        event.container = Container::fromJson(container.toObject());
    return event;
}

bool ProgressEvent::failed() const
{
    return !error.isEmpty() || stage.compare("error"_L1, Qt::CaseInsensitive) == 0;
}

TerminalStats TerminalStats::fromJson(const QJsonObject &object)
{
    TerminalStats stats;
    stats.cpuPercent = doubleAt(object, "cpu_percent"_L1);
    stats.memory = doubleAt(object, "memory"_L1);
    stats.memoryLimit = doubleAt(object, "memory_limit"_L1);
    stats.diskRead = doubleAt(object, "disk_read"_L1);
    stats.diskWrite = doubleAt(object, "disk_write"_L1);
    stats.diskUsage = doubleAt(object, "disk_usage"_L1);
    stats.diskLimit = doubleAt(object, "disk_limit"_L1);
    stats.netRx = doubleAt(object, "net_rx"_L1);
    stats.netTx = doubleAt(object, "net_tx"_L1);
    stats.raw = object;
    return stats;
}

std::optional<TerminalStats> TerminalStats::fromData(const QJsonValue &data)
{
    if (data.isObject())
        return fromJson(data.toObject());
    if (!data.isString())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

std::optional<double> TerminalStats::memoryPercent() const
{
    return percent(memory, memoryLimit);
}

std::optional<double> TerminalStats::diskPercent() const
{
    return percent(diskUsage, diskLimit);
}

ContainerEvent::Kind ContainerEvent::kindFromType(QStringView type)
{
    struct Entry {
        QLatin1StringView type;
        Kind kind;
    };
    static constexpr Entry table[] = {
        {"list"_L1, Kind::List},
        {"created"_L1, Kind::Created},
        {"updated"_L1, Kind::Updated},
        {"started"_L1, Kind::Started},
        {"stopped"_L1, Kind::Stopped},
        {"deleted"_L1, Kind::Deleted},
        {"progress"_L1, Kind::Progress},
        {"agent_connected"_L1, Kind::AgentConnected},
        {"agent_disconnected"_L1, Kind::AgentDisconnected},
        {"agent_stats"_L1, Kind::AgentStats},
        {"pong"_L1, Kind::Pong},
    };
    for (const Entry &entry : table) {
        if (type == entry.type)
            return entry.kind;
    }
    return Kind::Other;
}

ContainerEvent ContainerEvent::fromJson(const QJsonObject &object)
{
    ContainerEvent event;
    event.type = stringAt(object, "type"_L1);
    event.kind = kindFromType(event.type);
    const QJsonValue payload = object.value("container"_L1);
    if (payload.isObject())
        event.payload = payload.toObject();
    else if (payload.isArray())
        event.payload = QJsonObject{{"containers"_L1, payload}};
    event.timestamp = parseServerTime(object.value("timestamp"_L1));
    return event;
}

std::optional<ContainerEvent> ContainerEvent::fromFrame(const QByteArray &utf8)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

QString ContainerEvent::containerId() const
{
    return stringAt(payload, "id"_L1);
}

QString ContainerEvent::dbId() const
{
    return stringAt(payload, "db_id"_L1);
}

Container ContainerEvent::container() const
{
    return Container::fromJson(payload);
}

ContainerList ContainerEvent::list() const
{
    return ContainerList::fromJson(payload);
}

ProgressEvent ContainerEvent::progress() const
{
    return ProgressEvent::fromJson(payload);
}

std::optional<TerminalStats> ContainerEvent::agentStats() const
{
    return TerminalStats::fromData(payload.value("stats"_L1));
}

} // namespace rexec::api
