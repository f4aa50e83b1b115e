// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/profilestore.h"

#include <QSettings>
#include <QUuid>

namespace rexec::accounts {

namespace {

QString kindName(ServerProfile::Kind kind)
{
    return kind == ServerProfile::Kind::Local ? QStringLiteral("local") : QStringLiteral("remote");
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
    load();
}

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<ServerProfile> ProfileStore::profile(const QString &id) const
{
    for (const auto &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<ServerProfile> ProfileStore::localProfile() const
{
    for (const auto &p : m_profiles) {
        if (p.isLocal())
            return p;
    }
    return std::nullopt;
}

void ProfileStore::load()
{
    QSettings settings;
    const int count = settings.beginReadArray(QStringLiteral("servers"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerProfile p;
        p.id = settings.value(QStringLiteral("id")).toString();
        p.name = settings.value(QStringLiteral("name")).toString();
        p.baseUrl = settings.value(QStringLiteral("url")).toUrl();
        p.userName = settings.value(QStringLiteral("user")).toString();
        p.email = settings.value(QStringLiteral("email")).toString();
        p.tier = settings.value(QStringLiteral("tier")).toString();
        p.kind = settings.value(QStringLiteral("kind")).toString() == u"local" ? ServerProfile::Kind::Local
                                                                              : ServerProfile::Kind::Remote;
        p.trustedCertificatePem = settings.value(QStringLiteral("trustedCertificate")).toByteArray();
        if (!p.id.isEmpty() && (p.isLocal() || p.baseUrl.isValid()))
            m_profiles << p;
    }
    settings.endArray();
}

void ProfileStore::write() const
{
    QSettings settings;
    settings.remove(QStringLiteral("servers"));
    settings.beginWriteArray(QStringLiteral("servers"));
    int i = 0;
    for (const auto &p : m_profiles) {
        if (!p.isPersistent())
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("id"), p.id);
        settings.setValue(QStringLiteral("name"), p.name);
        // The local server's port changes every run; only remote URLs are kept.
        if (!p.isLocal())
            settings.setValue(QStringLiteral("url"), p.baseUrl);
        settings.setValue(QStringLiteral("user"), p.userName);
        settings.setValue(QStringLiteral("email"), p.email);
        settings.setValue(QStringLiteral("tier"), p.tier);
        settings.setValue(QStringLiteral("kind"), kindName(p.kind));
        if (!p.trustedCertificatePem.isEmpty())
            settings.setValue(QStringLiteral("trustedCertificate"), p.trustedCertificatePem);
    }
    settings.endArray();
}

void ProfileStore::save(const ServerProfile &profile)
{
    bool replaced = false;
    for (auto &p : m_profiles) {
        if (p.id == profile.id) {
            // What write() keeps is unchanged (a profile fetched again, as at every start): no
            // settings file written on the window's thread, no switcher refilled.
            const bool unchanged = p.name == profile.name && p.userName == profile.userName && p.email == profile.email
                && p.tier == profile.tier && p.kind == profile.kind && p.trustedCertificatePem == profile.trustedCertificatePem
                && (profile.isLocal() || p.baseUrl == profile.baseUrl);
            p = profile;
            if (unchanged)
                return;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles << profile;
    write();
    emit profilesChanged();
}

void ProfileStore::remove(const QString &id)
{
    if (m_profiles.removeIf([&id](const ServerProfile &p) { return p.id == id; }) == 0)
        return;
    write();
    emit profilesChanged();
}

QString ProfileStore::lastUsedId() const
{
    return QSettings().value(QStringLiteral("lastServer")).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    QSettings settings;
    if (settings.value(QStringLiteral("lastServer")).toString() != id)
        settings.setValue(QStringLiteral("lastServer"), id);
}

} // namespace rexec::accounts
