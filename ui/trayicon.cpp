// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "icons.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace rexec::ui {

TrayIcon::TrayIcon(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

// Made when first enabled (off by default): a QSystemTrayIcon asks the desktop for a notification
// area, and each state's icon is drawn at six sizes, which the window's start need not wait for.
void TrayIcon::ensureTray()
{
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(this);
    m_menu = new QMenu(m_window);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showAction = m_menu->addAction(tr("Show Rexec Desktop"));
    m_showAction->setObjectName(QStringLiteral("trayShow"));
    connect(m_showAction, &QAction::triggered, this, &TrayIcon::toggleWindow);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, [this] {
        // Through the window's own close, so that it can ask about open terminals and transfers.
        if (m_window && !m_window->isVisible())
            m_window->show();
        if (m_window)
            m_window->close();
    });
    m_tray->setContextMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_showAction->setText(m_window && m_window->isVisible() ? tr("Hide Rexec Desktop") : tr("Show Rexec Desktop"));
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    update();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        ensureTray();
    if (m_tray)
        m_tray->setVisible(enabled && QSystemTrayIcon::isSystemTrayAvailable());
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::setConnection(Connection connection, const QString &serverName, const QString &words)
{
    if (connection == m_connection && serverName == m_serverName && words == m_words)
        return;
    const bool iconChanges = connection != m_connection;
    m_connection = connection;
    m_serverName = serverName;
    m_words = words;
    if (!m_tray)
        return;
    if (iconChanges)
        m_tray->setIcon(stateIcon());
    m_tray->setToolTip(toolTip());
}

void TrayIcon::setTransfers(int unfinished)
{
    if (unfinished == m_unfinished)
        return;
    m_unfinished = unfinished;
    if (m_tray)
        m_tray->setToolTip(toolTip());
}

QString TrayIcon::toolTip() const
{
    QString text = m_serverName.isEmpty() ? tr("Rexec Desktop: not connected")
                                          : tr("Rexec Desktop: %1, %2").arg(m_serverName, m_words);
    if (m_unfinished > 0)
        text = tr("%1\n%n transfer(s) under way", nullptr, m_unfinished).arg(text);
    return text;
}

void TrayIcon::update()
{
    m_tray->setIcon(stateIcon());
    m_tray->setToolTip(toolTip());
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && m_window->isActiveWindow()) {
        m_window->hide();
        return;
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

QIcon TrayIcon::stateIcon() const
{
    const QIcon base = fixedIcon(QStringLiteral("rexec-desktop"));
    QColor dot;
    switch (m_connection) {
    case Connection::None:
        return base;
    case Connection::Live:
        dot = QColor(0x1a, 0x7f, 0x37);
        break;
    case Connection::Degraded:
        dot = QColor(0xbf, 0x87, 0x00);
        break;
    case Connection::Offline:
        dot = QColor(0x6e, 0x77, 0x81);
        break;
    }
    // Drawn per size from the scalable icon, so that no size is a blurred copy of another.
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(QSize(size, size));
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal diameter = size * 0.42;
        const QRectF circle(size - diameter - 0.5, size - diameter - 0.5, diameter, diameter);
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        painter.setBrush(dot);
        painter.drawEllipse(circle);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace rexec::ui
