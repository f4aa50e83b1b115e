// SPDX-License-Identifier: GPL-3.0-or-later
// Server profiles, the keychain (the harness's real Secret Service), sign-in by token and through
// the browser's loopback answer, sign-out with revocation, and "This computer".
#include "accounts/browsersignin.h"
#include "accounts/localserverlauncher.h"
#include "accounts/profilestore.h"
#include "accounts/secretstore.h"
#include "accounts/serversession.h"
#include "api/restclient.h"
#include "containers/containereventsclient.h"
#include "core/startupgate.h"
#include "httpclient.h"
#include "localserverprocess.h"
#include "tlsterminator.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QSettings>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace rexec;
using namespace rexec::accounts;
using namespace rexec::test;

namespace {

// Every file under the test's private home that contains `needle`.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(qEnvironmentVariable("HOME") + QStringLiteral("/.."), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

ServerProfile thisComputerProfile()
{
    ServerProfile local;
    local.id = QString::fromLatin1(ProfileStore::kLocalProfileId);
    local.name = QStringLiteral("This computer");
    local.kind = ServerProfile::Kind::Local;
    return local;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;

    ServerProfile remoteProfile()
    {
        ServerProfile profile;
        profile.id = ProfileStore::newId();
        profile.name = QStringLiteral("Test server");
        profile.baseUrl = m_server.url();
        return profile;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RexecTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accounts"));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        qputenv("REXEC_LOCAL_BIN", (binaryDir() + QStringLiteral("/rexec-local")).toLocal8Bit());
    }

    void serverUrls()
    {
        QCOMPARE(normalizedServerUrl(QStringLiteral("rexec.example.com")), QUrl(QStringLiteral("https://rexec.example.com")));
        QCOMPARE(normalizedServerUrl(QStringLiteral(" https://rexec.example.com/ ")), QUrl(QStringLiteral("https://rexec.example.com")));
        QCOMPARE(normalizedServerUrl(QStringLiteral("http://127.0.0.1:8080/base/?x=1#y")), QUrl(QStringLiteral("http://127.0.0.1:8080/base")));
        QVERIFY(normalizedServerUrl(QStringLiteral("ftp://x")).isEmpty());
        QVERIFY(normalizedServerUrl(QStringLiteral("")).isEmpty());
        QVERIFY(normalizedServerUrl(QStringLiteral("http://")).isEmpty());
    }

    void profilesPersistWithoutSecrets()
    {
        ServerProfile profile = remoteProfile();
        profile.userName = QStringLiteral("ada");
        {
            ProfileStore store;
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            store.save(profile);
            QCOMPARE(changed.size(), 1);
            store.setLastUsedId(profile.id);
            // Saved again unchanged (a profile fetched again at every start): nothing happens.
            store.save(profile);
            QCOMPARE(changed.size(), 1);
            profile.tier = QStringLiteral("pro");
            store.save(profile);
            QCOMPARE(changed.size(), 2);
        }
        ProfileStore reloaded;
        QCOMPARE(reloaded.profile(profile.id).value_or(ServerProfile()).userName, QStringLiteral("ada"));
        QCOMPARE(reloaded.profile(profile.id).value_or(ServerProfile()).tier, QStringLiteral("pro"));
        QCOMPARE(reloaded.lastUsedId(), profile.id);
        reloaded.remove(profile.id);
        QVERIFY(!ProfileStore().profile(profile.id));
    }

    void signInKeepsTheTokenInTheKeychainOnly()
    {
        SecretStore secrets;
        ServerProfile profile = remoteProfile();
        ServerSession session(profile, secrets);
        QSignalSpy profileSpy(&session, &ServerSession::profileChanged);
        session.signInWithToken(QString::fromLatin1(m_server.token()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerSession::State::Ready, 10000);
        QVERIFY(!session.profile().userName.isEmpty());
        QCOMPARE(session.profile().tier, QStringLiteral("pro"));
        QVERIFY(session.keychainProblem().isEmpty());
        // Signed in again: the same client (the list, terminals and transfers hold it by reference).
        const api::RestClient *client = session.client();
        session.signInWithToken(QString::fromLatin1(m_server.token()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerSession::State::Ready, 10000);
        QCOMPARE(session.client(), client);

        // A second session of the same profile finds the token in the keychain.
        ServerSession again(profile, secrets);
        again.open();
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), ServerSession::State::Ready, 10000);

        ProfileStore store;
        store.save(session.profile());
        QSettings().sync();
        QVERIFY2(filesContaining(m_server.token()).filter(QStringLiteral("config")).isEmpty(),
                 qPrintable(filesContaining(m_server.token()).join(u',')));
        store.remove(profile.id);
    }

    void wrongTokenNeedsSignIn()
    {
        SecretStore secrets;
        ServerSession session(remoteProfile(), secrets);
        session.signInWithToken(QStringLiteral("rexec_") + QString(64, QLatin1Char('9')));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerSession::State::NeedsSignIn, 10000);
        QCOMPARE(session.lastError().httpStatus, 401);
        QVERIFY(!session.lastError().userMessage().isEmpty());
    }

    void unreachableServerFails()
    {
        SecretStore secrets;
        ServerProfile profile = remoteProfile();
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        ServerSession session(profile, secrets);
        session.signInWithToken(QString::fromLatin1(m_server.token()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerSession::State::Failed, 10000);
        QCOMPARE(session.lastError().kind, api::ApiError::Kind::Network);
    }

    // HTTPS with a self-signed certificate: refused and shown to the user, never ignored; once
    // trusted, exactly that certificate works for that profile (REST and the events socket), is
    // kept with it, and another certificate is refused again.
    void certificateIsTrustedOnlyWhenChosen()
    {
        TlsTerminator tls(m_server.url(), testCertificateOne());
        QVERIFY(tls.isListening());
        SecretStore secrets;
        ServerProfile profile = remoteProfile();
        profile.baseUrl = tls.url();
        ServerSession session(profile, secrets);
        QSignalSpy rejected(&session, &ServerSession::certificateRejected);
        QSignalSpy changed(&session, &ServerSession::profileChanged);
        session.signInWithToken(QString::fromLatin1(m_server.token()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerSession::State::Failed, 10000);
        QCOMPARE(session.lastError().kind, api::ApiError::Kind::Tls);
        QCOMPARE(rejected.size(), 1);
        const auto certificate = rejected.first().at(0).value<QSslCertificate>();
        QCOMPARE(certificate, tls.certificate());
        QVERIFY(!rejected.first().at(1).value<QList<QSslError>>().isEmpty());

        session.trustCertificate(certificate);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerSession::State::Ready, 10000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<ServerProfile>().trustedCertificatePem, certificate.toPem());
        QCOMPARE(rejected.size(), 1);
        // The events socket (wss) trusts it too.
        containers::ContainerEventsClient events(*session.client());
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(events.mode(), containers::ContainerEventsClient::Mode::Live, 10000);

        // The same profile in front of a server with another certificate: refused again.
        TlsTerminator other(m_server.url(), testCertificateTwo());
        ServerProfile kept = session.profile();
        kept.baseUrl = other.url();
        ServerSession second(kept, secrets);
        QSignalSpy rejectedAgain(&second, &ServerSession::certificateRejected);
        second.open();
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), ServerSession::State::Failed, 10000);
        QCOMPARE(rejectedAgain.size(), 1);
        QCOMPARE(rejectedAgain.first().at(0).value<QSslCertificate>(), other.certificate());
    }

    void signOutRevokesOnTheServer()
    {
        // A token of its own, so that the server's main token stays valid for the other tests.
        HttpClient admin(m_server.token());
        const QByteArray minted = admin.postJson(m_server.url(QStringLiteral("/api/tokens")),
                                                 {{QStringLiteral("name"), QStringLiteral("to revoke")}})
                                      .json.value(u"token").toString().toLatin1();
        QVERIFY(!minted.isEmpty());
        SecretStore secrets;
        ServerProfile profile = remoteProfile();
        ServerSession session(profile, secrets);
        session.signInWithToken(QString::fromLatin1(minted));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerSession::State::Ready, 10000);
        QSignalSpy out(&session, &ServerSession::signedOut);
        session.signOut(true);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 10000);
        QCOMPARE(session.state(), ServerSession::State::NeedsSignIn);
        QCOMPARE(HttpClient(minted).get(m_server.url(QStringLiteral("/api/containers"))).status, 401);
        // And the keychain entry is gone.
        std::optional<SecretResult> read;
        secrets.read(profile.id, this, [&read](const SecretResult &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        QCOMPARE(read->status, SecretResult::Status::NotFound);
    }

    void browserSignIn()
    {
        BrowserSignIn signIn(m_server.url());
        QSignalSpy opened(&signIn, &BrowserSignIn::openBrowser);
        QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
        QString error;
        QVERIFY2(signIn.start(&error), qPrintable(error));
        QCOMPARE(opened.size(), 1);
        const QUrl login = opened.first().at(0).toUrl();
        QCOMPARE(login.path(), QStringLiteral("/cli-login"));
        const QUrl callback(QUrlQuery(login).queryItemValue(QStringLiteral("callback"), QUrl::FullyDecoded));
        QCOMPARE(callback.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(callback.path(), QStringLiteral("/callback"));

        // The browser: other paths are refused; then the server's redirect with a session token.
        HttpClient browser;
        QUrl other = callback;
        other.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(browser.get(other).status, 404);
        QUrl answer = callback;
        answer.setQuery(QStringLiteral("token=") + QString::fromLatin1(m_server.token()));
        QCOMPARE(browser.get(answer).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
        const QString apiToken = succeeded.first().at(0).toString();
        QVERIFY(apiToken.startsWith(u"rexec_"));
        QVERIFY(apiToken.toLatin1() != m_server.token());
        QCOMPARE(HttpClient(apiToken.toLatin1()).get(m_server.url(QStringLiteral("/api/containers"))).status, 200);
        // Named after this computer on the server.
        QVERIFY(HttpClient(m_server.token()).get(m_server.url(QStringLiteral("/api/tokens"))).body.contains("Rexec Desktop on "));
        // One request only: the listener is gone.
        QVERIFY(browser.get(answer).status == 0);
    }

    void browserSignInTimesOut()
    {
        BrowserSignIn signIn(m_server.url());
        signIn.setTimeout(std::chrono::milliseconds(200));
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QString error;
        QVERIFY(signIn.start(&error));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.first().at(0).value<api::ApiError>().kind, api::ApiError::Kind::Timeout);
    }

    void thisComputer()
    {
        SecretStore secrets;
        const ServerProfile local = thisComputerProfile();
        QByteArray token;
        {
            ServerSession session(local, secrets);
            session.open();
            // Ready at once: the app binds rexec-local's socket itself, so the first requests go
            // out while it starts, and wait in the socket's queue until it serves.
            QCOMPARE(session.state(), ServerSession::State::Ready);
            QCOMPARE(session.profile().baseUrl.host(), QStringLiteral("127.0.0.1"));
            auto *client = session.client();
            std::optional<api::Result<api::ContainerList>> list;
            client->listContainers(this, [&list](const auto &r) { list = r; });
            QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 10000);
            QVERIFY(list->ok());
            // The token is in the keychain, and in no file of the local server's data.
            std::optional<SecretResult> read;
            secrets.read(local.id, this, [&read](const SecretResult &r) { read = r; });
            QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
            QVERIFY(read->ok());
            token = read->secret.toLatin1();
            QVERIFY(!QFile::exists(LocalServerLauncher::dataDir() + QStringLiteral("/token")));
            QVERIFY(filesContaining(token).isEmpty());
        }
        // Next run: the same token from the keychain.
        ServerSession next(local, secrets);
        next.open();
        QTRY_COMPARE_WITH_TIMEOUT(next.state(), ServerSession::State::Ready, 20000);
        QCOMPARE(next.client() != nullptr, true);
    }

    // With the start-up gate held (the window's first frame not painted yet), This computer's
    // session serves at once but writes its token to the keychain only once the gate opens.
    void thisComputerWritesTheKeychainAfterTheFirstFrame()
    {
        SecretStore secrets;
        const ServerProfile local = thisComputerProfile();
        auto readSecret = [&secrets, &local, this] {
            auto read = std::make_shared<std::optional<SecretResult>>();
            secrets.read(local.id, this, [read](const SecretResult &r) { *read = r; });
            return read;
        };
        std::optional<SecretResult> removed;
        secrets.remove(local.id, this, [&removed](const SecretResult &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);

        holdBackgroundWork(std::chrono::minutes(1));
        const auto release = qScopeGuard([] { releaseBackgroundWork(); });
        ServerSession session(local, secrets);
        session.open();
        std::optional<api::Result<api::ContainerList>> list;
        session.client()->listContainers(this, [&list](const auto &r) { list = r; });
        QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 10000);
        QVERIFY(list->ok());
        const auto before = readSecret();
        QTRY_VERIFY_WITH_TIMEOUT(before->has_value(), 10000);
        QCOMPARE((*before)->status, SecretResult::Status::NotFound);

        releaseBackgroundWork();
        // The store runs its jobs one after another: the write asked for on release comes first.
        const auto after = readSecret();
        QTRY_VERIFY_WITH_TIMEOUT(after->has_value(), 10000);
        QVERIFY((*after)->ok());
        QVERIFY(!(*after)->secret.isEmpty());
        QVERIFY(session.keychainProblem().isEmpty());
    }

    // This computer's server that cannot start (here: no such program) fails the session with
    // the launcher's words, even though the session was ready the moment the socket was bound.
    void thisComputerThatCannotStartFails()
    {
        const QByteArray program = qgetenv("REXEC_LOCAL_BIN");
        const auto restore = qScopeGuard([&program] { qputenv("REXEC_LOCAL_BIN", program); });
        qputenv("REXEC_LOCAL_BIN", "/nonexistent/rexec-local");
        SecretStore secrets;
        const ServerProfile local = thisComputerProfile();
        ServerSession session(local, secrets);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ServerSession::State::Failed, 10000);
        QVERIFY2(session.lastError().userMessage().contains(QStringLiteral("Cannot start the local server")),
                 qPrintable(session.lastError().userMessage()));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
