// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/desktopnotifier.h"

#include <rexec/version.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusMessage>
#include <QVariantMap>

namespace rexec {

namespace {
constexpr auto kService = "org.freedesktop.Notifications";
constexpr auto kPath = "/org/freedesktop/Notifications";
constexpr auto kInterface = "org.freedesktop.Notifications";
constexpr int kExpireMs = 8000;
} // namespace

struct DesktopNotifier::Private {
    explicit Private(const QDBusConnection &c) : connection(c) {}
    QDBusConnection connection;
    bool subscribed = false;
};

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &connection, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(connection))
{
}

DesktopNotifier::~DesktopNotifier() = default;

// On the first notification, not at construction: nothing can be clicked before something was
// sent. Matched by path and interface, not by the service's name: with a name QtDBus asks the bus
// who owns it, a blocking round trip per signal on this thread. The ids we keep tell our
// notifications apart.
void DesktopNotifier::subscribe()
{
    if (d->subscribed)
        return;
    d->subscribed = true;
    const QString path = QString::fromLatin1(kPath);
    const QString interface = QString::fromLatin1(kInterface);
    d->connection.connect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
                          SLOT(onActionInvoked(uint, QString)));
    d->connection.connect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
                          SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::notify(const QString &key, const QString &title, const QString &body)
{
    subscribe();
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                                       QString::fromLatin1(kInterface), QStringLiteral("Notify"));
    const QString appId = QString::fromLatin1(kAppId);
    const QVariantMap hints{{QStringLiteral("desktop-entry"), appId}};
    // Body text is markup for some servers: the words are shown as they are.
    QString plainBody = body.toHtmlEscaped();
    call << QCoreApplication::applicationName() << m_idByKey.value(key, 0u) << appId << title << plainBody
         << QStringList{QStringLiteral("default"), tr("Show")} << hints << kExpireMs;
    auto *watcher = new QDBusPendingCallWatcher(d->connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, key, title, body] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            m_idByKey.remove(key);
            emit failed(key, title, body);
            return;
        }
        m_idByKey.insert(key, reply.value());
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action != u"default")
        return;
    const QString key = m_idByKey.key(id);
    if (!key.isNull())
        emit activated(key);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    const QString key = m_idByKey.key(id);
    if (!key.isNull())
        m_idByKey.remove(key);
}

} // namespace rexec
