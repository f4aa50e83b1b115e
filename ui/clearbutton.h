// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLineEdit;

namespace rexec::ui {

// A clear button in `edit` (shown while it holds text), drawn with the app's own icon. Not
// QLineEdit's own: its icon comes from the desktop's icon theme, and the first lookup in a theme
// reads every theme's folders, 5-11 ms of the main window's start-up (measured).
void addClearButton(QLineEdit *edit);

} // namespace rexec::ui
