// SPDX-License-Identifier: GPL-3.0-or-later
#include "clearbutton.h"

#include "icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace rexec::ui {

void addClearButton(QLineEdit *edit)
{
    QAction *clear = edit->addAction(themedIcon(QStringLiteral("edit-clear")), QLineEdit::TrailingPosition);
    clear->setObjectName(QStringLiteral("clearButton"));
    clear->setText(QCoreApplication::translate("rexec::ui::ClearButton", "Clear"));
    clear->setVisible(!edit->text().isEmpty());
    QObject::connect(edit, &QLineEdit::textChanged, clear, [clear](const QString &text) {
        clear->setVisible(!text.isEmpty());
    });
    QObject::connect(clear, &QAction::triggered, edit, &QLineEdit::clear);
}

} // namespace rexec::ui
