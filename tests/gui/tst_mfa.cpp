// SPDX-License-Identifier: GPL-3.0-or-later
// An MFA-locked terminal opened from the window, against a real rexec-local that has a TOTP
// secret: the window asks for the code; Cancel does nothing, a wrong code is said in the message
// bar and opens nothing, the right one opens a connected terminal and leaves the lock in place.
#include "accounts/workspace.h"
#include "containers/containermodel.h"
#include "containers/containersession.h"
#include "guitestutil.h"
#include "httpclient.h"
#include "localserverprocess.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "terminal/terminalpane.h"
#include "terminal/terminalsession.h"
#include "terminal/terminaltab.h"
#include "testsupport.h"

#include <qtermwidget6/qtermwidget.h>

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPushButton>
#include <QTabWidget>
#include <QtEndian>

#include <algorithm>
#include <memory>

using namespace rexec;
using namespace rexec::test;
using containers::ContainerModel;

namespace {

constexpr auto kSecretBase32 = "JBSWY3DPEHPK3PXP"; // "Hello!\xde\xad\xbe\xef", a common example secret
const QByteArray kSecret = QByteArray::fromHex("48656c6c6f21deadbeef");

// RFC 6238 with HMAC-SHA1, 30 s steps and 6 digits, as authenticator apps compute it.
QString totpNow(qint64 stepOffset = 0)
{
    uchar counter[8];
    qToBigEndian<quint64>(quint64(QDateTime::currentSecsSinceEpoch() / 30 + stepOffset), counter);
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray(reinterpret_cast<const char *>(counter), 8),
                                                            kSecret, QCryptographicHash::Sha1);
    const quint32 value = qFromBigEndian<quint32>(mac.constData() + (mac.back() & 0xf)) & 0x7fffffff;
    return QStringLiteral("%1").arg(value % 1000000, 6, 10, QLatin1Char('0'));
}

// What the code dialog showed, once it was answered.
struct CodePrompt {
    bool answered = false;
    QString title;
    QString label;
};

// Answers the code dialog that is about to open (QInputDialog::getText has no object name: it is
// the active modal widget): types `code` and presses OK, or Cancel when `code` is empty.
void answerCodeLater(const QString &code, CodePrompt *prompt)
{
    *prompt = {};
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        auto *edit = dialog ? dialog->findChild<QLineEdit *>() : nullptr;
        auto *buttons = dialog ? dialog->findChild<QDialogButtonBox *>() : nullptr;
        if (!edit || !buttons || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        prompt->answered = true;
        prompt->title = dialog->windowTitle();
        prompt->label = dialog->labelText();
        QTest::keyClicks(edit, code);
        buttons->button(code.isEmpty() ? QDialogButtonBox::Cancel : QDialogButtonBox::Ok)->click();
    });
    poll->start(20);
}

} // namespace

class TestMfa : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server{{QStringLiteral("--mfa-secret"), QString::fromLatin1(kSecretBase32)}};
    std::unique_ptr<accounts::Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;

    ContainerModel *model() const { return m_window->containerSession() ? m_window->containerSession()->model() : nullptr; }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    int rowNamed(const QString &name) const
    {
        for (int row = 0; model() && row < model()->rowCount(); ++row) {
            if (model()->containerAt(row).name == name)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RexecTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mfa"));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // The window opens this server for this run only, as `REXEC_URL=… REXEC_TOKEN=… rexec-desktop`.
        qputenv("REXEC_URL", m_server.url().toString().toUtf8());
        qputenv("REXEC_TOKEN", m_server.token());
        m_workspace = std::make_unique<accounts::Workspace>();
        m_window = std::make_unique<ui::MainWindow>(*m_workspace);
        m_window->resize(1100, 700);
        m_window->show();
        m_window->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(model() != nullptr, 20000);
    }

    void lockedTerminalAsksForTheCode()
    {
        HttpClient http(m_server.token());
        const HttpResult created = http.postJson(m_server.url(QStringLiteral("/api/containers")),
                                                 {{QStringLiteral("image"), QStringLiteral("host")},
                                                  {QStringLiteral("name"), QStringLiteral("vault")}});
        QCOMPARE(created.status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("vault")) >= 0
                                     && model()->containerAt(rowNamed(QStringLiteral("vault"))).status == u"running",
                                 20000);
        const QString key = model()->stableKeyAt(rowNamed(QStringLiteral("vault")));
        const QString id = model()->containerAt(model()->rowForKey(key)).id;

        // Locked by another client. The real server sends no event for it: the window learns of
        // it from the list, here on Refresh.
        const QUrl lockUrl = m_server.url(QStringLiteral("/api/security/terminal/%1/mfa-lock").arg(id));
        QCOMPARE(http.post(lockUrl, {}).status, 200);
        action("actionRefresh")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model()->containerAt(model()->rowForKey(key)).mfaLocked, 10000);
        QVERIFY(m_window->selectKey(key));
        QTRY_VERIFY(action("actionOpenTerminal")->isEnabled());
        QTabWidget *work = m_window->workArea();
        auto *bar = m_window->findChild<ui::MessageBar *>(QStringLiteral("messageBar"));
        QVERIFY(bar);
        QCOMPARE(work->count(), 0);
        auto shown = [bar] { return bar->isVisible() ? bar->text() : QString(); };
        const QString before = shown();

        // Cancel: nothing opens and nothing new is said.
        CodePrompt prompt;
        answerCodeLater({}, &prompt);
        action("actionOpenTerminal")->trigger();
        QVERIFY(prompt.answered);
        QVERIFY2(prompt.label.contains(QStringLiteral("vault")), qPrintable(prompt.label));
        QCOMPARE(work->count(), 0);
        QCOMPARE(shown(), before);

        // A wrong code: the server's refusal in the message bar, as a wrong code and not as an
        // ended sign-in (the real server answers it with 401); no terminal.
        QString wrong = QStringLiteral("000000");
        while (wrong == totpNow(-1) || wrong == totpNow() || wrong == totpNow(1) || wrong == totpNow(2))
            wrong = QString::number(wrong.toInt() + 1).rightJustified(6, QLatin1Char('0'));
        answerCodeLater(wrong, &prompt);
        action("actionOpenTerminal")->trigger();
        QVERIFY(prompt.answered);
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringLiteral("The code is not correct. Enter the current code from your "
                                                          "authenticator app."),
                                  10000);
        QCOMPARE(bar->level(), ui::MessageBar::Level::Error);
        saveScreenshot(m_window->grab().toImage(), QStringLiteral("mfa-wrong-code"));
        QCOMPARE(work->count(), 0);
        // Still signed in, still locked.
        QVERIFY(m_window->containerSession());
        QVERIFY(action("actionOpenTerminal")->isEnabled());

        // The right code: a terminal opens and its shell answers.
        answerCodeLater(totpNow(), &prompt);
        action("actionOpenTerminal")->trigger();
        QVERIFY(prompt.answered);
        QTRY_COMPARE_WITH_TIMEOUT(work->count(), 1, 10000);
        auto *tab = qobject_cast<ui::TerminalTab *>(work->currentWidget());
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 15000);
        tab->currentPane()->terminal()->sendText(QStringLiteral("printf 'inside %s\\n' \"$(hostname)\"\r"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->currentPane()->screenText().contains(QStringLiteral("\ninside vault")), 10000);
        saveScreenshot(m_window->grab().toImage(), QStringLiteral("mfa-terminal"));

        // mfa-verify keeps the lock: the next terminal asks again.
        const HttpResult status =
            http.get(m_server.url(QStringLiteral("/api/security/terminal/%1/mfa-status").arg(id)));
        QCOMPARE(status.json.value(u"mfa_locked").toBool(), true);
        QVERIFY(model()->containerAt(model()->rowForKey(key)).mfaLocked);

        // Locked again meanwhile: a new pane's shell is refused (423) and the window asks for the
        // code instead of retrying; with it, the pane connects.
        QCOMPARE(http.post(lockUrl, {}).status, 200);
        answerCodeLater(totpNow(), &prompt);
        tab->split(Qt::Horizontal);
        QTRY_VERIFY_WITH_TIMEOUT(prompt.answered, 15000);
        QCOMPARE(tab->panes().size(), 2);
        const auto allReady = [tab] {
            const QList<ui::TerminalPane *> panes = tab->panes();
            return std::all_of(panes.cbegin(), panes.cend(), [](const ui::TerminalPane *pane) {
                return pane->session()->state() == terminal::TerminalSession::State::Ready;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allReady(), 15000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workspace.reset();
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_MAIN(TestMfa)
#include "tst_mfa.moc"
