// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>

namespace rexec {

struct SecretResult {
    enum class Status {
        Ok,
        NotFound,       // no entry under this key
        NoKeychain,     // no Secret Service (or other keychain backend) answered
        AccessDenied,   // the user refused, or the keychain is locked
        Failed,
    };
    Status status = Status::Failed;
    QString secret;  // the value read; empty for writes and deletes
    QString message; // the backend's own words when status is not Ok

    bool ok() const { return status == Status::Ok; }
};

// Tokens in the OS keychain (QtKeychain): one entry per key under one service, never a file.
// Jobs run one at a time; the next one starts from a queued call, never from inside another
// job's finished signal, because several backends do not support re-entrant use.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QString service = QStringLiteral("rexec-desktop"), QObject *parent = nullptr);
    ~SecretStore() override;

    // `done` runs later on this thread; it is dropped when `context` is destroyed first.
    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    QString service() const { return m_service; }

private:
    enum class Kind { Read, Write, Remove };
    struct Pending {
        Kind kind;
        QString key;
        QString secret;
        QPointer<QObject> context;
        Callback done;
    };

    void enqueue(Pending pending);
    void startNext();

    QString m_service;
    std::deque<Pending> m_queue;
    bool m_busy = false;
};

} // namespace rexec
