// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rexec {

namespace {

// QTranslator::load(QLocale, ...) walks locale.uiLanguages() ("de-CH", "de", ...) and takes the first
// file that exists, so "de_CH" finds rexec-desktop_de.qm.
bool installTranslator(const QLocale &locale, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, fileName, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QLocale installTranslations(const QString &language)
{
    QLocale locale; // the system's, unless something set a default before
    if (!language.isEmpty()) {
        const QLocale chosen(language);
        // A chosen language that differs from the system's also drives number and date formats, so
        // a German interface does not show "1,024.5 KB"; the same language keeps the user's region.
        if (chosen.language() != locale.language()) {
            locale = chosen;
            QLocale::setDefault(locale);
        }
    }
    // English has a .qm file too (plural forms only), so this finds one for English as well. A
    // language with no file, and the C locale, show the English source texts: with the English
    // plural forms, or they would read "3 minute(s) ago".
    if (!installTranslator(locale, QStringLiteral("rexec-desktop"), QStringLiteral(":/i18n")))
        installTranslator(QLocale(QLocale::English), QStringLiteral("rexec-desktop"), QStringLiteral(":/i18n"));
    installTranslator(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

} // namespace rexec
