// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/containers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rexec::containers {

// The words and figures the container list shows, kept apart from the model so that the
// dashboard, tooltips and tests format a container the same way. Every text is translated
// (context "rexec::containers::ContainerFormat").
class ContainerFormat
{
    Q_DECLARE_TR_FUNCTIONS(rexec::containers::ContainerFormat)
public:
    // A size in MiB: "512 MiB", "2 GiB", "1.5 GiB".
    static QString size(qint64 megabytes);
    // CPU: containers count millicores (1000 = 1 vCPU), agents num_cpu × 1024.
    static QString cpu(qint64 cpuShares, bool agent);
    // "2 GiB · 2 vCPU · 10 GiB"; parts that are 0 are left out; empty when all are.
    static QString resources(const api::ContainerResources &resources, bool agent);
    // "Memory: 2 GiB, CPU: 2 vCPU, Disk: 10 GiB", for tooltips.
    static QString resourcesLong(const api::ContainerResources &resources, bool agent);
    // "just now", "5 minutes ago", "yesterday", "3 days ago", then the date; "never" when invalid.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    // The date and time in the user's locale, long form; "never" when invalid.
    static QString absoluteTime(const QDateTime &when);
    // "5 minutes", "2 hours": a span of seconds, for "idle for ...".
    static QString duration(double seconds);
    // A status for people when the server sent none.
    static QString missingStatus();
    // A container status for display: the server's word, translated when it is one this client
    // knows (the status set is open, so any other word is shown as the server sent it).
    static QString status(const QString &status);
};

} // namespace rexec::containers
