// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "icons.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace rexec::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *logo = new QLabel;
    logo->setPixmap(fixedIcon(QStringLiteral("rexec-desktop")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Welcome to Rexec Desktop"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *subtitle = new QLabel(tr("Shells in fresh sandboxes, files in and out by drag and drop. Where do your sandboxes run?"));
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setWordWrap(true);

    auto *local = new QCommandLinkButton(tr("This computer"),
                                         tr("Sandboxes on this machine, isolated with bubblewrap. No account, no network."));
    local->setObjectName(QStringLiteral("chooseThisComputer"));
    local->setIcon(themedIcon(QStringLiteral("computer")));
    local->setIconSize(QSize(32, 32));
    local->setDefault(true);
    local->setAccessibleName(tr("Use sandboxes on this computer"));
    auto *remote = new QCommandLinkButton(tr("Connect to a Rexec server"),
                                          tr("Your containers on a Rexec server: paste an API token or sign in through the browser."));
    remote->setObjectName(QStringLiteral("chooseRemoteServer"));
    remote->setIcon(themedIcon(QStringLiteral("server")));
    remote->setIconSize(QSize(32, 32));
    remote->setAccessibleName(tr("Connect to a Rexec server"));
    connect(local, &QCommandLinkButton::clicked, this, &WelcomePage::thisComputerChosen);
    connect(remote, &QCommandLinkButton::clicked, this, &WelcomePage::connectChosen);

    auto *column = new QVBoxLayout;
    column->addWidget(logo);
    column->addSpacing(8);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(24);
    column->addWidget(local);
    column->addWidget(remote);
    auto *box = new QWidget;
    box->setLayout(column);
    box->setMaximumWidth(560);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setTabOrder(local, remote);
}

} // namespace rexec::ui
