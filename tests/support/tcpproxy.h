// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace rexec::test {

// Relays `client` to `target` over a new loopback connection, both ways, until either side closes;
// returns the upstream socket (a child of `client`).
QTcpSocket *relayTo(QTcpSocket *client, const QUrl &target);

// A loopback TCP relay in front of a server, so that a test can cut every connection at once,
// the way a network drop does (no close frame, no goodbye).
class TcpProxy : public QTcpServer
{
    Q_OBJECT
public:
    TcpProxy(const QUrl &target, QObject *parent = nullptr);

    QUrl url() const; // the target's URL with this proxy's port
    void dropAll();
    int connectionCount() const { return int(m_pairs.size()); }

private:
    struct Pair {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };
    QUrl m_target;
    QList<Pair> m_pairs;
};

} // namespace rexec::test
