// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/localserverlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace rexec::accounts {

LocalServerLauncher::LocalServerLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalServerLauncher::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("Cannot start the local server (%1): %2").arg(program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const bool wasReady = m_url.isValid();
        m_url.clear();
        if (std::exchange(m_stopping, false))
            return;
        const QString errors = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
        if (wasReady)
            emit failed(tr("The local server stopped (exit code %1). %2").arg(code).arg(errors));
        else
            emit failed(errors.isEmpty() ? tr("The local server ended before it was ready (exit code %1).").arg(code)
                                         : errors);
    });
}

LocalServerLauncher::~LocalServerLauncher()
{
    const qint64 pid = m_process.processId();
    stop();
    if (pid <= 0)
        return;
    // At shutdown only: give rexec-local a moment to end its sandboxes before QProcess's
    // destructor would kill it outright (they would still end, through --die-with-parent).
    const int pidFd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (pidFd >= 0) {
        pollfd watch{pidFd, POLLIN, 0};
        ::poll(&watch, 1, 3000);
        ::close(pidFd);
    }
}

QString LocalServerLauncher::program()
{
    const QString overridden = qEnvironmentVariable("REXEC_LOCAL_BIN");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("rexec-local"));
}

QString LocalServerLauncher::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/local");
}

void LocalServerLauncher::start(const QString &token)
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_output.clear();
    m_url.clear();
    m_stopping = false;
    // The token goes into a pipe of its own, whole, before the process starts: it is there the
    // moment rexec-local reads it. Written through QProcess it would wait for this thread's event
    // loop, which at start-up only runs once the window is built: rexec-local waited 4-20 ms.
    int pipe[2];
    const QByteArray line = token.toLatin1() + '\n';
    if (::pipe2(pipe, O_CLOEXEC) != 0) {
        emit failed(tr("Cannot start the local server (%1): %2").arg(program(), QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    const bool written = ::write(pipe[1], line.constData(), size_t(line.size())) == line.size(); // < PIPE_BUF
    ::close(pipe[1]);
    if (!written) {
        ::close(pipe[0]);
        emit failed(tr("Cannot start the local server (%1): %2").arg(program(), QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    const int tokenFd = pipe[0];
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setChildProcessModifier([tokenFd] {
        // rexec-local ends its sandboxes on SIGTERM; it gets one if the app dies without stopping it.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        ::dup2(tokenFd, STDIN_FILENO);
    });
    // No download deadline on this computer: the real server's 30 s cut-off protects a shared
    // service, and without resume it would make a large local file impossible to fetch.
    m_process.start(program(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                                dataDir(), QStringLiteral("--token-stdin"), QStringLiteral("--download-deadline"),
                                QStringLiteral("0")});
    ::close(tokenFd);
}

void LocalServerLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_url.clear();
    // SIGTERM: rexec-local ends every sandbox, then exits.
    m_process.terminate();
}

void LocalServerLauncher::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (m_url.isValid() || !m_output.contains('\n'))
        return;
    static const QRegularExpression line(QStringLiteral("^rexec-local listening on (http://\\S+)"));
    const auto match = line.match(QString::fromUtf8(m_output));
    if (!match.hasMatch()) {
        emit failed(tr("The local server said something unexpected: %1").arg(QString::fromUtf8(m_output.left(200))));
        return;
    }
    m_url = QUrl(match.captured(1));
    emit ready(m_url);
}

} // namespace rexec::accounts
