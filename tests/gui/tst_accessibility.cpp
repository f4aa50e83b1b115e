// SPDX-License-Identifier: GPL-3.0-or-later
// The main window through the eyes of a screen reader and of a keyboard-only user, on This
// computer (a real rexec-local): every focusable widget and every action has an accessible name;
// Tab walks filter, list and work area in order and comes back; the main flow (find a container,
// open its terminal, type in it, come back to the list) needs no mouse.
#include "accounts/workspace.h"
#include "containers/containermodel.h"
#include "containers/containersession.h"
#include "mainwindow.h"
#include "terminal/terminalpane.h"
#include "terminal/terminaltab.h"
#include "guitestutil.h"
#include "testsupport.h"

#include <qtermwidget6/qtermwidget.h>

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace rexec;
using namespace rexec::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString accessibleName(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<accounts::Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;

    QWidget *focus() const { return m_window->focusWidget(); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RexecTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        qputenv("REXEC_LOCAL_BIN", (binaryDir() + QStringLiteral("/rexec-local")).toLocal8Bit());
        QAccessible::setActive(true);
        m_workspace = std::make_unique<accounts::Workspace>();
        m_window = std::make_unique<ui::MainWindow>(*m_workspace);
        m_window->resize(1280, 780);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Shortcuts reach an active window only (there is no window manager under Xvfb to give it).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_workspace->openThisComputer();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->containerSession(), 20000);
        auto *session = m_window->containerSession();
        QVERIFY(QTest::qWaitFor([&] { return session->mode() == containers::ContainerEventsClient::Mode::Live; }, 20000));
    }

    void everyFocusableWidgetHasAName()
    {
        QStringList missing;
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            if (accessibleName(widget).isEmpty())
                missing << describe(widget);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }

    void everyActionHasAName()
    {
        QStringList missing;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            // Qt's own (a line edit's clear button) are named by their widget.
            if (action->isSeparator() || action->objectName().isEmpty() || action->objectName().startsWith(u"_q_"))
                continue;
            if (action->text().remove(u'&').trimmed().isEmpty())
                missing << action->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }

    // Tab goes from the filter to the list, then into the work area, and round to the start
    // with each stop once; Shift+Tab walks back the same way.
    void tabOrder()
    {
        m_window->activateWindow();
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("containerFilter"));
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("containerView"));
        QVERIFY(filter && view);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focus(), filter);

        QList<QWidget *> forward{focus()};
        for (int step = 0; step < 40; ++step) {
            QTest::keyClick(focus(), Qt::Key_Tab);
            if (focus() == filter)
                break;
            QVERIFY2(!forward.contains(focus()), qPrintable(u"focus came twice to "_s + describe(focus())));
            forward << focus();
        }
        QCOMPARE(focus(), filter);
        QStringList names;
        for (QWidget *widget : std::as_const(forward))
            names << describe(widget);
        const qsizetype viewAt = forward.indexOf(view);
        QVERIFY2(viewAt > 0, qPrintable(names.join(u" → ")));
        // Between the filter and the list only the state filter's buttons.
        for (qsizetype i = 1; i < viewAt; ++i)
            QVERIFY2(qobject_cast<QAbstractButton *>(forward.at(i)), qPrintable(names.join(u" → ")));
        qInfo("tab order: %s", qPrintable(names.join(u" → ")));

        QList<QWidget *> backward{focus()};
        for (qsizetype step = 1; step < forward.size(); ++step) {
            QTest::keyClick(focus(), Qt::Key_Backtab);
            backward << focus();
        }
        for (qsizetype i = 1; i < forward.size(); ++i)
            QCOMPARE(backward.at(i), forward.at(forward.size() - i));
    }

    void mainFlowByKeyboard()
    {
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("containerView"));
        auto *model = m_window->containerSession()->model();
        // New container: Ctrl+N, type a name, Enter.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<QWidget>(QStringLiteral("createContainerDialog"))), 5000);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *images = dialog->findChild<QListWidget *>(QStringLiteral("imageList"));
        QVERIFY(QTest::qWaitFor([&] { return images->count() > 2 && images->currentItem(); }, 10000));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("keys-only"));
        // Enter in the form creates (and never cancels what was typed).
        QSignalSpy finished(dialog, SIGNAL(finished(int)));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->containerAt(0).status, QStringLiteral("running"), 20000);

        // Find it, go to the list, open its terminal with Enter, type, come back.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(focus(), QStringLiteral("keys"));
        QTest::keyClick(focus(), Qt::Key_Down); // from the filter into the list
        QTRY_COMPARE(focus(), view);
        QVERIFY(view->currentIndex().isValid());
        QTest::keyClick(view, Qt::Key_Return);
        QTabWidget *work = m_window->workArea();
        QTRY_COMPARE(work->count(), 1);
        auto *tab = qobject_cast<ui::TerminalTab *>(work->currentWidget());
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 15000);
        QTRY_VERIFY(tab->isAncestorOf(focus()));
        QTest::keyClicks(focus(), QStringLiteral("echo typed-$((6*7))"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(tab->currentPane()->screenText().contains(QStringLiteral("typed-42")), 10000);
        saveScreenshot(m_window->grab().toImage(), QStringLiteral("keyboard-flow"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workspace.reset();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
