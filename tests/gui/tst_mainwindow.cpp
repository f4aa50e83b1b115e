// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a user drives it, on a real X server, against real rexec-local
// servers: first launch, This computer, creating with stages, start, stop, filter, sort, bulk
// delete with its confirmation, another client's container, and the dialog's refusals.
#include "accounts/secretstore.h"
#include "accounts/serversession.h"
#include "accounts/workspace.h"
#include "api/restclient.h"
#include "containers/containermodel.h"
#include "containers/containersession.h"
#include "core/startupgate.h"
#include "fakenotifications.h"
#include "guitestutil.h"
#include "httpclient.h"
#include "localserverprocess.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "terminal/terminalpane.h"
#include "terminal/terminaltab.h"
#include "testsupport.h"
#include "trayicon.h"

#include <qtermwidget6/qtermwidget.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTabWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeView>

using namespace rexec;
using namespace rexec::test;
using containers::ContainerModel;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeNotifications> m_notifications;
    std::unique_ptr<accounts::Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;

    // The local server's token, as another client on this computer (the CLI, a script) would use it.
    QByteArray localToken()
    {
        std::optional<SecretResult> token;
        m_workspace->secrets().read(QStringLiteral("local"), this, [&token](const SecretResult &r) { token = r; });
        if (!QTest::qWaitFor([&] { return token.has_value(); }, 5000) || !token->ok())
            return {};
        return token->secret.toLatin1();
    }
    // Opens the terminal of the container named `name` from the list and waits for its shell.
    ui::TerminalTab *openConnectedTerminal(const QString &name)
    {
        if (!m_window->selectKey(model()->stableKeyAt(rowNamed(name))))
            return nullptr;
        if (!QTest::qWaitFor([&] { return action("actionOpenTerminal")->isEnabled(); }, 5000))
            return nullptr;
        const int before = m_window->workArea()->count();
        action("actionOpenTerminal")->trigger();
        if (!QTest::qWaitFor([&] { return m_window->workArea()->count() == before + 1; }, 5000))
            return nullptr;
        auto *tab = qobject_cast<ui::TerminalTab *>(m_window->workArea()->currentWidget());
        if (!tab || !QTest::qWaitFor([tab] { return tab->isConnected(); }, 15000))
            return nullptr;
        return tab;
    }
    QUrl apiUrl(const QString &path) const
    {
        QUrl url = m_window->containerSession()->rest().baseUrl();
        url.setPath(path);
        return url;
    }

    QTreeView *view() const { return m_window->findChild<QTreeView *>(QStringLiteral("containerView")); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    ContainerModel *model() const { return m_window->containerSession() ? m_window->containerSession()->model() : nullptr; }

    int rowNamed(const QString &name) const
    {
        for (int row = 0; model() && row < model()->rowCount(); ++row) {
            if (model()->containerAt(row).name == name)
                return row;
        }
        return -1;
    }
    QString statusOf(const QString &name) const
    {
        const int row = rowNamed(name);
        return row < 0 ? QString() : model()->containerAt(row).status;
    }

    // Creates a container through the New dialog and waits for it to run.
    bool createThroughDialog(const QString &name, bool screenshot = false)
    {
        action("actionNew")->trigger();
        QWidget *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = findTopLevel<QWidget>(QStringLiteral("createContainerDialog"))); }, 5000))
            return false;
        auto *images = dialog->findChild<QListWidget *>(QStringLiteral("imageList"));
        if (!QTest::qWaitFor([&] { return images->count() > 2 && images->currentItem(); }, 10000))
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        if (screenshot)
            saveScreenshot(dialog->grab().toImage(), QStringLiteral("create-dialog"));
        dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
        if (screenshot) {
            auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("createProgress"));
            if (QTest::qWaitFor([&] { return progress->isVisible(); }, 2000))
                saveScreenshot(dialog->grab().toImage(), QStringLiteral("create-dialog-progress"));
        }
        return QTest::qWaitFor([&] { return !findTopLevel<QWidget>(QStringLiteral("createContainerDialog")); }, 20000)
            && QTest::qWaitFor([&] { return statusOf(name) == u"running"; }, 20000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RexecTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        qputenv("REXEC_LOCAL_BIN", (binaryDir() + QStringLiteral("/rexec-local")).toLocal8Bit());
        m_notifications = std::make_unique<FakeNotifications>();
        QVERIFY(m_notifications->isRegistered());
        m_workspace = std::make_unique<accounts::Workspace>();
        m_window = std::make_unique<ui::MainWindow>(*m_workspace);
        m_window->resize(1280, 780);
        m_window->show();
        m_window->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void firstLaunchOffersThisComputer()
    {
        QWidget *welcome = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((welcome = m_window->findChild<QWidget *>(QStringLiteral("welcomePage"))) && welcome->isVisible(), 5000);
        saveScreenshot(m_window->grab().toImage(), QStringLiteral("welcome"));
        auto *local = welcome->findChild<QAbstractButton *>(QStringLiteral("chooseThisComputer"));
        QVERIFY(local);
        local->click();
        QTRY_VERIFY_WITH_TIMEOUT(model() != nullptr, 20000);
        QVERIFY(!welcome->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(QStringLiteral("connectionMode"))->text().contains(tr("Live")), 10000);
        // The server switcher names it.
        QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("serverSwitcher"))->currentData().toString(),
                 QStringLiteral("local"));
    }

    void createWithStages()
    {
        QVERIFY(createThroughDialog(QStringLiteral("alpha"), true));
        // The new row is selected and a terminal could open at once.
        QCOMPARE(m_window->selectedKeys().size(), 1);
        QCOMPARE(model()->containerAt(model()->rowForKey(m_window->selectedKeys().first())).name, QStringLiteral("alpha"));
        QVERIFY(createThroughDialog(QStringLiteral("beta")));
        QVERIFY(createThroughDialog(QStringLiteral("gamma")));
    }

    void followsAnotherClient()
    {
        // Another client (the CLI, a second window) creates one: the list follows by itself.
        const QByteArray token = localToken();
        QVERIFY(!token.isEmpty());
        HttpClient other(token);
        QCOMPARE(other.postJson(apiUrl(QStringLiteral("/api/containers")), {{QStringLiteral("image"), QStringLiteral("host")}, {QStringLiteral("name"), QStringLiteral("from-elsewhere")}}).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("from-elsewhere")) >= 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("from-elsewhere")), QStringLiteral("running"), 20000);
    }

    void stopAndStart()
    {
        QVERIFY(m_window->selectKey(model()->stableKeyAt(rowNamed(QStringLiteral("beta")))));
        QVERIFY(action("actionStop")->isEnabled());
        QVERIFY(!action("actionStart")->isEnabled());
        action("actionStop")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("beta")), QStringLiteral("stopped"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(action("actionStart")->isEnabled(), 5000);
        saveScreenshot(m_window->grab().toImage(), QStringLiteral("main-window"));
        // The default columns fit the list's panel, every one of them wide enough to read.
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("containerView"));
        QVERIFY(view);
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        for (int column = 0; column < ContainerModel::ColumnCount; ++column) {
            const QString longest = column == int(ContainerModel::Column::Name) ? QStringLiteral("from-elsewhere")
                                                                                : view->model()->index(0, column).data().toString();
            QVERIFY2(view->columnWidth(column) > view->fontMetrics().horizontalAdvance(longest),
                     qPrintable(QStringLiteral("column %1: %2").arg(column).arg(view->columnWidth(column))));
        }
        action("actionStart")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("beta")), QStringLiteral("running"), 10000);
        // Selection survived the live updates.
        QCOMPARE(m_window->selectedKeys().size(), 1);
        QCOMPARE(model()->containerAt(model()->rowForKey(m_window->selectedKeys().first())).name, QStringLiteral("beta"));
    }

    void terminalFromTheList()
    {
        ui::TerminalTab *tab = openConnectedTerminal(QStringLiteral("alpha"));
        QVERIFY(tab);
        QTabWidget *work = m_window->workArea();
        QCOMPARE(work->count(), 1);
        tab->currentPane()->terminal()->sendText(QStringLiteral("printf 'hello from %s\\n' \"$(hostname)\"\r"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->currentPane()->screenText().contains(QStringLiteral("\nhello from alpha")), 10000);
        // One stats message (the server sends them every second), for the status strip in the screenshot.
        QTRY_VERIFY_WITH_TIMEOUT(tab->currentPane()->session()->stats().has_value(), 5000);
        saveScreenshot(m_window->grab().toImage(), QStringLiteral("main-window-terminal"));

        // Delete asks, and says that a terminal is open.
        bool answered = false;
        QString text;
        auto *reader = new QTimer(this);
        connect(reader, &QTimer::timeout, reader, [reader, &text] {
            if (auto *box = findTopLevel<QMessageBox>(QStringLiteral("deleteConfirmation"))) {
                text = box->informativeText();
                QTest::keyClick(box, Qt::Key_Escape);
                reader->deleteLater();
            }
        });
        reader->start(20);
        action("actionDelete")->trigger();
        Q_UNUSED(answered);
        QVERIFY2(text.contains(QStringLiteral("1 open terminal")), qPrintable(text));
        QCOMPARE(work->count(), 1);

        // Ctrl+Shift+W closes it, after asking (the shell is connected).
        bool closed = false;
        answerDialogLater(QStringLiteral("closeTerminalConfirmation"), QStringLiteral("confirmCloseTerminal"), &closed);
        m_window->findChild<QAction *>(QStringLiteral("actionCloseTab"))->trigger();
        QVERIFY(closed);
        QTRY_COMPARE(work->count(), 0);
    }

    // Another client stops a container whose terminal is open while the window is in the
    // background: a desktop notification says so, and clicking it brings the container forward.
    void stoppedUnderATerminalIsNotified()
    {
        const QString key = model()->stableKeyAt(rowNamed(QStringLiteral("gamma")));
        ui::TerminalTab *tab = openConnectedTerminal(QStringLiteral("gamma"));
        QVERIFY(tab);
        QTabWidget *work = m_window->workArea();
        QCOMPARE(work->count(), 1);
        // The tray icon's words follow the connection; the icon itself is made only once the
        // setting turns it on (off by default).
        auto *tray = m_window->findChild<ui::TrayIcon *>();
        QVERIFY(tray);
        QVERIFY(!m_window->findChild<QSystemTrayIcon *>(QStringLiteral("trayIcon")));
        QVERIFY2(tray->toolTip().contains(QStringLiteral("This computer")) && tray->toolTip().contains(QStringLiteral("live")),
                 qPrintable(tray->toolTip()));
        tray->setEnabled(true);
        auto *systemTray = m_window->findChild<QSystemTrayIcon *>(QStringLiteral("trayIcon"));
        QVERIFY(systemTray);
        QCOMPARE(systemTray->toolTip(), tray->toolTip());
        QVERIFY(!systemTray->icon().isNull()); // the app's icon with the connection's dot
        tray->setEnabled(false);

        QWidget elsewhere;
        elsewhere.setWindowTitle(QStringLiteral("another application"));
        elsewhere.show();
        elsewhere.activateWindow();
        QTRY_VERIFY(!m_window->isActiveWindow());
        m_window->selectKey(model()->stableKeyAt(rowNamed(QStringLiteral("alpha"))));

        HttpClient other(localToken());
        const QString id = model()->containerAt(model()->rowForKey(key)).id;
        QCOMPARE(other.postJson(apiUrl(QStringLiteral("/api/containers/%1/stop").arg(id)), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_notifications->calls().isEmpty(), 10000);
        const FakeNotifications::Call call = m_notifications->calls().last();
        QCOMPARE(call.summary, QStringLiteral("gamma stopped"));
        QCOMPARE(m_notifications->calls().size(), 1); // not once per update of the row

        m_notifications->click(call.id);
        QTRY_COMPARE(m_window->selectedKeys(), QStringList{key});

        // The tab starts the container again (close 4100), as Rexec's web client does.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("gamma")), QStringLiteral("running"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 15000);

        // Stopped from this window: the tab waits, it does not start the container again...
        QVERIFY(m_window->selectKey(key));
        bool confirmed = false;
        answerDialogLater(QStringLiteral("stopConfirmation"), QStringLiteral("confirmStop"), &confirmed);
        action("actionStop")->trigger();
        QVERIFY(confirmed);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isWaitingForStart(), 10000);
        QCOMPARE(statusOf(QStringLiteral("gamma")), QStringLiteral("stopped"));
        QVERIFY(!tab->isConnected());
        saveScreenshot(m_window->grab().toImage(), QStringLiteral("main-window-terminal-stopped"));
        // ...until it is started: then it reconnects.
        QTRY_VERIFY(action("actionStart")->isEnabled());
        action("actionStart")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 15000);
        QVERIFY(!tab->isWaitingForStart());
        QCOMPARE(m_notifications->calls().size(), 1);

        bool closed = false;
        answerDialogLater(QStringLiteral("closeTerminalConfirmation"), QStringLiteral("confirmCloseTerminal"), &closed);
        m_window->findChild<QAction *>(QStringLiteral("actionCloseTab"))->trigger();
        QVERIFY(closed);
        QTRY_COMPARE(work->count(), 0);
    }

    void filterAndSort()
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view()->model());
        QVERIFY(proxy);
        const int all = proxy->rowCount();
        QCOMPARE(all, 4);
        action("actionFind")->trigger();
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("containerFilter"));
        // No window manager under Xvfb: the window may not be active, so ask the window, not the app.
        QTRY_COMPARE(m_window->focusWidget(), filter);
        auto *clearAction = filter->findChild<QAction *>(QStringLiteral("clearButton"));
        QVERIFY(clearAction);
        QToolButton *clearButton = nullptr;
        for (auto *button : filter->findChildren<QToolButton *>())
            if (button->defaultAction() == clearAction)
                clearButton = button;
        QVERIFY(clearButton);
        QVERIFY(!clearButton->isVisible());
        QTest::keyClicks(filter, QStringLiteral("ALp"));
        QCOMPARE(proxy->rowCount(), 1);
        // The clear button shows with text in the box, and empties it.
        QTRY_VERIFY(clearButton->isVisible());
        saveScreenshot(m_window->grab().toImage(), QStringLiteral("main-window-filtered"));
        QTest::mouseClick(clearButton, Qt::LeftButton);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(proxy->rowCount(), all);
        QTRY_VERIFY(!clearButton->isVisible());
        // An id by its first characters, as `docker ps` shows them; not by digits in its middle.
        const QString gammaId = model()->containerAt(rowNamed(QStringLiteral("gamma"))).id;
        QTest::keyClicks(filter, gammaId.left(6));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, int(ContainerModel::Column::Name)).data().toString(), QStringLiteral("gamma"));
        filter->setText(gammaId.mid(20, 6));
        QCOMPARE(proxy->rowCount(), 0);
        filter->clear();
        QCOMPARE(proxy->rowCount(), all);

        // Running / Stopped.
        QVERIFY(m_window->selectKey(model()->stableKeyAt(rowNamed(QStringLiteral("gamma")))));
        action("actionStop")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("gamma")), QStringLiteral("stopped"), 10000);
        action("filterStopped")->trigger();
        QCOMPARE(proxy->rowCount(), 1);
        action("filterRunning")->trigger();
        QCOMPARE(proxy->rowCount(), all - 1);
        action("filterAll")->trigger();
        QCOMPARE(proxy->rowCount(), all);

        // Sort by name, both ways.
        view()->sortByColumn(int(ContainerModel::Column::Name), Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, int(ContainerModel::Column::Name)).data().toString(), QStringLiteral("alpha"));
        view()->sortByColumn(int(ContainerModel::Column::Name), Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, int(ContainerModel::Column::Name)).data().toString(), QStringLiteral("gamma"));
        view()->sortByColumn(int(ContainerModel::Column::Name), Qt::AscendingOrder);
    }

    void bulkDeleteAsksOnce()
    {
        view()->setFocus();
        view()->selectAll();
        QCOMPARE(m_window->selectedKeys().size(), 4);
        // Cancel first: nothing happens.
        bool answered = false;
        answerDialogLater(QStringLiteral("deleteConfirmation"), QStringLiteral("qt_msgbox_buttonbox"), &answered);
        {
            // The Cancel button has no object name of its own: press Escape on the box instead.
            auto *escape = new QTimer(this);
            connect(escape, &QTimer::timeout, escape, [escape] {
                if (QWidget *box = findTopLevel<QWidget>(QStringLiteral("deleteConfirmation"))) {
                    QTest::keyClick(box, Qt::Key_Escape);
                    escape->deleteLater();
                }
            });
            escape->start(20);
            action("actionDelete")->trigger();
        }
        QCOMPARE(model()->rowCount(), 4);
        answerDialogLater(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDelete"), &answered);
        action("actionDelete")->trigger();
        QVERIFY(answered);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 0, 20000);
    }

    void refusalsAreShownInTheDialog()
    {
        // A second server with a limit of one container, reached through "Add Server…" and a token.
        LocalServerProcess limited({QStringLiteral("--container-limit"), QStringLiteral("1")});
        QString error;
        QVERIFY2(limited.start(&error), qPrintable(error));
        m_window->findChild<QAction *>(QStringLiteral("actionAddServer"))->trigger();
        QWidget *connect = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((connect = findTopLevel<QWidget>(QStringLiteral("connectDialog"))), 5000);
        connect->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(limited.url().toString());
        connect->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QString::fromLatin1(limited.token()));
        connect->findChild<QPushButton *>(QStringLiteral("signInWithToken"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!findTopLevel<QWidget>(QStringLiteral("connectDialog")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model() && m_window->containerSession()->rest().baseUrl() == limited.url(), 10000);
        QVERIFY(createThroughDialog(QStringLiteral("only-one")));

        // A second one is over the plan's limit: 403, said in the dialog with the numbers.
        action("actionNew")->trigger();
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<QWidget>(QStringLiteral("createContainerDialog"))), 5000);
        auto *images = dialog->findChild<QListWidget *>(QStringLiteral("imageList"));
        QTRY_VERIFY_WITH_TIMEOUT(images->currentItem(), 10000);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("second"));
        dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
        auto *errorLabel = dialog->findChild<QLabel *>(QStringLiteral("createError"));
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 10000);
        QVERIFY2(errorLabel->text().contains(u'1'), qPrintable(errorLabel->text()));
        saveScreenshot(dialog->grab().toImage(), QStringLiteral("create-dialog-limit"));
        // Nothing typed is lost, and the dialog is usable again.
        QCOMPARE(name->text(), QStringLiteral("second"));
        QVERIFY(name->isEnabled());

        dialog->close();
        QCOMPARE(limited.stop(), 0);
    }

    void nameClashIs409InTheDialog()
    {
        LocalServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpClient admin(server.token());
        QCOMPARE(admin.postJson(server.url(QStringLiteral("/api/containers")), {{QStringLiteral("image"), QStringLiteral("host")}, {QStringLiteral("name"), QStringLiteral("taken")}}).status, 202);
        accounts::ServerSession *session = m_workspace->addRemote(server.url(), QStringLiteral("Clash"));
        session->signInWithToken(QString::fromLatin1(server.token()));
        QTRY_VERIFY_WITH_TIMEOUT(model() && m_window->containerSession()->rest().baseUrl() == server.url() && model()->rowCount() == 1, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(action("actionNew")->isEnabled(), qPrintable(m_window->messageBar()->text()), 5000);
        action("actionNew")->trigger();
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<QWidget>(QStringLiteral("createContainerDialog"))), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QListWidget *>(QStringLiteral("imageList"))->currentItem(), 10000);
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("taken"));
        dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
        auto *errorLabel = dialog->findChild<QLabel *>(QStringLiteral("createError"));
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 10000);
        QVERIFY2(errorLabel->text().contains(QStringLiteral("taken")), qPrintable(errorLabel->text()));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("taken"));
        dialog->close();
        QCOMPARE(server.stop(), 0);
    }

    // The user's column widths stay when the list is switched to another server, and the name
    // still takes the rest of the panel.
    void columnsFollowAcrossServers()
    {
        QVERIFY(model());
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("containerView"));
        QVERIFY(view);
        const int image = int(ContainerModel::Column::Image);
        view->header()->resizeSection(image, 150);
        const QUrl before = m_window->containerSession()->rest().baseUrl();
        m_workspace->openThisComputer();
        // (Its list may be empty: the tests above deleted This computer's containers.)
        QTRY_VERIFY_WITH_TIMEOUT(model() && m_window->containerSession()->rest().baseUrl() != before, 20000);
        QCOMPARE(view->model()->columnCount(), ContainerModel::ColumnCount);
        QCOMPARE(view->columnWidth(image), 150);
        QCOMPARE(view->header()->sectionResizeMode(int(ContainerModel::Column::Name)), QHeaderView::Stretch);
        QVERIFY(!view->horizontalScrollBar()->isVisible());
    }

    // As at start-up: the window shows This computer while its list is on its way. Background work
    // (keychain, TLS, the app icon) waits for the list's frame, not only for the window's.
    void backgroundWorkWaitsForTheList()
    {
        m_workspace->addRemote(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("Elsewhere")); // signed out
        QTRY_VERIFY(!m_window->containerSession());
        holdBackgroundWork(std::chrono::minutes(1));
        const auto release = qScopeGuard([] { releaseBackgroundWork(); });
        m_window->releaseBackgroundWorkOnceListShown();
        m_workspace->openThisComputer();
        const QPointer<containers::ContainerSession> session = m_window->containerSession();
        QVERIFY(session);
        // The list comes by GET, or as the events socket's first frame when TLS is ready already.
        QSignalSpy fetched(session->events(), &containers::ContainerEventsClient::listFetched);
        QSignalSpy framed(session->events(), &containers::ContainerEventsClient::eventReceived);
        qsizetype listsWhenReleased = -1;
        QObject context; // gone before the spies, with the connection, if a check below returns early
        afterStartup(&context, [&] { listsWhenReleased = fetched.count() + framed.count(); });
        m_window->update();
        QTRY_VERIFY_WITH_TIMEOUT(!isBackgroundWorkHeld(), 20000);
        QVERIFY2(listsWhenReleased >= 1, "released before the list came");
        QCOMPARE(m_window->containerSession(), session.data());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workspace.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
