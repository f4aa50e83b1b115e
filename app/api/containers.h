// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFlags>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

namespace rexec::api {

// `resources` of a container or agent. Absent values are 0.
struct ContainerResources
{
    qint64 memoryMb = 0;
    qint64 cpuShares = 0; // millicores for containers (1000 = 1 vCPU); num_cpu × 1024 for agents
    qint64 diskMb = 0;

    static ContainerResources fromJson(const QJsonObject &object);
    // Changes only the keys present in `object` (null resets one to 0); true if a value changed.
    bool apply(const QJsonObject &object);

    friend bool operator==(const ContainerResources &, const ContainerResources &) = default;
};

// One entry of GET /api/containers: an own container, an agent (BYOS machine) listed as a
// pseudo-container, or a terminal shared with the user. Every field is optional on the wire.
struct Container
{
    Q_GADGET
public:
    // `status` is an open set on the server; the kind is only for decisions and icons.
    enum class StatusKind {
        Creating,
        Configuring, // set up runs in the background; the terminal already works
        Starting,
        Running,
        Stopped,
        Paused,
        Error,
        Offline, // agents only
        Unknown, // the server's own "unknown", or no status at all
        Other,   // a value this client does not know; `status` keeps it
    };
    Q_ENUM(StatusKind)

    // Logical fields reported by merge(), so that a model updates just the matching roles.
    enum class Field : quint32 {
        Id = 1u << 0,
        DbId = 1u << 1,
        UserId = 1u << 2,
        Name = 1u << 3,
        Image = 1u << 4,
        Role = 1u << 5,
        Status = 1u << 6,
        CreatedAt = 1u << 7,
        LastUsedAt = 1u << 8,
        ExpiresAt = 1u << 9,
        IdleSeconds = 1u << 10,
        MfaLocked = 1u << 11,
        Resources = 1u << 12,
        IpAddress = 1u << 13,
        Agent = 1u << 14,   // session_type, os, arch, shell, distro, description, hostname, region
        Sharing = 1u << 15, // shared, owner_id, owner_name, collab_mode, share_code, collab_expires_at
        Labels = 1u << 16,
        Environment = 1u << 17,
        Other = 1u << 18, // a key this client does not model; see `raw`
    };
    Q_DECLARE_FLAGS(Fields, Field)
    Q_FLAG(Fields)

    QString id; // Docker ID (64 hex) once Docker has it, else the DB UUID; "agent:<uuid>" for agents
    QString dbId;
    QString userId;
    QString name;
    QString image;
    QString role;
    QString status; // kept exactly as sent, unknown values included
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt; // guests and unsubscribed free/trial users, from the create reply
    std::optional<double> idleSeconds;
    bool mfaLocked = false;
    ContainerResources resources;
    QString ipAddress; // only from GET /api/containers/:id and some events, never in the list

    QString sessionType; // "agent" for agents
    QString os;
    QString arch;
    QString shell;
    QString distro;
    QString description;
    QString hostname;
    QString region;

    bool shared = false;
    QString ownerId;
    QString ownerName;
    QString collabMode; // "view" or "control"
    QString shareCode;
    QDateTime collabExpiresAt;

    // The real server never sends these; other servers may echo them back.
    QMap<QString, QString> labels;
    QMap<QString, QString> environment;

    // Everything as received (merged), for keys this client does not model yet.
    QJsonObject raw;

    static Container fromJson(const QJsonObject &object);

    // Applies an `updated` event's partial payload: only keys present change; null clears a
    // field; a value of an unusable type is ignored. Returns the logical fields that changed.
    Fields merge(const QJsonObject &partial);

    static StatusKind statusKindFromString(QStringView status);
    StatusKind statusKind() const { return statusKindFromString(status); }
    bool isRunning() const { return statusKind() == StatusKind::Running; }
    bool isStopped() const { return statusKind() == StatusKind::Stopped; }
    bool isCreating() const { return statusKind() == StatusKind::Creating; }
    bool isConfiguring() const { return statusKind() == StatusKind::Configuring; }
    bool isStarting() const { return statusKind() == StatusKind::Starting; }
    bool isPaused() const { return statusKind() == StatusKind::Paused; }
    bool isError() const { return statusKind() == StatusKind::Error; }
    bool isOffline() const { return statusKind() == StatusKind::Offline; }
    // Creating, configuring or starting: a state that changes on its own.
    bool isTransitional() const;
    // The server accepts terminal sockets while running and while configuring.
    bool canOpenTerminal() const;
    // File endpoints need exactly "running" and a real container.
    bool canUseFiles() const;

    bool isAgent() const;
    QString agentId() const; // the agent's UUID without "agent:", empty for containers
    // Start, stop and files take only the 64-hex Docker ID, not the DB UUID.
    bool hasDockerId() const;
    bool isShared() const { return shared; }
    // A view-mode collaborator only watches.
    bool canControl() const;

    friend bool operator==(const Container &, const Container &) = default;

private:
    Fields apply(const QJsonObject &object);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Container::Fields)

// GET /api/containers and the events socket's `list` frame: {containers: [...] | null, count,
// limit}. A bare array (the SDK docs' shape) is accepted too. Entries that are not objects or
// have no id are dropped.
struct ContainerList
{
    QList<Container> containers;
    qint64 count = 0;            // the server's count, else the number of entries
    std::optional<qint64> limit; // UserContainerLimit(tier); absent with a bare array

    static ContainerList fromJson(const QJsonObject &object);
    static ContainerList fromJson(const QJsonArray &array);
    static ContainerList fromJsonValue(const QJsonValue &value);
};

// Body of POST /api/containers (and /api/containers/stream).
struct CreateContainerRequest
{
    QString image;       // an image key from GET /api/images, or "custom"
    QString customImage; // with image "custom"
    QString name;        // empty: the server generates one
    QString role;        // a role id from GET /api/roles
    std::optional<qint64> memoryMb;
    std::optional<qint64> cpuShares;
    std::optional<qint64> diskMb;
    // The real server ignores these two (they are not in its request model); sent for servers
    // that honour them.
    QMap<QString, QString> environment;
    QMap<QString, QString> labels;
    std::optional<bool> useTmux; // sent as shell.use_tmux

    // Unset optionals and empty strings or maps are omitted.
    QJsonObject toJson() const;
};

// The real server's rule: 1 to 64 of [A-Za-z0-9_-], not starting with '-' or '_'.
bool isValidContainerName(QStringView name);

} // namespace rexec::api
