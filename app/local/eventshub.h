// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QWebSocket;

namespace rexec::local {

class ContainerManager;

// The /api/containers/events sockets: `list` first, then every container event as it happens.
// Answers a JSON ping with a pong and sends WebSocket ping frames, as the real server does.
class EventsHub : public QObject
{
    Q_OBJECT
public:
    EventsHub(ContainerManager &containers, int pingSeconds, QObject *parent = nullptr);
    ~EventsHub() override;

    void add(QWebSocket *socket); // takes ownership
    qsizetype clientCount() const { return m_clients.size(); }

private:
    void broadcast(const QString &type, const QJsonObject &container);

    ContainerManager &m_containers;
    QList<QWebSocket *> m_clients;
    QTimer m_ping;
};

} // namespace rexec::local
