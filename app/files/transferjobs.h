// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "files/partfilewriter.h"
#include "files/uploadstream.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>

class QNetworkReply;
class QThread;

namespace rexec::api {
class RestClient;
}

namespace rexec::files {

// How one transfer ended.
struct JobOutcome {
    enum class Kind { Done, Failed, Cancelled };
    Kind kind = Kind::Done;
    QString message;        // plain words for people, when Failed
    api::ApiError error;    // when the server or the connection said no
    bool retryable = false; // trying again unchanged may work
    QString finalPath;      // where the data ended up (downloads: the local file; uploads: the remote path)
};

// One file on the wire, streamed: it never holds more than a small buffer of the file in memory.
// finished() is emitted exactly once, never from start() itself.
class TransferJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void cancel() = 0;
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const rexec::files::JobOutcome &outcome);

protected:
    void setProgress(qint64 done, qint64 total);
    void finish(JobOutcome outcome);
    bool isFinished() const { return m_finished; }

private:
    qint64 m_done = 0;
    qint64 m_total = -1;
    bool m_finished = false;
};

// GET /api/containers/:id/files?path=: the body goes to NAME.part as it arrives, written on the
// disk thread by a PartFileWriter, checked against Content-Length / X-File-Size and renamed to
// NAME only when complete. Anything else (an error, a cut, a cancel) removes the .part: nothing
// that looks complete is left behind. This thread only moves bytes from the reply to the writer.
class DownloadJob : public TransferJob
{
    Q_OBJECT
public:
    // `replace`: an existing file at `localPath` is replaced (atomically) at the end; otherwise
    // the job fails if one appeared meanwhile. `diskThread`: where the file is written (the
    // job's own thread when null).
    DownloadJob(api::RestClient *client, QString containerId, QString remotePath, QString localPath, bool replace,
                QThread *diskThread, QObject *parent = nullptr);
    ~DownloadJob() override;

    void start() override;
    void cancel() override;
    // How long the server lets a download run (the real one: 30 s); a cut near it is explained so.
    void setServerDeadline(std::chrono::milliseconds deadline) { m_serverDeadline = deadline; }

    // What the network may run ahead of this thread, what this thread may hand to the disk
    // thread before it is written, and how much goes in one piece. Together they bound the
    // memory a download takes (a few tens of MiB at most) whatever the file's size, and keep a
    // 1 GiB download at curl's pace.
    static constexpr qint64 kReadBufferBytes = 8 * 1024 * 1024;
    static constexpr qint64 kInFlightBytes = 4 * 1024 * 1024;
    static constexpr qint64 kChunkBytes = 1024 * 1024;

private:
    void onReadyRead();
    void onFinished();
    void onWritten(qint64 total);
    void onCommitted(PartFileWriter::Commit result, const QString &detail);
    // Hands what the reply holds to the writer, as far as kInFlightBytes allows.
    void pull();
    // Once the reply is over and the writer has caught up: the verdict.
    void settle();
    void fail(JobOutcome outcome);
    void dropWriter(bool discard);

    QPointer<api::RestClient> m_client;
    QString m_containerId;
    QString m_remotePath;
    QString m_localPath;
    bool m_replace;
    QThread *m_diskThread;
    QPointer<QNetworkReply> m_reply;
    QPointer<PartFileWriter> m_writer;
    QByteArray m_errorBody;
    qint64 m_expected = -1;
    bool m_headSeen = false;
    qint64 m_handed = 0;  // given to the writer
    qint64 m_written = 0; // written by it
    QString m_writeError;
    bool m_replyDone = false;
    bool m_settled = false;
    bool m_cancelled = false;
    bool m_tooMuch = false;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_serverDeadline{30000};
};

// POST /api/containers/:id/files?path=DIR: multipart/form-data with the file read from disk as
// it is sent, never whole (see UploadStream, which sends it from a worker thread). The request's
// URL and headers are RestClient::request()'s, certificate errors go to its acceptSslErrors(),
// and the reply is put in words by ApiError, as for every other request.
class UploadJob : public TransferJob
{
    Q_OBJECT
public:
    UploadJob(api::RestClient *client, QString containerId, QString localPath, QString remoteDir, QString remoteName,
              QObject *parent = nullptr);
    ~UploadJob() override;

    void start() override;
    void cancel() override;

    // After the body is sent the real server copies it into the container (up to 30 s) before
    // it answers: silence is allowed for longer than on other requests.
    static constexpr int kTransferTimeoutMs = 120000;

private:
    void onStreamFinished(const UploadResult &result);
    void stopStream();

    QPointer<api::RestClient> m_client;
    QString m_containerId;
    QString m_localPath;
    QString m_remoteDir;
    QString m_remoteName;
    QString m_urlPath;
    qint64 m_size = 0;
    QPointer<QThread> m_thread;
    QPointer<UploadStream> m_stream;
};

} // namespace rexec::files
