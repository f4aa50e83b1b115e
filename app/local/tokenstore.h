// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace rexec::local {

// The API tokens rexec-local accepts. Only their SHA-256 is kept, in memory and in tokens.json;
// comparisons take the same time whatever the token. The token of --token-file is always accepted.
class TokenStore
{
public:
    struct Token {
        QString id;
        QString name;
        QString prefix; // "rexec_" and 6 hex characters, for display
        QByteArray sha256;
        QStringList scopes;
        QDateTime createdAt;
        QDateTime expiresAt; // invalid: never
        QDateTime lastUsedAt;
        bool fromTokenFile = false;
    };

    explicit TokenStore(QString storeFile = {});

    // Reads the token file, or makes a new token there (mode 0600) when it does not exist.
    bool loadTokenFile(const QString &path, QString *error);
    // Accepts `token` (for the embedded server, whose token lives in the keychain).
    void addPrimaryToken(const QString &token);

    // The token's record when it is valid now; marks it used.
    std::optional<Token> authenticate(QByteArrayView token);
    // POST /api/tokens: the new plaintext token, shown once.
    QString create(const QString &name, const QStringList &scopes, int expiresInDays, Token *record);
    bool revoke(const QString &id);
    QList<Token> tokens() const { return m_tokens; }

    static QString generateToken();
    static bool isWellFormed(QByteArrayView token);
    // Bearer header, then a `rexec.token.<t>` subprotocol entry, then ?token=, as the real server does.
    static QByteArray tokenFromRequest(const QHttpServerRequest &request);
    static QByteArray tokenFromHeaders(QByteArrayView authorization, QByteArrayView protocols, QByteArrayView query);

    static QJsonObject toJson(const Token &token);

private:
    void save() const;

    QString m_storeFile;
    QList<Token> m_tokens;
};

} // namespace rexec::local
