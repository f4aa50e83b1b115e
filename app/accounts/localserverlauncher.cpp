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
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace rexec::accounts {

LocalServerLauncher::LocalServerLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalServerLauncher::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_url.clear();
        emit failed(tr("Cannot start the local server (%1): %2").arg(program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const bool wasReady = m_listening;
        m_url.clear();
        m_listening = false;
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
    m_listening = false;
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
    // The listening socket is made here and handed over: its address is known at once, and the
    // first requests wait in its queue until rexec-local takes them. Waiting for its "listening"
    // line instead meant waiting for this thread, which at start-up reads it only once the window
    // is built and painted: 14-25 ms after rexec-local listened (measured).
    QString problem;
    const int listener = listenOnLoopback(&problem);
    if (listener < 0) {
        ::close(tokenFd);
        emit failed(tr("Cannot start the local server (%1): %2").arg(program(), problem));
        return;
    }
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setChildProcessModifier([tokenFd, listener] {
        // rexec-local ends its sandboxes on SIGTERM; it gets one if the app dies without stopping it.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        ::dup2(tokenFd, STDIN_FILENO);
        ::fcntl(listener, F_SETFD, 0); // kept across exec, under the same number
    });
    // No download deadline on this computer: the real server's 30 s cut-off protects a shared
    // service, and without resume it would make a large local file impossible to fetch.
    m_process.start(program(), {QStringLiteral("--listen-fd"), QString::number(listener), QStringLiteral("--data-dir"),
                                dataDir(), QStringLiteral("--token-stdin"), QStringLiteral("--download-deadline"),
                                QStringLiteral("0")});
    ::close(tokenFd);
    m_url = urlOf(listener);
    ::close(listener);
    if (m_process.state() == QProcess::NotRunning) // its failure was reported
        m_url.clear();
    else
        emit ready(m_url);
}

int LocalServerLauncher::listenOnLoopback(QString *problem)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // any free port
    if (listener >= 0 && ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::listen(listener, SOMAXCONN) == 0)
        return listener;
    *problem = QString::fromLocal8Bit(std::strerror(errno));
    if (listener >= 0)
        ::close(listener);
    return -1;
}

QUrl LocalServerLauncher::urlOf(int listener)
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    if (::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(ntohs(address.sin_port));
    return url;
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
    if (m_listening || !m_output.contains('\n'))
        return;
    static const QRegularExpression line(QStringLiteral("^rexec-local listening on (http://\\S+)"));
    const auto match = line.match(QString::fromUtf8(m_output));
    if (!match.hasMatch()) {
        emit failed(tr("The local server said something unexpected: %1").arg(QString::fromUtf8(m_output.left(200))));
        return;
    }
    // Its own words for the address it was handed (ready() was emitted at start).
    m_listening = true;
    if (QUrl(match.captured(1)) != m_url)
        emit failed(tr("The local server said something unexpected: %1").arg(QString::fromUtf8(m_output.left(200))));
}

} // namespace rexec::accounts
