// SPDX-License-Identifier: GPL-3.0-or-later
// DesktopNotifier over a real D-Bus (the harness's private session bus) to a notification service
// that records calls: what is sent, replacement by key, a click coming back, and a missing service.
#include "core/appinfo.h"
#include "core/desktopnotifier.h"

#include "fakenotifications.h"

#include <rexec/version.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using rexec::DesktopNotifier;
using rexec::test::FakeNotifications;

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { rexec::initApplicationInfo("rexec-desktop"); }

    void sendsWhatTheUserReads()
    {
        FakeNotifications service;
        QVERIFY(service.isRegistered());
        DesktopNotifier notifier;
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        notifier.notify(QStringLiteral("transfers"), QStringLiteral("Upload complete"),
                        QStringLiteral("a<b>&c.txt uploaded"));
        QTRY_COMPARE(service.calls().size(), 1);
        const FakeNotifications::Call call = service.calls().first();
        QCOMPARE(call.summary, QStringLiteral("Upload complete"));
        // Bodies are markup to most services: a file's name is shown as it is, not interpreted.
        QCOMPARE(call.body, QStringLiteral("a&lt;b&gt;&amp;c.txt uploaded"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.appIcon, QString::fromLatin1(rexec::kAppId));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QString::fromLatin1(rexec::kAppId));
        QVERIFY(call.actions.contains(QStringLiteral("default")));
        QVERIFY(call.timeout > 0);
        QVERIFY(failed.isEmpty());
    }

    void sameKeyReplacesAndClickComesBack()
    {
        FakeNotifications service;
        QVERIFY(service.isRegistered());
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        notifier.notify(QStringLiteral("container:a"), QStringLiteral("a stopped"), QStringLiteral("first"));
        QTRY_COMPARE(service.calls().size(), 1);
        notifier.notify(QStringLiteral("container:b"), QStringLiteral("b stopped"), QStringLiteral("other"));
        QTRY_COMPARE(service.calls().size(), 2);
        notifier.notify(QStringLiteral("container:a"), QStringLiteral("a stopped"), QStringLiteral("again"));
        QTRY_COMPARE(service.calls().size(), 3);
        const uint firstId = service.calls().at(0).id;
        QCOMPARE(service.calls().at(1).replacesId, 0u);
        QCOMPARE(service.calls().at(2).replacesId, firstId);

        service.click(service.calls().at(1).id);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("container:b"));
    }

    void missingServiceIsReported()
    {
        DesktopNotifier notifier;
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        notifier.notify(QStringLiteral("transfers"), QStringLiteral("Download complete"), QStringLiteral("x saved"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("Download complete"));
        QCOMPARE(failed.first().at(2).toString(), QStringLiteral("x saved"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
