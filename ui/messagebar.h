// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace rexec::ui {

// A non-modal bar at the top of the window for errors and notices: the server's words, what to
// do next, and at most a couple of actions. It never blocks the window.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Replaces what is shown; `actions` become buttons (their triggered signals are the caller's).
    void show(Level level, const QString &text, const QList<QAction *> &actions = {});
    QString text() const;
    Level level() const { return m_level; }

signals:
    void dismissed();

private:
    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace rexec::ui
