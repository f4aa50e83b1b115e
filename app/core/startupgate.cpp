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
public:
    QTimer fallback{this};
signals:
    void released();
};

StartupGate *gate()
{
    static auto *object = [] {
        auto *made = new StartupGate;
        made->setParent(QCoreApplication::instance()); // gone with the application
        made->fallback.setSingleShot(true);
        QObject::connect(&made->fallback, &QTimer::timeout, made, &releaseBackgroundWork);
        return made;
    }();
    return object;
}

} // namespace

void holdBackgroundWork(std::chrono::milliseconds fallback)
{
    g_held = true;
    StartupGate *object = gate();
    object->fallback.stop();
    // Counted from the event loop's first pass (the window is built and shown by then), not
    // from here: a slow cold start must not open the gate before the first frame.
    QMetaObject::invokeMethod(object, [object, fallback] {
        if (g_held)
            object->fallback.start(fallback);
    }, Qt::QueuedConnection);
}

void releaseBackgroundWork()
{
    if (!std::exchange(g_held, false))
        return;
    StartupGate *object = gate();
    object->fallback.stop();
    emit object->released();
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
