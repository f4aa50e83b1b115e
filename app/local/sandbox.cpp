// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/sandbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace rexec::local {

namespace {

// Top-level folders of an image that become overlays; everything else of the host stays out.
const char *const kLayeredDirs[] = {"usr", "etc", "var", "opt", "srv", "bin", "sbin", "lib", "lib32", "lib64", "libx32"};

// This process's mount points, from /proc/self/mountinfo (its fifth field, with spaces and such
// written as octal escapes).
QList<QByteArray> mountPoints()
{
    QFile info(QStringLiteral("/proc/self/mountinfo"));
    if (!info.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> points;
    for (const QByteArray &line : info.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        QByteArray point;
        const QByteArray &raw = fields.at(4);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == '\\' && i + 3 < raw.size()) {
                point += char(raw.mid(i + 1, 3).toInt(nullptr, 8));
                i += 3;
            } else {
                point += raw.at(i);
            }
        }
        points << point;
    }
    return points;
}

bool hasMountsInside(const QList<QByteArray> &mounts, const QString &folder)
{
    const QByteArray prefix = QFile::encodeName(QDir::cleanPath(folder)) + '/';
    return std::any_of(mounts.begin(), mounts.end(), [&](const QByteArray &point) { return point.startsWith(prefix); });
}

QString readLink(const QString &path)
{
    char target[4096];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target - 1);
    return n > 0 ? QFile::decodeName(QByteArray(target, n)) : QString();
}

QString findBubblewrap()
{
    const QString path = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
    return path.isEmpty() ? QStringLiteral("bwrap") : path;
}

} // namespace

Sandbox::Sandbox(Spec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
}

Sandbox::~Sandbox()
{
    if (m_process) {
        m_process->disconnect(this);
        // Killing the namespace's first process makes bubblewrap reap it and exit at once; let
        // QProcess see that (and reap bubblewrap) rather than kill it first and orphan the child
        // unreaped. Shutdown only: the server is ending.
        if (m_namespacePid > 0)
            ::kill(m_namespacePid, SIGKILL);
        else
            m_process->kill();
        m_process->waitForFinished(5000);
    }
    closeReadEnds();
    if (m_infoWrite >= 0)
        ::close(m_infoWrite);
}

void Sandbox::closeReadEnds()
{
    for (int *fd : {&m_infoRead, &m_readyRead}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

QStringList Sandbox::processEnvironment() const
{
    QMap<QString, QString> env{
        {QStringLiteral("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")},
        {QStringLiteral("HOME"), QStringLiteral("/home/user")},
        {QStringLiteral("TERM"), QStringLiteral("xterm-256color")},
        {QStringLiteral("COLORTERM"), QStringLiteral("truecolor")},
        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
        {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")},
        {QStringLiteral("HOSTNAME"), m_spec.hostname},
        {QStringLiteral("USER"), QStringLiteral("root")},
    };
    for (auto it = m_spec.environment.begin(); it != m_spec.environment.end(); ++it)
        env.insert(it.key(), it.value());
    QStringList out;
    for (auto it = env.begin(); it != env.end(); ++it)
        out << it.key() + QLatin1Char('=') + it.value();
    return out;
}

QStringList Sandbox::bubblewrapArguments(int infoFd, int readyFd) const
{
    const QDir state(m_spec.stateDir);
    const QDir base(m_spec.image.rootPath);
    QStringList args{
        QStringLiteral("--unshare-pid"), QStringLiteral("--unshare-ipc"), QStringLiteral("--unshare-uts"),
        QStringLiteral("--hostname"), m_spec.hostname,
        QStringLiteral("--die-with-parent"),
        QStringLiteral("--info-fd"), QString::number(infoFd),
        QStringLiteral("--proc"), QStringLiteral("/proc"),
        QStringLiteral("--dev"), QStringLiteral("/dev"),
        QStringLiteral("--tmpfs"), QStringLiteral("/run"),
    };
    // Only an unprivileged sandbox cares (see below); the table is read once.
    const QList<QByteArray> mounts = ::geteuid() != 0 ? mountPoints() : QList<QByteArray>();
    for (const char *name : kLayeredDirs) {
        const QString dir = QString::fromLatin1(name);
        const QFileInfo lower(base.filePath(dir));
        if (lower.isSymLink()) {
            args << QStringLiteral("--symlink") << readLink(lower.absoluteFilePath()) << QLatin1Char('/') + dir;
            continue;
        }
        if (!lower.isDir())
            continue;
        // In a user namespace the kernel refuses a mount over a folder that has mounts inside it
        // (they are locked: covering them would show what they hide). Such a folder is shown as
        // it is, read-only, rather than the sandbox not starting at all.
        if (hasMountsInside(mounts, lower.absoluteFilePath())) {
            args << QStringLiteral("--ro-bind") << lower.absoluteFilePath() << QLatin1Char('/') + dir;
            continue;
        }
        const QString upper = state.filePath(QStringLiteral("upper/") + dir);
        const QString work = state.filePath(QStringLiteral("work/") + dir);
        QDir().mkpath(upper);
        QDir().mkpath(work);
        args << QStringLiteral("--overlay-src") << lower.absoluteFilePath() << QStringLiteral("--overlay") << upper
             << work << QLatin1Char('/') + dir;
    }
    for (const char *dir : {"home", "root", "tmp"})
        QDir().mkpath(state.filePath(QLatin1StringView(dir)));
    args << QStringLiteral("--bind") << state.filePath(QStringLiteral("home")) << QStringLiteral("/home/user")
         << QStringLiteral("--bind") << state.filePath(QStringLiteral("root")) << QStringLiteral("/root")
         << QStringLiteral("--bind") << state.filePath(QStringLiteral("tmp")) << QStringLiteral("/tmp")
         << QStringLiteral("--chdir") << QStringLiteral("/home/user");
    // The sandbox's first process only keeps its namespaces alive; shells join them. It says it
    // runs on `readyFd`: bubblewrap reports its pid before the mounts are made, and a mount the
    // kernel refuses (an unprivileged overlay over a folder with mounts inside) ends it after.
    args << QStringLiteral("/bin/sh") << QStringLiteral("-c")
         << QStringLiteral("printf ready >/proc/self/fd/%1 && exec sleep infinity").arg(readyFd); // dash: no fd ≥ 10 in >&N
    return args;
}

void Sandbox::start()
{
    if (m_process)
        return;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        emit failed(QStringLiteral("cannot make a pipe for bubblewrap"));
        return;
    }
    m_infoRead = fds[0];
    m_infoWrite = fds[1];
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0) {
        ::close(m_infoRead);
        ::close(m_infoWrite);
        m_infoRead = m_infoWrite = -1;
        emit failed(QStringLiteral("cannot make a pipe for bubblewrap"));
        return;
    }
    m_readyRead = ready[0];
    const int readyWrite = ready[1];
    m_info.clear();
    m_ready = false;
    m_stopping = false;

    m_process = new QProcess(this);
    m_process->setProgram(findBubblewrap());
    m_process->setArguments(bubblewrapArguments(m_infoWrite, readyWrite));
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    const int infoWrite = m_infoWrite;
    m_process->setChildProcessModifier([infoWrite, readyWrite] {
        // Only these descriptors cross into bubblewrap.
        ::fcntl(infoWrite, F_SETFD, 0);
        ::fcntl(readyWrite, F_SETFD, 0);
    });
    connect(m_process, &QProcess::finished, this, &Sandbox::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished();
    });

    auto *infoNotifier = new QSocketNotifier(m_infoRead, QSocketNotifier::Read, m_process);
    infoNotifier->setObjectName(QStringLiteral("info"));
    connect(infoNotifier, &QSocketNotifier::activated, this, &Sandbox::readInfo);
    auto *readyNotifier = new QSocketNotifier(m_readyRead, QSocketNotifier::Read, m_process);
    readyNotifier->setObjectName(QStringLiteral("ready"));
    connect(readyNotifier, &QSocketNotifier::activated, this, &Sandbox::readReady);
    m_process->start();
    ::close(m_infoWrite);
    m_infoWrite = -1;
    ::close(readyWrite);
}

void Sandbox::readInfo()
{
    char buffer[4096];
    const ssize_t n = ::read(m_infoRead, buffer, sizeof buffer);
    if (n > 0)
        m_info.append(buffer, n);
    const QJsonObject info = QJsonDocument::fromJson(m_info).object();
    const qint64 pid = info.value(u"child-pid").toInteger(-1);
    if (pid > 0 || n <= 0) {
        if (auto *notifier = m_process ? m_process->findChild<QSocketNotifier *>(QStringLiteral("info")) : nullptr)
            notifier->setEnabled(false);
        ::close(m_infoRead);
        m_infoRead = -1;
    }
    if (pid > 0 && m_namespacePid <= 0) {
        m_namespacePid = pid_t(pid);
        if (m_ready)
            emit started();
    }
}

void Sandbox::readReady()
{
    char buffer[16];
    const ssize_t n = ::read(m_readyRead, buffer, sizeof buffer);
    // One word, then nothing until bubblewrap ends (it keeps the other end open).
    if (auto *notifier = m_process ? m_process->findChild<QSocketNotifier *>(QStringLiteral("ready")) : nullptr)
        notifier->setEnabled(false);
    ::close(m_readyRead);
    m_readyRead = -1;
    if (n > 0 && !m_ready) {
        m_ready = true;
        if (m_namespacePid > 0)
            emit started();
    }
}

void Sandbox::stop()
{
    if (!m_process)
        return;
    m_stopping = true;
    // Killing the namespace's first process ends every process in it; bubblewrap then reaps it
    // and exits. Killing bubblewrap too would orphan that process before anyone reaped it.
    if (m_namespacePid > 0)
        ::kill(m_namespacePid, SIGKILL);
    else
        m_process->kill();
}

void Sandbox::onFinished()
{
    if (!m_process)
        return;
    const bool wasRunning = isRunning();
    const QString errors = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    const QString startError = m_process->error() == QProcess::FailedToStart ? m_process->errorString() : QString();
    const int exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process->deleteLater();
    m_process = nullptr;
    m_namespacePid = -1;
    m_ready = false;
    closeReadEnds();
    if (wasRunning || m_stopping) {
        if (!m_stopping) // ended by itself: say why, for whoever runs the server
            qWarning("rexec-local: sandbox %s ended (exit code %d)%s%s", qPrintable(m_spec.hostname), exitCode,
                     errors.isEmpty() ? "" : ": ", qPrintable(errors));
        emit stopped();
        return;
    }
    QString reason = !startError.isEmpty() ? startError : errors;
    if (reason.isEmpty())
        reason = QStringLiteral("bubblewrap ended before the sandbox started");
    qWarning("rexec-local: sandbox %s did not start: %s", qPrintable(m_spec.hostname), qPrintable(reason));
    emit failed(reason);
}

bool Sandbox::removeState(const QString &stateDir, QString *error)
{
    // Overlay work folders are left without permissions; give them back so that they can go.
    QDirIterator it(stateDir, QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    ::chmod(QFile::encodeName(stateDir).constData(), 0700);
    while (it.hasNext())
        ::chmod(QFile::encodeName(it.next()).constData(), 0700);
    if (!QDir(stateDir).removeRecursively() && QFileInfo::exists(stateDir)) {
        *error = QStringLiteral("cannot remove %1").arg(stateDir);
        return false;
    }
    return true;
}

} // namespace rexec::local
