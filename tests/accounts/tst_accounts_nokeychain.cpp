// SPDX-License-Identifier: GPL-3.0-or-later
// With no keychain service at all: sign-in still works for this run, says so, and writes the
// token nowhere.
#include "accounts/secretstore.h"
#include "accounts/serversession.h"
#include "localserverprocess.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace rexec;
using namespace rexec::accounts;
using namespace rexec::test;

class TestAccountsNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void tokenStaysInMemory()
    {
        LocalServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        SecretStore secrets;
        ServerProfile profile;
        profile.id = QStringLiteral("no-keychain");
        profile.name = QStringLiteral("Server");
        profile.baseUrl = server.url();
        ServerSession session(profile, secrets);
        QSignalSpy unavailable(&session, &ServerSession::keychainUnavailable);
        session.signInWithToken(QString::fromLatin1(server.token()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerSession::State::Ready, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!unavailable.isEmpty(), 10000);
        QVERIFY(!session.keychainProblem().isEmpty());

        QDirIterator it(qEnvironmentVariable("HOME") + QStringLiteral("/.."), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(server.dataDir()))
                continue; // the server's own token file
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(server.token()), qPrintable(path));
        }
        QCOMPARE(server.stop(), 0);
    }
};

int main(int argc, char *argv[])
{
    // No session bus: no Secret Service, no keychain of any kind.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/rexec-no-bus");
    QCoreApplication app(argc, argv);
    TestAccountsNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accounts_nokeychain.moc"
