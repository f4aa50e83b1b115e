// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting to a server whose certificate this computer does not trust (a real rexec-local behind
// TLS with a self-signed certificate): the window shows the certificate instead of connecting;
// Cancel leaves it refused, Trust connects and keeps it with the profile for the next start.
#include "accounts/profilestore.h"
#include "accounts/workspace.h"
#include "certificatedialog.h"
#include "containers/containersession.h"
#include "guitestutil.h"
#include "localserverprocess.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "tlsterminator.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <memory>

using namespace rexec;
using namespace rexec::test;

class TestCertificateTrust : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RexecTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_certificate"));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void untrustedCertificateIsShownThenTrusted()
    {
        TlsTerminator tls(m_server.url(), testCertificateOne());
        accounts::Workspace workspace;
        ui::MainWindow window(workspace);
        window.resize(1100, 700);
        window.show();
        window.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAbstractButton *remote = nullptr;
        QTRY_VERIFY((remote = window.findChild<QAbstractButton *>(QStringLiteral("chooseRemoteServer"))) && remote->isVisible());
        remote->click();
        QWidget *connect = nullptr;
        QTRY_VERIFY((connect = findTopLevel<QWidget>(QStringLiteral("connectDialog"))));
        connect->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(tls.url().toString());
        connect->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QString::fromLatin1(m_server.token()));
        connect->findChild<QAbstractButton *>(QStringLiteral("signInWithToken"))->click();

        // First: look, and cancel. Nothing connects.
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<QWidget>(QStringLiteral("certificateDialog"))), 10000);
        const QString shown = dialog->findChild<QLabel *>(QStringLiteral("certificateFingerprint"))->text();
        QCOMPARE(shown, ui::CertificateDialog::fingerprint(tls.certificate()));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("certificateSubject"))->text().contains(u"rexec-test-one"));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("certificateErrors"))->text().isEmpty());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("certificateValidity"))->text().isEmpty());
        saveScreenshot(dialog->grab().toImage(), QStringLiteral("certificate-dialog"));
        QTest::keyClick(dialog, Qt::Key_Return); // Enter does not trust
        QTRY_VERIFY(!findTopLevel<QWidget>(QStringLiteral("certificateDialog")));
        QVERIFY(!window.containerSession());
        auto *status = connect->findChild<QLabel *>(QStringLiteral("connectStatus"));
        QTRY_VERIFY(!status->text().isEmpty());

        // Again, and trust it: the window connects.
        connect->findChild<QAbstractButton *>(QStringLiteral("signInWithToken"))->click();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = findTopLevel<QWidget>(QStringLiteral("certificateDialog"))), 10000);
        dialog->findChild<QAbstractButton *>(QStringLiteral("trustCertificate"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.containerSession(), 10000);
        QTRY_VERIFY(!findTopLevel<QWidget>(QStringLiteral("connectDialog")));

        // Kept with the profile, for this server only.
        const auto profiles = workspace.profiles().profiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().trustedCertificatePem, tls.certificate().toPem());
    }
};

QTEST_MAIN(TestCertificateTrust)
#include "tst_certificate.moc"
