// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "local/localconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringDecoder>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace rexec::local {

class ContainerManager;
class PtyProcess;
class SandboxUsage;

// One terminal socket of /ws/terminal/:id: a login shell on a pseudo-terminal inside the
// container's sandbox, spoken to in the real server's JSON frames. The shell is restarted when it
// exits; the socket closes with 4100 when the container stops under it.
class TerminalEndpoint : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxUnsentOutput = 1024 * 1024;
    static constexpr int kMaxShellRestarts = 10;

    TerminalEndpoint(QWebSocket *socket, ContainerManager &containers, QString dbId, const LocalConfig &config,
                     QObject *parent = nullptr);
    ~TerminalEndpoint() override;

    // Another socket took this session's id: the real server closes the old one with 1000.
    void replace();

signals:
    void closed();

private:
    void startShell();
    void onOutput(const QByteArray &bytes);
    void onShellFinished(int exitCode);
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void sendInput(const QByteArray &data);
    void send(const QString &type, const QString &data = {});
    void sendStats();
    void onContainerStopped(const QString &dbId);
    void close(int code, const QString &reason);

    QWebSocket *m_socket;
    ContainerManager &m_containers;
    QString m_dbId;
    LocalConfig m_config;
    std::unique_ptr<PtyProcess> m_shell;
    std::unique_ptr<SandboxUsage> m_usage;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QTimer m_ping;
    QTimer m_stats;
    QElapsedTimer m_shellAge;
    quint16 m_cols = 80;
    quint16 m_rows = 24;
    int m_restarts = 0;
    qint64 m_unsent = 0;
    bool m_closing = false;
};

} // namespace rexec::local
