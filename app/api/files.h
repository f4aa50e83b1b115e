// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rexec::api {

// One entry of GET /api/containers/:id/files/list. The server runs `ls -la` in the container and
// parses its text, so `mode` is an ls string ("drwxr-xr-x") and symlinks arrive as
// "name -> target" in both `name` and `path`; fromJson() splits those.
struct FileEntry
{
    QString name;       // without " -> target"
    QString linkTarget; // symlinks only
    QString path;       // absolute, inside the container
    qint64 size = 0;    // bytes; directories show their block size
    QString mode;       // as sent
    QDateTime modTime;  // minute precision; invalid when ls gave something unreadable
    bool isDir = false;

    static FileEntry fromJson(const QJsonObject &object);

    bool isSymlink() const { return mode.startsWith(QLatin1Char('l')); }
    bool isHidden() const { return name.startsWith(QLatin1Char('.')); }
    // rwx of owner, group and others from `mode` (s/t count as executable); the *User bits, which
    // mean "the current user", are left unset because the container's user is unknown here.
    QFile::Permissions permissions() const;

    friend bool operator==(const FileEntry &, const FileEntry &) = default;
};

// QFile::Permissions from an ls-style mode string such as "-rwxr-x---".
QFile::Permissions permissionsFromMode(QStringView mode);

// The listing reply {path, files: [...] | null, count}; a bare array of entries is accepted too.
// Entries that are not objects, have no name, or are "." or ".." are dropped.
struct FileListing
{
    QString path;
    QList<FileEntry> files;
    qint64 count = 0; // the server's count, else the number of entries

    static FileListing fromJson(const QJsonObject &object);
    static FileListing fromJson(const QJsonArray &array);
    static FileListing fromJsonValue(const QJsonValue &value);
};

} // namespace rexec::api
