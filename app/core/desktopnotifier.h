// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QDBusConnection;

namespace rexec {

// Desktop notifications through the freedesktop notification service on the session bus, the
// one every Linux desktop (and the portal's Flatpak sandbox) provides; no tray icon is needed.
// Calls are asynchronous. Clicking a notification emits activated() with the key it was sent with.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    // For tests: another connection than the session bus's.
    DesktopNotifier(const QDBusConnection &connection, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // `key` says what the notification is about; a later one with the same key replaces it on
    // screen (a batch's progress, a container's state) instead of piling up.
    void notify(const QString &key, const QString &title, const QString &body);

signals:
    void activated(const QString &key);
    // The service is missing or refused the call: the caller shows the words some other way.
    void failed(const QString &key, const QString &title, const QString &body);

private slots:
    // Connected by name: QtDBus has no pointer-to-member connect for bus signals.
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void subscribe();

    struct Private;
    std::unique_ptr<Private> d;
    QHash<QString, uint> m_idByKey;
};

} // namespace rexec
