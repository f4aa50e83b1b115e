// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tlswarmup.h"

#include "core/startupgate.h"

#include <QCoreApplication>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>

namespace rexec {

namespace {

enum class State { NotStarted, Running, Ready };
State g_state = State::NotStarted; // read and written on the main thread only

// Lives on the main thread; tells its listeners once the warm-up is over.
class WarmupSignal : public QObject
{
    Q_OBJECT
signals:
    void ready();
};

WarmupSignal *warmupSignal()
{
    static auto *signal = [] {
        auto *object = new WarmupSignal;
        object->setParent(QCoreApplication::instance()); // gone with the application
        return object;
    }();
    return signal;
}

} // namespace

void warmUpTlsInBackground()
{
    if (g_state != State::NotStarted)
        return;
#if QT_CONFIG(ssl)
    WarmupSignal *signal = warmupSignal(); // made here, on the main thread
    g_state = State::Running;
    QThreadPool::globalInstance()->start([signal] {
        (void)QSslConfiguration::defaultConfiguration();
        // Queued to the main thread, where `signal` lives; the application waits for its pool.
        QMetaObject::invokeMethod(signal, [signal] {
            g_state = State::Ready;
            emit signal->ready();
        }, Qt::QueuedConnection);
    });
#else
    g_state = State::Ready;
    emit warmupSignal()->ready();
#endif
}

bool isTlsReady()
{
    return g_state == State::Ready;
}

void whenTlsReady(QObject *context, std::function<void()> then)
{
    if (g_state == State::Ready) {
        then();
        return;
    }
    QObject::connect(warmupSignal(), &WarmupSignal::ready, context, std::move(then), Qt::SingleShotConnection);
    afterStartup(warmupSignal(), &warmUpTlsInBackground);
}

} // namespace rexec

#include "tlswarmup.moc"
