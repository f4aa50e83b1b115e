// SPDX-License-Identifier: GPL-3.0-or-later
#include "containers/containerformat.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace rexec::containers {

namespace {

// One decimal at most, and none when the value is whole: "2", "1.5", "0.3".
QString figure(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        return QLocale().toString(qint64(rounded));
    return QLocale().toString(rounded, 'f', 1);
}

} // namespace

QString ContainerFormat::size(qint64 megabytes)
{
    if (megabytes >= 1024 * 1024)
        return tr("%1 TiB").arg(figure(double(megabytes) / (1024.0 * 1024.0)));
    if (megabytes >= 1024)
        return tr("%1 GiB").arg(figure(double(megabytes) / 1024.0));
    return tr("%1 MiB").arg(QLocale().toString(megabytes));
}

QString ContainerFormat::cpu(qint64 cpuShares, bool agent)
{
    const double cpus = double(cpuShares) / (agent ? 1024.0 : 1000.0);
    return tr("%1 vCPU").arg(figure(cpus));
}

QString ContainerFormat::resources(const api::ContainerResources &resources, bool agent)
{
    QStringList parts;
    if (resources.memoryMb > 0)
        parts << size(resources.memoryMb);
    if (resources.cpuShares > 0)
        parts << cpu(resources.cpuShares, agent);
    if (resources.diskMb > 0)
        parts << size(resources.diskMb);
    return parts.join(tr(" · ", "separator between memory, CPU and disk"));
}

QString ContainerFormat::resourcesLong(const api::ContainerResources &resources, bool agent)
{
    QStringList parts;
    if (resources.memoryMb > 0)
        parts << tr("Memory: %1").arg(size(resources.memoryMb));
    if (resources.cpuShares > 0)
        parts << tr("CPU: %1").arg(cpu(resources.cpuShares, agent));
    if (resources.diskMb > 0)
        parts << tr("Disk: %1").arg(size(resources.diskMb));
    if (parts.isEmpty())
        return tr("No resource figures");
    return parts.join(tr(", ", "separator between resource descriptions"));
}

QString ContainerFormat::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const qint64 seconds = when.secsTo(now);
    // A server clock slightly ahead of ours still means "now", not "in 3 seconds".
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n day(s) ago", nullptr, int(days));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString ContainerFormat::absoluteTime(const QDateTime &when)
{
    if (!when.isValid())
        return tr("never");
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

QString ContainerFormat::duration(double seconds)
{
    const qint64 s = qint64(std::max(0.0, seconds));
    if (s < 60)
        return tr("%n second(s)", nullptr, int(s));
    if (s < 3600)
        return tr("%n minute(s)", nullptr, int(s / 60));
    if (s < 24 * 3600)
        return tr("%n hour(s)", nullptr, int(s / 3600));
    return tr("%n day(s)", nullptr, int(s / (24 * 3600)));
}

QString ContainerFormat::missingStatus()
{
    return tr("unknown", "container status when the server sent none");
}

QString ContainerFormat::status(const QString &status)
{
    struct Word {
        const char *source;
        const char *comment;
    };
    // Exactly the words the server (or a Docker state passed through) sends, so that the English
    // text is the server's own; "unknown" shares missingStatus()'s translation.
    static constexpr Word words[] = {
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "creating", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "configuring", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "starting", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "created", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "restarting", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "running", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "online", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "stopped", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "exited", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "paused", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "error", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "dead", "container status"),
        QT_TRANSLATE_NOOP3("rexec::containers::ContainerFormat", "offline", "container status"),
    };
    if (status.isEmpty() || status == QLatin1StringView("unknown"))
        return missingStatus();
    for (const Word &word : words) {
        if (status == QLatin1StringView(word.source))
            return tr(word.source, word.comment);
    }
    return status;
}

} // namespace rexec::containers
