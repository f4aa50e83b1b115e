// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/workspace.h"
#include "appstyle.h"
#include "core/appinfo.h"
#include "core/startupgate.h"
#include "core/tlswarmup.h"
#include "core/translations.h"
#include "firstframe.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "startupprobe.h"

#include <rexec/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    rexec::initApplicationInfo("rexec-desktop");
    QGuiApplication::setDesktopFileName(QString::fromLatin1(rexec::kAppId));
    // Before the parser (its --help text is translated) and before any window.
    rexec::installTranslations(QSettings().value(QString::fromLatin1(rexec::ui::SettingsDialog::kLanguage)).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop client for Rexec sandboxes"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    rexec::ui::prepareFirstFrame();
    QApplication::setStyle(new rexec::ui::AppStyle(QApplication::style()->name()));

    // Background work (TLS set up for the events socket, This computer's token written to the
    // keychain) waits for the window's first frame; a second at most.
    rexec::holdBackgroundWork(std::chrono::seconds(1));
    rexec::accounts::Workspace workspace;
    // Only This computer's server is started here (a process spawned, its token written to the
    // keychain in the background): it loads while the window is built. Other servers wait for
    // the window (MainWindow::start()), as reading the keychain does, and speak TLS from their
    // first request: for them TLS is set up on a pool thread from now (after the parser: --help
    // and --version exit() at once, and must not race a pool thread). This computer's plain HTTP
    // needs it only for the events socket, which asks for it once the list is in.
    if (!workspace.openInitialIfLocal())
        rexec::warmUpTlsInBackground();
    rexec::ui::MainWindow window(workspace);
    rexec::ui::installStartupProbeIfAsked(window, startup);
    window.releaseBackgroundWorkOnceListShown();
    window.show();
    window.start();
    return QApplication::exec();
}
