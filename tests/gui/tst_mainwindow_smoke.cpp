// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real main window on a real X server and keeps a screenshot of it.
#include "accounts/workspace.h"
#include "appstyle.h"
#include "core/startupgate.h"
#include "firstframe.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QScopeGuard>
#include <QTest>
#include <QTreeView>

class TestMainWindowSmoke : public QObject
{
    Q_OBJECT
private slots:
    void showsAndPaints()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        // As main() does: fonts and accessibility made ready first, the app's style, background
        // work waiting for the window's first paint.
        rexec::ui::prepareFirstFrame();
        QApplication::setStyle(new rexec::ui::AppStyle(QApplication::style()->name()));
        rexec::holdBackgroundWork(std::chrono::minutes(1));
        const auto release = qScopeGuard([] { rexec::releaseBackgroundWork(); });
        rexec::accounts::Workspace workspace;
        rexec::ui::MainWindow window(workspace);
        window.releaseBackgroundWorkOnceListShown();
        QCoreApplication::processEvents();
        QVERIFY(rexec::isBackgroundWorkHeld());
        // The application's icon is handed to the window system after the first frame.
        QVERIFY(QApplication::windowIcon().isNull());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!rexec::isBackgroundWorkHeld());
        QTRY_VERIFY(!QApplication::windowIcon().isNull());
        QVERIFY(!window.windowIcon().pixmap(QSize(32, 32)).isNull());
        QVERIFY(window.findChild<QTreeView *>(QStringLiteral("containerView")));

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        // A painted window has more than one colour in it.
        QVERIFY(shot.pixel(5, 5) != shot.pixel(shot.width() / 2, shot.height() - 10)
                || shot.pixel(5, 5) != shot.pixel(shot.width() - 5, 40));
        QVERIFY(!rexec::test::saveScreenshot(shot, QStringLiteral("mainwindow-smoke")).isEmpty());
    }
};

QTEST_MAIN(TestMainWindowSmoke)
#include "tst_mainwindow_smoke.moc"
