// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/serverprofile.h"
#include "api/account.h"
#include "api/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

namespace rexec {
class SecretStore;
namespace api {
class RestClient;
}
} // namespace rexec

namespace rexec::accounts {

class LocalServerLauncher;

// One open server profile: its token (from the keychain, or memory only when there is no
// keychain), its REST client, and who is signed in. For "This computer" it also runs rexec-local.
class ServerSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Closed,
        Opening,     // reading the keychain, starting the local server, checking the token
        Ready,       // signed in; client() works
        NeedsSignIn, // no token, or the server refused it
        Failed,      // the server cannot be reached or the local server did not start
    };
    Q_ENUM(State)

    ServerSession(ServerProfile profile, SecretStore &secrets, QObject *parent = nullptr);
    ~ServerSession() override;

    // Reads the token from the keychain (or REXEC_TOKEN for an ephemeral profile) and checks it.
    void open();
    // Signs in with a pasted token: checked with /api/profile (and /api/tokens/validate for API
    // tokens), then kept in the keychain.
    void signInWithToken(const QString &token);
    // Forgets the token here (keychain entry deleted); optionally revokes it on the server first.
    void signOut(bool revokeOnServer);
    // Trusts exactly this certificate for this profile (kept with it once signed in) and tries
    // again what the certificate stopped.
    void trustCertificate(const QSslCertificate &certificate);

    State state() const { return m_state; }
    ServerProfile profile() const { return m_profile; }
    api::Profile account() const { return m_account; }
    api::RestClient *client() const { return m_client; }
    api::ApiError lastError() const { return m_lastError; }
    // Empty when the keychain works; otherwise why the token is kept for this run only.
    QString keychainProblem() const { return m_keychainProblem; }

signals:
    void stateChanged(State state);
    void profileChanged(const ServerProfile &profile);
    void keychainUnavailable(const QString &problem);
    // TLS refused the server's certificate (once per attempt to open or sign in): the user may
    // look at it and trust it with trustCertificate().
    void certificateRejected(const QSslCertificate &certificate, const QList<QSslError> &errors);
    void signedOut();

private:
    void setState(State state);
    void useToken(const QString &token, bool storeIfValid);
    void openThisComputer();
    void startLocalServer();
    void makeClient(const QUrl &baseUrl);

    ServerProfile m_profile;
    SecretStore &m_secrets;
    api::RestClient *m_client = nullptr;
    LocalServerLauncher *m_launcher = nullptr;
    QString m_token; // memory only
    api::Profile m_account;
    api::ApiError m_lastError;
    QString m_keychainProblem;
    State m_state = State::Closed;
    int m_attempt = 0; // so that an older open or sign-in cannot overrule a newer one
    int m_certificateAttempt = -1; // the attempt certificateRejected was last emitted for
    bool m_storeToken = false;     // whether the token being checked is to be kept once valid
};

} // namespace rexec::accounts
