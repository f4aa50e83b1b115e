// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include "containers/containermodel.h"
#include "containers/containersession.h"
#include "mainwindow.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QEvent>

#include <cstdio>

namespace rexec::ui {

namespace {

class StartupProbe : public QObject
{
public:
    StartupProbe(const QElapsedTimer &sinceStart, MainWindow &window)
        : QObject(&window), m_sinceStart(sinceStart), m_window(window)
    {
        if (auto *view = window.findChild<QAbstractItemView *>(QStringLiteral("containerView")))
            view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *containers = m_window.containerSession();
        if (event->type() == QEvent::Paint && containers && containers->model()->rowCount() > 0) {
            std::fprintf(stderr, "rexec-desktop: list shown after %lld ms\n",
                         static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stderr);
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    const QElapsedTimer &m_sinceStart;
    MainWindow &m_window;
};

} // namespace

void installStartupProbeIfAsked(MainWindow &window, const QElapsedTimer &sinceStart)
{
    if (qEnvironmentVariableIntValue("REXEC_STARTUP_PROBE") == 1)
        new StartupProbe(sinceStart, window); // owned by the window
}

} // namespace rexec::ui
