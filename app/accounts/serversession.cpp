// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/serversession.h"

#include "accounts/localserverlauncher.h"
#include "accounts/secretstore.h"
#include "api/restclient.h"
#include "core/startupgate.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSslCertificate>

#include <utility>

namespace rexec::accounts {

namespace {

QString newLocalToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QStringLiteral("rexec_") + QString::fromLatin1(bytes.toHex());
}

QString keychainWords(const SecretResult &result)
{
    switch (result.status) {
    case SecretResult::Status::NoKeychain:
        return QCoreApplication::translate("ServerSession",
                                           "No keychain service answered (%1). The token is kept for this run only "
                                           "and never written to a file.")
            .arg(result.message);
    case SecretResult::Status::AccessDenied:
        return QCoreApplication::translate("ServerSession",
                                           "The keychain refused access (%1). The token is kept for this run only.")
            .arg(result.message);
    default:
        return QCoreApplication::translate("ServerSession", "The keychain failed (%1). The token is kept for this run only.")
            .arg(result.message);
    }
}

} // namespace

ServerSession::ServerSession(ServerProfile profile, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
{
}

ServerSession::~ServerSession() = default;

void ServerSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServerSession::makeClient(const QUrl &baseUrl)
{
    // One client for the session's life: the container list, terminals and transfers hold it by
    // reference, across a new token, a trusted certificate or This computer started again.
    if (m_client) {
        m_client->setBaseUrl(baseUrl);
    } else {
        m_client = new api::RestClient(baseUrl, this);
        connect(m_client, &api::RestClient::certificateRejected, this,
                [this](const QSslCertificate &certificate, const QList<QSslError> &errors) {
                    if (std::exchange(m_certificateAttempt, m_attempt) != m_attempt)
                        emit certificateRejected(certificate, errors);
                });
    }
    m_client->clearTrustedCertificate();
    if (!m_profile.trustedCertificatePem.isEmpty()) {
        const auto certificates = QSslCertificate::fromData(m_profile.trustedCertificatePem, QSsl::Pem);
        if (!certificates.isEmpty())
            m_client->setTrustedCertificate(certificates.first());
    }
    m_client->setToken(m_token);
}

void ServerSession::trustCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return;
    m_profile.trustedCertificatePem = certificate.toPem();
    if (m_token.isEmpty()) {
        open();
        return;
    }
    ++m_attempt;
    setState(State::Opening);
    useToken(m_token, m_storeToken);
}

void ServerSession::open()
{
    setState(State::Opening);
    if (m_profile.kind == ServerProfile::Kind::Ephemeral) {
        m_token = qEnvironmentVariable("REXEC_TOKEN");
        useToken(m_token, false);
        return;
    }
    const int attempt = ++m_attempt;
    if (m_profile.isLocal()) {
        openThisComputer();
        return;
    }
    m_secrets.read(m_profile.id, this, [this, attempt](const SecretResult &result) {
        // A sign-in started meanwhile wins over what the keychain had.
        if (attempt != m_attempt)
            return;
        if (!result.ok() && result.status != SecretResult::Status::NotFound) {
            m_keychainProblem = keychainWords(result);
            emit keychainUnavailable(m_keychainProblem);
        }
        if (result.ok() && !result.secret.isEmpty()) {
            m_token = result.secret;
            useToken(m_token, false);
        } else {
            setState(State::NeedsSignIn);
        }
    });
}

void ServerSession::openThisComputer()
{
    // rexec-local is this app's own child: it gets a new token each time it starts, on its standard
    // input, and the keychain keeps the current one like any server's token (for other clients on
    // this computer). The write runs in the background, after the window's first frame: the
    // start never waits on the keychain.
    const bool starting = !m_launcher || !m_launcher->isStarted();
    if (starting) {
        m_token = newLocalToken();
        afterStartup(this, [this, token = m_token] {
            if (token != m_token) // signed out, or started again with a newer one, meanwhile
                return;
            m_secrets.write(m_profile.id, token, this, [this](const SecretResult &written) {
                if (!written.ok()) {
                    m_keychainProblem = keychainWords(written);
                    emit keychainUnavailable(m_keychainProblem);
                }
            });
        });
    }
    startLocalServer(); // a new start reports ready() before it returns
    // Already running (opened again after a failure): check the token at once.
    if (!starting && m_launcher->isRunning())
        useToken(m_token, false);
}

void ServerSession::startLocalServer()
{
    if (!m_launcher) {
        m_launcher = new LocalServerLauncher(this);
        connect(m_launcher, &LocalServerLauncher::ready, this, [this](const QUrl &url) {
            m_profile.baseUrl = url;
            useToken(m_token, false);
        });
        connect(m_launcher, &LocalServerLauncher::failed, this, [this](const QString &reason) {
            ++m_attempt; // replies still on their way (from a server that is gone) change nothing now
            m_lastError = api::ApiError::make(api::ApiError::Kind::Network, reason, QStringLiteral("START"),
                                              QStringLiteral("rexec-local"));
            setState(State::Failed);
        });
    }
    m_launcher->start(m_token);
}

void ServerSession::signInWithToken(const QString &token)
{
    ++m_attempt;
    m_token = token.trimmed();
    setState(State::Opening);
    useToken(m_token, true);
}

void ServerSession::useToken(const QString &token, bool storeIfValid)
{
    if (token.isEmpty()) {
        setState(State::NeedsSignIn);
        return;
    }
    m_storeToken = storeIfValid;
    makeClient(m_profile.baseUrl);
    const int attempt = m_attempt;
    // This computer's server is our own child, started with this very token: the list can load at
    // once, and who is signed in fills in when the profile arrives.
    const bool readyAtOnce = m_profile.isLocal();
    if (readyAtOnce)
        setState(State::Ready);
    m_client->fetchProfile(this, [this, token, storeIfValid, attempt, readyAtOnce](const api::Result<api::Profile> &result) {
        if (attempt != m_attempt)
            return;
        if (!result && readyAtOnce) {
            // The container list says the same to the user, in its own words.
            m_lastError = result.error();
            return;
        }
        if (!result) {
            m_lastError = result.error();
            setState(result.error().needsSignIn() ? State::NeedsSignIn : State::Failed);
            return;
        }
        m_account = result.value();
        m_profile.userName = m_account.user.displayName();
        m_profile.email = m_account.user.email;
        m_profile.tier = m_account.user.tier;
        emit profileChanged(m_profile);
        if (storeIfValid && m_profile.isPersistent()) {
            m_secrets.write(m_profile.id, token, this, [this](const SecretResult &written) {
                if (!written.ok()) {
                    m_keychainProblem = keychainWords(written);
                    emit keychainUnavailable(m_keychainProblem);
                }
            });
        }
        setState(State::Ready);
    });
}

void ServerSession::signOut(bool revokeOnServer)
{
    auto forget = [this] {
        m_token.clear();
        if (m_client)
            m_client->setToken(QString());
        m_secrets.remove(m_profile.id, this, [](const SecretResult &) {});
        setState(State::NeedsSignIn);
        emit signedOut();
    };
    if (!revokeOnServer || !m_client || m_token.isEmpty()) {
        forget();
        return;
    }
    // The server knows tokens by id; ours is the one whose prefix matches.
    const QString prefix = m_token.left(12);
    m_client->listTokens(this, [this, prefix, forget](const api::Result<api::ApiTokenList> &list) {
        QString id;
        if (list) {
            for (const auto &token : list.value().tokens) {
                if (token.tokenPrefix == prefix)
                    id = token.id;
            }
        }
        if (id.isEmpty()) {
            forget();
            return;
        }
        m_client->revokeToken(id, this, [forget](const api::Result<QJsonObject> &) { forget(); });
    });
}

} // namespace rexec::accounts
