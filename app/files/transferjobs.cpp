// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/transferjobs.h"

#include "api/restclient.h"
#include "files/filenames.h"
#include "files/sizetext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace rexec::files {

namespace {

constexpr qint64 kMaxErrorBody = 64 * 1024;

QString sizeText(qint64 bytes)
{
    return formatDataSize(bytes);
}

QUrlQuery pathQuery(const QString &path)
{
    QUrlQuery query;
    query.addQueryItem(u"path"_s, QString::fromLatin1(QUrl::toPercentEncoding(path)));
    return query;
}

} // namespace

void TransferJob::setProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    emit progress(done, total);
}

void TransferJob::finish(JobOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(outcome);
}

// ---------------------------------------------------------------------------------------------

DownloadJob::DownloadJob(api::RestClient *client, QString containerId, QString remotePath, QString localPath,
                         bool replace, QThread *diskThread, QObject *parent)
    : TransferJob(parent)
    , m_client(client)
    , m_containerId(std::move(containerId))
    , m_remotePath(std::move(remotePath))
    , m_localPath(std::move(localPath))
    , m_replace(replace)
    , m_diskThread(diskThread)
{
}

DownloadJob::~DownloadJob()
{
    if (m_reply) {
        m_cancelled = true;
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    // An unfinished .part goes with its writer, on the disk thread.
    dropWriter(true);
}

void DownloadJob::start()
{
    if (!m_client) {
        QTimer::singleShot(0, this, [this] {
            fail({JobOutcome::Kind::Failed, tr("Not connected to the server."), {}, true, {}});
        });
        return;
    }
    m_writer = new PartFileWriter(m_localPath);
    if (m_diskThread)
        m_writer->moveToThread(m_diskThread);
    connect(m_writer, &PartFileWriter::written, this, &DownloadJob::onWritten);
    connect(m_writer, &PartFileWriter::committed, this, &DownloadJob::onCommitted);
    connect(m_writer, &PartFileWriter::failed, this, [this](const QString &error) {
        if (m_writeError.isEmpty())
            m_writeError = error;
        if (m_reply && !m_replyDone)
            m_reply->abort(); // finished() follows, and with it the verdict
        else
            settle();
    });

    QNetworkRequest request = m_client->request(api::RestClient::containerPath(m_containerId, u"/files"_s),
                                                pathQuery(m_remotePath));
    // The size check needs the file's own length: no compression on the way.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setRawHeader("Accept", "application/octet-stream, application/json;q=0.5");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    m_clock.start();
    m_reply = m_client->network()->get(request);
    // Backpressure: the socket is not read faster than the disk takes it.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::onFinished);
    // The client (and its replies) go when the user switches servers or signs out.
    connect(m_reply, &QObject::destroyed, this, [this] {
        fail({JobOutcome::Kind::Failed, tr("The connection to the server was closed."), {}, true, {}});
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_client && m_reply && m_client->acceptSslErrors(errors))
            m_reply->ignoreSslErrors(errors);
    });
}

void DownloadJob::cancel()
{
    if (isFinished())
        return;
    // Complete and being renamed on the disk thread: too late to cancel, and no harm done.
    if (m_settled && m_writer)
        return;
    m_cancelled = true;
    if (m_reply && !m_replyDone)
        m_reply->abort(); // finished() follows, synchronously
    else
        fail({JobOutcome::Kind::Cancelled, {}, {}, true, {}});
}

void DownloadJob::onReadyRead()
{
    if (!m_reply || m_cancelled)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        // An error's body is JSON for ApiError; keep a bounded amount, write nothing.
        const QByteArray chunk = m_reply->read(kMaxErrorBody - m_errorBody.size());
        m_errorBody += chunk;
        if (m_errorBody.size() >= kMaxErrorBody)
            m_reply->readAll(); // drain and drop
        return;
    }
    if (!m_headSeen) {
        m_headSeen = true;
        bool ok = false;
        qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (!ok)
            length = m_reply->rawHeader("X-File-Size").toLongLong(&ok);
        m_expected = ok && length >= 0 ? length : -1;
    }
    pull();
}

void DownloadJob::pull()
{
    if (!m_reply || !m_writer || m_cancelled || m_tooMuch || !m_writeError.isEmpty())
        return;
    while (m_reply->bytesAvailable() > 0 && m_handed - m_written < kInFlightBytes) {
        // A fresh array per piece: it is shared with the disk thread, not copied there.
        const QByteArray piece = m_reply->read(kChunkBytes);
        if (piece.isEmpty())
            break;
        if (m_expected >= 0 && m_handed + piece.size() > m_expected) {
            m_tooMuch = true;
            if (!m_replyDone)
                m_reply->abort();
            return;
        }
        m_handed += piece.size();
        QMetaObject::invokeMethod(m_writer, &PartFileWriter::append, Qt::QueuedConnection, piece);
    }
}

void DownloadJob::onWritten(qint64 total)
{
    m_written = total;
    setProgress(m_written, m_expected);
    pull();
    settle();
}

void DownloadJob::onFinished()
{
    if (!m_reply)
        return;
    m_replyDone = true;
    disconnect(m_reply, &QObject::destroyed, this, nullptr);
    // The last bytes, if readyRead did not take them.
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
        onReadyRead();
    else
        m_reply->readAll();
    settle();
}

void DownloadJob::settle()
{
    if (m_settled || !m_replyDone || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool stopped = m_cancelled || m_tooMuch || !m_writeError.isEmpty() || status != 200;
    // A complete body waits until all of it is on its way to the disk and written.
    if (!stopped && (reply->bytesAvailable() > 0 || m_written < m_handed))
        return;
    m_settled = true;
    m_reply = nullptr;
    reply->deleteLater();

    JobOutcome outcome;
    outcome.kind = JobOutcome::Kind::Failed;
    if (m_cancelled) {
        fail({JobOutcome::Kind::Cancelled, {}, {}, true, {}});
        return;
    }
    if (!m_writeError.isEmpty()) {
        outcome.message = tr("Could not write “%1”: %2").arg(QFileInfo(m_localPath).fileName(), m_writeError);
        fail(outcome);
        return;
    }
    if (m_tooMuch) {
        outcome.message = tr("The server sent more data than it announced (%1); the download was stopped.")
                              .arg(sizeText(m_expected));
        outcome.retryable = true;
        fail(outcome);
        return;
    }
    if (status != 200) {
        if (status == 0 || reply->error() == QNetworkReply::OperationCanceledError) {
            // No HTTP answer, or a stall past the transfer timeout (Qt calls that "cancelled").
            outcome.error = reply->error() == QNetworkReply::OperationCanceledError
                ? api::ApiError::make(api::ApiError::Kind::Timeout, reply->errorString(), u"GET"_s, reply->url().path())
                : m_client ? m_client->errorFor(reply, m_errorBody)
                           : api::ApiError::fromNetworkError(reply->error(), reply->errorString(), u"GET"_s,
                                                             reply->url().path());
        } else {
            outcome.error = api::ApiError::fromReply(status, m_errorBody,
                                                     reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                                     reply->rawHeader("Retry-After"), u"GET"_s, reply->url().path());
        }
        outcome.error.method = u"GET"_s;
        outcome.message = outcome.error.userMessage();
        outcome.retryable = outcome.error.isTransient();
        fail(outcome);
        return;
    }
    // A 200 whose body ended early: the real server cuts every download off after 30 s.
    const bool shortBody = m_expected >= 0 && m_written < m_expected;
    if (reply->error() != QNetworkReply::NoError || shortBody) {
        outcome.retryable = true;
        const qint64 deadline = m_serverDeadline.count();
        const bool longRunning = deadline > 0 && m_clock.elapsed() >= std::max<qint64>(0, deadline - 5000);
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            outcome.error = api::ApiError::make(api::ApiError::Kind::Timeout, reply->errorString(), u"GET"_s,
                                                reply->url().path());
            outcome.message = tr("The download stalled after %1 and was stopped. Retry to start it again.")
                                  .arg(sizeText(m_written));
        } else if (longRunning) {
            outcome.message = tr("The server ended the download after %1 of %2. It stops downloads that take longer "
                                 "than %n second(s); retry, or use a faster connection for files this large.",
                                 nullptr, int((deadline + 999) / 1000))
                                  .arg(sizeText(m_written), m_expected >= 0 ? sizeText(m_expected) : tr("unknown"));
        } else {
            outcome.message = tr("The connection ended after %1 of %2. Retry to start the download again.")
                                  .arg(sizeText(m_written), m_expected >= 0 ? sizeText(m_expected) : tr("unknown"));
        }
        if (!outcome.error.isError())
            outcome.error = api::ApiError::fromNetworkError(
                    reply->error() == QNetworkReply::NoError ? QNetworkReply::RemoteHostClosedError : reply->error(),
                    reply->errorString(), u"GET"_s, reply->url().path());
        fail(outcome);
        return;
    }
    // Complete: the disk thread closes the .part (made now if the file is empty), keeps the
    // executable bits the server reports (X-File-Mode is Go's "-rwxr-xr-x") and renames it.
    const QByteArray mode = reply->rawHeader("X-File-Mode");
    QFileDevice::Permissions executable;
    if (mode.size() >= 10 && mode.at(3) == 'x') {
        executable = QFile::ExeOwner | QFile::ExeUser | (mode.at(6) == 'x' ? QFile::ExeGroup : QFile::Permissions())
            | (mode.at(9) == 'x' ? QFile::ExeOther : QFile::Permissions());
    }
    QMetaObject::invokeMethod(m_writer, &PartFileWriter::commit, Qt::QueuedConnection, m_replace, executable);
}

void DownloadJob::onCommitted(PartFileWriter::Commit result, const QString &detail)
{
    dropWriter(false);
    const QString name = QFileInfo(m_localPath).fileName();
    JobOutcome outcome;
    outcome.kind = JobOutcome::Kind::Failed;
    switch (result) {
    case PartFileWriter::Commit::Done:
        setProgress(m_written, m_written);
        finish({JobOutcome::Kind::Done, {}, {}, false, m_localPath});
        return;
    case PartFileWriter::Commit::WriteFailed:
        outcome.message = tr("Could not write “%1”: %2").arg(name, detail);
        break;
    case PartFileWriter::Commit::FolderInTheWay:
        outcome.message = tr("“%1” is a folder here; the file was not saved.").arg(name);
        break;
    case PartFileWriter::Commit::FileInTheWay:
        outcome.message = tr("“%1” appeared here meanwhile; it was left as it is.").arg(name);
        break;
    case PartFileWriter::Commit::RenameFailed:
        outcome.message = tr("Could not save “%1”: %2").arg(name, detail);
        break;
    }
    finish(outcome);
}

void DownloadJob::dropWriter(bool discard)
{
    if (!m_writer)
        return;
    m_writer->disconnect(this);
    // Queued behind every piece already handed over, and ahead of any later download's.
    if (discard)
        QMetaObject::invokeMethod(m_writer, &PartFileWriter::discard, Qt::QueuedConnection);
    m_writer->deleteLater();
    m_writer = nullptr;
}

void DownloadJob::fail(JobOutcome outcome)
{
    if (m_reply) {
        // Gone before it finished (its client was deleted), or ended here before its end.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply = nullptr;
    }
    m_settled = true;
    dropWriter(true);
    finish(std::move(outcome));
}

// ---------------------------------------------------------------------------------------------

UploadJob::UploadJob(api::RestClient *client, QString containerId, QString localPath, QString remoteDir,
                     QString remoteName, QObject *parent)
    : TransferJob(parent)
    , m_client(client)
    , m_containerId(std::move(containerId))
    , m_localPath(std::move(localPath))
    , m_remoteDir(std::move(remoteDir))
    , m_remoteName(std::move(remoteName))
{
}

UploadJob::~UploadJob()
{
    QPointer<QThread> thread = m_thread;
    stopStream();
    // Normally long over; at exit, let the worker end before the application does.
    if (thread)
        thread->wait(QDeadlineTimer(5000));
}

void UploadJob::start()
{
    if (!m_client) {
        QTimer::singleShot(0, this, [this] {
            finish({JobOutcome::Kind::Failed, tr("Not connected to the server."), {}, true, {}});
        });
        return;
    }
    const QNetworkRequest request = m_client->request(api::RestClient::containerPath(m_containerId, u"/files"_s),
                                                      pathQuery(m_remoteDir), false);
    m_urlPath = request.url().path();
    UploadSpec spec{request.url(), request.headers(), request.sslConfiguration(), m_localPath, m_remoteName,
                    kTransferTimeoutMs};
    m_size = QFileInfo(m_localPath).size();

    // The worker thread reads the file and feeds the socket; this thread only hears how it goes.
    // Both delete themselves when the thread ends (see stopStream()).
    auto *thread = new QThread;
    thread->setObjectName(u"upload"_s);
    auto *stream = new UploadStream(std::move(spec));
    stream->moveToThread(thread);
    m_thread = thread;
    m_stream = stream;
    connect(thread, &QThread::started, stream, &UploadStream::start);
    connect(thread, &QThread::finished, stream, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(stream, &UploadStream::progress, this, [this](qint64 sent, qint64 size) {
        m_size = size;
        setProgress(sent, size);
    });
    connect(stream, &UploadStream::sslErrorsFound, this, [this](const QList<QSslError> &errors) {
        const bool accepted = m_client && m_client->acceptSslErrors(errors);
        if (m_stream)
            QMetaObject::invokeMethod(m_stream, [stream = m_stream, accepted] { stream->continueAfterSslErrors(accepted); },
                                      Qt::QueuedConnection);
    });
    connect(stream, &UploadStream::finished, this, &UploadJob::onStreamFinished);
    // The client goes when the user switches servers or signs out: its transfers end with it.
    connect(m_client, &QObject::destroyed, this, [this] {
        stopStream();
        finish({JobOutcome::Kind::Failed, tr("The connection to the server was closed."), {}, true, {}});
    });
    setProgress(0, m_size);
    thread->start();
}

void UploadJob::stopStream()
{
    if (m_stream)
        m_stream->disconnect(this);
    // Ending the thread's loop deletes the stream there, which drops its connection.
    if (m_thread)
        m_thread->quit();
    m_stream = nullptr;
    m_thread = nullptr;
}

void UploadJob::cancel()
{
    if (isFinished())
        return;
    stopStream();
    finish({JobOutcome::Kind::Cancelled, {}, {}, true, {}});
}

void UploadJob::onStreamFinished(const UploadResult &result)
{
    stopStream();
    if (m_client)
        disconnect(m_client, &QObject::destroyed, this, nullptr);
    m_size = result.fileSize;
    JobOutcome outcome;
    outcome.kind = JobOutcome::Kind::Failed;
    const QString name = QFileInfo(m_localPath).fileName();
    switch (result.local) {
    case UploadResult::Local::None:
        break;
    case UploadResult::Local::Open:
    case UploadResult::Local::Read:
        outcome.message = tr("Could not read “%1”: %2").arg(name, result.errorString);
        outcome.retryable = true;
        finish(outcome);
        return;
    case UploadResult::Local::Changed:
        outcome.message = tr("“%1” became shorter while it was being sent. Retry to send it again.").arg(name);
        outcome.retryable = true;
        finish(outcome);
        return;
    case UploadResult::Local::Header:
        outcome.message = tr("“%1” could not be sent: the request would contain a line break.").arg(name);
        finish(outcome);
        return;
    }
    if (result.status == 0 || result.status >= 300) {
        using Header = QHttpHeaders::WellKnownHeader;
        if (result.status >= 300)
            outcome.error = api::ApiError::fromReply(result.status, result.body,
                                                     result.headers.value(Header::ContentType).toByteArray(),
                                                     result.headers.value(Header::RetryAfter).toByteArray(), u"POST"_s,
                                                     m_urlPath);
        else if (result.timedOut)
            outcome.error = api::ApiError::make(api::ApiError::Kind::Timeout, result.errorString, u"POST"_s, m_urlPath);
        else
            outcome.error = api::ApiError::fromNetworkError(result.error, result.errorString, u"POST"_s, m_urlPath);
        outcome.message = outcome.error.userMessage();
        outcome.retryable = outcome.error.isTransient();
        finish(outcome);
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
    const qint64 stored = answer.value(u"size").toInteger(-1);
    if (stored >= 0 && stored != m_size) {
        outcome.message = tr("The server stored %1 of %2. Retry to send the file again.").arg(sizeText(stored), sizeText(m_size));
        outcome.retryable = true;
        finish(outcome);
        return;
    }
    setProgress(m_size, m_size);
    const QString remotePath = answer.value(u"path").toString(remoteJoin(m_remoteDir, m_remoteName));
    finish({JobOutcome::Kind::Done, {}, {}, false, remotePath});
}

} // namespace rexec::files
