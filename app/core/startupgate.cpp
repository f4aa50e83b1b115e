// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startupgate.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <utility>

namespace rexec {

namespace {

bool g_held = false; // read and written on the main thread only

// Lives on the main thread; tells what waits that the gate is open.
class StartupGate : public QObject
{
    Q_OBJECT
signals:
    void released();
};

StartupGate *gate()
{
    static auto *object = [] {
        auto *made = new StartupGate;
        made->setParent(QCoreApplication::instance()); // gone with the application
        return made;
    }();
    return object;
}

} // namespace

void holdBackgroundWork(std::chrono::milliseconds fallback)
{
    g_held = true;
    QTimer::singleShot(fallback, gate(), &releaseBackgroundWork);
}

void releaseBackgroundWork()
{
    if (!std::exchange(g_held, false))
        return;
    emit gate()->released();
}

bool isBackgroundWorkHeld()
{
    return g_held;
}

void afterStartup(QObject *context, std::function<void()> work)
{
    if (!g_held) {
        work();
        return;
    }
    QObject::connect(gate(), &StartupGate::released, context, std::move(work), Qt::SingleShotConnection);
}

} // namespace rexec

#include "startupgate.moc"
