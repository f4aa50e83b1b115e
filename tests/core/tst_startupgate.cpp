// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startupgate.h"
#include "core/tlswarmup.h"

#include <QScopeGuard>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace rexec;
using namespace std::chrono_literals;

class TestStartupGate : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { releaseBackgroundWork(); }

    void openUnlessHeld()
    {
        QVERIFY(!isBackgroundWorkHeld());
        bool ran = false;
        afterStartup(this, [&ran] { ran = true; });
        QVERIFY(ran);
    }

    void heldWorkRunsOnReleaseInOrder()
    {
        holdBackgroundWork(1min);
        QVERIFY(isBackgroundWorkHeld());
        QStringList ran;
        QObject context; // gone before `ran`, with the connections, if a check returns early
        afterStartup(&context, [&ran] { ran << QStringLiteral("first"); });
        afterStartup(&context, [&ran] { ran << QStringLiteral("second"); });
        QCoreApplication::processEvents();
        QVERIFY(ran.isEmpty());
        releaseBackgroundWork();
        QCOMPARE(ran, QStringList({QStringLiteral("first"), QStringLiteral("second")}));
        QVERIFY(!isBackgroundWorkHeld());
        // Released once: a second release runs nothing again.
        releaseBackgroundWork();
        QCOMPARE(ran.size(), 2);
    }

    void workOfAGoneContextIsDropped()
    {
        holdBackgroundWork(1min);
        bool ran = false;
        auto context = std::make_unique<QObject>();
        afterStartup(context.get(), [&ran] { ran = true; });
        context.reset();
        releaseBackgroundWork();
        QVERIFY(!ran);
    }

    // A window that never paints does not hold the work for good.
    void fallbackReleases()
    {
        holdBackgroundWork(50ms);
        bool ran = false;
        QObject context; // gone before `ran`, with the connection, if a check returns early
        afterStartup(&context, [&ran] { ran = true; });
        QVERIFY(!ran);
        QTRY_VERIFY(ran);
        QVERIFY(!isBackgroundWorkHeld());
    }

    // The TLS warm-up asked for by whenTlsReady() starts only when the gate opens (the pool
    // thread would be busy at once otherwise).
    void tlsWarmUpWaitsForTheGate()
    {
        QVERIFY(!isTlsReady());
        holdBackgroundWork(1min);
        bool ready = false;
        QObject context; // gone before `ready`, with the connection, if a check returns early
        whenTlsReady(&context, [&ready] { ready = true; });
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        QVERIFY(!ready);
        releaseBackgroundWork();
        QTRY_VERIFY_WITH_TIMEOUT(ready, 10000);
        QVERIFY(isTlsReady());
    }
};

QTEST_GUILESS_MAIN(TestStartupGate)
#include "tst_startupgate.moc"
