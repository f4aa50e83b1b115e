// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/transferdelegate.h"

#include "files/transferqueue.h"
#include "icons.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

using namespace Qt::Literals::StringLiterals;

namespace rexec::ui {

using files::TransferQueue;
using Status = files::TransferQueue::Status;

QSize TransferDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

void TransferDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = Status(index.data(TransferQueue::StatusRole).toInt());
    switch (index.column()) {
    case TransferQueue::DirectionColumn:
        option->text.clear(); // painted as an arrow in paint()
        break;
    case TransferQueue::StatusColumn: {
        option->textElideMode = Qt::ElideRight;
        QString icon;
        switch (status) {
        case Status::Done:
            icon = u"status-done"_s;
            break;
        case Status::Failed:
            icon = u"status-error"_s;
            option->palette.setColor(QPalette::Text, QColor(0xcf, 0x22, 0x2e));
            break;
        case Status::NeedsAnswer:
            icon = u"status-attention"_s;
            break;
        case Status::Cancelled:
        case Status::Skipped:
            icon = u"status-stopped"_s;
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            break;
        case Status::Queued:
            icon = u"status-queued"_s;
            break;
        case Status::Transferring:
            icon = u"status-transferring"_s;
            break;
        }
        if (!icon.isEmpty()) {
            option->icon = fixedIcon(icon);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(14, 14);
        }
        break;
    }
    case TransferQueue::SizeColumn:
    case TransferQueue::SpeedColumn:
    case TransferQueue::TimeLeftColumn:
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText).darker(130));
        break;
    default:
        break;
    }
}

void TransferDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != TransferQueue::ProgressColumn && index.column() != TransferQueue::DirectionColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    if (index.column() == TransferQueue::DirectionColumn) {
        const bool upload = index.data(TransferQueue::DirectionRole).toInt() == int(TransferQueue::Direction::Upload);
        const QIcon arrow = themedIcon(upload ? u"transfer-upload"_s : u"transfer-download"_s);
        const QRect box(option.rect.center() - QPoint(7, 7), QSize(16, 16));
        arrow.paint(painter, box, Qt::AlignCenter, (option.state & QStyle::State_Selected) ? QIcon::Selected : QIcon::Normal);
        return;
    }

    // A bar only while bytes move: finished rows say so in their status, queued ones wait.
    const auto status = Status(index.data(TransferQueue::StatusRole).toInt());
    if (status != Status::Transferring)
        return;
    const double progress = index.data(TransferQueue::ProgressRole).toDouble();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(4, 4, -4, -4);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 1000;
    if (status == Status::Transferring && progress < 0) {
        bar.maximum = 0; // size unknown: a busy bar
        bar.progress = 0;
    } else {
        bar.progress = int(std::clamp(progress, 0.0, 1.0) * 1000);
    }
    bar.textVisible = progress >= 0;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
}

} // namespace rexec::ui
