// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/workspace.h"

#include "accounts/serversession.h"

#include <QCoreApplication>

namespace rexec::accounts {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}

Workspace::~Workspace()
{
    delete m_session.data();
}

ServerProfile Workspace::thisComputerProfile()
{
    ServerProfile profile;
    profile.id = QString::fromLatin1(ProfileStore::kLocalProfileId);
    profile.name = QCoreApplication::translate("Workspace", "This computer");
    profile.kind = ServerProfile::Kind::Local;
    return profile;
}

bool Workspace::openInitial()
{
    const QUrl envUrl = normalizedServerUrl(qEnvironmentVariable("REXEC_URL"));
    if (envUrl.isValid() && !envUrl.isEmpty() && !qEnvironmentVariableIsEmpty("REXEC_TOKEN")) {
        ServerProfile profile;
        profile.id = QStringLiteral("environment");
        profile.name = envUrl.host();
        profile.baseUrl = envUrl;
        profile.kind = ServerProfile::Kind::Ephemeral;
        m_ephemeral = profile;
        openProfile(profile);
        return true;
    }
    const QString last = m_profiles.lastUsedId();
    if (auto profile = m_profiles.profile(last)) {
        openProfile(*profile);
        return true;
    }
    if (!m_profiles.profiles().isEmpty()) {
        openProfile(m_profiles.profiles().first());
        return true;
    }
    return false;
}

bool Workspace::openInitialIfLocal()
{
    if (!qEnvironmentVariableIsEmpty("REXEC_URL") && !qEnvironmentVariableIsEmpty("REXEC_TOKEN"))
        return false;
    const auto last = m_profiles.profile(m_profiles.lastUsedId());
    if (!last || !last->isLocal())
        return false;
    openProfile(*last);
    return true;
}

void Workspace::openThisComputer()
{
    const ServerProfile profile = m_profiles.localProfile().value_or(thisComputerProfile());
    if (!m_profiles.localProfile())
        m_profiles.save(profile);
    openProfile(profile);
}

void Workspace::open(const QString &profileId)
{
    if (m_ephemeral && m_ephemeral->id == profileId) {
        openProfile(*m_ephemeral);
        return;
    }
    if (auto profile = m_profiles.profile(profileId))
        openProfile(*profile);
}

ServerSession *Workspace::addRemote(const QUrl &baseUrl, const QString &name)
{
    ServerProfile profile;
    profile.id = ProfileStore::newId();
    profile.name = name.isEmpty() ? baseUrl.host() : name;
    profile.baseUrl = baseUrl;
    openProfile(profile);
    return m_session;
}

void Workspace::removeProfile(const QString &profileId)
{
    if (m_session && m_session->profile().id == profileId) {
        m_session->signOut(false);
        m_session->deleteLater();
        m_session = nullptr;
        emit sessionChanged(nullptr);
    } else {
        m_secrets.remove(profileId, this, [](const SecretResult &) {});
    }
    m_profiles.remove(profileId);
}

void Workspace::openProfile(const ServerProfile &profile)
{
    if (m_session && m_session->profile().id == profile.id)
        return;
    if (m_session)
        m_session->deleteLater();
    m_session = new ServerSession(profile, m_secrets, this);
    // Signed in: the profile (with who is signed in) is kept and becomes the one to reopen.
    connect(m_session, &ServerSession::profileChanged, this, [this](const ServerProfile &updated) {
        if (updated.isPersistent()) {
            m_profiles.save(updated);
            m_profiles.setLastUsedId(updated.id);
        }
    });
    emit sessionChanged(m_session);
    m_session->open();
}

} // namespace rexec::accounts
