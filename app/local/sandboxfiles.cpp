// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/sandboxfiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace rexec::local {

namespace {

constexpr int kMaxPathLength = 4096;

SandboxFiles::Result failure(SandboxFiles::Status status, const QString &message)
{
    return {status, message};
}

SandboxFiles::Result fromErrno(int error, const QString &path)
{
    const QString text = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
    switch (error) {
    case ENOENT:
        return failure(SandboxFiles::Status::NotFound, text);
    case ENOTDIR:
        return failure(SandboxFiles::Status::NotDirectory, text);
    case EISDIR:
        return failure(SandboxFiles::Status::IsDirectory, text);
    case ENAMETOOLONG:
    case EXDEV:
    case ELOOP:
        return failure(SandboxFiles::Status::Invalid, text);
    default:
        return failure(SandboxFiles::Status::Failed, text);
    }
}

// Lexical normalisation for the delete check: "/usr/../etc" is "/etc".
QString normalised(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts << part;
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

bool removeAt(int dirFd, const char *name, int depth)
{
    if (::unlinkat(dirFd, name, 0) == 0 || errno == ENOENT)
        return true;
    if (errno != EISDIR && errno != EPERM)
        return false;
    if (depth > 256)
        return false;
    const int child = ::openat(dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (child < 0)
        return false;
    DIR *dir = ::fdopendir(child);
    if (!dir) {
        ::close(child);
        return false;
    }
    bool ok = true;
    while (dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        ok = removeAt(::dirfd(dir), entry->d_name, depth + 1) && ok;
    }
    ::closedir(dir);
    return ::unlinkat(dirFd, name, AT_REMOVEDIR) == 0 && ok;
}

} // namespace

SandboxFiles::SandboxFiles(pid_t namespacePid)
{
    const std::string root = "/proc/" + std::to_string(namespacePid) + "/root";
    m_root = ::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
}

SandboxFiles::~SandboxFiles()
{
    if (m_root >= 0)
        ::close(m_root);
}

bool SandboxFiles::isAcceptablePath(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) && !path.contains(QChar(0)) && path.size() <= kMaxPathLength;
}

bool SandboxFiles::isProtectedPath(const QString &path)
{
    const QString clean = normalised(path);
    if (clean == u"/")
        return true;
    for (const char *dir : {"/bin", "/sbin", "/usr", "/etc", "/var", "/lib", "/root"}) {
        const QLatin1StringView prefix(dir);
        if (clean == prefix || clean.startsWith(prefix + QLatin1Char('/')))
            return true;
    }
    return false;
}

int SandboxFiles::openInRoot(const QString &path, int flags, mode_t mode) const
{
    if (m_root < 0) {
        errno = ESRCH;
        return -1;
    }
    const QByteArray encoded = QFile::encodeName(path);
    struct open_how how {};
    how.flags = quint64(flags | O_CLOEXEC);
    how.mode = mode;
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    int fd = -1;
    do {
        fd = int(::syscall(SYS_openat2, m_root, encoded.constData(), &how, sizeof how));
    } while (fd < 0 && (errno == EAGAIN || errno == EINTR));
    return fd;
}

QString SandboxFiles::lsMode(mode_t mode)
{
    QString out(10, QLatin1Char('-'));
    switch (mode & S_IFMT) {
    case S_IFDIR: out[0] = QLatin1Char('d'); break;
    case S_IFLNK: out[0] = QLatin1Char('l'); break;
    case S_IFCHR: out[0] = QLatin1Char('c'); break;
    case S_IFBLK: out[0] = QLatin1Char('b'); break;
    case S_IFIFO: out[0] = QLatin1Char('p'); break;
    case S_IFSOCK: out[0] = QLatin1Char('s'); break;
    default: break;
    }
    const char *letters = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (1 << (8 - i)))
            out[i + 1] = QLatin1Char(letters[i]);
    }
    if (mode & S_ISUID)
        out[3] = out[3] == u'x' ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & S_ISGID)
        out[6] = out[6] == u'x' ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & S_ISVTX)
        out[9] = out[9] == u'x' ? QLatin1Char('t') : QLatin1Char('T');
    return out;
}

QString SandboxFiles::goFileMode(mode_t mode)
{
    // Go's FileMode.String(): type and special letters first, then the nine permission letters.
    QString prefix;
    if (S_ISDIR(mode)) prefix += QLatin1Char('d');
    if (S_ISLNK(mode)) prefix += QLatin1Char('L');
    if (S_ISFIFO(mode)) prefix += QLatin1Char('p');
    if (S_ISSOCK(mode)) prefix += QLatin1Char('S');
    if (mode & S_ISUID) prefix += QLatin1Char('u');
    if (mode & S_ISGID) prefix += QLatin1Char('g');
    if (S_ISCHR(mode)) prefix += QLatin1Char('c');
    if (mode & S_ISVTX) prefix += QLatin1Char('t');
    if (prefix.isEmpty())
        prefix = QStringLiteral("-");
    QString perms(9, QLatin1Char('-'));
    const char *letters = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (1 << (8 - i)))
            perms[i] = QLatin1Char(letters[i]);
    }
    return prefix + perms;
}

SandboxFiles::Result SandboxFiles::list(const QString &path, QList<Entry> *entries) const
{
    entries->clear();
    const int fd = openInRoot(path, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return fromErrno(errno, path);
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        const int error = errno;
        ::close(fd);
        return fromErrno(error, path);
    }
    const QString base = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
    std::vector<std::string> names;
    while (dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.emplace_back(entry->d_name);
    }
    std::sort(names.begin(), names.end()); // `ls` in the C.UTF-8 locale: byte order
    for (const std::string &raw : names) {
        struct stat st {};
        if (::fstatat(::dirfd(dir), raw.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        Entry entry;
        const QString name = QFile::decodeName(QByteArray::fromStdString(raw));
        entry.name = name;
        entry.path = base + name;
        entry.size = st.st_size;
        entry.mode = lsMode(st.st_mode);
        entry.isDir = S_ISDIR(st.st_mode);
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlinkat(::dirfd(dir), raw.c_str(), target, sizeof target - 1);
            if (n > 0)
                entry.name += QStringLiteral(" -> ") + QFile::decodeName(QByteArray(target, n));
        }
        // `ls` prints local wall-clock minutes; the real server parses them with no zone.
        const QDateTime local = QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec);
        QDateTime wall(local.date(), QTime(local.time().hour(), local.time().minute()), QTimeZone::UTC);
        entry.modTime = wall;
        entries->append(entry);
    }
    ::closedir(dir);
    return {};
}

SandboxFiles::Result SandboxFiles::openForReading(const QString &path, int *fd, qint64 *size, QString *goMode) const
{
    const int file = openInRoot(path, O_RDONLY);
    if (file < 0)
        return fromErrno(errno, path);
    struct stat st {};
    if (::fstat(file, &st) != 0) {
        const int error = errno;
        ::close(file);
        return fromErrno(error, path);
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(file);
        return failure(Status::IsDirectory, path);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(file);
        return failure(Status::Invalid, QStringLiteral("%1 is not a regular file").arg(path));
    }
    *fd = file;
    *size = st.st_size;
    *goMode = goFileMode(st.st_mode);
    return {};
}

SandboxFiles::Result SandboxFiles::writeFile(const QString &dirPath, const QString &name, const char *data,
                                             qint64 size) const
{
    const int dir = openInRoot(dirPath, O_RDONLY | O_DIRECTORY);
    if (dir < 0)
        return fromErrno(errno, dirPath);
    const QByteArray finalName = QFile::encodeName(name);
    const QByteArray tempName = QFile::encodeName(QStringLiteral(".%1.rexec-upload-%2")
                                                      .arg(name.left(64))
                                                      .arg(QRandomGenerator::global()->generate(), 8, 16,
                                                           QLatin1Char('0')));
    const int out = ::openat(dir, tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (out < 0) {
        const int error = errno;
        ::close(dir);
        return fromErrno(error, dirPath);
    }
    qint64 written = 0;
    while (written < size) {
        const ssize_t n = ::write(out, data + written, size_t(std::min<qint64>(size - written, 1 << 20)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool complete = written == size && ::fsync(out) == 0;
    const int writeError = errno;
    ::close(out);
    if (!complete) {
        ::unlinkat(dir, tempName.constData(), 0);
        ::close(dir);
        return fromErrno(writeError, dirPath + QLatin1Char('/') + name);
    }
    // renameat replaces a file and the link itself when the name is a symlink: nothing is followed.
    if (::renameat(dir, tempName.constData(), dir, finalName.constData()) != 0) {
        const int error = errno;
        ::unlinkat(dir, tempName.constData(), 0);
        ::close(dir);
        return fromErrno(error, dirPath + QLatin1Char('/') + name);
    }
    ::close(dir);
    return {};
}

SandboxFiles::Result SandboxFiles::makePath(const QString &path) const
{
    QString current;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString parent = current.isEmpty() ? QStringLiteral("/") : current;
        current += QLatin1Char('/') + part;
        const int dir = openInRoot(parent, O_RDONLY | O_DIRECTORY);
        if (dir < 0)
            return fromErrno(errno, parent);
        const QByteArray name = QFile::encodeName(part);
        const bool made = ::mkdirat(dir, name.constData(), 0755) == 0 || errno == EEXIST;
        const int error = errno;
        ::close(dir);
        if (!made)
            return fromErrno(error, current);
    }
    const int check = openInRoot(path, O_RDONLY | O_DIRECTORY);
    if (check < 0)
        return fromErrno(errno, path);
    ::close(check);
    return {};
}

SandboxFiles::Result SandboxFiles::remove(const QString &path) const
{
    const QString clean = normalised(path);
    const qsizetype slash = clean.lastIndexOf(QLatin1Char('/'));
    const QString parent = slash <= 0 ? QStringLiteral("/") : clean.left(slash);
    const QByteArray name = QFile::encodeName(clean.mid(slash + 1));
    const int dir = openInRoot(parent, O_RDONLY | O_DIRECTORY);
    if (dir < 0)
        return errno == ENOENT ? Result{} : fromErrno(errno, parent); // rm -rf of nothing succeeds
    const bool ok = removeAt(dir, name.constData(), 0);
    const int error = errno;
    ::close(dir);
    return ok ? Result{} : fromErrno(error, path);
}

} // namespace rexec::local
