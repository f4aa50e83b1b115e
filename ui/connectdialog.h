// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rexec::ui {

// Connect to a Rexec server: its address, then a pasted API token or sign-in through the browser.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    QUrl serverUrl() const;
    QString serverName() const;
    QString token() const;

    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &text);

signals:
    void tokenSignInRequested();
    void browserSignInRequested();

private:
    void updateButtons();

    QLineEdit *m_url;
    QLineEdit *m_name;
    QLineEdit *m_token;
    QLabel *m_status;
    QPushButton *m_signIn;
    QPushButton *m_browser;
    QDialogButtonBox *m_buttons;
};

} // namespace rexec::ui
