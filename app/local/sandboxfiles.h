// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <sys/types.h>

namespace rexec::local {

// File operations on a running sandbox's file system, seen through its own mounts
// (/proc/PID/root). Every path is resolved with openat2(RESOLVE_IN_ROOT): "..", absolute
// symlinks and links that point out of the sandbox all stay inside it.
class SandboxFiles
{
public:
    enum class Status { Ok, NotFound, IsDirectory, NotDirectory, Invalid, Failed };

    struct Entry {
        QString name;       // for symlinks: "name -> target", as `ls -la` shows it
        QString path;
        qint64 size = 0;
        QString mode;       // ls-style, e.g. "drwxr-xr-x"
        QDateTime modTime;  // minute precision, the sandbox's wall clock labelled UTC, as the real server does
        bool isDir = false;
    };

    struct Result {
        Status status = Status::Ok;
        QString message;
        bool ok() const { return status == Status::Ok; }
    };

    explicit SandboxFiles(pid_t namespacePid);
    ~SandboxFiles();
    SandboxFiles(const SandboxFiles &) = delete;
    SandboxFiles &operator=(const SandboxFiles &) = delete;

    bool isOpen() const { return m_root >= 0; }

    Result list(const QString &path, QList<Entry> *entries) const;
    // Opens a regular file for reading; `fd` owns the descriptor on success; mode is Go's FileMode string.
    Result openForReading(const QString &path, int *fd, qint64 *size, QString *goMode) const;
    // Writes `size` bytes from `data` to dir/name through a temporary file renamed into place.
    Result writeFile(const QString &dir, const QString &name, const char *data, qint64 size) const;
    Result makePath(const QString &path) const;
    Result remove(const QString &path) const;

    // A path the client may name: absolute, no NUL, not absurdly long.
    static bool isAcceptablePath(const QString &path);
    // The real server's refusal list for deletes: "/", /bin, /sbin, /usr, /etc, /var, /lib, /root and below.
    static bool isProtectedPath(const QString &path);
    static QString lsMode(mode_t mode);
    static QString goFileMode(mode_t mode);

private:
    int openInRoot(const QString &path, int flags, mode_t mode = 0) const;

    int m_root = -1;
};

} // namespace rexec::local
