// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/sandboxusage.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <dirent.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace rexec::local {

namespace {

ino_t pidNamespaceOf(pid_t pid)
{
    struct stat st {};
    const std::string path = "/proc/" + std::to_string(pid) + "/ns/pid";
    return ::stat(path.c_str(), &st) == 0 ? st.st_ino : 0;
}

QByteArray readSmallFile(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
}

double directorySize(const QString &root)
{
    double total = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    int budget = 200000; // a bound on the walk; usage is an estimate, refreshed every tenth sample
    while (it.hasNext() && budget-- > 0) {
        it.next();
        total += double(it.fileInfo().size());
    }
    return total;
}

} // namespace

SandboxUsage::SandboxUsage(pid_t namespacePid, QString stateDir, double memoryLimitBytes, double diskLimitBytes)
    : m_namespacePid(namespacePid)
    , m_stateDir(std::move(stateDir))
    , m_memoryLimit(memoryLimitBytes)
    , m_diskLimit(diskLimitBytes)
{
}

SandboxUsage::Sample SandboxUsage::sample()
{
    Sample out;
    out.memoryLimitBytes = m_memoryLimit;
    out.diskLimitBytes = m_diskLimit;
    const ino_t ns = pidNamespaceOf(m_namespacePid);
    if (ns == 0)
        return out;

    quint64 ticks = 0;
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (DIR *proc = ::opendir("/proc")) {
        while (dirent *entry = ::readdir(proc)) {
            const pid_t pid = pid_t(std::strtol(entry->d_name, nullptr, 10));
            if (pid <= 0 || pidNamespaceOf(pid) != ns)
                continue;
            const std::string base = "/proc/" + std::string(entry->d_name);
            // /proc/PID/stat: fields after the command's closing parenthesis; utime and stime are 14 and 15.
            const QByteArray stat = readSmallFile(base + "/stat");
            const qsizetype close = stat.lastIndexOf(')');
            if (close < 0)
                continue;
            const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
            if (fields.size() > 13)
                ticks += fields.at(11).toULongLong() + fields.at(12).toULongLong();
            const QList<QByteArray> statm = readSmallFile(base + "/statm").split(' ');
            if (statm.size() > 1)
                out.memoryBytes += double(statm.at(1).toULongLong()) * double(pageSize);
            ++out.processes;
        }
        ::closedir(proc);
    }
    const double ticksPerSecond = double(::sysconf(_SC_CLK_TCK));
    if (m_clock.isValid() && m_lastTicks <= ticks) {
        const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
        if (seconds > 0)
            out.cpuPercent = double(ticks - m_lastTicks) / ticksPerSecond / seconds * 100.0;
    }
    m_lastTicks = ticks;
    m_clock.start();

    if (m_samples++ % 10 == 0)
        m_diskUsage = directorySize(m_stateDir);
    out.diskUsageBytes = m_diskUsage;
    return out;
}

} // namespace rexec::local
