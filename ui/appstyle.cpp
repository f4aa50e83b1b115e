// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstyle.h"

#include "icons.h"

#include <QGuiApplication>
#include <QStyleOption>
#include <QWidget>

namespace rexec::ui {

AppStyle::AppStyle(const QString &baseKey)
    : QProxyStyle(baseKey)
{
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton: {
        const Qt::LayoutDirection direction = option ? option->direction
                                              : widget ? widget->layoutDirection()
                                                       : QGuiApplication::layoutDirection();
        return themedIcon(direction == Qt::RightToLeft ? QStringLiteral("toolbar-more-rtl") : QStringLiteral("toolbar-more"));
    }
    case SP_ToolBarVerticalExtensionButton:
        return themedIcon(QStringLiteral("toolbar-more-down"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace rexec::ui
