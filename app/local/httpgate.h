// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace rexec::local {

// The head of an HTTP request, read without consuming it from the socket.
struct RequestHead {
    QByteArray method;
    QByteArray path;  // percent-decoded
    QByteArray query; // as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    qint64 contentLength = -1;
    bool chunked = false;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool isWebSocketUpgrade() const;
};

class RequestGuard;

// A TCP server in front of Qt HttpServer. It peeks at the head of each request before its body is
// buffered: bodies over the limit are refused at once, on the first request of a connection and on
// every later one it keeps alive (so memory stays bounded by the limit plus a head), and WebSocket
// upgrades that open a connection are handed to the inspector, which answers them itself (JSON
// errors, the rexec.v1 subprotocol). Everything else goes to the bound QHttpServer.
class HttpGate : public QTcpServer
{
    Q_OBJECT
public:
    enum class Verdict { PassToHttpServer, Handled };
    using Inspector = std::function<Verdict(const RequestHead &, QTcpSocket *)>;

    static constexpr qsizetype kMaxHeadSize = 64 * 1024;
    static constexpr int kHeadTimeoutMs = 30000;

    explicit HttpGate(QObject *parent = nullptr);

    void setInspector(Inspector inspector) { m_inspector = std::move(inspector); }
    // Largest body any request may carry on connections handed to Qt HttpServer, and the JSON
    // error that refuses a larger one (400; by default {"error": "request body too large"}).
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    using OversizeReply = std::function<QJsonObject(const RequestHead &)>;
    void setOversizeReply(OversizeReply reply) { m_oversizeReply = std::move(reply); }

    // The connection that a request handled by Qt HttpServer came on, by its peer's address and
    // port (QHttpServerRequest has both); nullptr once it has gone. A route ends a response early
    // through it, as the download deadline does.
    QTcpSocket *connection(const QHostAddress &peer, quint16 peerPort) const;

    // Writes a complete JSON response, reads nothing more and closes the connection once it is sent.
    static void respond(QTcpSocket *socket, int status, const QJsonObject &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // respond(), for a request refused from its head whose body may be on its way: the
    // `requestBytes` of the request (head and body, from the socket's read position) are read and
    // dropped (never buffered) until they have all come, the client closes, or kDrainMs pass.
    // Closing at once, with unread data, would reset the connection, and a client still sending
    // (one that does not wait for "100 Continue") would lose the reply.
    static void respondAndDrain(QTcpSocket *socket, int status, const QJsonObject &body, qint64 requestBytes);
    static constexpr int kDrainMs = 10000;
    static void writeResponse(QTcpSocket *socket, int status, const QJsonObject &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers);
    void inspect(QTcpSocket *socket);
    // Runs before Qt HttpServer reads anything of a kept-alive connection: lets a request through
    // only once its whole head is there and acceptable.
    void guard(QTcpSocket *socket, RequestGuard *state);
    // The refusal of a request from its head alone (`headSize`: its bytes from the socket's read
    // position to the end of the head). Draining: the reply is out and the body is being dropped.
    enum class Refusal { None, Closing, Draining };
    Refusal refuse(QTcpSocket *socket, const RequestHead &head, qint64 headSize) const;
    // The socket's read buffer for a request let through: that request and no more, so that
    // memory stays bounded by the largest request allowed.
    qint64 bufferSize(const RequestHead &head, qint64 headSize) const;

    Inspector m_inspector;
    OversizeReply m_oversizeReply;
    qint64 m_maxBodySize = 0;
    QHash<QString, QPointer<QTcpSocket>> m_connections; // handed to Qt HttpServer, by peer
};

} // namespace rexec::local
