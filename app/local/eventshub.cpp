// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/eventshub.h"

#include "local/containermanager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace rexec::local {

namespace {

QString frame(const QString &type, const QJsonObject &container)
{
    const QJsonObject message{{QStringLiteral("type"), type},
                              {QStringLiteral("container"), container},
                              {QStringLiteral("timestamp"), goTime(QDateTime::currentDateTimeUtc())}};
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

} // namespace

EventsHub::EventsHub(ContainerManager &containers, int pingSeconds, QObject *parent)
    : QObject(parent)
    , m_containers(containers)
{
    connect(&m_containers, &ContainerManager::event, this, &EventsHub::broadcast);
    m_ping.setInterval(pingSeconds * 1000);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        for (QWebSocket *socket : std::as_const(m_clients))
            socket->ping();
    });
    m_ping.start();
}

EventsHub::~EventsHub()
{
    qDeleteAll(m_clients);
}

void EventsHub::add(QWebSocket *socket)
{
    socket->setParent(this);
    m_clients << socket;
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.removeOne(socket);
        socket->deleteLater();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [socket](const QString &text) {
        // Every client message but a ping is ignored.
        if (QJsonDocument::fromJson(text.toUtf8()).object().value(u"type").toString() == u"ping")
            socket->sendTextMessage(QStringLiteral("{\"type\":\"pong\"}"));
    });
    socket->sendTextMessage(frame(QStringLiteral("list"), m_containers.listJson(true)));
}

void EventsHub::broadcast(const QString &type, const QJsonObject &container)
{
    const QString message = frame(type, container);
    for (QWebSocket *socket : std::as_const(m_clients))
        socket->sendTextMessage(message);
}

} // namespace rexec::local
