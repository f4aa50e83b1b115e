// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/tokenstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace rexec::local {

namespace {

QByteArray sha256(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

TokenStore::TokenStore(QString storeFile)
    : m_storeFile(std::move(storeFile))
{
    if (m_storeFile.isEmpty())
        return;
    QFile file(m_storeFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(u"tokens").toArray();
    for (const auto &value : list) {
        const QJsonObject o = value.toObject();
        Token token;
        token.id = o.value(u"id").toString();
        token.name = o.value(u"name").toString();
        token.prefix = o.value(u"token_prefix").toString();
        token.sha256 = QByteArray::fromHex(o.value(u"sha256").toString().toLatin1());
        for (const auto &scope : o.value(u"scopes").toArray())
            token.scopes << scope.toString();
        token.createdAt = QDateTime::fromString(o.value(u"created_at").toString(), Qt::ISODateWithMs);
        token.expiresAt = QDateTime::fromString(o.value(u"expires_at").toString(), Qt::ISODateWithMs);
        if (token.sha256.size() == 32 && !token.id.isEmpty())
            m_tokens << token;
    }
}

QString TokenStore::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QStringLiteral("rexec_") + QString::fromLatin1(bytes.toHex());
}

bool TokenStore::isWellFormed(QByteArrayView token)
{
    if (token.size() != 70 || !token.startsWith("rexec_"))
        return false;
    for (char c : token.sliced(6)) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

bool TokenStore::loadTokenFile(const QString &path, QString *error)
{
    QFile file(path);
    QByteArray token;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        token = file.read(4096).trimmed();
        if (!isWellFormed(token)) {
            *error = QStringLiteral("%1 does not hold a token (rexec_ and 64 lowercase hex characters)").arg(path);
            return false;
        }
    } else {
        token = generateToken().toLatin1();
        QDir().mkpath(QFileInfo(path).absolutePath());
        // Created 0600 from the start: the token is never readable by others, not even briefly.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        const QByteArray line = token + '\n';
        if (fd < 0 || ::write(fd, line.constData(), size_t(line.size())) != line.size()) {
            *error = QStringLiteral("cannot write %1").arg(path);
            if (fd >= 0)
                ::close(fd);
            return false;
        }
        ::close(fd);
    }
    addPrimaryToken(QString::fromLatin1(token));
    return true;
}

void TokenStore::addPrimaryToken(const QString &token)
{
    Token record;
    record.id = QUuid::createUuidV5(QUuid(), QStringLiteral("token-file")).toString(QUuid::WithoutBraces);
    record.name = QStringLiteral("rexec-local token file");
    record.prefix = token.left(12);
    record.sha256 = sha256(token.toLatin1());
    record.scopes = {QStringLiteral("read"), QStringLiteral("write")};
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.fromTokenFile = true;
    m_tokens.removeIf([](const Token &t) { return t.fromTokenFile; });
    m_tokens.prepend(record);
}

std::optional<TokenStore::Token> TokenStore::authenticate(QByteArrayView token)
{
    if (!isWellFormed(token))
        return std::nullopt;
    const QByteArray hash = sha256(token);
    std::optional<Token> match;
    // Compare against every token so that the time taken does not depend on which one matched.
    for (auto &candidate : m_tokens) {
        if (constantTimeEqual(candidate.sha256, hash) && !match) {
            if (candidate.expiresAt.isValid() && candidate.expiresAt < QDateTime::currentDateTimeUtc())
                continue;
            candidate.lastUsedAt = QDateTime::currentDateTimeUtc();
            match = candidate;
        }
    }
    return match;
}

QString TokenStore::create(const QString &name, const QStringList &scopes, int expiresInDays, Token *record)
{
    const QString token = generateToken();
    Token t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.name = name;
    t.prefix = token.left(12);
    t.sha256 = sha256(token.toLatin1());
    t.scopes = scopes.isEmpty() ? QStringList{QStringLiteral("read"), QStringLiteral("write")} : scopes;
    t.createdAt = QDateTime::currentDateTimeUtc();
    if (expiresInDays > 0)
        t.expiresAt = t.createdAt.addDays(expiresInDays);
    m_tokens << t;
    save();
    *record = t;
    return token;
}

bool TokenStore::revoke(const QString &id)
{
    const auto removed = m_tokens.removeIf([&id](const Token &t) { return t.id == id && !t.fromTokenFile; });
    if (removed)
        save();
    return removed > 0;
}

void TokenStore::save() const
{
    if (m_storeFile.isEmpty())
        return;
    QJsonArray list;
    for (const auto &t : m_tokens) {
        if (t.fromTokenFile)
            continue;
        QJsonObject o = toJson(t);
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(t.sha256.toHex()));
        list.append(o);
    }
    QSaveFile out(m_storeFile);
    if (out.open(QIODevice::WriteOnly)) {
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("tokens"), list}}).toJson());
        out.commit();
    }
}

QJsonObject TokenStore::toJson(const Token &t)
{
    QJsonObject o{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("token_prefix"), t.prefix},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(t.scopes)},
        {QStringLiteral("created_at"), time(t.createdAt)},
        {QStringLiteral("expires_at"), t.expiresAt.isValid() ? QJsonValue(time(t.expiresAt)) : QJsonValue()},
    };
    if (t.lastUsedAt.isValid())
        o.insert(QStringLiteral("last_used_at"), time(t.lastUsedAt));
    return o;
}

QByteArray TokenStore::tokenFromHeaders(QByteArrayView authorization, QByteArrayView protocols, QByteArrayView query)
{
    const QList<QByteArray> words = authorization.toByteArray().simplified().split(' ');
    if (words.size() == 2 && words.at(0).compare("bearer", Qt::CaseInsensitive) == 0)
        return words.at(1);
    for (const QByteArray &entry : protocols.toByteArray().split(',')) {
        const QByteArray trimmed = entry.trimmed();
        if (trimmed.startsWith("rexec.token."))
            return trimmed.mid(12);
    }
    const QUrlQuery q(QString::fromLatin1(query));
    return q.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1();
}

QByteArray TokenStore::tokenFromRequest(const QHttpServerRequest &request)
{
    return tokenFromHeaders(request.value("authorization"), request.value("sec-websocket-protocol"),
                            request.url().query(QUrl::FullyEncoded).toLatin1());
}

} // namespace rexec::local
