// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/containers.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

#include <optional>

namespace rexec::api {

// A creation progress report: a `progress` event on the events socket (keyed by the DB UUID in
// `id`) or one `data:` event of POST /api/containers/stream (no `id`).
struct ProgressEvent
{
    QString id;
    QString stage; // validating, pulling, creating, starting, configuring, ready, error; open
    QString message;
    double progress = 0; // 0 to 100, clamped; restarts from 0 during "pulling"
    QString detail;
    QString error;
    bool complete = false;
    QString containerId; // the Docker ID, from "starting" on
    std::optional<Container> container; // with "ready"

    static ProgressEvent fromJson(const QJsonObject &object);

    // Validation failures arrive in-stream with stage "validating" and an `error`.
    bool failed() const;
    bool succeeded() const { return complete && !failed(); }
};

// Live per-container usage. On container terminals the `stats` message's data is a string that
// holds JSON; on agent terminals (and in agent_stats events) it is an object. Sizes in bytes.
struct TerminalStats
{
    double cpuPercent = 0;
    double memory = 0;
    double memoryLimit = 0;
    double diskRead = 0;
    double diskWrite = 0;
    double diskUsage = 0;
    double diskLimit = 0;
    double netRx = 0;
    double netTx = 0;
    QJsonObject raw; // agents may send keys beyond these

    static TerminalStats fromJson(const QJsonObject &object);
    // The message's `data` in either form; nullopt when it is neither a JSON object nor a
    // string holding one.
    static std::optional<TerminalStats> fromData(const QJsonValue &data);

    std::optional<double> memoryPercent() const;
    std::optional<double> diskPercent() const;
};

// One frame of the events socket (GET /api/containers/events): {type, container, timestamp}.
// The payload key is `container` for every type, lists and progress included.
struct ContainerEvent
{
    Q_GADGET
public:
    enum class Kind {
        List,
        Created,
        Updated,
        Started,
        Stopped, // defined by the server, never sent by it today
        Deleted,
        Progress,
        AgentConnected,
        AgentDisconnected,
        AgentStats,
        Pong,
        Other,
    };
    Q_ENUM(Kind)

    QString type; // as sent
    Kind kind = Kind::Other;
    QJsonObject payload; // a bare-array list payload is wrapped as {containers: [...]}
    QDateTime timestamp;

    static ContainerEvent fromJson(const QJsonObject &object);
    // A text frame; nullopt when it is not a JSON object.
    static std::optional<ContainerEvent> fromFrame(const QByteArray &utf8);
    static Kind kindFromType(QStringView type);

    // The payload read as the type suggests.
    QString containerId() const;
    QString dbId() const;
    Container container() const;
    ContainerList list() const;
    ProgressEvent progress() const;
    std::optional<TerminalStats> agentStats() const;
};

} // namespace rexec::api
