// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/pty.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace rexec::local {

namespace {

int openPidFd(pid_t pid)
{
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
}

QString errnoText(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1StringView(what), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

PtyProcess::PtyProcess(QObject *parent)
    : QObject(parent)
{
}

PtyProcess::~PtyProcess()
{
    terminate();
}

bool PtyProcess::start(const Spawner &spawner, quint16 cols, quint16 rows, QString *error)
{
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0) {
        *error = errnoText("cannot open a pseudo-terminal");
        closeMaster();
        return false;
    }
    char slaveName[128] = {};
    if (::ptsname_r(m_master, slaveName, sizeof slaveName) != 0) {
        *error = errnoText("cannot name the pseudo-terminal");
        closeMaster();
        return false;
    }
    const int slave = ::open(slaveName, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0) {
        *error = errnoText("cannot open the pseudo-terminal");
        closeMaster();
        return false;
    }
    struct termios attrs {};
    if (::tcgetattr(slave, &attrs) == 0) {
        attrs.c_iflag |= IUTF8;
        ::tcsetattr(slave, TCSANOW, &attrs);
    }
    resize(cols, rows);

    m_pid = spawner(slave, error);
    ::close(slave);
    if (m_pid <= 0) {
        m_pid = -1;
        closeMaster();
        return false;
    }
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);

    m_readNotifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &PtyProcess::readOutput);
    m_writeNotifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &PtyProcess::flushInput);

    m_pidFd = openPidFd(m_pid);
    if (m_pidFd >= 0) {
        m_exitNotifier = std::make_unique<QSocketNotifier>(m_pidFd, QSocketNotifier::Read);
        connect(m_exitNotifier.get(), &QSocketNotifier::activated, this, &PtyProcess::reap);
    }
    return true;
}

bool PtyProcess::write(const QByteArray &data)
{
    if (m_master < 0)
        return true; // nothing to write to any more; the caller learns it from finished()
    if (m_pendingInput.size() + data.size() > kMaxPendingInput)
        return false;
    m_pendingInput.append(data);
    flushInput();
    return true;
}

void PtyProcess::flushInput()
{
    while (!m_pendingInput.isEmpty() && m_master >= 0) {
        const ssize_t n = ::write(m_master, m_pendingInput.constData(), size_t(m_pendingInput.size()));
        if (n > 0) {
            m_pendingInput.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EAGAIN: the terminal's input queue is full; wait until it drains
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_pendingInput.isEmpty());
}

void PtyProcess::resize(quint16 cols, quint16 rows)
{
    if (m_master < 0 || cols == 0 || rows == 0)
        return;
    struct winsize size {};
    size.ws_col = cols;
    size.ws_row = rows;
    ::ioctl(m_master, TIOCSWINSZ, &size);
}

void PtyProcess::setOutputPaused(bool paused)
{
    m_outputPaused = paused;
    if (m_readNotifier)
        m_readNotifier->setEnabled(!paused);
}

void PtyProcess::readOutput()
{
    QByteArray chunk(kReadChunk, Qt::Uninitialized);
    const ssize_t n = ::read(m_master, chunk.data(), size_t(chunk.size()));
    if (n > 0) {
        chunk.truncate(n);
        emit output(chunk);
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    // EIO: every slave descriptor is closed; the exit itself is reported by reap().
    m_readNotifier->setEnabled(false);
    if (m_pidFd < 0)
        reap();
}

void PtyProcess::reap()
{
    if (m_pid <= 0)
        return;
    int status = 0;
    const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
    if (done == 0)
        return;
    // Drain what the process wrote just before it ended.
    if (m_master >= 0 && !m_outputPaused) {
        for (int i = 0; i < 16; ++i) {
            QByteArray chunk(kReadChunk, Qt::Uninitialized);
            const ssize_t n = ::read(m_master, chunk.data(), size_t(chunk.size()));
            if (n <= 0)
                break;
            chunk.truncate(n);
            emit output(chunk);
        }
    }
    m_pid = -1;
    m_exitNotifier.reset();
    if (m_pidFd >= 0) {
        ::close(m_pidFd);
        m_pidFd = -1;
    }
    closeMaster();
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    emit finished(code);
}

namespace {

// Ends processes whose terminal went away, without waiting for them. The process we started may
// be a waiter whose child lives in another PID namespace: killing the waiter first would orphan
// that child to a reaper outside its namespace, where it could stay a zombie. So the hang-up
// comes first, then (if they linger) the waiter's children, and only then the waiter.
class Reaper : public QObject
{
public:
    static Reaper &instance()
    {
        static Reaper reaper;
        return reaper;
    }

    void adopt(pid_t pid, int pidFd)
    {
        if (pidFd < 0) {
            ::kill(pid, SIGKILL);
            int status = 0;
            ::waitpid(pid, &status, 0); // no pidfd (old kernel): the blunt way
            return;
        }
        auto *notifier = new QSocketNotifier(pidFd, QSocketNotifier::Read, this);
        auto reap = [notifier, pid, pidFd] {
            int status = 0;
            if (::waitpid(pid, &status, WNOHANG) == 0)
                return;
            notifier->setEnabled(false);
            ::close(pidFd);
            notifier->deleteLater();
        };
        connect(notifier, &QSocketNotifier::activated, notifier, reap);
        QTimer::singleShot(3000, notifier, [pid] { killChildren(pid); });
        QTimer::singleShot(6000, notifier, [pid] { ::kill(pid, SIGKILL); });
    }

private:
    static void killChildren(pid_t pid)
    {
        QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
        if (!children.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &child : children.readAll().split(' ')) {
            if (const pid_t c = pid_t(child.trimmed().toLongLong()); c > 0)
                ::kill(c, SIGKILL);
        }
    }
};

} // namespace

void PtyProcess::terminate()
{
    // Hang-up first: the shell gets SIGHUP as the terminal's controlling process and ends.
    closeMaster();
    m_exitNotifier.reset();
    if (m_pid > 0) {
        Reaper::instance().adopt(m_pid, m_pidFd);
        m_pid = -1;
        m_pidFd = -1;
    }
    if (m_pidFd >= 0) {
        ::close(m_pidFd);
        m_pidFd = -1;
    }
}

void PtyProcess::closeMaster()
{
    m_readNotifier.reset();
    m_writeNotifier.reset();
    if (m_master >= 0) {
        ::close(m_master);
        m_master = -1;
    }
}

} // namespace rexec::local
