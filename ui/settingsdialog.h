// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace rexec::ui {

// Preferences: terminal font, colour scheme and scrollback; transfers at a time; language; the
// tray icon; reopening the previous session's tabs. Kept with QSettings (no secrets).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The keys, for whoever reads them.
    static constexpr char kTerminalFont[] = "terminal/font";
    static constexpr char kColorScheme[] = "terminal/colorScheme";
    static constexpr char kScrollback[] = "terminal/scrollback";
    static constexpr char kParallelTransfers[] = "transfers/parallel";
    static constexpr char kLanguage[] = "ui/language";
    static constexpr char kTrayIcon[] = "ui/trayIcon";
    static constexpr char kRestoreTabs[] = "ui/restoreTabs";

    void accept() override;

signals:
    void settingsChanged();

private:
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_scheme;
    QSpinBox *m_scrollback;
    QSpinBox *m_parallel;
    QComboBox *m_language;
    QCheckBox *m_tray;
    QCheckBox *m_restoreTabs;
};

} // namespace rexec::ui
