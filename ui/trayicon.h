// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace rexec::ui {

// The optional notification-area icon: the app's icon with a dot for the state of the connection
// (green live, amber polling or reconnecting, grey offline) and a tooltip that says it in words,
// with the transfers under way. Clicking it shows or hides the window; its menu also quits.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    enum class Connection { None, Live, Degraded, Offline };

    explicit TrayIcon(QWidget *window);
    ~TrayIcon() override;

    // Shown only when enabled (the setting) and the desktop has a notification area.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isVisible() const;

    void setConnection(Connection connection, const QString &serverName, const QString &words);
    // Transfers not yet finished; 0 when none.
    void setTransfers(int unfinished);

    QString toolTip() const;
    Connection connection() const { return m_connection; }
    QMenu *menu() const { return m_menu; } // null until first enabled

private:
    void ensureTray();
    void update();
    void toggleWindow();
    QIcon stateIcon() const;

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_showAction = nullptr;
    bool m_enabled = false;
    Connection m_connection = Connection::None;
    QString m_serverName;
    QString m_words;
    int m_unfinished = 0;
};

} // namespace rexec::ui
