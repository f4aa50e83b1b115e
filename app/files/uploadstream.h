// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHttpHeaders>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <memory>

class QFile;
class QTcpSocket;
class QTimer;

namespace rexec::files {

// What an upload sends: one local file as the form field "file" of a multipart/form-data POST.
// The URL and headers come from RestClient::request(), which alone knows paths and auth.
struct UploadSpec {
    QUrl url;
    QHttpHeaders headers;
    QSslConfiguration ssl;
    QString localPath;
    QString remoteName; // the multipart filename (already checked by uploadNameProblem)
    int idleTimeoutMs = 120000; // longest silence: nothing sent and nothing received
};

// How one upload ended, for UploadJob to put in words.
struct UploadResult {
    enum class Local { None, Open, Read, Changed, Header };
    int status = 0; // the HTTP status; 0 when no complete reply came
    QHttpHeaders headers; // the reply's
    QByteArray body; // the reply's, at most UploadStream::kMaxBodyBytes
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // when status is 0
    QString errorString;
    bool timedOut = false;
    Local local = Local::None; // the local file (or the request) was the problem
    qint64 fileSize = 0;
    qint64 fileBytesSent = 0;
};

// The multipart/form-data framing around the file: the part's head before it, the closing
// boundary after it. The body is exactly preamble + file + trailer.
struct MultipartFraming {
    QByteArray contentType; // multipart/form-data; boundary=...
    QByteArray preamble;
    QByteArray trailer;
    static MultipartFraming forFile(const QString &remoteName);
};

// One upload on its own HTTP/1.1 connection, run by a worker thread (see UploadJob).
//
// Why not QNetworkAccessManager: its HTTP thread asks the thread that owns the manager for the
// body 16 KiB at a time, one request in flight (QNonContiguousByteDeviceThreadForwardImpl), so
// every 16 KiB costs two thread wake-ups and a copy however the body is given (a QIODevice, a
// QHttpMultiPart, a memory-mapped QByteArray). Against rexec-local that held uploads to a third of
// curl's rate with both processes mostly idle. Here the file is read in kChunkBytes pieces and
// flushed to the system at once, at most kWindowBytes ahead of the network: memory stays flat
// whatever the size, and the GUI thread only hears progress (a few dozen times a second).
//
// A body over kExpectContinueAbove waits for "100 Continue" (as curl does; kContinueWaitMs at
// most), so that a server that refuses it says why before the body is sent. The reply is read as
// it comes, also while the body is still going out.
//
// What it does not do, being one request: proxies other than the application proxy of
// QTcpSocket, redirects (RestClient follows none either), HTTP/2, keeping the connection.
class UploadStream : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kChunkBytes = 128 * 1024;
    static constexpr qint64 kWindowBytes = 1024 * 1024;
    static constexpr qint64 kPumpBytes = 8 * 1024 * 1024; // at most per turn of the worker's loop
    static constexpr qint64 kExpectContinueAbove = 1024 * 1024;
    static constexpr int kContinueWaitMs = 1000;
    static constexpr qint64 kMaxHeadBytes = 64 * 1024;
    static constexpr qint64 kMaxBodyBytes = 64 * 1024;

    explicit UploadStream(UploadSpec spec, QObject *parent = nullptr);
    ~UploadStream() override;

    // Slots, called in the stream's own thread.
    void start();
    // With QAbstractSocket::PauseOnSslErrors the handshake waits for this after sslErrorsFound().
    void continueAfterSslErrors(bool accepted);

signals:
    void progress(qint64 fileBytesSent, qint64 fileSize);
    void sslErrorsFound(const QList<QSslError> &errors);
    // Exactly once.
    void finished(const rexec::files::UploadResult &result);

private:
    enum class ReplyPart { Head, FixedBody, ChunkSize, ChunkData, ChunkEnd, Trailers, BodyToClose, Complete };

    void onConnected();
    void onBytesWritten();
    void onReadyRead();
    void onSocketError();
    void salvageReply();
    void onDisconnected();
    void startBody();
    void pump();
    void write(QByteArrayView bytes);
    qint64 sentBytes() const;
    void readReply(bool atEnd);
    bool parseHead();
    void keepBody(QByteArrayView bytes);
    void failLocal(UploadResult::Local kind, const QString &errorString);
    void failNetwork(QNetworkReply::NetworkError error, const QString &errorString);
    void finishWith(UploadResult result);
    void reportProgress(bool force);
    qint64 pendingBytes() const;

    UploadSpec m_spec;
    MultipartFraming m_framing;
    std::unique_ptr<QFile> m_file;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_idle = nullptr;
    QByteArray m_chunk;
    qint64 m_fileSize = 0;
    qint64 m_fileLeft = 0;
    qint64 m_headBytes = 0; // request head and preamble: sent before the file's first byte
    qint64 m_queued = 0; // bytes given to the socket
    bool m_awaitingContinue = false;
    bool m_bodyStarted = false;
    bool m_bodyQueued = false;
    bool m_pumpQueued = false;
    bool m_pumping = false;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_progressClock;
    qint64 m_lastProgress = -1;

    // The reply.
    QByteArray m_in;
    ReplyPart m_part = ReplyPart::Head;
    UploadResult m_reply;
    qint64 m_bodyLeft = 0; // of the fixed body or the current chunk
    bool m_done = false;
};

} // namespace rexec::files
