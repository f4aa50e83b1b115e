// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStringList>

namespace rexec::ui {

// The icon for a file type: the desktop theme's icon for the first of `iconNames` it has (the
// freedesktop names QMimeDatabase gives), else one of the app's own by broad category, so that
// a list never shows blank icons on a desktop without a theme.
QIcon fileTypeIcon(const QStringList &iconNames, bool isFolder);

} // namespace rexec::ui
