// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/filenames.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace rexec::files {

namespace {

// NAME_MAX is 255 bytes; leave room for ".part" and a " (99)" of keep-both.
constexpr qsizetype kMaxNameBytes = 240;

bool isUnsafeChar(char32_t c)
{
    return c == u'/' || c == u'\\' || c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
        // Bidirectional overrides and isolates let "gpj.exe" pass for "exe.jpg".
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        // Unpaired surrogates cannot be encoded for the file system.
        || (c >= 0xd800 && c <= 0xdfff);
}

bool isReservedDeviceName(const QString &name)
{
    // Reserved on Windows whatever the extension; refused everywhere so that a tree downloaded
    // here can be copied anywhere.
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList reserved = {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s, u"CONIN$"_s, u"CONOUT$"_s};
    if (reserved.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(u"COM"_s) || stem.startsWith(u"LPT"_s)))
        return stem.at(3).isDigit() || stem.at(3) == QChar(0xb9) || stem.at(3) == QChar(0xb2) || stem.at(3) == QChar(0xb3);
    return false;
}

QString compoundSuffix(const QString &name)
{
    static const QStringList compound = {u".tar.gz"_s, u".tar.xz"_s, u".tar.bz2"_s, u".tar.zst"_s};
    for (const QString &suffix : compound) {
        if (name.size() > suffix.size() && name.endsWith(suffix, Qt::CaseInsensitive))
            return name.right(suffix.size());
    }
    const qsizetype dot = name.lastIndexOf(u'.');
    // A leading dot is a hidden file's name, not an extension.
    if (dot <= 0 || name.size() - dot > 32)
        return {};
    return name.mid(dot);
}

QString cutToBytes(const QString &text, qsizetype maxBytes)
{
    QString result;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype step = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString piece = text.mid(i, step);
        const qsizetype size = piece.toUtf8().size();
        if (bytes + size > maxBytes)
            break;
        result += piece;
        bytes += size;
        i += step;
    }
    return result;
}

} // namespace

QString sanitizeFileName(const QString &remoteName)
{
    QString name;
    name.reserve(remoteName.size());
    const QList<uint> codePoints = remoteName.toUcs4();
    for (const uint c : codePoints)
        name += isUnsafeChar(char32_t(c)) ? u"_"_s : QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    if (name.isEmpty() || name == u"."_s || name == u".."_s || isReservedDeviceName(name))
        name.prepend(u'_');
    if (name.toUtf8().size() > kMaxNameBytes) {
        const QString suffix = compoundSuffix(name);
        name = cutToBytes(name.left(name.size() - suffix.size()), kMaxNameBytes - suffix.toUtf8().size()) + suffix;
    }
    return name;
}

bool isInside(const QString &root, const QString &path)
{
    const QString cleanRoot = QDir::cleanPath(QDir(root).absolutePath());
    const QString cleanPath = QDir::cleanPath(QDir(root).absoluteFilePath(path));
    if (cleanPath == cleanRoot)
        return true;
    const QString prefix = cleanRoot.endsWith(u'/') ? cleanRoot : cleanRoot + u'/';
    return cleanPath.startsWith(prefix);
}

QString safeLocalPath(const QString &root, const QStringList &components)
{
    QString path = QDir::cleanPath(QDir(root).absolutePath());
    for (const QString &component : components)
        path += u'/' + sanitizeFileName(component);
    if (components.isEmpty() || !isInside(root, path) || QDir::cleanPath(path) != path)
        return {};
    return path;
}

QString uploadNameProblem(const QString &name)
{
    if (name.isEmpty() || name == u"."_s || name == u".."_s || name.contains(u'/'))
        return QCoreApplication::translate("Transfers", "The name “%1” cannot be used on the server.").arg(name);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate("Transfers",
                                               "The name “%1” contains a line break or another control character, "
                                               "which the server cannot take.").arg(sanitizeFileName(name));
    }
    return {};
}

QString remoteClean(const QString &path)
{
    QString clean = QDir::cleanPath(u'/' + path);
    // cleanPath keeps a leading "//" (a UNC-like root); there is no such thing here.
    while (clean.startsWith(u"//"_s))
        clean.remove(0, 1);
    return clean;
}

QString remoteJoin(const QString &dir, const QString &name)
{
    if (dir.endsWith(u'/'))
        return dir + name;
    return dir + u'/' + name;
}

QString remoteParent(const QString &path)
{
    const QString clean = remoteClean(path);
    const qsizetype slash = clean.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : clean.left(slash);
}

QString remoteBaseName(const QString &path)
{
    QString clean = path;
    while (clean.size() > 1 && clean.endsWith(u'/'))
        clean.chop(1);
    return clean.mid(clean.lastIndexOf(u'/') + 1);
}

QString numberedName(const QString &name, int number)
{
    const QString suffix = compoundSuffix(name);
    return u"%1 (%2)%3"_s.arg(name.left(name.size() - suffix.size())).arg(number).arg(suffix);
}

} // namespace rexec::files
