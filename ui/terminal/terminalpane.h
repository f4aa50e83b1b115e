// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal/terminalsession.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSocketNotifier;
class QTermWidget;

namespace rexec::ui {

// One terminal pane: a QTermWidget with no local process, fed by one TerminalSession. Server
// output is written to the widget's pseudo-terminal without ever blocking the event loop; what
// the user types goes back as input. When the connection drops the pane and its scrollback stay,
// with "reconnecting" over them.
class TerminalPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype kPauseAbove = 1024 * 1024;
    static constexpr qsizetype kResumeBelow = 256 * 1024;

    TerminalPane(terminal::TerminalSession *session, QWidget *parent = nullptr);
    ~TerminalPane() override;

    terminal::TerminalSession *session() const { return m_session; }
    QTermWidget *terminal() const { return m_terminal; }
    // The visible screen and scrollback as plain text (tests, search).
    QString screenText() const;
    // Only what is on screen now (the alternate screen while a full-screen program runs).
    QString visibleText() const;
    qsizetype pendingOutput() const { return m_pending.size(); }

    void applyAppearance(const QFont &font, const QString &colorScheme, int scrollback);
    // The container was stopped on purpose: wait for it to run again instead of starting it.
    void setWaitingForStart(bool waiting);
    bool isWaitingForStart() const { return m_waitingForStart; }
    void zoomIn();
    void zoomOut();
    void zoomReset();
    void paste();

signals:
    void focused(rexec::ui::TerminalPane *pane);
    void titleChanged(const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_waitingForStart = false;
    void writeOutput(const QByteArray &bytes);
    void flushPending();
    void updateOverlay();
    void reportSize();

    QPointer<terminal::TerminalSession> m_session;
    QTermWidget *m_terminal;
    QWidget *m_overlay;
    QLabel *m_overlayText;
    QPushButton *m_reconnect;
    QByteArray m_pending;
    int m_slave = -1;
    std::unique_ptr<QSocketNotifier> m_writable;
    QFont m_baseFont;
};

} // namespace rexec::ui
