// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include "icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace rexec::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton)
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    // Our own icon: the style's standard one looks up the desktop icon theme (several ms at start-up).
    m_close->setIcon(themedIcon(QStringLiteral("dismiss")));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::show(Level level, const QString &text, const QList<QAction *> &actions)
{
    m_level = level;
    const char *iconName = level == Level::Error ? "status-error" : level == Level::Warning ? "status-busy" : "status-paused";
    m_icon->setPixmap(fixedIcon(QString::fromLatin1(iconName)).pixmap(16, 16));
    // Tinted backgrounds that read on light and dark palettes alike.
    const QColor tint = level == Level::Error ? QColor(207, 34, 46) : level == Level::Warning ? QColor(212, 167, 44) : QColor(9, 105, 218);
    setStyleSheet(QStringLiteral("#messageBar { background: rgba(%1,%2,%3,40); border: 1px solid rgba(%1,%2,%3,140); border-radius: 4px; }")
                      .arg(tint.red())
                      .arg(tint.green())
                      .arg(tint.blue()));
    m_text->setText(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->text());
        button->setObjectName(action->objectName());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->addWidget(button);
    }
    QFrame::show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace rexec::ui
