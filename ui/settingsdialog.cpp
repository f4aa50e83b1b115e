// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "terminal/terminaltab.h"

#include <qtermwidget6/qtermwidget.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rexec::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_font(new QFontComboBox)
    , m_fontSize(new QSpinBox)
    , m_scheme(new QComboBox)
    , m_scrollback(new QSpinBox)
    , m_parallel(new QSpinBox)
    , m_language(new QComboBox)
    , m_tray(new QCheckBox(tr("Show an icon in the system tray")))
    , m_restoreTabs(new QCheckBox(tr("Reopen the previous session's tabs at start")))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    QSettings settings;
    const TerminalAppearance appearance = TerminalAppearance::fromSettings();

    m_font->setObjectName(QStringLiteral("terminalFont"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(appearance.font);
    m_font->setAccessibleName(tr("Terminal font"));
    m_fontSize->setObjectName(QStringLiteral("terminalFontSize"));
    m_fontSize->setRange(6, 48);
    m_fontSize->setValue(appearance.font.pointSize() > 0 ? appearance.font.pointSize() : 11);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("Terminal font size"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    m_scheme->setObjectName(QStringLiteral("colorScheme"));
    m_scheme->setAccessibleName(tr("Colour scheme"));
    QStringList schemes = QTermWidget::availableColorSchemes();
    if (!schemes.contains(QStringLiteral("RexecDark")))
        schemes.prepend(QStringLiteral("RexecDark"));
    schemes.sort(Qt::CaseInsensitive);
    m_scheme->addItems(schemes);
    m_scheme->setCurrentText(appearance.colorScheme);

    m_scrollback->setObjectName(QStringLiteral("scrollback"));
    m_scrollback->setRange(100, 1000000);
    m_scrollback->setSingleStep(1000);
    m_scrollback->setValue(appearance.scrollback);
    m_scrollback->setSuffix(tr(" lines"));
    m_scrollback->setAccessibleName(tr("Scrollback length"));

    m_parallel->setObjectName(QStringLiteral("parallelTransfers"));
    m_parallel->setRange(1, 8);
    m_parallel->setValue(settings.value(QString::fromLatin1(kParallelTransfers), 2).toInt());
    m_parallel->setAccessibleName(tr("Transfers at a time"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const char *code : {"en", "de", "fr"}) {
        const QLocale locale(QString::fromLatin1(code));
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, QString::fromLatin1(code));
    }
    const int language = m_language->findData(settings.value(QString::fromLatin1(kLanguage)).toString());
    m_language->setCurrentIndex(std::max(0, language));

    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setChecked(settings.value(QString::fromLatin1(kTrayIcon), false).toBool());
    m_restoreTabs->setObjectName(QStringLiteral("restoreTabs"));
    m_restoreTabs->setChecked(settings.value(QString::fromLatin1(kRestoreTabs), false).toBool());

    auto *terminal = new QGroupBox(tr("Terminal"));
    auto *terminalForm = new QFormLayout(terminal);
    terminalForm->addRow(tr("&Font:"), fontRow);
    terminalForm->addRow(tr("&Colour scheme:"), m_scheme);
    terminalForm->addRow(tr("&Scrollback:"), m_scrollback);
    auto *general = new QGroupBox(tr("General"));
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Transfers at a time:"), m_parallel);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), m_tray);
    generalForm->addRow(QString(), m_restoreTabs);
    auto *languageNote = new QLabel(tr("A new language applies at the next start."));
    languageNote->setEnabled(false);
    generalForm->addRow(QString(), languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(terminal);
    layout->addWidget(general);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    settings.setValue(QString::fromLatin1(kTerminalFont), font);
    settings.setValue(QString::fromLatin1(kColorScheme), m_scheme->currentText());
    settings.setValue(QString::fromLatin1(kScrollback), m_scrollback->value());
    settings.setValue(QString::fromLatin1(kParallelTransfers), m_parallel->value());
    settings.setValue(QString::fromLatin1(kLanguage), m_language->currentData().toString());
    settings.setValue(QString::fromLatin1(kTrayIcon), m_tray->isChecked());
    settings.setValue(QString::fromLatin1(kRestoreTabs), m_restoreTabs->isChecked());
    emit settingsChanged();
    QDialog::accept();
}

} // namespace rexec::ui
