// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/httpgate.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

#include <sys/socket.h>

namespace rexec::local {

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 423: return "Locked";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

bool parseHead(const QByteArray &raw, RequestHead *head)
{
    const QList<QByteArray> lines = raw.split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return false;
    head->method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    head->path = QByteArray::fromPercentEncoding(question < 0 ? target : target.left(question));
    head->query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = head->headers.find(name);
        if (it == head->headers.end())
            head->headers.insert(name, value);
        else
            it.value() += ", " + value;
    }
    const QByteArray length = head->header("content-length");
    if (!length.isEmpty()) {
        bool ok = false;
        head->contentLength = length.toLongLong(&ok);
        if (!ok || head->contentLength < 0)
            return false;
    }
    head->chunked = head->header("transfer-encoding").toLower().contains("chunked");
    return true;
}

QString peerKey(const QHostAddress &peer, quint16 port)
{
    return peer.toString() + QLatin1Char('/') + QString::number(port);
}

} // namespace

// A kept-alive connection's state: whether the gate holds an incomplete head back from Qt
// HttpServer (in a read transaction of its own, read to the end, so that Qt HttpServer sees
// nothing), or has refused a request and is closing.
class RequestGuard : public QObject
{
public:
    using QObject::QObject;
    bool holding = false;
    bool refused = false;
};

bool RequestHead::isWebSocketUpgrade() const
{
    return header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && header("connection").toLower().contains("upgrade");
}

HttpGate::HttpGate(QObject *parent)
    : QTcpServer(parent)
{
}

QTcpSocket *HttpGate::connection(const QHostAddress &peer, quint16 peerPort) const
{
    return m_connections.value(peerKey(peer, peerPort));
}

void HttpGate::writeResponse(QTcpSocket *socket, int status, const QJsonObject &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: application/json; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        response += name + ": " + value + "\r\n";
    response += "Connection: close\r\n\r\n" + payload;
    socket->write(response);
}

void HttpGate::respond(QTcpSocket *socket, int status, const QJsonObject &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    writeResponse(socket, status, body, headers);
    // Stops reading at once (a refused body is never buffered) and closes once the reply is out.
    socket->disconnectFromHost();
}

void HttpGate::respondAndDrain(QTcpSocket *socket, int status, const QJsonObject &body, qint64 requestBytes)
{
    writeResponse(socket, status, body, {});
    // Qt HttpServer (on a kept-alive connection) hears nothing more of it, not even later in the
    // readyRead being delivered now (a slot disconnected during an emission is not called).
    disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->setReadBufferSize(kMaxHeadSize);
    auto *drain = new QTimer(socket);
    drain->setSingleShot(true);
    connect(drain, &QTimer::timeout, socket, &QAbstractSocket::abort);
    drain->start(kDrainMs);
    auto left = std::make_shared<qint64>(requestBytes);
    auto discard = [socket, left] {
        *left -= socket->skip(socket->bytesAvailable());
        if (*left <= 0)
            socket->disconnectFromHost(); // all of it came: nothing unread is left to reset the reply
    };
    connect(socket, &QIODevice::readyRead, drain, discard);
    // The reply's end reaches the client while it is still sending: FIN after the last byte.
    connect(socket, &QIODevice::bytesWritten, drain, [socket] {
        if (socket->bytesToWrite() == 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    });
    discard();
}

void HttpGate::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Small frames (a keystroke's echo) go out at once, as Go's server sends them: no Nagle delay.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Nothing but a request's head is buffered before the gate has looked at it.
    socket->setReadBufferSize(kMaxHeadSize);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    deadline->setObjectName(QStringLiteral("headDeadline"));
    connect(deadline, &QTimer::timeout, socket, [socket] {
        respond(socket, 408, {{QStringLiteral("error"), QStringLiteral("request timeout")}});
    });
    deadline->start(kHeadTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void HttpGate::inspect(QTcpSocket *socket)
{
    const QByteArray peeked = socket->peek(kMaxHeadSize);
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0) {
        if (peeked.size() >= kMaxHeadSize) {
            socket->disconnect(this);
            respond(socket, 431, {{QStringLiteral("error"), QStringLiteral("request header too large")}});
        }
        return; // wait for the rest of the head
    }
    socket->disconnect(this);
    delete socket->findChild<QTimer *>(QStringLiteral("headDeadline"));

    RequestHead head;
    if (!parseHead(peeked.left(end + 2), &head)) {
        respond(socket, 400, {{QStringLiteral("error"), QStringLiteral("malformed request")}});
        return;
    }
    if (m_inspector && m_inspector(head, socket) == Verdict::Handled)
        return;
    if (refuse(socket, head, end + 4) != Refusal::None)
        return;
    socket->setReadBufferSize(bufferSize(head, end + 4));
    // Connected before Qt HttpServer's own handler, so that it sees every later request first
    // (this first one it lets through again).
    auto *state = new RequestGuard(socket);
    connect(socket, &QTcpSocket::readyRead, state, [this, socket, state] { guard(socket, state); });
    const QString key = peerKey(socket->peerAddress(), socket->peerPort());
    m_connections.insert(key, socket);
    connect(socket, &QObject::destroyed, this, [this, key] {
        // A new connection from the same port may already have taken the key.
        if (m_connections.value(key).isNull())
            m_connections.remove(key);
    });
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->setParent(nullptr);
    addPendingConnection(socket);
    // Qt HttpServer takes connections on newConnection, which QTcpServer only emits by itself for
    // connections added during incomingConnection().
    emit newConnection();
    // The head is already buffered: no new readyRead would tell Qt HttpServer about it.
    QMetaObject::invokeMethod(socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
}

HttpGate::Refusal HttpGate::refuse(QTcpSocket *socket, const RequestHead &head, qint64 headSize) const
{
    if (head.chunked && head.method != "GET") {
        respond(socket, 411, {{QStringLiteral("error"), QStringLiteral("a Content-Length is required")}});
        return Refusal::Closing;
    }
    if (m_maxBodySize > 0 && head.contentLength > m_maxBodySize) {
        respondAndDrain(socket, 400,
                        m_oversizeReply ? m_oversizeReply(head)
                                        : QJsonObject{{QStringLiteral("error"), QStringLiteral("request body too large")}},
                        headSize + head.contentLength);
        return Refusal::Draining;
    }
    return Refusal::None;
}

void HttpGate::guard(QTcpSocket *socket, RequestGuard *state)
{
    if (state->refused)
        return;
    if (state->holding) {
        socket->rollbackTransaction(); // back to the first byte of the held head
        state->holding = false;
    } else if (socket->isTransactionStarted()) {
        return; // Qt HttpServer is reading a request that was let through
    }
    // Qt HttpServer reads each request to its last byte: the buffer starts with the next one.
    // Blank lines may come before it (RFC 9112 §2.2), and Qt HttpServer skips them too.
    const QByteArray peeked = socket->peek(kMaxHeadSize);
    qsizetype start = 0;
    while (start < peeked.size() && (peeked.at(start) == '\r' || peeked.at(start) == '\n'))
        ++start;
    const qsizetype end = peeked.indexOf("\r\n\r\n", start);
    auto holdBack = [socket, state] {
        socket->startTransaction();
        socket->read(socket->bytesAvailable());
        state->holding = true;
    };
    if (end < 0) {
        if (peeked.size() >= kMaxHeadSize) {
            holdBack();
            state->refused = true;
            respond(socket, 431, {{QStringLiteral("error"), QStringLiteral("request header too large")}});
            return;
        }
        // Even with nothing buffered: Qt HttpServer would otherwise start reading the next request.
        socket->setReadBufferSize(kMaxHeadSize);
        holdBack();
        return;
    }
    RequestHead head;
    if (!parseHead(peeked.sliced(start, end + 2 - start), &head)) {
        holdBack();
        state->refused = true;
        respond(socket, 400, {{QStringLiteral("error"), QStringLiteral("malformed request")}});
        return;
    }
    if (const Refusal refusal = refuse(socket, head, end + 4); refusal != Refusal::None) {
        // Closing: what is buffered stays out of Qt HttpServer's sight until the socket goes.
        if (refusal == Refusal::Closing)
            holdBack();
        state->refused = true;
        return;
    }
    socket->setReadBufferSize(bufferSize(head, end + 4));
}

qint64 HttpGate::bufferSize(const RequestHead &head, qint64 headSize) const
{
    // A chunked GET has no known size: it gets the limit (0: none).
    if (head.chunked)
        return m_maxBodySize > 0 ? m_maxBodySize + kMaxHeadSize : 0;
    return headSize + std::max<qint64>(head.contentLength, 0);
}

} // namespace rexec::local
