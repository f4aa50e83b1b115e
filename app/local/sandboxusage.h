// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <sys/types.h>

namespace rexec::local {

// CPU and memory of every process in a sandbox's PID namespace, read from /proc, and the disk
// its private layers use. CPU is a percentage of one core over the time since the last sample.
class SandboxUsage
{
public:
    struct Sample {
        double cpuPercent = 0;
        double memoryBytes = 0;
        double memoryLimitBytes = 0;
        double diskUsageBytes = 0;
        double diskLimitBytes = 0;
        int processes = 0;
    };

    SandboxUsage(pid_t namespacePid, QString stateDir, double memoryLimitBytes, double diskLimitBytes);
    Sample sample();

private:
    pid_t m_namespacePid;
    QString m_stateDir;
    double m_memoryLimit;
    double m_diskLimit;
    quint64 m_lastTicks = 0;
    QElapsedTimer m_clock;
    int m_samples = 0;
    double m_diskUsage = 0;
};

} // namespace rexec::local
