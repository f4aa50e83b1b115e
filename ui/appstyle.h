// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace rexec::ui {

// The application's style: the desktop's own, with the tool bars' overflow chevrons drawn from the
// app's SVGs (mirrored right to left). Every QToolBar asks its style for them when it is made, and
// the desktop style looks them up in the icon theme, whose first lookup (the theme's index files
// read) took 1.2 ms of the main window's construction, on the way to its first frame.
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // A proxy over a new instance of the style named `baseKey` (the one the application chose).
    explicit AppStyle(const QString &baseKey);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace rexec::ui
