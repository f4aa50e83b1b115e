// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace rexec::local {

// One container as rexec-local keeps it: the record the real server keeps in its database,
// with the two identities it has (a UUID from the start, a 64-hex id once it exists).
struct LocalContainer {
    QString dbId;   // UUID, the database key
    QString id;     // 64 hex once created; the UUID until then
    QString userId;
    QString name;
    QString image;
    QString role;
    QString status; // creating, configuring, running, stopped, error
    QDateTime createdAt;
    QDateTime lastUsedAt;
    qint64 memoryMb = 2048;
    qint64 cpuShares = 2000;
    qint64 diskMb = 10240;
    QMap<QString, QString> environment;
    QMap<QString, QString> labels;
    bool useTmux = false;
    bool mfaLocked = false; // the terminal MFA lock, kept in the record as the real server's database does

    QJsonObject resourcesJson() const;
    // The shape of GET /api/containers items (the events socket's `list` leaves out mfa_locked).
    QJsonObject toListJson(bool withMfaLocked = true) const;
    QJsonObject toStorageJson() const;
    static LocalContainer fromStorageJson(const QJsonObject &json);
};

// RFC 3339 with nanoseconds and a zone, as Go writes time.Time.
QString goTime(const QDateTime &time);

} // namespace rexec::local
