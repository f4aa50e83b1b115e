// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace rexec::ui {

// The app's own SVG icons, rendered at the size asked for (sharp on any scale factor).
// Monochrome ones are drawn in the palette's text colour at paint time, so they follow light
// and dark themes; coloured ones (status) keep their colours.
QIcon themedIcon(const QString &name);
QIcon fixedIcon(const QString &name);

} // namespace rexec::ui
