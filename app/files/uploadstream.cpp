// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/uploadstream.h"

#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace rexec::files {

namespace {

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::UnknownProxyError;
    case QAbstractSocket::TemporaryError:
        return QNetworkReply::TemporaryNetworkFailureError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

bool headerSafe(QByteArrayView bytes)
{
    return !bytes.contains('\r') && !bytes.contains('\n') && !bytes.contains('\0');
}

} // namespace

MultipartFraming MultipartFraming::forFile(const QString &remoteName)
{
    // A boundary no file is likely to contain: 24 random bytes as hex.
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QByteArray boundary = "rexec-boundary-" + random.toHex();
    // The name is raw UTF-8 in a quoted string, as browsers send it; quotes and backslashes escaped.
    QByteArray quoted = remoteName.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    MultipartFraming framing;
    framing.contentType = "multipart/form-data; boundary=" + boundary;
    framing.preamble = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + quoted
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    framing.trailer = "\r\n--" + boundary + "--\r\n";
    return framing;
}

UploadStream::UploadStream(UploadSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
}

UploadStream::~UploadStream()
{
    // A stream dropped mid-way (a cancel) ends its connection at once: the server never sees
    // a complete body, so it stores nothing.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void UploadStream::start()
{
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(m_spec.idleTimeoutMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        UploadResult result;
        result.timedOut = true;
        result.error = QNetworkReply::TimeoutError;
        result.errorString = tr("Nothing was sent or received for %n second(s).", nullptr, m_spec.idleTimeoutMs / 1000);
        finishWith(result);
    });

    m_file = std::make_unique<QFile>(m_spec.localPath);
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        failLocal(UploadResult::Local::Open, m_file->errorString());
        return;
    }
    m_fileSize = m_file->size();
    m_fileLeft = m_fileSize;
    m_framing = MultipartFraming::forFile(m_spec.remoteName);

    const QUrl &url = m_spec.url;
    const bool tls = url.scheme() == u"https"_s;
    if (!tls && url.scheme() != u"http"_s) {
        failNetwork(QNetworkReply::ProtocolUnknownError, tr("Unsupported protocol: %1").arg(url.scheme()));
        return;
    }
    if (!headerSafe(m_spec.remoteName.toUtf8())) {
        failLocal(UploadResult::Local::Header, {});
        return;
    }
    QSslSocket *ssl = nullptr;
    if (tls) {
        ssl = new QSslSocket(this);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &UploadStream::onBytesWritten);
    connect(m_socket, &QIODevice::readyRead, this, &UploadStream::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &UploadStream::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &UploadStream::onDisconnected);
    m_idle->start();
    m_progressClock.start();
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (ssl) {
        ssl->setSslConfiguration(m_spec.ssl);
        // Certificate errors wait for the client's policy (RestClient::acceptSslErrors).
        ssl->setPauseMode(QAbstractSocket::PauseOnSslErrors);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            m_idle->stop();
            m_sslErrors = errors;
            emit sslErrorsFound(errors);
        });
        connect(ssl, &QSslSocket::encrypted, this, &UploadStream::onConnected);
        ssl->connectToHostEncrypted(url.host(), port);
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &UploadStream::onConnected);
        m_socket->connectToHost(url.host(), port);
    }
}

void UploadStream::continueAfterSslErrors(bool accepted)
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (m_done || !ssl)
        return;
    if (!accepted) {
        QStringList reasons;
        for (const QSslError &error : std::as_const(m_sslErrors))
            reasons << error.errorString();
        failNetwork(QNetworkReply::SslHandshakeFailedError, reasons.join(u"; "_s));
        return;
    }
    m_idle->start();
    ssl->ignoreSslErrors(m_sslErrors);
    ssl->resume();
}

void UploadStream::onConnected()
{
    if (m_done)
        return;
    const QUrl &url = m_spec.url;
    QByteArray head = "POST " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)
        + " HTTP/1.1\r\nHost: " + url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    static constexpr QByteArrayView kOwn[] = { "host", "content-type", "content-length", "connection",
        "accept-encoding", "transfer-encoding", "expect" };
    for (qsizetype i = 0; i < m_spec.headers.size(); ++i) {
        const QByteArray name = m_spec.headers.nameAt(i).toString().toLatin1();
        const QByteArrayView value = m_spec.headers.valueAt(i);
        if (std::find(std::begin(kOwn), std::end(kOwn), name.toLower()) != std::end(kOwn))
            continue;
        if (!headerSafe(name) || !headerSafe(value)) {
            failLocal(UploadResult::Local::Header, {});
            return;
        }
        head += name + ": " + value.toByteArray() + "\r\n";
    }
    const qint64 length = m_framing.preamble.size() + m_fileSize + m_framing.trailer.size();
    // The size check needs the reply as it is: no compression (and there is nothing to decode it).
    head += "Accept-Encoding: identity\r\nContent-Type: " + m_framing.contentType
        + "\r\nContent-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n";
    // A large body waits for the server's go-ahead (as curl does): a server that refuses it
    // (too large, signed out, not running) says so before any of it is sent. One that does not
    // know the custom gets the body anyway after a short wait.
    m_awaitingContinue = length > kExpectContinueAbove;
    if (m_awaitingContinue) {
        head += "Expect: 100-continue\r\n";
        QTimer::singleShot(kContinueWaitMs, this, &UploadStream::startBody);
    }
    head += "\r\n";
    m_headBytes = head.size() + m_framing.preamble.size();
    m_chunk.resize(kChunkBytes);
    write(head);
    if (!m_awaitingContinue)
        startBody();
}

void UploadStream::startBody()
{
    if (m_done || m_bodyStarted)
        return;
    m_awaitingContinue = false;
    m_bodyStarted = true;
    write(m_framing.preamble);
    pump();
}

qint64 UploadStream::pendingBytes() const
{
    const auto *ssl = qobject_cast<const QSslSocket *>(m_socket);
    return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}

void UploadStream::write(QByteArrayView bytes)
{
    m_socket->write(bytes.data(), bytes.size());
    m_queued += bytes.size();
    // Straight on to the system, as much as it takes now, rather than at the next turn of the
    // event loop: that wait, once per chunk, cost a fifth of the rate.
    m_socket->flush();
}

void UploadStream::pump()
{
    // flush() may report bytesWritten from inside write(): the loop below goes on anyway.
    if (m_pumping || !m_bodyStarted)
        return;
    m_pumping = true;
    const auto done = qScopeGuard([this] { m_pumping = false; });
    m_pumpQueued = false;
    // Reads from disk only as fast as the network takes it: at most a window ahead. A turn of
    // the loop in between now and then, so that a reply or the end of the thread is heard.
    qint64 budget = kPumpBytes;
    while (!m_done && !m_bodyQueued && pendingBytes() < kWindowBytes) {
        if (budget <= 0) {
            if (!m_pumpQueued) {
                m_pumpQueued = true;
                QMetaObject::invokeMethod(this, &UploadStream::pump, Qt::QueuedConnection);
            }
            break;
        }
        if (m_fileLeft == 0) {
            write(m_framing.trailer);
            m_bodyQueued = true;
            break;
        }
        const qint64 want = std::min<qint64>(m_fileLeft, m_chunk.size());
        const qint64 got = m_file->read(m_chunk.data(), want);
        if (got < 0) {
            failLocal(UploadResult::Local::Read, m_file->errorString());
            return;
        }
        if (got == 0) {
            // Shorter than when it was opened: what was announced can no longer be sent.
            failLocal(UploadResult::Local::Changed, {});
            return;
        }
        write(QByteArrayView(m_chunk.constData(), got));
        m_fileLeft -= got;
        budget -= got;
        m_idle->start();
    }
    reportProgress(false);
}

void UploadStream::onBytesWritten()
{
    if (m_done)
        return;
    m_idle->start();
    pump();
}

qint64 UploadStream::sentBytes() const
{
    // What the socket handed to the system.
    return m_queued - (m_socket ? pendingBytes() : 0);
}

void UploadStream::reportProgress(bool force)
{
    const qint64 sent = std::clamp<qint64>(sentBytes() - m_headBytes, 0, m_fileSize);
    if (sent == m_lastProgress)
        return;
    // A few dozen a second at most: each one is an event on the GUI thread.
    if (!force && sent < m_fileSize && m_progressClock.isValid() && m_progressClock.elapsed() < 40)
        return;
    m_progressClock.restart();
    m_lastProgress = sent;
    emit progress(sent, m_fileSize);
}

void UploadStream::onReadyRead()
{
    if (m_done)
        return;
    m_idle->start();
    m_in += m_socket->readAll();
    readReply(false);
}

void UploadStream::salvageReply()
{
    m_in += m_socket->readAll();
#ifdef Q_OS_UNIX
    // A server that refuses a body early answers and closes; unread body bytes make its system
    // reset the connection. Our next write then fails, and Qt drops the socket right after
    // reporting it, though the reply may already be here, in the system's buffer, unread
    // because the loop had no turn to read it. Plain connections only: TLS bytes need the
    // socket's own reading.
    if (qobject_cast<QSslSocket *>(m_socket) || m_socket->socketDescriptor() < 0)
        return;
    char buffer[16 * 1024];
    while (m_in.size() < kMaxHeadBytes + kMaxBodyBytes) {
        const ssize_t got = ::recv(int(m_socket->socketDescriptor()), buffer, sizeof buffer, MSG_DONTWAIT);
        if (got <= 0)
            break;
        m_in.append(buffer, got);
    }
#endif
}

void UploadStream::onSocketError()
{
    if (m_done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    // A reply may have come before the connection went (an early refusal, then a close).
    salvageReply();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        readReply(true);
        return;
    }
    readReply(false);
    if (!m_done && m_part == ReplyPart::BodyToClose) {
        m_part = ReplyPart::Complete;
        readReply(false);
    }
    if (!m_done)
        failNetwork(networkErrorOf(error), m_socket->errorString());
}

void UploadStream::onDisconnected()
{
    if (m_done)
        return;
    m_in += m_socket->readAll();
    readReply(true);
}

void UploadStream::keepBody(QByteArrayView bytes)
{
    const qint64 room = kMaxBodyBytes - m_reply.body.size();
    if (room > 0)
        m_reply.body += bytes.first(std::min<qint64>(room, bytes.size()));
}

bool UploadStream::parseHead()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_in.size() > kMaxHeadBytes)
            failNetwork(QNetworkReply::ProtocolFailure, tr("The server's reply header is too large."));
        return false;
    }
    const QList<QByteArray> lines = m_in.first(end).split('\n');
    m_in.remove(0, end + 4);
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool ok = false;
    const int status = statusLine.value(1).toInt(&ok);
    if (!statusLine.first().startsWith("HTTP/1.") || !ok || status < 100 || status > 599) {
        failNetwork(QNetworkReply::ProtocolFailure, tr("The server's reply is not HTTP."));
        return false;
    }
    if (status < 200) {
        // 100 Continue and the like: the real reply follows.
        if (status == 100 && m_awaitingContinue)
            QMetaObject::invokeMethod(this, &UploadStream::startBody, Qt::QueuedConnection);
        return true;
    }
    m_reply.status = status;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m_reply.headers.append(
                QByteArrayView(line).first(colon).trimmed(), QByteArrayView(line).sliced(colon + 1).trimmed());
    }
    const QByteArray transfer =
        m_reply.headers.value(QHttpHeaders::WellKnownHeader::TransferEncoding).toByteArray().toLower();
    const QByteArrayView length = m_reply.headers.value(QHttpHeaders::WellKnownHeader::ContentLength);
    if (status == 204 || status == 304) {
        m_part = ReplyPart::Complete;
    } else if (transfer.contains("chunked")) {
        m_part = ReplyPart::ChunkSize;
    } else if (!length.isEmpty()) {
        m_bodyLeft = length.toByteArray().trimmed().toLongLong(&ok);
        if (!ok || m_bodyLeft < 0) {
            failNetwork(QNetworkReply::ProtocolFailure, tr("The server's reply has an invalid length."));
            return false;
        }
        m_part = m_bodyLeft == 0 ? ReplyPart::Complete : ReplyPart::FixedBody;
    } else {
        m_part = ReplyPart::BodyToClose;
    }
    return true;
}

void UploadStream::readReply(bool atEnd)
{
    const auto cut = [this] {
        failNetwork(QNetworkReply::RemoteHostClosedError, tr("The server closed the connection before it answered."));
    };
    while (!m_done) {
        switch (m_part) {
        case ReplyPart::Head:
            if (!parseHead()) {
                if (!m_done && atEnd)
                    cut();
                return;
            }
            break;
        case ReplyPart::FixedBody:
        case ReplyPart::ChunkData: {
            const qint64 take = std::min<qint64>(m_bodyLeft, m_in.size());
            keepBody(QByteArrayView(m_in).first(take));
            m_in.remove(0, take);
            m_bodyLeft -= take;
            if (m_bodyLeft > 0) {
                if (atEnd)
                    cut();
                return;
            }
            m_part = m_part == ReplyPart::FixedBody ? ReplyPart::Complete : ReplyPart::ChunkEnd;
            break;
        }
        case ReplyPart::ChunkSize:
        case ReplyPart::Trailers: {
            const qsizetype end = m_in.indexOf("\r\n");
            if (end < 0) {
                if (m_in.size() > kMaxHeadBytes)
                    failNetwork(QNetworkReply::ProtocolFailure, tr("The server's reply is not valid HTTP."));
                else if (atEnd)
                    cut();
                return;
            }
            const QByteArray line = m_in.first(end);
            m_in.remove(0, end + 2);
            if (m_part == ReplyPart::Trailers) {
                if (line.isEmpty())
                    m_part = ReplyPart::Complete;
                break;
            }
            bool ok = false;
            const qsizetype semicolon = line.indexOf(';');
            m_bodyLeft = (semicolon < 0 ? line : line.first(semicolon)).trimmed().toLongLong(&ok, 16);
            if (!ok || m_bodyLeft < 0) {
                failNetwork(QNetworkReply::ProtocolFailure, tr("The server's reply is not valid HTTP."));
                return;
            }
            m_part = m_bodyLeft == 0 ? ReplyPart::Trailers : ReplyPart::ChunkData;
            break;
        }
        case ReplyPart::ChunkEnd:
            if (m_in.size() < 2) {
                if (atEnd)
                    cut();
                return;
            }
            m_in.remove(0, 2);
            m_part = ReplyPart::ChunkSize;
            break;
        case ReplyPart::BodyToClose:
            keepBody(m_in);
            m_in.clear();
            if (!atEnd)
                return;
            m_part = ReplyPart::Complete;
            break;
        case ReplyPart::Complete: {
            reportProgress(true);
            UploadResult result = m_reply;
            finishWith(std::move(result));
            return;
        }
        }
    }
}

void UploadStream::failLocal(UploadResult::Local kind, const QString &errorString)
{
    UploadResult result;
    result.local = kind;
    result.errorString = errorString;
    finishWith(std::move(result));
}

void UploadStream::failNetwork(QNetworkReply::NetworkError error, const QString &errorString)
{
    UploadResult result;
    result.error = error;
    result.errorString = errorString;
    finishWith(std::move(result));
}

void UploadStream::finishWith(UploadResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_idle)
        m_idle->stop();
    result.fileSize = m_fileSize;
    result.fileBytesSent = std::clamp<qint64>(sentBytes() - m_headBytes, 0, m_fileSize);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_file.reset();
    emit finished(result);
}

} // namespace rexec::files
