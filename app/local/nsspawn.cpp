// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/nsspawn.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace rexec::local {

namespace {

struct NamespaceFd {
    const char *name;
    int type;
    int fd = -1;
};

bool isOwnUserNamespace(int fd)
{
    struct stat mine {};
    struct stat theirs {};
    return ::stat("/proc/self/ns/user", &mine) == 0 && ::fstat(fd, &theirs) == 0 && mine.st_ino == theirs.st_ino
        && mine.st_dev == theirs.st_dev;
}

std::vector<std::string> toStd(const QStringList &list)
{
    std::vector<std::string> out;
    out.reserve(size_t(list.size()));
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

std::vector<char *> pointers(std::vector<std::string> &strings)
{
    std::vector<char *> out;
    out.reserve(strings.size() + 1);
    for (auto &s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// Only async-signal-safe calls from here on: the parent may have other threads.
[[noreturn]] void failChild(const char *what, const char *detail = "")
{
    const char *reason = std::strerror(errno);
    (void)!::write(STDERR_FILENO, "rexec-local: ", 13);
    (void)!::write(STDERR_FILENO, what, std::strlen(what));
    (void)!::write(STDERR_FILENO, detail, std::strlen(detail));
    (void)!::write(STDERR_FILENO, ": ", 2);
    (void)!::write(STDERR_FILENO, reason, std::strlen(reason));
    (void)!::write(STDERR_FILENO, "\n", 1);
    ::_exit(126);
}

} // namespace

pid_t spawnInNamespaces(pid_t namespacePid, const SpawnRequest &request, QString *error)
{
    std::array<NamespaceFd, 5> namespaces{{
        {"user", CLONE_NEWUSER},
        {"mnt", CLONE_NEWNS},
        {"uts", CLONE_NEWUTS},
        {"ipc", CLONE_NEWIPC},
        {"pid", CLONE_NEWPID},
    }};
    auto closeAll = [&namespaces] {
        for (auto &ns : namespaces) {
            if (ns.fd >= 0)
                ::close(ns.fd);
            ns.fd = -1;
        }
    };
    for (auto &ns : namespaces) {
        if (ns.type == CLONE_NEWUSER)
            continue;
        const std::string path = "/proc/" + std::to_string(namespacePid) + "/ns/" + ns.name;
        ns.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (ns.fd < 0) {
            *error = QStringLiteral("cannot open the sandbox's %1 namespace: %2")
                         .arg(QLatin1StringView(ns.name), QString::fromLocal8Bit(std::strerror(errno)));
            closeAll();
            return -1;
        }
    }
    // The user namespace to join is the one that owns the sandbox's mounts, not the one its first
    // process ended in: unprivileged bubblewrap makes a second, nested one to switch to the
    // user's id, and from inside that one the mounts cannot be joined (EPERM). Run as root it
    // makes none: the owner is ours, and joining our own user namespace is an error (EINVAL).
    NamespaceFd &user = namespaces[0];
    user.fd = ::ioctl(namespaces[1].fd, NS_GET_USERNS);
    if (user.fd < 0) {
        *error = QStringLiteral("cannot find the owner of the sandbox's mounts: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        closeAll();
        return -1;
    }
    ::fcntl(user.fd, F_SETFD, FD_CLOEXEC);
    if (isOwnUserNamespace(user.fd)) {
        ::close(user.fd);
        user.fd = -1;
    }

    std::vector<std::string> argvStrings = toStd(request.argv);
    std::vector<std::string> envStrings = toStd(request.environment);
    std::vector<char *> argv = pointers(argvStrings);
    std::vector<char *> envp = pointers(envStrings);
    const std::string cwd = request.workingDirectory.toStdString();
    const int tty = request.terminalFd;
    if (argv.size() < 2) {
        *error = QStringLiteral("nothing to run");
        closeAll();
        return -1;
    }

    const pid_t waiter = ::fork();
    if (waiter < 0) {
        *error = QStringLiteral("fork failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        closeAll();
        return -1;
    }
    if (waiter > 0) {
        closeAll();
        return waiter;
    }

    // The waiter: join the namespaces (user first, so that it grants the rights for the others).
    for (const auto &ns : namespaces) {
        if (ns.fd >= 0 && ::setns(ns.fd, ns.type) != 0)
            failChild("cannot join the sandbox's namespace: ", ns.name);
    }
    // Joining a PID namespace applies to children only: the process to run is the next fork.
    const pid_t child = ::fork();
    if (child < 0)
        failChild("fork failed");
    if (child == 0) {
        ::setsid();
        if (tty >= 0) {
            ::ioctl(tty, TIOCSCTTY, 0);
            ::dup2(tty, STDIN_FILENO);
            ::dup2(tty, STDOUT_FILENO);
            ::dup2(tty, STDERR_FILENO);
        }
        ::syscall(SYS_close_range, 3U, ~0U, 0U);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        if (!cwd.empty() && ::chdir(cwd.c_str()) != 0)
            (void)!::chdir("/");
        ::execve(argv[0], argv.data(), envp.data());
        failChild("cannot start the shell");
    }
    ::syscall(SYS_close_range, 0U, ~0U, 0U);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    ::_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
}

} // namespace rexec::local
