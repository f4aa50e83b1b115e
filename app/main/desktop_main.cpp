// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/workspace.h"
#include "core/appinfo.h"
#include "mainwindow.h"

#include <rexec/version.h>

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    rexec::initApplicationInfo("rexec-desktop");
    QGuiApplication::setDesktopFileName(QString::fromLatin1(rexec::kAppId));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop client for Rexec sandboxes"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    rexec::accounts::Workspace workspace;
    rexec::ui::MainWindow window(workspace);
    window.show();
    window.start();
    return QApplication::exec();
}
