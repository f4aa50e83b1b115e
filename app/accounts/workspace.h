// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/profilestore.h"
#include "accounts/secretstore.h"

#include <QObject>
#include <QPointer>

namespace rexec::accounts {

class ServerSession;

// Which servers the user has and which one is open: the widget-free state behind the server
// switcher. Opens the last used profile, or REXEC_URL with REXEC_TOKEN for this run only.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    ProfileStore &profiles() { return m_profiles; }
    SecretStore &secrets() { return m_secrets; }
    ServerSession *session() const { return m_session; }

    // The environment's ephemeral profile, else the last used one; false when there is none
    // (first launch: the welcome page asks).
    bool openInitial();
    // openInitial() when it would open This computer; false (nothing done) otherwise.
    bool openInitialIfLocal();
    void openThisComputer();
    void open(const QString &profileId);
    // A new remote server: its session starts signed out; it is saved once signed in.
    ServerSession *addRemote(const QUrl &baseUrl, const QString &name);
    // Forgets a profile: signs out (keychain entry deleted) and removes it.
    void removeProfile(const QString &profileId);

    static ServerProfile thisComputerProfile();

signals:
    void sessionChanged(rexec::accounts::ServerSession *session);

private:
    void openProfile(const ServerProfile &profile);

    ProfileStore m_profiles;
    SecretStore m_secrets;
    QPointer<ServerSession> m_session;
    std::optional<ServerProfile> m_ephemeral;
};

} // namespace rexec::accounts
