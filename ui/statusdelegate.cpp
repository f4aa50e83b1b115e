// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

#include "api/containers.h"
#include "containers/containermodel.h"
#include "icons.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace rexec::ui {

using containers::ContainerModel;
using Kind = api::Container::StatusKind;

QIcon StatusDelegate::iconFor(int statusKind)
{
    switch (Kind(statusKind)) {
    case Kind::Running:
        return fixedIcon(QStringLiteral("status-running"));
    case Kind::Stopped:
    case Kind::Offline:
        return fixedIcon(QStringLiteral("status-stopped"));
    case Kind::Creating:
    case Kind::Configuring:
    case Kind::Starting:
        return fixedIcon(QStringLiteral("status-busy"));
    case Kind::Error:
        return fixedIcon(QStringLiteral("status-error"));
    case Kind::Paused:
        return fixedIcon(QStringLiteral("status-paused"));
    case Kind::Unknown:
    case Kind::Other:
        break;
    }
    return fixedIcon(QStringLiteral("status-unknown"));
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant progress = index.data(ContainerModel::ProgressRole);
    const QString error = index.data(ContainerModel::ProgressErrorRole).toString();
    if (!progress.isValid() || !error.isEmpty()) {
        opt.icon = iconFor(index.data(ContainerModel::StatusKindRole).toInt());
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.decorationSize = QSize(14, 14);
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        return;
    }
    // A creation in progress: the background as usual, then a slim bar with the stage on it.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(4, 3, -4, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = progress.toInt();
    bar.text = index.data(ContainerModel::StageRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 22, 120));
    size.setHeight(std::max(size.height(), 24));
    return size;
}

} // namespace rexec::ui
