// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "accounts/serverprofile.h"
#include "api/account.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rexec::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit)
    , m_name(new QLineEdit)
    , m_token(new QLineEdit)
    , m_status(new QLabel)
    , m_signIn(new QPushButton(tr("Sign &In with Token")))
    , m_browser(new QPushButton(tr("Sign In with &Browser…")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a Rexec Server"));
    setMinimumWidth(520);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(tr("https://rexec.example.com"));
    m_url->setAccessibleName(tr("Server address"));
    m_name->setObjectName(QStringLiteral("serverName"));
    m_name->setPlaceholderText(tr("Optional, e.g. Work"));
    m_name->setAccessibleName(tr("Server name"));
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("rexec_…"));
    m_token->setAccessibleName(tr("API token"));
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signIn->setObjectName(QStringLiteral("signInWithToken"));
    m_browser->setObjectName(QStringLiteral("signInWithBrowser"));
    m_signIn->setDefault(true);

    auto *hint = new QLabel(tr("Create a token on the server's <i>Account → API</i> page, or sign in through the browser."));
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &token:"), m_token);
    m_buttons->addButton(m_browser, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_signIn, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (!api::looksLikeApiToken(token()) && !token().isEmpty())
            m_status->setText(tr("This does not look like an API token (rexec_ and 64 characters); trying it anyway."));
        emit tokenSignInRequested();
    });
    connect(m_browser, &QPushButton::clicked, this, &ConnectDialog::browserSignInRequested);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_token, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    updateButtons();
}

QUrl ConnectDialog::serverUrl() const
{
    return accounts::normalizedServerUrl(m_url->text());
}

QString ConnectDialog::serverName() const
{
    const QString name = m_name->text().trimmed();
    return name.isEmpty() ? serverUrl().host() : name;
}

QString ConnectDialog::token() const
{
    return m_token->text().trimmed();
}

void ConnectDialog::updateButtons()
{
    const bool urlOk = serverUrl().isValid() && !serverUrl().isEmpty();
    m_signIn->setEnabled(urlOk && !token().isEmpty());
    m_browser->setEnabled(urlOk);
    if (!m_url->text().trimmed().isEmpty() && !urlOk)
        m_status->setText(tr("Enter the server's address, e.g. https://rexec.example.com"));
    else if (m_status->text().startsWith(tr("Enter the server's address")))
        m_status->clear();
}

void ConnectDialog::setBusy(bool busy, const QString &what)
{
    m_url->setEnabled(!busy);
    m_token->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_browser->setEnabled(!busy);
    if (busy)
        m_status->setText(what);
    else
        updateButtons();
}

void ConnectDialog::showError(const QString &text)
{
    setBusy(false);
    m_status->setText(QStringLiteral("<span style=\"color:#cf222e\">%1</span>").arg(text.toHtmlEscaped()));
}

} // namespace rexec::ui
