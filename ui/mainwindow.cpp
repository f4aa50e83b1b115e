// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accounts/browsersignin.h"
#include "accounts/serversession.h"
#include "accounts/workspace.h"
#include "api/restclient.h"
#include "certificatedialog.h"
#include "clearbutton.h"
#include "connectdialog.h"
#include "containerfilterproxy.h"
#include "containers/containerformat.h"
#include "containers/containermodel.h"
#include "containers/containersession.h"
#include "containers/createtracker.h"
#include "core/desktopnotifier.h"
#include "core/startupgate.h"
#include "createcontainerdialog.h"
#include "files/filebrowser.h"
#include "firstframe.h"
#include "files/transferpanel.h"
#include "files/transferqueue.h"
#include "icons.h"
#include "messagebar.h"
#include "settingsdialog.h"
#include "statusdelegate.h"
#include "terminal/terminalpane.h"
#include "terminal/terminaltab.h"
#include "trayicon.h"
#include "welcomepage.h"

#include <QApplication>
#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <qtermwidget6/qtermwidget.h>

#include <algorithm>

namespace rexec::ui {

using accounts::ServerSession;
using containers::ContainerEventsClient;
using containers::ContainerModel;
using containers::ContainerSession;
using containers::CreateTracker;

namespace {

constexpr int kAddServerItem = -1;

QAction *makeAction(QObject *parent, const QString &objectName, const QString &text, const QString &icon,
                    const QList<QKeySequence> &shortcuts, const QString &tip)
{
    auto *action = new QAction(themedIcon(icon), text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setToolTip(shortcuts.isEmpty() ? tip
                                           : QStringLiteral("%1 (%2)").arg(tip, shortcuts.first().toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    return action;
}

} // namespace

MainWindow::MainWindow(accounts::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rexec Desktop"));
    // The application's icon, for every window: after the first frame, since the window system
    // takes it in four sizes (1-2 ms of rendering and upload on the way to the first frame).
    afterStartup(this, [] { QApplication::setWindowIcon(fixedIcon(QStringLiteral("rexec-desktop"))); });
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString &key) {
        showNormal();
        raise();
        activateWindow();
        if (key.startsWith(u"container:"))
            selectKey(key.mid(QStringLiteral("container:").size()));
    });
    // No notification service: the task bar's attention hint, and the words in the status bar.
    connect(m_notifier, &DesktopNotifier::failed, this, [this](const QString &, const QString &title, const QString &body) {
        QApplication::alert(this);
        statusBar()->showMessage(tr("%1: %2").arg(title, body), 15000);
    });
    m_tray = new TrayIcon(this);
    createActions();
    createLayout();
    restoreState();
    applySettings();
    connect(&m_workspace, &accounts::Workspace::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(&m_workspace.profiles(), &accounts::ProfileStore::profilesChanged, this, &MainWindow::fillServerSwitcher);
    fillServerSwitcher();
    updateActions();
    // Opened before the window was built (main() does, so that This computer's server starts
    // while the widgets are made).
    if (m_workspace.session())
        onSessionChanged(m_workspace.session());
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    if (m_workspace.session())
        return;
    // After the window is shown: the keychain, the local server and the list load all wait.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_workspace.openInitial())
                showWelcome(true);
        },
        Qt::QueuedConnection);
}

void MainWindow::releaseBackgroundWorkOnceListShown()
{
    releaseBackgroundWorkOnceShown(*this, *m_containerView->viewport(), [this] { return !m_containers || !m_firstListPending; });
}

void MainWindow::createActions()
{
    m_newAction = makeAction(this, QStringLiteral("actionNew"), tr("&New"), QStringLiteral("action-new"),
                             {QKeySequence::New}, tr("Create a container"));
    m_startAction = makeAction(this, QStringLiteral("actionStart"), tr("&Start"), QStringLiteral("action-start"),
                               {QKeySequence(Qt::CTRL | Qt::Key_R)}, tr("Start the selected containers"));
    m_stopAction = makeAction(this, QStringLiteral("actionStop"), tr("S&top"), QStringLiteral("action-stop"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, tr("Stop the selected containers"));
    m_deleteAction = makeAction(this, QStringLiteral("actionDelete"), tr("&Delete"), QStringLiteral("action-delete"),
                                {QKeySequence::Delete}, tr("Delete the selected containers"));
    m_terminalAction = makeAction(this, QStringLiteral("actionOpenTerminal"), tr("Open &Terminal"),
                                  QStringLiteral("action-terminal"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
                                  tr("Open a shell in the selected container"));
    m_filesAction = makeAction(this, QStringLiteral("actionOpenFiles"), tr("Open &Files"), QStringLiteral("action-files"),
                               {QKeySequence(Qt::CTRL | Qt::Key_E)}, tr("Browse the selected container's files"));
    m_refreshAction = makeAction(this, QStringLiteral("actionRefresh"), tr("&Refresh"), QStringLiteral("action-refresh"),
                                 {QKeySequence::Refresh}, tr("Reload the container list"));
    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    const struct {
        const char *name;
        QString text;
        QKeySequence keys;
        std::function<void()> run;
    } tabActions[] = {
        {"actionNewTerminalTab", tr("New Terminal Tab"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
         [this] {
             const QString key = currentContainerKey();
             if (!key.isEmpty())
                 openTerminalFor(key);
         }},
        {"actionCloseTab", tr("Close Tab"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
         [this] {
             if (QWidget *page = m_workArea->currentWidget(); page && page->close())
                 page->deleteLater();
         }},
        {"actionNextTab", tr("Next Tab"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
         [this] {
             if (m_workArea->count() > 0)
                 m_workArea->setCurrentIndex((m_workArea->currentIndex() + 1) % m_workArea->count());
         }},
        {"actionPreviousTab", tr("Previous Tab"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
         [this] {
             if (m_workArea->count() > 0)
                 m_workArea->setCurrentIndex((m_workArea->currentIndex() + m_workArea->count() - 1) % m_workArea->count());
         }},
    };
    for (const auto &spec : tabActions) {
        auto *action = new QAction(spec.text, this);
        action->setObjectName(QString::fromLatin1(spec.name));
        action->setShortcut(spec.keys);
        connect(action, &QAction::triggered, this, spec.run);
        addAction(action);
    }
    m_signOutAction = new QAction(tr("Sign &Out"), this);
    m_signOutAction->setObjectName(QStringLiteral("actionSignOut"));

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newContainer);
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startSelected);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopSelected);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_terminalAction, &QAction::triggered, this, &MainWindow::openTerminal);
    connect(m_filesAction, &QAction::triggered, this, &MainWindow::openFiles);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_containers)
            m_containers->refresh();
    });
    connect(m_signOutAction, &QAction::triggered, this, [this] {
        if (!m_session || m_session->profile().isLocal())
            return;
        QMessageBox box(QMessageBox::Question, tr("Sign Out"),
                        tr("Sign out of %1? The token is removed from this computer's keychain.").arg(m_session->profile().name),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("signOutDialog"));
        QPushButton *revoke = box.addButton(tr("Sign Out and Revoke Token"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("Sign Out"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == revoke || box.clickedButton() == keep)
            m_session->signOut(box.clickedButton() == revoke);
    });
}

void MainWindow::createLayout()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_servers = new QComboBox;
    m_servers->setObjectName(QStringLiteral("serverSwitcher"));
    m_servers->setAccessibleName(tr("Server"));
    m_servers->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_servers->setMinimumWidth(220);
    connect(m_servers, &QComboBox::activated, this, [this](int index) {
        const QString id = m_servers->itemData(index).toString();
        if (m_servers->itemData(index, Qt::UserRole + 1).toInt() == kAddServerItem) {
            fillServerSwitcher(); // put the current server back in the box
            showConnectDialog();
            return;
        }
        if (id == QLatin1StringView(accounts::ProfileStore::kLocalProfileId))
            m_workspace.openThisComputer();
        else
            m_workspace.open(id);
    });
    toolbar->addWidget(m_servers);
    auto *accountButton = new QToolButton;
    accountButton->setObjectName(QStringLiteral("accountButton"));
    accountButton->setIcon(themedIcon(QStringLiteral("action-settings")));
    accountButton->setToolTip(tr("Servers and account"));
    accountButton->setAccessibleName(tr("Servers and account"));
    accountButton->setPopupMode(QToolButton::InstantPopup);
    auto *accountMenu = new QMenu(accountButton);
    QAction *addServer = accountMenu->addAction(tr("&Add Server…"));
    addServer->setObjectName(QStringLiteral("actionAddServer"));
    connect(addServer, &QAction::triggered, this, [this] { showConnectDialog(); });
    accountMenu->addAction(m_signOutAction);
    accountMenu->addSeparator();
    QAction *settingsAction = accountMenu->addAction(themedIcon(QStringLiteral("action-settings")), tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    addAction(settingsAction);
    connect(settingsAction, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
        dialog->open();
    });
    accountButton->setMenu(accountMenu);
    toolbar->addWidget(accountButton);
    toolbar->addSeparator();
    toolbar->addActions({m_newAction, m_startAction, m_stopAction, m_deleteAction});
    toolbar->addSeparator();
    toolbar->addActions({m_terminalAction, m_filesAction});
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);

    // The container list: filter, state choice, view.
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("containerFilter"));
    m_filter->setPlaceholderText(tr("Filter containers (Ctrl+F)"));
    addClearButton(m_filter);
    m_filter->setAccessibleName(tr("Filter containers"));
    connect(m_findAction, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(m_findAction);
    auto *stateBar = new QToolBar;
    stateBar->setObjectName(QStringLiteral("stateFilterBar"));
    stateBar->setIconSize(QSize(12, 12));
    m_stateFilter = new QActionGroup(this);
    const struct {
        const char *name;
        QString text;
        ContainerFilterProxy::StateFilter filter;
    } states[] = {{"filterAll", tr("All"), ContainerFilterProxy::StateFilter::All},
                  {"filterRunning", tr("Running"), ContainerFilterProxy::StateFilter::Running},
                  {"filterStopped", tr("Stopped"), ContainerFilterProxy::StateFilter::Stopped}};
    for (const auto &state : states) {
        QAction *action = stateBar->addAction(state.text);
        action->setObjectName(QString::fromLatin1(state.name));
        action->setCheckable(true);
        action->setData(int(state.filter));
        m_stateFilter->addAction(action);
        if (state.filter == ContainerFilterProxy::StateFilter::All)
            action->setChecked(true);
    }

    m_proxy = new ContainerFilterProxy(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxy::setText);
    connect(m_stateFilter, &QActionGroup::triggered, this, [this](QAction *action) {
        m_proxy->setStateFilter(ContainerFilterProxy::StateFilter(action->data().toInt()));
    });

    m_containerView = new QTreeView;
    m_containerView->setObjectName(QStringLiteral("containerView"));
    m_containerView->setAccessibleName(tr("Containers"));
    m_containerView->setRootIsDecorated(false);
    m_containerView->setUniformRowHeights(true);
    m_containerView->setAllColumnsShowFocus(true);
    m_containerView->setSortingEnabled(true);
    m_containerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_containerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_containerView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_containerView->setItemDelegateForColumn(int(ContainerModel::Column::Status), new StatusDelegate(m_containerView));
    m_containerView->setModel(m_proxy);
    m_containerView->sortByColumn(int(ContainerModel::Column::Name), Qt::AscendingOrder);
    connect(m_containerView, &QTreeView::activated, this, [this] { openTerminal(); });
    connect(m_containerView, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_terminalAction, m_filesAction});
        menu.addSeparator();
        menu.addActions({m_startAction, m_stopAction});
        menu.addSeparator();
        menu.addActions({m_deleteAction, m_newAction, m_refreshAction});
        menu.exec(m_containerView->viewport()->mapToGlobal(pos));
    });

    auto *listPanel = new QWidget;
    listPanel->setObjectName(QStringLiteral("containerPanel"));
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(6, 6, 0, 6);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(stateBar);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_containerView, 1);

    m_workArea = new QTabWidget;
    m_workArea->setObjectName(QStringLiteral("workArea"));
    m_workArea->setDocumentMode(true);
    m_workArea->setTabsClosable(true);
    m_workArea->setMovable(true);
    m_workArea->setAccessibleName(tr("Work area"));
    connect(m_workArea, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_workArea->widget(index);
        if (page && page->close())
            page->deleteLater();
    });
    auto *empty = new QLabel(tr("<p style=\"font-size:large\">Nothing open yet</p>"
                                "<p>Double-click a container, or press Ctrl+T, to open its shell here.<br>"
                                "Ctrl+E opens its files.</p>"));
    empty->setObjectName(QStringLiteral("workAreaEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    auto *workStack = new QStackedWidget;
    workStack->addWidget(empty);
    workStack->addWidget(m_workArea);
    auto updateWorkStack = [this, workStack] { workStack->setCurrentIndex(m_workArea->count() > 0 ? 1 : 0); };
    connect(m_workArea, &QTabWidget::currentChanged, this, updateWorkStack);
    connect(m_workArea->tabBar(), &QTabBar::tabCloseRequested, this, updateWorkStack);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(workStack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({660, 620});
    m_splitter->setChildrenCollapsible(false);

    m_messageBar = new MessageBar;
    auto *mainPage = new QWidget;
    auto *mainLayout = new QVBoxLayout(mainPage);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    auto *barBox = new QWidget;
    auto *barLayout = new QVBoxLayout(barBox);
    barLayout->setContentsMargins(6, 6, 6, 0);
    barLayout->addWidget(m_messageBar);
    mainLayout->addWidget(barBox);
    mainLayout->addWidget(m_splitter, 1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(mainPage);
    setCentralWidget(m_pages);

    m_modeLabel = new QLabel;
    m_modeLabel->setObjectName(QStringLiteral("connectionMode"));
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_rateLabel = new QLabel;
    m_rateLabel->setObjectName(QStringLiteral("rateLimitLabel"));
    m_rateLabel->hide();
    statusBar()->addWidget(m_modeLabel);
    statusBar()->addWidget(m_rateLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    updateModeLabel();
    setTabOrder(m_filter, m_containerView);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // 1280x800, or less on a small screen: a first window that covers the whole screen
        // hides the desktop it was started from.
        QSize size(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.85);
        resize(size);
    }
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    // Applied when the view gets its columns (attachContainers()): it has none before a session.
    m_columnsState = settings.value(QStringLiteral("mainWindow/columns")).toByteArray();
}

void MainWindow::applyColumns()
{
    QHeaderView *header = m_containerView->header();
    if (m_columnsState.isEmpty() || !header->restoreState(m_columnsState))
        setDefaultColumnWidths();
    // The name takes what the other columns leave, whatever a saved state said.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(int(ContainerModel::Column::Name), QHeaderView::Stretch);
}

void MainWindow::setDefaultColumnWidths()
{
    // Each column as wide as a typical value, formatted as the list formats it (so in the
    // user's language); the name takes the rest (applyColumns()), so that the list fits its
    // panel without a horizontal scroll bar. Called once the view has its columns.
    using Column = ContainerModel::Column;
    using containers::ContainerFormat;
    QHeaderView *header = m_containerView->header();
    const QFontMetrics metrics(m_containerView->font());
    const int padding = 2 * m_containerView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    auto fit = [&metrics, padding](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    const QDateTime now = QDateTime::currentDateTime();
    int status = 0;
    for (const char *word : {"running", "stopped", "creating", "starting", "paused", "error"})
        status = std::max(status, fit(ContainerFormat::status(QString::fromLatin1(word))));
    header->resizeSection(int(Column::Status), status + 20); // + the icon
    header->resizeSection(int(Column::Image), fit(QStringLiteral("ubuntu-24")));
    header->resizeSection(int(Column::Role), fit(QStringLiteral("standard")));
    header->resizeSection(int(Column::Resources), fit(ContainerFormat::resources({512, 500, 10240}, false)));
    header->resizeSection(int(Column::LastUsed), fit(ContainerFormat::relativeTime(now.addSecs(-59 * 60), now)));
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/columns"),
                      m_containers ? m_containerView->header()->saveState() : m_columnsState);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    // Which containers had terminals open, to reopen them next time if the user chose so.
    if (m_session) {
        QStringList keys;
        for (int i = 0; i < m_workArea->count(); ++i) {
            if (qobject_cast<TerminalTab *>(m_workArea->widget(i)))
                keys << m_workArea->widget(i)->property(kContainerKeyProperty).toString();
        }
        QSettings().setValue(QStringLiteral("openTabs/") + m_session->profile().id, keys);
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showWelcome(bool show)
{
    if (show && !m_welcome) {
        // Made when first needed: most starts open a server and never show it, and its command
        // link buttons look up the desktop icon theme (several ms on the start path).
        m_welcome = new WelcomePage;
        connect(m_welcome, &WelcomePage::thisComputerChosen, this, [this] {
            showWelcome(false);
            m_workspace.openThisComputer();
        });
        connect(m_welcome, &WelcomePage::connectChosen, this, [this] { showConnectDialog(); });
        m_pages->addWidget(m_welcome);
    }
    m_pages->setCurrentWidget(show ? static_cast<QWidget *>(m_welcome) : m_pages->widget(0));
}

void MainWindow::fillServerSwitcher()
{
    QList<accounts::ServerProfile> profiles = m_workspace.profiles().profiles();
    if (m_session && !m_session->profile().isPersistent())
        profiles.prepend(m_session->profile());
    // The same servers under the same names (a profile fetched again, as at every start): refilled,
    // the switcher would be measured again and the whole window laid out and painted again.
    const bool unchanged = m_servers->count() == profiles.size() + 2
        && std::ranges::all_of(profiles, [this, index = 0](const accounts::ServerProfile &profile) mutable {
               const int at = index++;
               return m_servers->itemData(at).toString() == profile.id && m_servers->itemText(at) == profile.displayName();
           });
    if (!unchanged) {
        m_servers->clear();
        addServerItems(profiles);
    }
    const int index = m_session ? m_servers->findData(m_session->profile().id) : 0;
    if (index >= 0)
        m_servers->setCurrentIndex(index);
}

void MainWindow::addServerItems(const QList<accounts::ServerProfile> &profiles)
{
    for (const auto &profile : profiles) {
        const QIcon icon = themedIcon(profile.isLocal() ? QStringLiteral("computer") : QStringLiteral("server"));
        m_servers->addItem(icon, profile.displayName(), profile.id);
    }
    m_servers->insertSeparator(m_servers->count());
    m_servers->addItem(tr("Add Server…"));
    m_servers->setItemData(m_servers->count() - 1, kAddServerItem, Qt::UserRole + 1);
}

void MainWindow::onSessionChanged(ServerSession *session)
{
    if (m_containers) {
        m_columnsState = m_containerView->header()->saveState(); // the next server's list keeps them
        m_containers->deleteLater();
        m_containers = nullptr;
        m_proxy->setSourceModel(nullptr);
    }
    m_session = session;
    m_messageBar->hide();
    updateUserLabel();
    if (!session) {
        fillServerSwitcher();
        updateActions();
        return;
    }
    showWelcome(false);
    connect(session, &ServerSession::stateChanged, this, &MainWindow::onSessionState);
    connect(session, &ServerSession::profileChanged, this, [this] {
        fillServerSwitcher();
        updateUserLabel();
    });
    connect(session, &ServerSession::certificateRejected, this,
            [this, session](const QSslCertificate &certificate, const QList<QSslError> &errors) {
                // Over whatever is modal now (the Connect dialog during a sign-in), else the window.
                QWidget *parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : this;
                auto *dialog = new CertificateDialog(session->profile().name, certificate, errors, parent);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                const QPointer<ServerSession> guard(session);
                connect(dialog, &QDialog::accepted, this, [guard, certificate] {
                    if (guard)
                        guard->trustCertificate(certificate);
                });
                dialog->open();
            });
    connect(session, &ServerSession::keychainUnavailable, this, [this](const QString &problem) {
        m_messageBar->show(MessageBar::Level::Warning, problem);
    });
    fillServerSwitcher();
    onSessionState();
}

void MainWindow::onSessionState()
{
    if (!m_session)
        return;
    const auto profile = m_session->profile();
    switch (m_session->state()) {
    case ServerSession::State::Closed:
    case ServerSession::State::Opening:
        m_modeLabel->setText(profile.isLocal() ? tr("Starting local sandboxes…") : tr("Connecting to %1…").arg(profile.name));
        break;
    case ServerSession::State::Ready:
        updateUserLabel();
        if (!m_containers)
            attachContainers();
        break;
    case ServerSession::State::NeedsSignIn: {
        auto *signIn = new QAction(tr("Sign In…"), m_messageBar);
        signIn->setObjectName(QStringLiteral("messageSignIn"));
        const QString id = profile.id;
        connect(signIn, &QAction::triggered, this, [this, id] { showConnectDialog(id); });
        const QString why = m_session->lastError().isError() ? m_session->lastError().userMessage()
                                                             : tr("You are not signed in to %1.").arg(profile.name);
        m_messageBar->show(MessageBar::Level::Warning, why, {signIn});
        m_modeLabel->setText(tr("Signed out"));
        break;
    }
    case ServerSession::State::Failed: {
        auto *retry = new QAction(tr("Try Again"), m_messageBar);
        retry->setObjectName(QStringLiteral("messageRetry"));
        connect(retry, &QAction::triggered, this, [this] {
            if (m_session)
                m_session->open();
        });
        m_messageBar->show(MessageBar::Level::Error, m_session->lastError().userMessage(), {retry});
        m_modeLabel->setText(tr("Offline"));
        break;
    }
    }
    updateActions();
}

void MainWindow::applySettings()
{
    const QSettings settings;
    const TerminalAppearance appearance = TerminalAppearance::fromSettings();
    for (int i = 0; i < m_workArea->count(); ++i) {
        if (auto *tab = qobject_cast<TerminalTab *>(m_workArea->widget(i)))
            tab->setAppearance(appearance);
    }
    if (m_transfers)
        m_transfers->setMaxConcurrent(settings.value(QString::fromLatin1(SettingsDialog::kParallelTransfers), 2).toInt());
    m_tray->setEnabled(settings.value(QString::fromLatin1(SettingsDialog::kTrayIcon), false).toBool());
}

void MainWindow::notify(const QString &key, const QString &title, const QString &body)
{
    m_notifier->notify(key, title, body);
}

void MainWindow::followContainersOfTerminals(int firstRow, int lastRow)
{
    const ContainerModel *model = m_containers->model();
    for (int row = firstRow; row <= lastRow; ++row) {
        const api::Container container = model->containerAt(row);
        if (!container.isRunning())
            continue;
        const QString key = model->stableKeyAt(row);
        m_stopsAsked.remove(key);
        // Running again: the tabs that waited for it reconnect.
        for (int i = 0; i < m_workArea->count(); ++i) {
            auto *tab = qobject_cast<TerminalTab *>(m_workArea->widget(i));
            if (tab && tab->property(kContainerKeyProperty).toString() == key && tab->isWaitingForStart()) {
                tab->setContainerId(container.id);
                tab->reconnectAll();
            }
        }
    }
}

void MainWindow::updateUserLabel()
{
    const auto profile = m_session ? m_session->profile() : accounts::ServerProfile();
    m_userLabel->setText(profile.userName.isEmpty() ? QString() : tr("%1 · %2").arg(profile.userName, profile.tier));
}

void MainWindow::attachContainers()
{
    m_containers = new ContainerSession(*m_session->client(), this);
    m_proxy->setSourceModel(m_containers->model());
    m_firstListPending = true;
    ContainerEventsClient *events = m_containers->events();
    const auto listSettled = [this, events] {
        // Only this session's list: a replaced session lives on until its deleteLater().
        if (!m_containers || m_containers->events() != events || !std::exchange(m_firstListPending, false))
            return;
        m_containerView->viewport()->update(); // a frame for an empty list too
    };
    connect(events, &ContainerEventsClient::listFetched, this, listSettled);
    connect(events, &ContainerEventsClient::fetchFailed, this, listSettled);
    connect(events, &ContainerEventsClient::eventReceived, this, listSettled);
    applyColumns();
    connect(m_containerView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_containers->model(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_containers->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(ContainerModel::StatusKindRole))
                    followContainersOfTerminals(topLeft.row(), bottomRight.row());
            });
    connect(m_containers->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_containers, &ContainerSession::modeChanged, this, &MainWindow::updateModeLabel);
    // A container's id changes (creation, a start that recreated it): its tabs follow.
    connect(m_containers->model(), &ContainerModel::idChanged, this,
            [this](const QString &stableKey, const QString &, const QString &newId) {
                for (int i = 0; i < m_workArea->count(); ++i) {
                    auto *tab = qobject_cast<TerminalTab *>(m_workArea->widget(i));
                    if (tab && tab->property(kContainerKeyProperty).toString() == stableKey)
                        tab->setContainerId(newId);
                }
            });
    connect(m_containers, &ContainerSession::actionFailed, this,
            [this](ContainerSession::Action, const QString &, const api::ApiError &error) {
                // A revoked or expired token: stop asking every few seconds and offer to sign in.
                if (error.needsSignIn() && m_containers)
                    m_containers->stopUpdates();
                // A server that failed to start (This computer) has said why, with Try Again:
                // the list's own failure to reach it would only hide that.
                if (m_session && m_session->state() == ServerSession::State::Failed)
                    return;
                m_messageBar->show(MessageBar::Level::Error, error.userMessage());
            });
    api::RestClient *client = m_session->client();
    connect(client, &api::RestClient::rateLimitWait, this, [this](int seconds) {
        m_rateLabel->setVisible(seconds > 0);
        m_rateLabel->setText(tr("The server asked to wait: %n s", nullptr, seconds));
    });
    connect(client, &api::RestClient::certificateRejected, this, [this](const QSslCertificate &certificate) {
        // Retries see the same certificate again: say it once.
        if (m_messageBar->isVisible() && m_messageBar->property("certificate") == certificate.digest(QCryptographicHash::Sha256))
            return;
        m_messageBar->setProperty("certificate", certificate.digest(QCryptographicHash::Sha256));
        m_messageBar->show(MessageBar::Level::Error,
                           tr("The server's certificate could not be verified (%1, SHA-256 %2).")
                               .arg(certificate.subjectDisplayName(),
                                    QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'))));
    });
    m_containers->startUpdates();
    updateModeLabel();
    restoreTabsOnce();
}

void MainWindow::restoreTabsOnce()
{
    QSettings settings;
    if (!settings.value(QString::fromLatin1(SettingsDialog::kRestoreTabs), false).toBool())
        return;
    const QStringList keys = settings.value(QStringLiteral("openTabs/") + m_session->profile().id).toStringList();
    if (keys.isEmpty())
        return;
    // Once the first list has arrived: the containers must be known before their shells open.
    auto pending = std::make_shared<QStringList>(keys);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_containers->model(), &QAbstractItemModel::rowsInserted, this, [this, pending, connection] {
        QObject::disconnect(*connection);
        QMetaObject::invokeMethod(this, [this, pending] {
            for (const QString &key : std::as_const(*pending)) {
                const int row = m_containers ? m_containers->model()->rowForKey(key) : -1;
                if (row >= 0 && m_containers->model()->containerAt(row).canOpenTerminal())
                    openTerminalFor(key);
            }
        }, Qt::QueuedConnection);
    });
}

void MainWindow::updateModeLabel()
{
    if (!m_containers) {
        m_modeLabel->setText(tr("Not connected"));
        m_tray->setConnection(TrayIcon::Connection::None, {}, {});
        return;
    }
    using Mode = ContainerEventsClient::Mode;
    using Connection = TrayIcon::Connection;
    QString text;
    QString words;
    Connection connection = Connection::Offline;
    switch (m_containers->mode()) {
    case Mode::Live:
        text = tr("● Live");
        words = tr("live");
        connection = Connection::Live;
        break;
    case Mode::Polling:
        text = tr("◐ Polling every few seconds");
        words = tr("polling every few seconds");
        connection = Connection::Degraded;
        break;
    case Mode::Reconnecting:
        text = tr("○ Reconnecting…");
        words = tr("reconnecting");
        connection = Connection::Degraded;
        break;
    case Mode::Offline:
        text = tr("○ Offline");
        words = tr("offline");
        break;
    }
    m_modeLabel->setText(text);
    m_tray->setConnection(connection, m_session ? m_session->profile().name : QString(), words);
    m_modeLabel->setToolTip(tr("How the container list stays up to date"));
}

QStringList MainWindow::selectedKeys() const
{
    QStringList keys;
    if (!m_containerView->selectionModel())
        return keys;
    QModelIndexList rows = m_containerView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        keys << index.data(ContainerModel::StableKeyRole).toString();
    return keys;
}

bool MainWindow::selectKey(const QString &stableKey)
{
    if (!m_containers)
        return false;
    const int row = m_containers->model()->rowForKey(stableKey);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_containers->model()->index(row, 0));
    if (!index.isValid())
        return false;
    m_containerView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_containerView->setCurrentIndex(index);
    m_containerView->scrollTo(index);
    return true;
}

QStringList MainWindow::namesFor(const QStringList &keys) const
{
    QStringList names;
    for (const QString &key : keys) {
        const int row = m_containers->model()->rowForKey(key);
        if (row >= 0)
            names << m_containers->model()->containerAt(row).name;
    }
    return names;
}

QStringList MainWindow::idsFor(const QStringList &keys) const
{
    QStringList ids;
    for (const QString &key : keys) {
        const int row = m_containers->model()->rowForKey(key);
        if (row >= 0)
            ids << m_containers->model()->containerAt(row).id;
    }
    return ids;
}

void MainWindow::updateActions()
{
    const bool ready = m_session && m_session->state() == ServerSession::State::Ready && m_containers;
    m_newAction->setEnabled(ready);
    m_refreshAction->setEnabled(ready);
    m_signOutAction->setEnabled(m_session && !m_session->profile().isLocal());
    bool canStart = false;
    bool canStop = false;
    int terminalReady = 0;
    int filesReady = 0;
    const QStringList keys = ready ? selectedKeys() : QStringList();
    for (const QString &key : keys) {
        const int row = m_containers->model()->rowForKey(key);
        if (row < 0)
            continue;
        const api::Container c = m_containers->model()->containerAt(row);
        canStart = canStart || (!c.isAgent() && (c.isStopped() || c.isError()));
        canStop = canStop || c.isRunning() || c.isConfiguring();
        terminalReady += c.canOpenTerminal() ? 1 : 0;
        filesReady += c.canUseFiles() ? 1 : 0;
    }
    m_startAction->setEnabled(canStart);
    m_stopAction->setEnabled(canStop);
    m_deleteAction->setEnabled(!keys.isEmpty());
    m_terminalAction->setEnabled(keys.size() == 1 && terminalReady == 1);
    m_filesAction->setEnabled(keys.size() == 1 && filesReady == 1);
}

int MainWindow::openTabsFor(const QString &key) const
{
    int count = 0;
    for (int i = 0; i < m_workArea->count(); ++i)
        count += m_workArea->widget(i)->property(kContainerKeyProperty).toString() == key ? 1 : 0;
    return count;
}

void MainWindow::startSelected()
{
    if (m_containers)
        m_containers->start(idsFor(selectedKeys()));
}

void MainWindow::stopSelected()
{
    const QStringList keys = selectedKeys();
    if (!m_containers || keys.isEmpty())
        return;
    int tabs = 0;
    for (const QString &key : keys)
        tabs += openTabsFor(key);
    if (keys.size() > 1 || tabs > 0) {
        QMessageBox box(QMessageBox::Question, tr("Stop Containers"),
                        tr("Stop %n container(s)?", nullptr, int(keys.size())), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("stopConfirmation"));
        box.setInformativeText(namesFor(keys).join(QStringLiteral(", "))
                               + (tabs > 0 ? QStringLiteral("\n\n") + tr("%n open tab(s) will lose their connection.", nullptr, tabs)
                                           : QString()));
        box.addButton(tr("Stop"), QMessageBox::AcceptRole)->setObjectName(QStringLiteral("confirmStop"));
        if (box.exec() != QMessageBox::AcceptRole && box.buttonRole(box.clickedButton()) != QMessageBox::AcceptRole)
            return;
    }
    for (const QString &key : keys)
        m_stopsAsked.insert(key);
    m_containers->stop(idsFor(keys));
}

void MainWindow::deleteSelected()
{
    const QStringList keys = selectedKeys();
    if (!m_containers || keys.isEmpty())
        return;
    int tabs = 0;
    for (const QString &key : keys)
        tabs += openTabsFor(key);
    const QStringList names = namesFor(keys);
    QMessageBox box(QMessageBox::Warning, tr("Delete Containers"),
                    keys.size() == 1 ? tr("Delete the container “%1” and all its files?").arg(names.value(0))
                                     : tr("Delete these %n containers and all their files?", nullptr, int(keys.size())),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    QString details = keys.size() > 1 ? names.join(QStringLiteral(", ")) : QString();
    if (tabs > 0)
        details += (details.isEmpty() ? QString() : QStringLiteral("\n\n"))
            + tr("%n open terminal or file tab(s) will close.", nullptr, tabs);
    box.setInformativeText(details + (details.isEmpty() ? QString() : QStringLiteral("\n\n")) + tr("This cannot be undone."));
    QPushButton *confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    for (int i = m_workArea->count() - 1; i >= 0; --i) {
        if (keys.contains(m_workArea->widget(i)->property(kContainerKeyProperty).toString()))
            m_workArea->widget(i)->deleteLater();
    }
    m_containers->remove(idsFor(keys));
}

void MainWindow::openTerminal()
{
    const QStringList keys = selectedKeys();
    if (keys.size() == 1)
        openTerminalFor(keys.first());
}

void MainWindow::openTerminalFor(const QString &key, const QString &startFolder)
{
    if (!m_containers || !m_session || !m_session->client())
        return;
    const int row = m_containers->model()->rowForKey(key);
    if (row < 0)
        return;
    const api::Container container = m_containers->model()->containerAt(row);
    if (!container.canOpenTerminal()) {
        m_messageBar->show(MessageBar::Level::Information,
                           tr("“%1” is %2. Start it to open a terminal.").arg(container.name, containers::ContainerFormat::status(container.status)));
        return;
    }
    auto open = [this, key, container, startFolder] {
        auto *tab = new TerminalTab(*m_session->client(), container, startFolder);
        tab->setProperty(kContainerKeyProperty, key);
        const int index = m_workArea->addTab(tab, themedIcon(QStringLiteral("action-terminal")), container.name);
        m_workArea->setTabToolTip(index, tr("Shell in %1").arg(container.name));
        m_workArea->setCurrentIndex(index);
        connect(tab, &TerminalTab::titleChanged, this, [this, tab](const QString &title) {
            m_workArea->setTabText(m_workArea->indexOf(tab), title);
        });
        // The container stopped under the shell: start it again, follow its new id, reconnect.
        // The server locked the terminal meanwhile (a new pane, a reconnect): the code, then again.
        connect(tab, &TerminalTab::codeRequired, this, [this, tab, key] {
            if (!m_containers)
                return;
            const int row = m_containers->model()->rowForKey(key);
            const QPointer<TerminalTab> guard(tab); // the tab may close before the code is checked
            if (row >= 0) {
                askForTerminalCode(m_containers->model()->containerAt(row), [guard] {
                    if (guard)
                        guard->reconnectAll();
                });
            }
        });
        connect(tab, &TerminalTab::restartRequested, this, [this, tab, key] {
            if (!m_containers)
                return;
            // Stopped from this window: the tab waits for the container to run again.
            if (m_stopsAsked.contains(key)) {
                tab->waitForStart();
                return;
            }
            // Stopped by someone else (another client, the server): say so when the window is
            // in the background, then start it again as Rexec's web client does.
            if (!isActiveWindow())
                notify(QStringLiteral("container:") + key, tr("%1 stopped").arg(tab->containerName()),
                       tr("It stopped while its terminal was open; Rexec Desktop is starting it again."));
            const int current = m_containers->model()->rowForKey(key);
            if (current < 0)
                return;
            m_containers->start(QStringList{m_containers->model()->containerAt(current).id}, tab,
                                [this, tab](const QString &id, const api::ApiError &error) {
                                    if (error.isError()) {
                                        m_messageBar->show(MessageBar::Level::Error, error.userMessage());
                                        return;
                                    }
                                    tab->setContainerId(id);
                                    tab->reconnectAll();
                                });
        });
        if (TerminalPane *pane = tab->currentPane())
            pane->terminal()->setFocus();
    };
    if (!container.mfaLocked) {
        open();
        return;
    }
    askForTerminalCode(container, open);
}

void MainWindow::askForTerminalCode(const api::Container &container, const std::function<void()> &then)
{
    // An MFA-locked terminal: the code first, as the web dashboard asks for it.
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Verification Code"),
                                               tr("The terminal of “%1” is protected. Enter the 6-digit code from your "
                                                  "authenticator app:")
                                                   .arg(container.name),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || code.isEmpty() || !m_session || !m_session->client())
        return;
    m_session->client()->verifyTerminalMfa(container.dbId.isEmpty() ? container.id : container.dbId, code, this,
                                           [this, then](const api::Result<QJsonObject> &result) {
                                               if (!result) {
                                                   m_messageBar->show(MessageBar::Level::Error, result.error().userMessage());
                                                   return;
                                               }
                                               then();
                                           });
}

QString MainWindow::currentContainerKey() const
{
    if (QWidget *page = m_workArea->currentWidget()) {
        const QString key = page->property(kContainerKeyProperty).toString();
        if (!key.isEmpty())
            return key;
    }
    const QStringList keys = selectedKeys();
    return keys.size() == 1 ? keys.first() : QString();
}

void MainWindow::openFiles()
{
    const QStringList keys = selectedKeys();
    if (keys.size() != 1 || !m_containers || !m_session || !m_session->client())
        return;
    const QString key = keys.first();
    // One browser per container: an open one comes to the front.
    for (int i = 0; i < m_workArea->count(); ++i) {
        auto *open = qobject_cast<FileBrowser *>(m_workArea->widget(i));
        if (open && open->property(kContainerKeyProperty).toString() == key) {
            m_workArea->setCurrentIndex(i);
            open->setFocus();
            return;
        }
    }
    const int row = m_containers->model()->rowForKey(key);
    if (row < 0)
        return;
    const api::Container container = m_containers->model()->containerAt(row);
    auto *browser = new FileBrowser(m_session->client(), container.id, container.name, transferQueue());
    browser->setProperty(kContainerKeyProperty, key);
    const int index = m_workArea->addTab(browser, themedIcon(QStringLiteral("action-files")), container.name);
    m_workArea->setTabToolTip(index, tr("Files of %1").arg(container.name));
    m_workArea->setCurrentIndex(index);
    browser->setFocus();
    // A start that recreates the container gives it a new id: the browser follows.
    connect(m_containers->model(), &ContainerModel::idChanged, browser,
            [browser, key](const QString &stableKey, const QString &, const QString &newId) {
                if (stableKey == key)
                    browser->setContainerId(newId);
            });
    connect(browser, &FileBrowser::startRequested, this, [this, browser, key] {
        const int current = m_containers ? m_containers->model()->rowForKey(key) : -1;
        if (current < 0)
            return;
        m_containers->start(QStringList{m_containers->model()->containerAt(current).id}, browser,
                            [this, browser](const QString &id, const api::ApiError &error) {
                                if (error.isError())
                                    m_messageBar->show(MessageBar::Level::Error, error.userMessage());
                                browser->setContainerId(error.isError() ? browser->containerId() : id);
                            });
    });
    connect(browser, &FileBrowser::openTerminalRequested, this,
            [this, key](const QString &folder) { openTerminalFor(key, folder); });
}

files::TransferQueue *MainWindow::transferQueue()
{
    QSettings settings;
    const int parallel = settings.value(QString::fromLatin1(SettingsDialog::kParallelTransfers), 2).toInt();
    if (m_transfers) {
        m_transfers->setMaxConcurrent(parallel);
        return m_transfers;
    }
    m_transfers = new files::TransferQueue(this);
    m_transfers->setMaxConcurrent(parallel);
    auto *panel = new TransferPanel(m_transfers);
    connect(m_transfers, &files::TransferQueue::unfinishedCountChanged, m_tray, &TrayIcon::setTransfers);
    connect(panel, &TransferPanel::notified, this, [this](const QString &title, const QString &text) {
        notify(QStringLiteral("transfers"), title, text);
    });
    m_transferDock = new QDockWidget(tr("Transfers"), this);
    m_transferDock->setObjectName(QStringLiteral("transferDock"));
    m_transferDock->setWidget(panel);
    m_transferDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_transferDock);
    m_transferDock->hide();
    QDockWidget *dock = m_transferDock;
    connect(panel, &TransferPanel::transfersAdded, dock, [this, dock] {
        if (dock->isVisible())
            return;
        dock->show();
        // A strip under the work area, not half the window.
        resizeDocks({dock}, {210}, Qt::Vertical);
    });
    return m_transfers;
}

void MainWindow::newContainer()
{
    if (!m_containers || !m_session)
        return;
    auto *dialog = new CreateContainerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    api::RestClient *client = m_session->client();
    client->listImages(true, dialog, [dialog](const api::Result<api::ImageCatalog> &images) {
        if (images)
            dialog->setImages(images.value());
        else
            dialog->setCatalogError(images.error());
    });
    client->listRoles(dialog, [dialog](const api::Result<api::RoleList> &roles) {
        if (roles)
            dialog->setRoles(roles.value());
    });
    dialog->setLimits(m_session->account().limits);
    connect(dialog, &CreateContainerDialog::createRequested, this, [this, dialog](const api::CreateContainerRequest &request) {
        if (!m_containers)
            return;
        CreateTracker *tracker = m_containers->create(request);
        connect(tracker, &CreateTracker::stageChanged, dialog, [dialog, tracker](const QString &, const QString &message) {
            dialog->showProgress(message.isEmpty() ? tracker->stage() : message, tracker->percentage());
        });
        connect(tracker, &CreateTracker::percentageChanged, dialog, [dialog, tracker](int percent) {
            dialog->showProgress(tracker->stageMessage().isEmpty() ? tracker->stage() : tracker->stageMessage(), percent);
        });
        connect(tracker, &CreateTracker::finished, dialog, [this, dialog, tracker, request](bool ok, const api::Container &container) {
            if (!ok) {
                dialog->showError(tracker->apiError().isError()
                                      ? tracker->apiError()
                                      : api::ApiError::make(api::ApiError::Kind::Protocol, tracker->errorText(),
                                                            QStringLiteral("POST"), QStringLiteral("/api/containers")));
                return;
            }
            dialog->showDone();
            selectKey(container.dbId.isEmpty() ? container.id : container.dbId);
            m_containerView->setFocus();
            reportSettingsNotKept(container.name, tracker->settingsNotKept());
        });
    });
    dialog->open();
}

void MainWindow::reportSettingsNotKept(const QString &name, CreateTracker::Settings notKept)
{
    using Setting = CreateTracker::Setting;
    QString text;
    if (notKept == (Setting::Environment | Setting::Labels))
        text = tr("%1 was created, but the server did not keep its environment variables and labels: this server "
                  "ignores them.").arg(name);
    else if (notKept == Setting::Environment)
        text = tr("%1 was created, but the server did not keep its environment variables: this server ignores them.")
                   .arg(name);
    else if (notKept == Setting::Labels)
        text = tr("%1 was created, but the server did not keep its labels: this server ignores them.").arg(name);
    if (!text.isEmpty())
        m_messageBar->show(MessageBar::Level::Warning, text);
}

void MainWindow::showConnectDialog(const QString &profileId)
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto connectWith = [this, dialog, profileId](auto signIn) {
        const QUrl url = dialog->serverUrl();
        accounts::ServerSession *session = nullptr;
        if (!profileId.isEmpty() && m_session && m_session->profile().id == profileId)
            session = m_session;
        else
            session = m_workspace.addRemote(url, dialog->serverName());
        connect(session, &ServerSession::stateChanged, dialog, [dialog, session](ServerSession::State state) {
            if (state == ServerSession::State::Ready)
                dialog->accept();
            else if (state == ServerSession::State::NeedsSignIn || state == ServerSession::State::Failed)
                dialog->showError(session->lastError().isError() ? session->lastError().userMessage()
                                                                 : tr("The server did not accept the token."));
        });
        signIn(session);
    };
    connect(dialog, &ConnectDialog::tokenSignInRequested, this, [dialog, connectWith] {
        dialog->setBusy(true, tr("Checking the token…"));
        connectWith([dialog](ServerSession *session) { session->signInWithToken(dialog->token()); });
    });
    connect(dialog, &ConnectDialog::browserSignInRequested, this, [this, dialog, connectWith] {
        auto *browser = new accounts::BrowserSignIn(dialog->serverUrl(), dialog);
        connect(browser, &accounts::BrowserSignIn::openBrowser, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
        connect(browser, &accounts::BrowserSignIn::failed, dialog,
                [dialog](const api::ApiError &error) { dialog->showError(error.userMessage()); });
        connect(browser, &accounts::BrowserSignIn::succeeded, dialog, [connectWith](const QString &token) {
            connectWith([token](ServerSession *session) { session->signInWithToken(token); });
        });
        QString error;
        if (!browser->start(&error))
            dialog->showError(error);
        else
            dialog->setBusy(true, tr("Waiting for the browser… Sign in there, then come back."));
    });
    dialog->open();
}

} // namespace rexec::ui
