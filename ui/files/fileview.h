// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QTreeView>
#include <QUrl>

namespace rexec::ui {

// The list of a remote folder: drops of local files (onto the folder shown, or onto a folder
// row under the pointer, which is highlighted), drags out, and a friendly word when empty.
// Keys the main window also uses (Delete, F5) mean this view's actions while it has focus.
class FileView : public QTreeView
{
    Q_OBJECT
public:
    explicit FileView(QWidget *parent = nullptr);

    // Shown in the empty list, e.g. "This folder is empty" / "Drop files here to upload them".
    void setPlaceholder(const QString &title, const QString &hint);
    // Whether drops are taken (not while the folder cannot be listed).
    void setDropsAllowed(bool allowed) { m_dropsAllowed = allowed; }
    // The row a drop would go into now (invalid: the folder shown); for tests and painting.
    QModelIndex dropTarget() const { return m_dropTarget; }

    // Local files in a drop (or paste), or nothing when it is not one this view takes.
    static QList<QUrl> localUrls(const QMimeData *mime);

signals:
    // `folderRow` is the folder row dropped onto, or invalid for the folder shown.
    void localFilesDropped(const QList<QUrl> &urls, const QModelIndex &folderRow);
    void dragOutRequested(const QModelIndexList &rows);
    void deleteRequested();
    void refreshRequested();
    void upRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QModelIndex folderRowAt(const QPoint &pos) const;

    QString m_placeholderTitle;
    QString m_placeholderHint;
    QPersistentModelIndex m_dropTarget;
    bool m_dropActive = false;
    bool m_dropsAllowed = true;
};

} // namespace rexec::ui
