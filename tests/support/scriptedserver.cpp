// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace rexec::test {

ScriptedServer::ScriptedServer(QObject *parent)
    : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

ScriptedServer::Answer ScriptedServer::json(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    Answer answer;
    answer.raw = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
    return answer;
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void ScriptedServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("pending").toByteArray() + socket->readAll();
    socket->setProperty("pending", buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    // Wait for a declared body so that the client is done sending before we answer.
    const qsizetype lengthAt = buffer.toLower().indexOf("content-length:");
    if (lengthAt >= 0 && lengthAt < headEnd) {
        const qint64 length = buffer.mid(lengthAt + 15, buffer.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toLongLong();
        if (buffer.size() - headEnd - 4 < length)
            return;
    }
    socket->setProperty("pending", QByteArray());
    m_requests << buffer;
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    if (m_answers.isEmpty()) {
        socket->write("HTTP/1.1 500 No Script\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const Answer answer = m_answers.takeFirst();
    socket->write(answer.raw);
    if (answer.repeatBodyBytes > 0) {
        auto left = std::make_shared<qint64>(answer.repeatBodyBytes);
        auto *pump = new QTimer(socket);
        connect(pump, &QTimer::timeout, socket, [socket, left, pump, answer] {
            if (socket->bytesToWrite() > 1024 * 1024)
                return;
            const qint64 chunk = std::min<qint64>(*left, 256 * 1024);
            socket->write(QByteArray(chunk, 'x'));
            *left -= chunk;
            if (*left <= 0) {
                pump->stop();
                if (answer.closeAfter)
                    socket->disconnectFromHost();
            }
        });
        pump->start(0);
        return;
    }
    if (answer.neverFinish)
        return;
    if (answer.closeAfter)
        socket->disconnectFromHost();
    else
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
}

} // namespace rexec::test
