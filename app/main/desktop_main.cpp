// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/workspace.h"
#include "containers/containermodel.h"
#include "containers/containersession.h"
#include "core/appinfo.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <rexec/version.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>

#include <cstdio>

namespace {

// BENCHMARK PROBE, for bench/bench_mainwindow.cpp only. Created only with REXEC_STARTUP_PROBE=1 in
// the environment (otherwise nothing here runs): the first time the container view paints while
// the model has rows, one line on stderr, "rexec-desktop: list shown after N ms" (N from the start
// of main()), and the probe takes itself out.
class StartupProbe : public QObject
{
public:
    StartupProbe(const QElapsedTimer &clock, rexec::ui::MainWindow &window)
        : QObject(&window), m_clock(clock), m_window(window)
    {
        if (auto *view = window.findChild<QAbstractItemView *>(QStringLiteral("containerView")))
            view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *containers = m_window.containerSession();
        if (event->type() == QEvent::Paint && containers && containers->model()->rowCount() > 0) {
            std::fprintf(stderr, "rexec-desktop: list shown after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
            std::fflush(stderr);
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    rexec::ui::MainWindow &m_window;
};

} // namespace

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

    rexec::accounts::Workspace workspace;
    rexec::ui::MainWindow window(workspace);
    if (qEnvironmentVariableIntValue("REXEC_STARTUP_PROBE") == 1)
        new StartupProbe(startup, window); // benchmark probe (see above)
    window.show();
    window.start();
    return QApplication::exec();
}
