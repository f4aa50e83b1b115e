// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenotifications.h"

#include <QDBusMessage>

namespace rexec::test {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FakeNotifications::FakeNotifications()
    : m_connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("rexec-fake-notifications")))
{
    m_registered = m_connection.isConnected() && m_connection.registerObject(kPath, this, QDBusConnection::ExportAllSlots)
        && m_connection.registerService(kService);
}

FakeNotifications::~FakeNotifications()
{
    m_connection.unregisterService(kService);
    m_connection.unregisterObject(kPath);
    QDBusConnection::disconnectFromBus(QStringLiteral("rexec-fake-notifications"));
}

uint FakeNotifications::Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                               const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
{
    const uint id = replacesId != 0 ? replacesId : m_nextId++;
    m_calls << Call{appName, replacesId, appIcon, summary, body, actions, hints, timeout, id};
    emit notified();
    return id;
}

void FakeNotifications::click(uint id)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
    signal << id << QStringLiteral("default");
    m_connection.send(signal);
}

} // namespace rexec::test
