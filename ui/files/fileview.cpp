// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/fileview.h"

#include "files/remotedirectorymodel.h"
#include "files/remotedragmimedata.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace rexec::ui {

using files::RemoteDirectoryModel;

FileView::FileView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"fileView"_s);
    setAccessibleName(tr("Files"));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // this view draws its own
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setIconSize(QSize(18, 18));
    header()->setStretchLastSection(false);
    header()->setSortIndicatorShown(true);
}

void FileView::setPlaceholder(const QString &title, const QString &hint)
{
    m_placeholderTitle = title;
    m_placeholderHint = hint;
    viewport()->update();
}

QList<QUrl> FileView::localUrls(const QMimeData *mime)
{
    // Our own drags are downloads, not something to upload back.
    if (!mime || !mime->hasUrls() || mime->hasFormat(RemoteDragMimeData::kInternalFormat))
        return {};
    QList<QUrl> urls;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        urls << url;
    }
    return urls;
}

QModelIndex FileView::folderRowAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {};
    // Into real folders only: a link may point anywhere, even at a file.
    if (!index.data(RemoteDirectoryModel::IsDirRole).toBool() || index.data(RemoteDirectoryModel::IsSymlinkRole).toBool())
        return {};
    return index.siblingAtColumn(0);
}

void FileView::dragEnterEvent(QDragEnterEvent *event)
{
    // Only hasUrls() and the format list here: a remote drag's data is not fetched to look.
    const QMimeData *mime = event->mimeData();
    if (!m_dropsAllowed || !mime || !mime->hasUrls() || mime->hasFormat(RemoteDragMimeData::kInternalFormat)) {
        event->ignore();
        return;
    }
    m_dropActive = true;
    m_dropTarget = folderRowAt(event->position().toPoint());
    event->setDropAction(Qt::CopyAction);
    event->accept();
    viewport()->update();
}

void FileView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_dropActive) {
        event->ignore();
        return;
    }
    const QModelIndex target = folderRowAt(event->position().toPoint());
    if (target != m_dropTarget) {
        m_dropTarget = target;
        viewport()->update();
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void FileView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropActive = false;
    m_dropTarget = QPersistentModelIndex();
    viewport()->update();
    event->accept();
}

void FileView::dropEvent(QDropEvent *event)
{
    const QModelIndex target = folderRowAt(event->position().toPoint());
    m_dropActive = false;
    m_dropTarget = QPersistentModelIndex();
    viewport()->update();
    const QList<QUrl> urls = m_dropsAllowed ? localUrls(event->mimeData()) : QList<QUrl>();
    if (urls.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit localFilesDropped(urls, target);
}

void FileView::startDrag(Qt::DropActions)
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (!rows.isEmpty())
        emit dragOutRequested(rows);
}

bool FileView::event(QEvent *event)
{
    // The main window's Delete and Refresh act on containers; here they act on files.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->matches(QKeySequence::Refresh) || key->key() == Qt::Key_Backspace) {
            event->accept();
            return true;
        }
    }
    return QTreeView::event(event);
}

void FileView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete)) {
        emit deleteRequested();
        return;
    }
    if (event->matches(QKeySequence::Refresh)) {
        emit refreshRequested();
        return;
    }
    if (event->key() == Qt::Key_Backspace && event->modifiers() == Qt::NoModifier) {
        emit upRequested();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void FileView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();

    if (model() && model()->rowCount() == 0 && !m_placeholderTitle.isEmpty()) {
        QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
        QFont title = font();
        title.setPointSizeF(title.pointSizeF() * 1.25);
        painter.setFont(title);
        painter.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        const int lineHeight = QFontMetrics(title).height();
        const QRect titleRect(area.left(), area.center().y() - lineHeight, area.width(), lineHeight);
        painter.drawText(titleRect, Qt::AlignCenter, m_placeholderTitle);
        painter.setFont(font());
        painter.drawText(QRect(area.left(), titleRect.bottom() + 6, area.width(), area.bottom() - titleRect.bottom()),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholderHint);
    }

    if (!m_dropActive)
        return;
    QColor accent = pal.color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(56);
    QPen pen(accent, 2);
    if (m_dropTarget.isValid()) {
        // The folder row that will receive the files.
        QRect row = visualRect(m_dropTarget);
        row.setLeft(0);
        row.setRight(viewport()->width() - 1);
        QPainterPath path;
        path.addRoundedRect(QRectF(row).adjusted(2, 1, -2, -1), 4, 4);
        painter.fillPath(path, fill);
        painter.setPen(pen);
        painter.drawPath(path);
    } else {
        // The whole folder shown.
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        fill.setAlpha(18);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(viewport()->rect()).adjusted(3, 3, -3, -3), 6, 6);
    }
}

} // namespace rexec::ui
