// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace rexec::test {

// The first visible top-level widget of type T with that object name.
template<typename T>
T *findTopLevel(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *match = qobject_cast<T *>(widget); match && match->isVisible() && match->objectName() == objectName)
            return match;
        if (auto *child = widget->findChild<T *>(objectName); child && child->isVisible())
            return child;
    }
    return nullptr;
}

// Answers a modal dialog that is about to open: once it is shown, clicks its button `buttonName`.
// Call before the action that opens it (its exec() then returns with that answer).
inline void answerDialogLater(const QString &dialogName, const QString &buttonName, bool *answered)
{
    *answered = false;
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        QWidget *dialog = findTopLevel<QWidget>(dialogName);
        if (!dialog)
            return;
        auto *button = dialog->findChild<QAbstractButton *>(buttonName);
        if (!button)
            return;
        poll->stop();
        poll->deleteLater();
        *answered = true;
        button->click();
    });
    poll->start(20);
}

} // namespace rexec::test
