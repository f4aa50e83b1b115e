// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace rexec::ui {

// First launch: "This computer" (local sandboxes, one click) or "Connect to a Rexec server".
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void thisComputerChosen();
    void connectChosen();
};

} // namespace rexec::ui
