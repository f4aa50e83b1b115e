// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>

#include <sys/types.h>

class QSocketNotifier;

namespace rexec::local {

// A process on a pseudo-terminal, read and written without ever blocking the event loop.
// Output is delivered in reads of up to 64 KiB (so a flood becomes few large chunks), and can be
// paused while the consumer's own buffer drains; input is queued up to a bound.
class PtyProcess : public QObject
{
    Q_OBJECT
public:
    // Starts the child given the PTY's slave side; returns its pid, or -1 with `error` set.
    using Spawner = std::function<pid_t(int slaveFd, QString *error)>;

    static constexpr qsizetype kReadChunk = 64 * 1024;
    static constexpr qsizetype kMaxPendingInput = 16 * 1024 * 1024;

    explicit PtyProcess(QObject *parent = nullptr);
    ~PtyProcess() override;

    bool start(const Spawner &spawner, quint16 cols, quint16 rows, QString *error);
    bool isRunning() const { return m_pid > 0; }
    pid_t pid() const { return m_pid; }

    // Queues input; false when the queue would exceed kMaxPendingInput (nothing is queued then).
    bool write(const QByteArray &data);
    qsizetype pendingInput() const { return m_pendingInput.size(); }
    void resize(quint16 cols, quint16 rows);
    void setOutputPaused(bool paused);

    // Hangs up the terminal (SIGHUP to the session) and kills the child if it lingers.
    void terminate();

signals:
    void output(const QByteArray &data);
    void finished(int exitCode);

private:
    void readOutput();
    void flushInput();
    void reap();
    void closeMaster();

    int m_master = -1;
    int m_pidFd = -1;
    pid_t m_pid = -1;
    bool m_outputPaused = false;
    QByteArray m_pendingInput;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    std::unique_ptr<QSocketNotifier> m_exitNotifier;
};

} // namespace rexec::local
