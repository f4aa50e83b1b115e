// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpproxy.h"

namespace rexec::test {

QTcpSocket *relayTo(QTcpSocket *client, const QUrl &target)
{
    auto *upstream = new QTcpSocket(client);
    upstream->connectToHost(target.host(), quint16(target.port()));
    QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(client->readAll());
    });
    QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
    QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    return upstream;
}

TcpProxy::TcpProxy(const QUrl &target, QObject *parent)
    : QTcpServer(parent)
    , m_target(target)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *client = nextPendingConnection())
            m_pairs.append(Pair{client, relayTo(client, m_target)});
    });
}

QUrl TcpProxy::url() const
{
    QUrl u = m_target;
    u.setPort(serverPort());
    return u;
}

void TcpProxy::dropAll()
{
    for (const Pair &pair : std::as_const(m_pairs)) {
        if (pair.upstream)
            pair.upstream->abort();
        if (pair.client)
            pair.client->abort();
    }
    m_pairs.clear();
}

} // namespace rexec::test
