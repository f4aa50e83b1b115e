// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/profilestore.h"

#include <QSettings>
#include <QUuid>
#include <QVariantMap>

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

namespace {

// What is kept of a profile, under its settings keys: write() stores this, and save() compares it.
QVariantMap storedFields(const ServerProfile &p)
{
    QVariantMap fields{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("user"), p.userName},
                       {QStringLiteral("email"), p.email},
                       {QStringLiteral("tier"), p.tier},
                       {QStringLiteral("kind"), kindName(p.kind)}};
    // The local server's port changes every run; only remote URLs are kept.
    if (!p.isLocal())
        fields.insert(QStringLiteral("url"), p.baseUrl);
    if (!p.trustedCertificatePem.isEmpty())
        fields.insert(QStringLiteral("trustedCertificate"), p.trustedCertificatePem);
    return fields;
}

} // namespace

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
        const QVariantMap fields = storedFields(p);
        for (auto field = fields.cbegin(); field != fields.cend(); ++field)
            settings.setValue(field.key(), field.value());
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
            const bool unchanged = storedFields(p) == storedFields(profile);
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
