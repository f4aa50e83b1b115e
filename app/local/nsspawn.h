// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace rexec::local {

struct SpawnRequest {
    QStringList argv;        // argv[0] is the program's absolute path inside the sandbox
    QStringList environment; // NAME=value, the whole environment
    QString workingDirectory;
    int terminalFd = -1;     // becomes the controlling terminal and stdin, stdout and stderr
};

// Starts a process inside the namespaces (user when it differs, mount, UTS, IPC, PID) of the
// running process `namespacePid`, the way `docker exec` joins a container. A waiter process stays
// outside and exits with the child's status: the returned pid is that waiter, so the caller can
// wait for it. Returns -1 and sets `error` when the namespaces cannot be opened or the fork fails.
pid_t spawnInNamespaces(pid_t namespacePid, const SpawnRequest &request, QString *error);

} // namespace rexec::local
