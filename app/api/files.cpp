// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/files.h"

#include "api/jsonread.h"
#include "api/servertime.h"

using namespace Qt::Literals::StringLiterals;

namespace rexec::api {

FileEntry FileEntry::fromJson(const QJsonObject &object)
{
    FileEntry entry;
    entry.name = json::toString(object.value("name"_L1)).value_or(QString());
    entry.path = json::toString(object.value("path"_L1)).value_or(QString());
    entry.size = json::toInt64(object.value("size"_L1)).value_or(0);
    entry.mode = json::toString(object.value("mode"_L1)).value_or(QString());
    entry.modTime = parseServerTime(object.value("mod_time"_L1));
    // The server derives is_dir from the mode; do the same when it is missing.
    entry.isDir = json::toBool(object.value("is_dir"_L1)).value_or(entry.mode.startsWith(u'd'));

    // Split only symlinks, and only at the first arrow: a regular file may be named "a -> b",
    // and a link's target may itself contain " -> ".
    static constexpr auto arrow = " -> "_L1;
    if (entry.isSymlink()) {
        const qsizetype at = entry.name.indexOf(arrow);
        if (at > 0) {
            const QString shown = entry.name;
            entry.linkTarget = shown.mid(at + arrow.size());
            entry.name = shown.left(at);
            // `path` is the directory joined with the whole "name -> target".
            if (entry.path.endsWith(shown))
                entry.path = entry.path.chopped(shown.size()) + entry.name;
        }
    }
    return entry;
}

QFile::Permissions FileEntry::permissions() const
{
    return permissionsFromMode(mode);
}

QFile::Permissions permissionsFromMode(QStringView mode)
{
    // Position 0 is the type; 1-9 are rwx for owner, group and others.
    static constexpr QFile::Permission bits[9] = {
        QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner,
        QFile::ReadGroup, QFile::WriteGroup, QFile::ExeGroup,
        QFile::ReadOther, QFile::WriteOther, QFile::ExeOther,
    };
    QFile::Permissions permissions;
    for (int i = 0; i < 9 && i + 1 < mode.size(); ++i) {
        const QChar c = mode.at(i + 1);
        bool set = false;
        switch (i % 3) {
        case 0:
            set = c == u'r';
            break;
        case 1:
            set = c == u'w';
            break;
        default:
            // Lower-case s and t mean setuid/setgid/sticky with x; upper-case ones without.
            set = c == u'x' || c == u's' || c == u't';
            break;
        }
        if (set)
            permissions |= bits[i];
    }
    return permissions;
}

FileListing FileListing::fromJson(const QJsonObject &object)
{
    FileListing listing = fromJson(json::arrayAt(object, "files"_L1));
    listing.path = json::toString(object.value("path"_L1)).value_or(QString());
    if (const auto count = json::toInt64(object.value("count"_L1)); count && *count >= 0)
        listing.count = *count;
    return listing;
}

FileListing FileListing::fromJson(const QJsonArray &array)
{
    FileListing listing;
    listing.files.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        FileEntry entry = FileEntry::fromJson(item.toObject());
        if (entry.name.isEmpty() || entry.name == "."_L1 || entry.name == ".."_L1)
            continue;
        listing.files.append(std::move(entry));
    }
    listing.count = listing.files.size();
    return listing;
}

FileListing FileListing::fromJsonValue(const QJsonValue &value)
{
    if (value.isArray())
        return fromJson(value.toArray());
    return fromJson(value.toObject());
}

} // namespace rexec::api
