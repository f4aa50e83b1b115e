// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/remotedirectorymodel.h"
#include "files/transferqueue.h"

#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace rexec::api {
class RestClient;
}

namespace rexec::ui {

class FileView;
class MessageBar;
class PathBar;
class RemoteDragMimeData;

// A file browser for one container, for a tab beside its terminals. It lists through
// files::RemoteDirectoryModel and moves files through the shared files::TransferQueue; it owns
// no network code. Local files dropped, pasted or chosen are uploaded into the folder shown (or
// the folder row under the pointer); files dragged out are fetched when the drop lands.
class FileBrowser : public QWidget
{
    Q_OBJECT
public:
    FileBrowser(api::RestClient *client, const QString &containerId, const QString &containerName,
                files::TransferQueue *queue, QWidget *parent = nullptr);
    ~FileBrowser() override;

    // After a start that recreated the container; lists again.
    void setContainerId(const QString &id);
    QString containerId() const { return m_model->containerId(); }
    QString containerName() const { return m_containerName; }
    void setPath(const QString &path);
    QString path() const { return m_model->path(); }

    files::RemoteDirectoryModel *model() const { return m_model; }
    FileView *view() const { return m_view; }
    PathBar *pathBar() const { return m_pathBar; }
    QAction *action(const QString &objectName) const;
    QList<api::FileEntry> selectedEntries() const;

    // What the actions do, for the UI and for tests: nothing here asks questions first.
    quint64 uploadLocal(const QList<QUrl> &urls, const QString &remoteDir);
    quint64 downloadTo(const QList<api::FileEntry> &entries, const QString &localDir);
    // The data a drag of `entries` carries; fetched when a drop asks for it.
    RemoteDragMimeData *createDragData(const QList<api::FileEntry> &entries) const;
    void setStagingRoot(const QString &dir) { m_stagingRoot = dir; }

signals:
    void openTerminalRequested(const QString &folder);
    // The container is stopped and the user asked to start it.
    void startRequested();
    // A file was downloaded to be opened with the desktop's application; the browser opens it.
    void fileOpened(const QString &localPath);

private:
    void createActions();
    void createLayout();
    void updateState();
    void updateActions();
    void updateStatus();
    void rememberSelection();
    void restoreSelection();
    void activate(const QModelIndex &index);
    void openFile(const api::FileEntry &entry);
    void chooseUploads(bool folder);
    void chooseDownloadFolder();
    void newFolder();
    void deleteSelected();
    void paste();
    void startDragOut(const QModelIndexList &rows);
    void showContextMenu(const QPoint &pos);
    files::RemoteTarget target() const;

    QPointer<api::RestClient> m_client;
    QString m_containerName;
    QPointer<files::TransferQueue> m_queue;
    files::RemoteDirectoryModel *m_model;
    FileView *m_view = nullptr;
    PathBar *m_pathBar = nullptr;
    MessageBar *m_messages = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_statePage = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateTitle = nullptr;
    QLabel *m_stateText = nullptr;
    QPushButton *m_statePrimary = nullptr;
    QPushButton *m_stateSecondary = nullptr;
    QLabel *m_statusLeft = nullptr;
    QLabel *m_statusRight = nullptr;
    QStringList m_selectedNames;
    QSet<quint64> m_uploadBatches;
    QSet<quint64> m_openBatches;
    QString m_stagingRoot;
    QString m_openRoot;
    QList<QAction *> m_actions;
};

} // namespace rexec::ui
