// SPDX-License-Identifier: GPL-3.0-or-later
// When background work may start: after the window's first frame, and after the content's frame
// when the content was not ready for the first one.
#include "core/startupgate.h"
#include "firstframe.h"

#include <QPainter>
#include <QScopeGuard>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

namespace {

class CountingWidget : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override
    {
        ++paints;
        QPainter(this).fillRect(rect(), Qt::darkCyan);
    }
};

struct Window {
    QWidget top;
    CountingWidget *content = new CountingWidget;
    Window()
    {
        auto *layout = new QVBoxLayout(&top);
        layout->addWidget(content);
        top.resize(320, 200);
    }
};

} // namespace

class TestFirstFrame : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { rexec::releaseBackgroundWork(); }

    void releasedAfterTheFirstFrame()
    {
        rexec::holdBackgroundWork(std::chrono::minutes(1));
        bool ran = false;
        QObject context; // gone before `ran`, with the connection, if a check below returns early
        rexec::afterStartup(&context, [&ran] { ran = true; });
        Window window;
        rexec::ui::releaseBackgroundWorkOnceShown(window.top, *window.content, [] { return true; });
        QCoreApplication::processEvents();
        QVERIFY(rexec::isBackgroundWorkHeld());
        window.top.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.top));
        QTRY_VERIFY(!rexec::isBackgroundWorkHeld());
        QVERIFY(ran);
        QVERIFY(window.content->paints > 0);
    }

    void waitsForTheContentsFrame()
    {
        rexec::holdBackgroundWork(std::chrono::minutes(1));
        bool ready = false;
        int paintsWhenReady = -1;
        Window window;
        rexec::ui::releaseBackgroundWorkOnceShown(window.top, *window.content, [&] { return ready; });
        window.top.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.top));
        QTRY_VERIFY(window.content->paints > 0);
        // Frames without the content's data keep the gate closed.
        window.content->update();
        const int before = window.content->paints;
        QTRY_VERIFY(window.content->paints > before);
        QCoreApplication::processEvents();
        QVERIFY(rexec::isBackgroundWorkHeld());

        // Ready: the next paint of the content opens the gate, after it.
        ready = true;
        paintsWhenReady = window.content->paints;
        window.content->update();
        QTRY_VERIFY(!rexec::isBackgroundWorkHeld());
        QVERIFY(window.content->paints > paintsWhenReady);
    }
};

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
