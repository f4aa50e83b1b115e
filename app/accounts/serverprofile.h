// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace rexec::accounts {

// A server the user works with: a name, a base URL and the account signed in there. Its token
// lives in the keychain under the profile's id, never here.
struct ServerProfile {
    enum class Kind {
        Remote,    // a Rexec server
        Local,     // "This computer": rexec-local started by the app
        Ephemeral, // REXEC_URL and REXEC_TOKEN: this run only, never saved
    };

    QString id; // stable, and the keychain entry's key
    QString name;
    QUrl baseUrl;
    QString userName;
    QString email;
    QString tier;
    Kind kind = Kind::Remote;
    QByteArray trustedCertificatePem; // a certificate the user chose to trust for this server

    bool isLocal() const { return kind == Kind::Local; }
    bool isPersistent() const { return kind != Kind::Ephemeral; }
    // What the server switcher shows: "Name — user (tier)".
    QString displayName() const;

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

// Accepts "rexec.example.com", "https://rexec.example.com/", "http://127.0.0.1:8080"; an empty
// URL when the text is not a usable http(s) address. A missing scheme means https.
QUrl normalizedServerUrl(const QString &text);

} // namespace rexec::accounts
