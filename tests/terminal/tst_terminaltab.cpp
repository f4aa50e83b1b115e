// SPDX-License-Identifier: GPL-3.0-or-later
// Terminal tabs on a real shell in a real sandbox, on a real X server: typing, resizing, vim's
// alternate screen, Unicode, drops and reconnects with the scrollback kept, a session taken over,
// the 4100 restart path, splits, and a 1 MiB paste.
#include "api/restclient.h"
#include "httpclient.h"
#include "localserverprocess.h"
#include "tcpproxy.h"
#include "terminal/terminalpane.h"
#include "terminal/terminalsession.h"
#include "terminal/terminaltab.h"
#include "testsupport.h"
#include "../local/localtestutil.h"

#include <qtermwidget6/qtermwidget.h>

#include <QCryptographicHash>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace rexec;
using namespace rexec::test;
using terminal::TerminalSession;
using ui::TerminalPane;
using ui::TerminalTab;

class TestTerminalTab : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;
    HttpClient m_http;
    QString m_id;
    std::unique_ptr<api::RestClient> m_rest;

    api::Container container() const
    {
        api::Container c;
        c.id = m_id;
        c.name = QStringLiteral("term");
        c.status = QStringLiteral("running");
        return c;
    }

    static bool waitReady(TerminalPane *pane, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([pane] { return pane->session()->state() == TerminalSession::State::Ready; }, timeoutMs);
    }

    // Types as a user does, into the terminal display.
    static void type(TerminalPane *pane, const QString &text)
    {
        QWidget *display = pane->terminal()->focusProxy();
        QTest::keyClicks(display, text);
        QTest::keyClick(display, Qt::Key_Return);
    }

    static bool screenShows(TerminalPane *pane, const QString &text, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return pane->screenText().contains(text); }, timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_terminaltab"));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_http.setToken(m_server.token());
        m_id = createRunning(m_http, m_server, QStringLiteral("term"));
        QVERIFY(!m_id.isEmpty());
        m_rest = std::make_unique<api::RestClient>(m_server.url());
        m_rest->setToken(QString::fromLatin1(m_server.token()));
    }

    void typeAndRead()
    {
        TerminalTab tab(*m_rest, container());
        tab.resize(900, 520);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        TerminalPane *pane = tab.currentPane();
        QVERIFY(waitReady(pane));
        type(pane, QStringLiteral("echo $((6*7))"));
        QVERIFY2(screenShows(pane, QStringLiteral("\n42")), qPrintable(pane->screenText().right(300)));
        saveScreenshot(tab.grab().toImage(), QStringLiteral("terminal-tab"));
    }

    // "Open terminal here": the first shell starts in the folder, whatever its name holds.
    void startsInTheFolderAsked()
    {
        const QString folder = QStringLiteral("/home/user/it's a \"dir\" $HOME");
        std::optional<bool> made;
        m_rest->makeDirectory(m_id, folder, this, [&made](const auto &result) { made = bool(result); });
        QTRY_VERIFY(made.has_value());
        QVERIFY(*made);
        TerminalTab tab(*m_rest, container(), folder);
        tab.resize(900, 520);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        TerminalPane *pane = tab.currentPane();
        QVERIFY(waitReady(pane));
        type(pane, QStringLiteral("pwd"));
        QVERIFY2(screenShows(pane, u'\n' + folder), qPrintable(pane->screenText().right(300)));
        // A name with a control character is not typed into the shell at all.
        QVERIFY(TerminalSession::changeFolderCommand(QStringLiteral("/tmp/a\rrm -rf ~")).isEmpty());
    }

    void resizeReachesTheShell()
    {
        TerminalTab tab(*m_rest, container());
        tab.resize(900, 520);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        TerminalPane *pane = tab.currentPane();
        QVERIFY(waitReady(pane));
        tab.resize(640, 300);
        QTRY_VERIFY(pane->terminal()->screenColumnsCount() < 80);
        const QString expected = QStringLiteral("%1 %2").arg(pane->terminal()->screenLinesCount()).arg(pane->terminal()->screenColumnsCount());
        // The resize is debounced: ask until the shell reports the new size.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                type(pane, QStringLiteral("stty size"));
                return screenShows(pane, expected, 1000);
            }(),
            10000);
    }

    void vimRestoresTheScreen()
    {
        TerminalTab tab(*m_rest, container());
        tab.resize(900, 520);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        TerminalPane *pane = tab.currentPane();
        QVERIFY(waitReady(pane));
        type(pane, QStringLiteral("echo before-vim-marker"));
        QVERIFY(screenShows(pane, QStringLiteral("\nbefore-vim-marker")));
        type(pane, QStringLiteral("vi /tmp/scratch"));
        // vim's own (alternate) screen replaces the shell's: empty lines marked with ~.
        QTRY_VERIFY_WITH_TIMEOUT(pane->visibleText().contains(QStringLiteral("\n~")), 10000);
        QVERIFY(!pane->visibleText().contains(QStringLiteral("before-vim-marker")));
        QWidget *display = pane->terminal()->focusProxy();
        QTest::keyClick(display, Qt::Key_Escape);
        QTest::qWait(200); // else vim reads Escape and ':' as one key sequence
        QTest::keyClicks(display, QStringLiteral(":q!"));
        QTest::keyClick(display, Qt::Key_Return);
        // Quitting brings the shell's screen back, as it was.
        QTRY_VERIFY2_WITH_TIMEOUT(pane->visibleText().contains(QStringLiteral("before-vim-marker")),
                                  qPrintable(pane->visibleText()), 10000);
        QVERIFY(!pane->visibleText().contains(QStringLiteral("\n~")));
        type(pane, QStringLiteral("echo after-vim-marker"));
        QVERIFY2(screenShows(pane, QStringLiteral("\nafter-vim-marker")), qPrintable(pane->screenText().right(600)));
        QVERIFY(pane->screenText().contains(QStringLiteral("before-vim-marker")));
    }

    void unicodeRoundTrip()
    {
        TerminalTab tab(*m_rest, container());
        tab.resize(900, 520);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        TerminalPane *pane = tab.currentPane();
        QVERIFY(waitReady(pane));
        // Typed through the widget (CJK and an emoji), echoed by the shell, shown by the emulator.
        pane->terminal()->sendText(QStringLiteral("echo X-中文-ünï-😀-Y | tr X Z\r"));
        QVERIFY2(screenShows(pane, QStringLiteral("echo X-中文-ünï-😀-Y")), qPrintable(pane->screenText().right(200)));
        // Through the shell and back: only the shell could have turned X into Z.
        QVERIFY2(screenShows(pane, QStringLiteral("\nZ-中文-ünï-😀-Y")), qPrintable(pane->screenText().right(200)));
    }

    void dropKeepsScrollbackAndReconnects()
    {
        TcpProxy proxy(m_server.url());
        api::RestClient rest(proxy.url());
        rest.setToken(QString::fromLatin1(m_server.token()));
        TerminalTab tab(rest, container());
        tab.resize(900, 520);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        TerminalPane *pane = tab.currentPane();
        QVERIFY(waitReady(pane));
        type(pane, QStringLiteral("echo kept-in-scrollback"));
        QVERIFY(screenShows(pane, QStringLiteral("\nkept-in-scrollback")));
        const QString sessionId = pane->session()->sessionId();

        QSignalSpy states(pane->session(), &TerminalSession::stateChanged);
        proxy.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(TerminalSession::State::Reconnecting)}), 5000);
        QVERIFY(waitReady(pane));
        // Same widget, same scrollback, same session id; the new shell answers.
        QCOMPARE(pane->session()->sessionId(), sessionId);
        QVERIFY(pane->screenText().contains(QStringLiteral("kept-in-scrollback")));
        type(pane, QStringLiteral("echo after-$((40+2))"));
        QVERIFY(screenShows(pane, QStringLiteral("\nafter-42")));
    }

    void sameSessionIdTakesOver()
    {
        TerminalTab first(*m_rest, container());
        first.show();
        TerminalPane *pane = first.currentPane();
        QVERIFY(waitReady(pane));
        TerminalSession second(*m_rest, m_id);
        second.setSessionId(pane->session()->sessionId());
        second.open();
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), TerminalSession::State::Ready, 10000);
        // The first is told, keeps its screen, and offers to reconnect instead of fighting back.
        QTRY_COMPARE_WITH_TIMEOUT(pane->session()->state(), TerminalSession::State::Failed, 10000);
        auto *reconnect = pane->findChild<QPushButton *>(QStringLiteral("reconnectButton"));
        QTRY_VERIFY(reconnect->isVisible());
        second.close();
    }

    void stoppedContainerIsStartedAndRejoined()
    {
        TerminalTab tab(*m_rest, container());
        tab.show();
        TerminalPane *pane = tab.currentPane();
        QVERIFY(waitReady(pane));
        // What the main window does on restartRequested: start it, follow its id, reconnect.
        connect(&tab, &TerminalTab::restartRequested, this, [this, &tab] {
            const HttpResult started = m_http.post(m_server.url(QStringLiteral("/api/containers/%1/start").arg(m_id)), {});
            tab.setContainerId(started.json.value(u"id").toString());
            tab.reconnectAll();
        });
        QSignalSpy restart(&tab, &TerminalTab::restartRequested);
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/stop").arg(m_id)), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(restart.size(), 1, 10000);
        QVERIFY(waitReady(pane));
        type(pane, QStringLiteral("echo rejoined"));
        QVERIFY(screenShows(pane, QStringLiteral("\nrejoined")));
    }

    void splitPanesAreSeparateShells()
    {
        TerminalTab tab(*m_rest, container());
        tab.resize(1000, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(waitReady(tab.currentPane()));
        tab.split(Qt::Horizontal);
        tab.split(Qt::Vertical);
        QCOMPARE(tab.panes().size(), 3);
        for (TerminalPane *pane : tab.panes())
            QVERIFY(waitReady(pane));
        QSet<QString> ids;
        for (TerminalPane *pane : tab.panes())
            ids.insert(pane->session()->sessionId());
        QCOMPARE(ids.size(), 3);
        TerminalPane *third = tab.currentPane();
        type(third, QStringLiteral("echo in-the-third-pane"));
        QVERIFY(screenShows(third, QStringLiteral("\nin-the-third-pane")));
        for (TerminalPane *pane : tab.panes()) {
            if (pane != third)
                QVERIFY(!pane->screenText().contains(QStringLiteral("in-the-third-pane")));
        }
        // Keyboard focus moves between panes.
        TerminalPane *before = tab.currentPane();
        tab.focusNeighbour(Qt::Vertical, -1);
        QVERIFY(tab.currentPane() != before);
        saveScreenshot(tab.grab().toImage(), QStringLiteral("terminal-split"));
    }

    void megabytePasteArrivesWholeAndInOrder()
    {
        TerminalTab tab(*m_rest, container());
        tab.show();
        TerminalPane *pane = tab.currentPane();
        QVERIFY(waitReady(pane));
        QByteArray paste;
        for (int line = 0; paste.size() < 1024 * 1024; ++line)
            paste += QByteArray::number(line).rightJustified(7, '0') + ' ' + QByteArray(90, char('a' + line % 26)) + '\n';
        const QByteArray expected = QCryptographicHash::hash(paste, QCryptographicHash::Sha256).toHex();
        type(pane, QStringLiteral("stty -echo; cat > /tmp/paste.txt; stty echo"));
        QTest::qWait(300);
        pane->session()->sendInput(paste);
        pane->session()->sendInput(QByteArrayLiteral("\x04"));
        type(pane, QStringLiteral("sha256sum /tmp/paste.txt"));
        QVERIFY2(screenShows(pane, QString::fromLatin1(expected), 30000), qPrintable(pane->screenText().right(300)));
    }

    void cleanupTestCase()
    {
        m_rest.reset();
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_MAIN(TestTerminalTab)
#include "tst_terminaltab.moc"
