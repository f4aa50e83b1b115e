// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/terminalendpoint.h"

#include "local/containermanager.h"
#include "local/nsspawn.h"
#include "local/pty.h"
#include "local/sandbox.h"
#include "local/sandboxusage.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QWebSocket>

namespace rexec::local {

namespace {

// The real server strips SGR mouse reports from output.
QString withoutMouseReports(QString text)
{
    // A UTF-16 needle: with a Latin-1 one this test cost more than encoding the frame (9 us a 4 KiB read).
    if (!text.contains(u"\x1b[<"))
        return text;
    static const QRegularExpression report(QStringLiteral("\\x1b\\[<\\d+;\\d+;\\d+[Mm]"));
    return text.remove(report);
}

// Go's decoder: `cols` and `rows` must be non-negative integers and `data` a string, or the
// frame is not a message at all.
bool isIntegral(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d >= 0 && d <= 4294967295.0 && d == double(qint64(d));
}

// The last usage sample of each container, shared by its terminals. A sample walks all of /proc,
// so with every terminal sampling on its own, fifty open terminals stalled the event loop (and
// every keystroke echo) for tens of milliseconds each second.
struct SharedSample {
    SandboxUsage::Sample sample;
    QElapsedTimer taken;
};

QHash<QString, SharedSample> &sharedSamples()
{
    static QHash<QString, SharedSample> samples; // by container (database id)
    return samples;
}

} // namespace

TerminalEndpoint::TerminalEndpoint(QWebSocket *socket, ContainerManager &containers, QString dbId,
                                   const LocalConfig &config, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_containers(containers)
    , m_dbId(std::move(dbId))
    , m_config(config)
{
    m_socket->setParent(this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &TerminalEndpoint::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &TerminalEndpoint::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        if (m_shell)
            m_shell->terminate();
        emit closed();
        deleteLater();
    });
    connect(m_socket, &QWebSocket::bytesWritten, this, [this](qint64 written) {
        m_unsent = std::max<qint64>(0, m_unsent - written);
        if (m_shell && m_unsent < kMaxUnsentOutput / 4)
            m_shell->setOutputPaused(false);
    });
    connect(&m_containers, &ContainerManager::statusChanged, this, [this](const QString &id, const QString &status) {
        if (id == m_dbId && !m_closing)
            send(QStringLiteral("container_status"), status);
    });
    connect(&m_containers, &ContainerManager::sandboxStopped, this, &TerminalEndpoint::onContainerStopped);

    m_ping.setInterval(m_config.terminalPingSeconds * 1000);
    connect(&m_ping, &QTimer::timeout, this, [this] { send(QStringLiteral("ping")); });
    m_ping.start();
    m_stats.setInterval(m_config.statsIntervalMs);
    connect(&m_stats, &QTimer::timeout, this, &TerminalEndpoint::sendStats);

    send(QStringLiteral("connected"), QStringLiteral("Terminal session established"));
    const LocalContainer *container = m_containers.find(m_dbId, ContainerManager::IdForms::DockerOrUuid);
    send(QStringLiteral("container_status"), container ? container->status : QStringLiteral("unknown"));
    m_containers.touch(m_dbId);
    startShell();
}

TerminalEndpoint::~TerminalEndpoint() = default;

void TerminalEndpoint::startShell()
{
    Sandbox *sandbox = m_containers.sandbox(m_dbId);
    if (!sandbox) {
        send(QStringLiteral("error"), QStringLiteral("Container is no longer available"));
        close(4100, QStringLiteral("container_restart_required"));
        return;
    }
    send(QStringLiteral("shell_starting"), QStringLiteral("Starting shell..."));
    m_shell = std::make_unique<PtyProcess>();
    connect(m_shell.get(), &PtyProcess::output, this, &TerminalEndpoint::onOutput);
    connect(m_shell.get(), &PtyProcess::finished, this, &TerminalEndpoint::onShellFinished);

    const pid_t namespacePid = sandbox->namespacePid();
    SpawnRequest request;
    // A login shell: bash where the image has it, sh otherwise.
    request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                    QStringLiteral("if [ -x /bin/bash ]; then exec /bin/bash -l; else exec /bin/sh -l; fi")};
    request.environment = sandbox->processEnvironment();
    request.workingDirectory = QStringLiteral("/home/user");
    QString error;
    const bool started = m_shell->start(
        [&request, namespacePid](int slave, QString *error) {
            request.terminalFd = slave;
            return spawnInNamespaces(namespacePid, request, error);
        },
        m_cols, m_rows, &error);
    if (!started) {
        m_shell.reset();
        send(QStringLiteral("error"), QStringLiteral("Failed to create terminal session: %1").arg(error));
        return;
    }
    m_shellAge.start();
    if (!m_usage) {
        const LocalContainer *c = m_containers.find(m_dbId, ContainerManager::IdForms::DockerOrUuid);
        m_usage = std::make_unique<SandboxUsage>(namespacePid, m_containers.stateDir(m_dbId),
                                                 c ? double(c->memoryMb) * 1024 * 1024 : 0,
                                                 c ? double(c->diskMb) * 1024 * 1024 : 0);
        m_stats.start();
    }
    send(QStringLiteral("shell_ready"), QStringLiteral("Shell ready"));
}

void TerminalEndpoint::onOutput(const QByteArray &bytes)
{
    // The decoder keeps a character split between two reads for the next one.
    const QString text = withoutMouseReports(m_decoder.decode(bytes));
    if (text.isEmpty())
        return;
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("output")}, {QStringLiteral("data"), text}};
    const QByteArray frame = QJsonDocument(message).toJson(QJsonDocument::Compact);
    m_unsent += m_socket->sendTextMessage(QString::fromUtf8(frame));
    // A slow reader: stop reading the terminal until the socket drains, so memory stays bounded.
    if (m_unsent > kMaxUnsentOutput && m_shell)
        m_shell->setOutputPaused(true);
}

void TerminalEndpoint::onShellFinished(int)
{
    m_shell.release()->deleteLater();
    if (m_closing)
        return;
    if (!m_containers.sandbox(m_dbId))
        return; // the container stopped: onContainerStopped closes with 4100
    if (m_shellAge.elapsed() > 60000)
        m_restarts = 0;
    if (++m_restarts > kMaxShellRestarts) {
        send(QStringLiteral("error"), QStringLiteral("The shell keeps exiting; not restarting it again"));
        close(4100, QStringLiteral("container_restart_required"));
        return;
    }
    onOutput(QByteArrayLiteral("\r\n\x1b[33m[Starting new session...]\x1b[0m\r\n"));
    startShell();
}

void TerminalEndpoint::onText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isNull() && text.trimmed() == u"null")
        return; // Go decodes `null` into an empty message: dropped
    if (!document.isObject()) {
        sendInput(text.toUtf8()); // the legacy raw path
        return;
    }
    const QJsonObject message = document.object();
    const QJsonValue type = message.value(u"type");
    const QJsonValue data = message.value(u"data");
    const QJsonValue cols = message.value(u"cols");
    const QJsonValue rows = message.value(u"rows");
    const bool typed = (type.isUndefined() || type.isString()) && (data.isUndefined() || data.isString())
        && (cols.isUndefined() || isIntegral(cols)) && (rows.isUndefined() || isIntegral(rows));
    if (!typed) {
        sendInput(text.toUtf8()); // rejected by the decoder: typed into the shell as it came
        return;
    }
    const QString kind = type.toString();
    if (kind == u"input") {
        sendInput(data.toString().toUtf8());
    } else if (kind == u"resize") {
        const auto c = quint64(cols.toDouble());
        const auto r = quint64(rows.toDouble());
        if (c > 0 && r > 0) {
            m_cols = quint16(std::min<quint64>(c, 65535));
            m_rows = quint16(std::min<quint64>(r, 65535));
            if (m_shell)
                m_shell->resize(m_cols, m_rows);
        }
    } else if (kind == u"ping") {
        send(QStringLiteral("pong"));
    }
    // pong and unknown types are ignored
}

void TerminalEndpoint::onBinary(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (document.isObject())
        onText(QString::fromUtf8(data));
    else
        sendInput(data);
}

void TerminalEndpoint::sendInput(const QByteArray &data)
{
    if (!m_shell || data.isEmpty())
        return;
    m_containers.touch(m_dbId);
    if (!m_shell->write(data)) {
        // A client that floods faster than the shell reads: bounded, and told so.
        send(QStringLiteral("error"), QStringLiteral("Input is arriving faster than the shell reads it"));
        close(1009, QStringLiteral("input buffer full"));
    }
}

void TerminalEndpoint::send(const QString &type, const QString &data)
{
    QJsonObject message{{QStringLiteral("type"), type}};
    if (!data.isEmpty())
        message.insert(QStringLiteral("data"), data);
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void TerminalEndpoint::sendStats()
{
    if (!m_usage || m_closing)
        return;
    // A sample younger than half a period is this container's current one: sent again, not retaken.
    QHash<QString, SharedSample> &samples = sharedSamples();
    auto shared = samples.find(m_dbId);
    if (shared == samples.end() || !shared->taken.isValid() || shared->taken.elapsed() >= m_config.statsIntervalMs / 2) {
        samples.removeIf([](const auto &it) { return it.value().taken.elapsed() > 60000; }); // containers gone
        shared = samples.insert(m_dbId, SharedSample{m_usage->sample(), {}});
        shared->taken.start();
    }
    const SandboxUsage::Sample sample = shared->sample;
    const QJsonObject stats{{QStringLiteral("cpu_percent"), sample.cpuPercent},
                            {QStringLiteral("memory"), sample.memoryBytes},
                            {QStringLiteral("memory_limit"), sample.memoryLimitBytes},
                            {QStringLiteral("disk_read"), 0.0},
                            {QStringLiteral("disk_write"), 0.0},
                            {QStringLiteral("disk_usage"), sample.diskUsageBytes},
                            {QStringLiteral("disk_limit"), sample.diskLimitBytes},
                            {QStringLiteral("net_rx"), 0.0},
                            {QStringLiteral("net_tx"), 0.0}};
    // `data` is a string holding JSON, as the real server sends it.
    send(QStringLiteral("stats"), QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact)));
}

void TerminalEndpoint::onContainerStopped(const QString &dbId)
{
    if (dbId != m_dbId || m_closing)
        return;
    send(QStringLiteral("container_restart_required"), QStringLiteral("The container stopped; start it to reconnect"));
    close(4100, QStringLiteral("container_restart_required"));
}

void TerminalEndpoint::replace()
{
    close(1000, QStringLiteral("session ended"));
}

void TerminalEndpoint::close(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_ping.stop();
    m_stats.stop();
    if (m_shell)
        m_shell->terminate();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

} // namespace rexec::local
