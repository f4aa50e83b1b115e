// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstframe.h"

#include "core/startupgate.h"

#include <QAccessible>
#include <QEvent>
#include <QFontDatabase>
#include <QThreadPool>
#include <QWidget>

namespace rexec::ui {

namespace {

class FirstPaintWatch : public QObject
{
public:
    explicit FirstPaintWatch(QWidget &window)
        : QObject(&window)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the children and the flush come after the top-level window's paint event.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    releaseBackgroundWork();
                    deleteLater();
                },
                Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

void prepareFirstFrame()
{
    QThreadPool::globalInstance()->start([] { (void)QFontDatabase::families(); });
    (void)QAccessible::isActive();
}

void releaseBackgroundWorkAfterFirstPaint(QWidget &window)
{
    new FirstPaintWatch(window); // owned by the window
}

} // namespace rexec::ui
