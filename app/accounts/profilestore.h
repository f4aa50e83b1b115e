// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/serverprofile.h"

#include <QList>
#include <QObject>

#include <optional>

namespace rexec::accounts {

// Server profiles kept with QSettings: names, URLs and who is signed in. No secret is ever
// written here; tokens are in the keychain (SecretStore) under each profile's id.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QObject *parent = nullptr);

    QList<ServerProfile> profiles() const { return m_profiles; }
    std::optional<ServerProfile> profile(const QString &id) const;
    std::optional<ServerProfile> localProfile() const;

    // Adds or replaces (by id); an ephemeral profile is held for this run and never saved.
    void save(const ServerProfile &profile);
    void remove(const QString &id);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    static QString newId();
    static constexpr char kLocalProfileId[] = "local";

signals:
    void profilesChanged();

private:
    void load();
    void write() const;

    QList<ServerProfile> m_profiles;
};

} // namespace rexec::accounts
