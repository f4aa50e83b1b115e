// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Names and paths on both sides of a transfer. Remote names come from a server that may be
// hostile or broken, so nothing it sends is used as a local path without going through here.
namespace rexec::files {

// A remote file name made safe as ONE local path component: "/", "\", NUL, control and
// bidirectional-override characters become "_"; "", "." and ".." and reserved device names
// (CON, NUL, COM1...) get a "_" in front; the result is cut to a length that leaves room for
// ".part" and keeps the extension. Never empty, never contains a separator.
QString sanitizeFileName(const QString &remoteName);

// `root` joined with each component sanitised; empty when the result would not lie strictly
// inside `root` (which cannot happen for sanitised components; checked anyway).
QString safeLocalPath(const QString &root, const QStringList &components);

// True when `path` is `root` itself or lies below it, without following links.
bool isInside(const QString &root, const QString &path);

// Why a local name cannot be sent as an upload's file name (the server allows no "/" and the
// multipart header no line breaks), or an empty string when it can.
QString uploadNameProblem(const QString &name);

// Remote paths are POSIX paths inside the container.
QString remoteJoin(const QString &dir, const QString &name);
QString remoteParent(const QString &path); // "/" for "/" and for "/x"
QString remoteBaseName(const QString &path);
QString remoteClean(const QString &path);  // absolute, no "//", "." or "..", no trailing "/"

// "name (2).ext" style alternatives for "keep both": the first candidate for which `taken`
// is false. `taken` is asked about increasing numbers starting at 2.
template<typename Taken>
QString keepBothName(const QString &name, Taken taken);
QString numberedName(const QString &name, int number);

template<typename Taken>
QString keepBothName(const QString &name, Taken taken)
{
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = numberedName(name, n);
        if (!taken(candidate))
            return candidate;
    }
    return {};
}

} // namespace rexec::files
