// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/secretstore.h"

#include <qt6keychain/keychain.h>

namespace rexec {

namespace {

SecretResult::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretResult::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::Status::NoKeychain;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::Status::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretResult::Status::Failed;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    enqueue({Kind::Read, key, {}, context, std::move(done)});
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    enqueue({Kind::Write, key, secret, context, std::move(done)});
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    enqueue({Kind::Remove, key, {}, context, std::move(done)});
}

void SecretStore::enqueue(Pending pending)
{
    m_queue.push_back(std::move(pending));
    if (!m_busy) {
        m_busy = true;
        QMetaObject::invokeMethod(this, &SecretStore::startNext, Qt::QueuedConnection);
    }
}

void SecretStore::startNext()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    Pending pending = std::move(m_queue.front());
    m_queue.pop_front();

    QKeychain::Job *job = nullptr;
    switch (pending.kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(pending.secret);
        job = write;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(pending.key);
    // Only the Secret Service (or the platform keychain): never QtKeychain's plaintext fallback.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    connect(job, &QKeychain::Job::finished, this, [this, pending = std::move(pending)](QKeychain::Job *finished) {
        SecretResult result;
        result.status = statusFor(finished->error());
        if (result.ok()) {
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.secret = readJob->textData();
        } else {
            result.message = finished->errorString();
        }
        if (pending.context && pending.done)
            pending.done(result);
        QMetaObject::invokeMethod(this, &SecretStore::startNext, Qt::QueuedConnection);
    });
    job->start();
}

} // namespace rexec
