// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/containers.h"
#include "terminal/terminalpane.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;

namespace rexec::api {
class RestClient;
}

namespace rexec::ui {



// What terminals look like, from the settings.
struct TerminalAppearance {
    QFont font;
    QString colorScheme;
    int scrollback = 10000;

    static TerminalAppearance fromSettings();
};

// A terminal tab: a status strip (container status, setup messages, CPU and memory) over a tree
// of panes split side by side or one above the other, each its own shell.
class TerminalTab : public QWidget
{
    Q_OBJECT
public:
    // `startFolder`: where the first shell starts (the home folder when empty).
    TerminalTab(api::RestClient &rest, const api::Container &container, const QString &startFolder = {},
                QWidget *parent = nullptr);
    ~TerminalTab() override;

    QList<TerminalPane *> panes() const;
    TerminalPane *currentPane() const { return m_current; }
    QString containerName() const { return m_containerName; }
    bool isConnected() const;
    // See TerminalPane::setWaitingForStart(); reconnectAll() ends the wait.
    void waitForStart();
    bool isWaitingForStart() const;
    // The container got a new id (a start that recreated it): every pane follows it.
    void setContainerId(const QString &id);

    void split(Qt::Orientation orientation);
    void setAppearance(const TerminalAppearance &appearance);
    void focusNeighbour(Qt::Orientation orientation, int direction);

signals:
    void titleChanged(const QString &title);
    // The container stopped under a pane (4100): the owner starts it, then calls setContainerId()
    // and reconnectAll().
    void restartRequested();
    // A shell was refused with 423: the terminal is MFA-locked; reconnectAll() after the code.
    void codeRequired();
    void lastPaneClosed();

public slots:
    void reconnectAll();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    TerminalPane *addPane(bool newSession);
    void createActions();
    void setCurrent(TerminalPane *pane);
    void updateStrip();

    api::RestClient &m_rest;
    QString m_containerId;
    QString m_containerName;
    TerminalAppearance m_appearance;
    QSplitter *m_root;
    QLabel *m_status;
    QLabel *m_setup;
    QLabel *m_usage;
    QPointer<TerminalPane> m_current;
};

} // namespace rexec::ui
