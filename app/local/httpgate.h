// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
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

// A TCP server in front of Qt HttpServer. It peeks at the head of each connection's first
// request before anything is buffered: bodies over the limit are refused at once (so memory stays
// bounded by the limit), and WebSocket upgrades are handed to the inspector, which answers them
// itself (JSON errors, the rexec.v1 subprotocol). Everything else goes to the bound QHttpServer.
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
    // Largest body any request may carry on connections handed to Qt HttpServer.
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }

    // Writes a complete JSON response and closes the connection once it is sent.
    static void respond(QTcpSocket *socket, int status, const QJsonObject &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void inspect(QTcpSocket *socket);

    Inspector m_inspector;
    qint64 m_maxBodySize = 0;
};

} // namespace rexec::local
