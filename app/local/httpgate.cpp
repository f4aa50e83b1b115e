// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/httpgate.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

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

} // namespace

bool RequestHead::isWebSocketUpgrade() const
{
    return header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && header("connection").toLower().contains("upgrade");
}

HttpGate::HttpGate(QObject *parent)
    : QTcpServer(parent)
{
}

void HttpGate::respond(QTcpSocket *socket, int status, const QJsonObject &body,
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
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    });
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
    if (head.chunked && head.method != "GET") {
        respond(socket, 411, {{QStringLiteral("error"), QStringLiteral("a Content-Length is required")}});
        return;
    }
    if (m_maxBodySize > 0 && head.contentLength > m_maxBodySize) {
        respond(socket, 400, {{QStringLiteral("error"), QStringLiteral("request body too large")}});
        return;
    }
    // Later requests on a kept-alive connection are bounded by the socket's buffer instead.
    if (m_maxBodySize > 0)
        socket->setReadBufferSize(m_maxBodySize + kMaxHeadSize);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->setParent(nullptr);
    addPendingConnection(socket);
    // Qt HttpServer takes connections on newConnection, which QTcpServer only emits by itself for
    // connections added during incomingConnection().
    emit newConnection();
    // The head is already buffered: no new readyRead would tell Qt HttpServer about it.
    QMetaObject::invokeMethod(socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
}

} // namespace rexec::local
