// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tlswarmup.h"

#include <QCoreApplication>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>

#include <atomic>

namespace rexec {

namespace {

std::atomic<bool> g_warmingUp{false};

// Lives on the main thread; tells its listeners once the warm-up is over.
class WarmupSignal : public QObject
{
    Q_OBJECT
signals:
    void done();
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
#if QT_CONFIG(ssl)
    WarmupSignal *signal = warmupSignal(); // made here, on the main thread
    g_warmingUp = true;
    QThreadPool::globalInstance()->start([signal] {
        (void)QSslConfiguration::defaultConfiguration();
        // Queued to the main thread, where `signal` lives; the application waits for its pool.
        QMetaObject::invokeMethod(signal, [signal] {
            g_warmingUp = false;
            emit signal->done();
        }, Qt::QueuedConnection);
    });
#endif
}

bool isTlsWarmingUp()
{
    return g_warmingUp;
}

void whenTlsWarm(QObject *context, std::function<void()> then)
{
    if (!g_warmingUp) {
        then();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(warmupSignal(), &WarmupSignal::done, context, [connection, then = std::move(then)] {
        QObject::disconnect(*connection);
        then();
    });
}

} // namespace rexec

#include "tlswarmup.moc"
