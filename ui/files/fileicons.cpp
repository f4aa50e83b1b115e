// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/fileicons.h"

#include "icons.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rexec::ui {

namespace {

QString fallbackFor(const QStringList &iconNames, bool isFolder)
{
    if (isFolder)
        return u"file-folder"_s;
    const QString names = iconNames.join(u' ');
    if (names.contains(u"symlink"_s))
        return u"file-link"_s;
    if (names.contains(u"image-"_s))
        return u"file-image"_s;
    if (names.contains(u"audio-"_s) || names.contains(u"video-"_s))
        return u"file-media"_s;
    if (names.contains(u"archive"_s) || names.contains(u"package"_s) || names.contains(u"compressed"_s)
        || names.contains(u"-zip"_s) || names.contains(u"-tar"_s))
        return u"file-archive"_s;
    if (names.contains(u"executable"_s) || names.contains(u"sharedlib"_s))
        return u"file-exec"_s;
    if (names.contains(u"script"_s) || names.contains(u"-csrc"_s) || names.contains(u"-c++"_s) || names.contains(u"python"_s)
        || names.contains(u"json"_s) || names.contains(u"xml"_s) || names.contains(u"javascript"_s) || names.contains(u"html"_s))
        return u"file-code"_s;
    if (names.contains(u"text-"_s) || names.contains(u"document"_s))
        return u"file-text"_s;
    return u"file-generic"_s;
}

} // namespace

QIcon fileTypeIcon(const QStringList &iconNames, bool isFolder)
{
    static QHash<QString, QIcon> cache;
    const QString key = (isFolder ? u"d:"_s : u"f:"_s) + iconNames.join(u'|');
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    QIcon icon;
    for (const QString &name : iconNames) {
        if (!name.isEmpty() && QIcon::hasThemeIcon(name)) {
            icon = QIcon::fromTheme(name);
            break;
        }
    }
    if (icon.isNull()) {
        const QString fallback = fallbackFor(iconNames, isFolder);
        icon = fallback == u"file-folder"_s ? fixedIcon(fallback) : themedIcon(fallback);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace rexec::ui
