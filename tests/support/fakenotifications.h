// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace rexec::test {

// A freedesktop notification service on the test's private session bus, on a connection of its
// own (the harness runs no notification daemon): it records every Notify call and can click one.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0;
    };

    FakeNotifications();
    ~FakeNotifications() override;
    // False when the bus refused the name.
    bool isRegistered() const { return m_registered; }

    QList<Call> calls() const { return m_calls; }
    // What the service does when a user clicks the notification's default action.
    void click(uint id);

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    QStringList GetCapabilities() const { return {QStringLiteral("body"), QStringLiteral("actions")}; }

signals:
    void notified();

private:
    QDBusConnection m_connection;
    bool m_registered = false;
    QList<Call> m_calls;
    uint m_nextId = 1;
};

} // namespace rexec::test
