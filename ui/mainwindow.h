// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/serversession.h"
#include "containers/containersession.h"
#include "containers/createtracker.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace rexec::accounts {
class Workspace;
}

namespace rexec::files {
class TransferQueue;
}

namespace rexec {
class DesktopNotifier;
}

namespace rexec::ui {

class ContainerFilterProxy;
class TrayIcon;
class MessageBar;
class WelcomePage;

// The main window: the server switcher, the live container list beside a tabbed work area,
// actions on toolbar, context menu and keys, a message bar for errors and a status bar that
// says whether the list is live.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(accounts::Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the last used server (or shows the welcome page) once the window is up.
    void start();
    // Opens the gate of background work once the window's first frame is on screen and, when the
    // window opened on a server whose container list was still on its way, once the list's own
    // frame is too (ui/firstframe.h).
    void releaseBackgroundWorkOnceListShown();

    containers::ContainerSession *containerSession() const { return m_containers; }
    QTabWidget *workArea() const { return m_workArea; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The stable keys of the selected containers, in view order.
    QStringList selectedKeys() const;
    bool selectKey(const QString &stableKey);

    // Work-area tabs that belong to a container carry its stable key in this property.
    static constexpr char kContainerKeyProperty[] = "rexecContainerKey";

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void restoreState();
    void applyColumns();
    void setDefaultColumnWidths();
    void saveState() const;

    void onSessionChanged(accounts::ServerSession *session);
    void onSessionState();
    void updateUserLabel();
    void applySettings();
    // Containers running again: tabs that waited for them reconnect.
    void followContainersOfTerminals(int firstRow, int lastRow);
    void notify(const QString &key, const QString &title, const QString &body);
    void reportSettingsNotKept(const QString &name, containers::CreateTracker::Settings notKept);
    void attachContainers();
    void restoreTabsOnce();
    void fillServerSwitcher();
    void addServerItems(const QList<accounts::ServerProfile> &profiles);
    void showWelcome(bool show);
    void updateActions();
    void updateModeLabel();

    void showConnectDialog(const QString &profileId = {});
    void newContainer();
    void startSelected();
    void stopSelected();
    void deleteSelected();
    void openTerminal();
    void openTerminalFor(const QString &stableKey, const QString &startFolder = {});
    void askForTerminalCode(const api::Container &container, const std::function<void()> &then);
    QString currentContainerKey() const;
    void openFiles();
    // The queue of every file transfer, with its dock (made hidden, shown by the first transfer).
    files::TransferQueue *transferQueue();
    int openTabsFor(const QString &key) const;
    QStringList namesFor(const QStringList &keys) const;
    QStringList idsFor(const QStringList &keys) const;

    accounts::Workspace &m_workspace;
    QPointer<accounts::ServerSession> m_session;
    QPointer<containers::ContainerSession> m_containers;
    bool m_firstListPending = false; // m_containers has neither its first list nor a failure yet

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_servers = nullptr;
    QLineEdit *m_filter = nullptr;
    QActionGroup *m_stateFilter = nullptr;
    QTreeView *m_containerView = nullptr;
    ContainerFilterProxy *m_proxy = nullptr;
    QTabWidget *m_workArea = nullptr;
    MessageBar *m_messageBar = nullptr;
    QByteArray m_columnsState; // the list header's, kept while no list is attached
    QLabel *m_modeLabel = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    TrayIcon *m_tray = nullptr;
    // Containers this window asked to stop, until they run again: their tabs do not restart them.
    QSet<QString> m_stopsAsked;
    QLabel *m_userLabel = nullptr;
    QLabel *m_rateLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_terminalAction = nullptr;
    QAction *m_filesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_signOutAction = nullptr;

    files::TransferQueue *m_transfers = nullptr;
    QDockWidget *m_transferDock = nullptr;
};

} // namespace rexec::ui
