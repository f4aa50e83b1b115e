// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace rexec {

// Installs the application's translator (from the .qm files embedded under :/i18n) and Qt's own
// qtbase translator (standard dialogs, context menus) on the running QCoreApplication. Call it
// after the application object exists and before any window is created: widgets translate their
// texts when they are built.
//
// `language` is the user's choice ("en", "de", "fr"); empty follows the system locale. The
// translators are children of the application and live as long as it does. Returns the locale
// whose language was chosen.
QLocale installTranslations(const QString &language);

} // namespace rexec
