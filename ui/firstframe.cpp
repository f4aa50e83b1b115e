// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstframe.h"

#include "core/startupgate.h"

#include <QAccessible>
#include <QEvent>
#include <QFontDatabase>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

namespace rexec::ui {

namespace {

// Watches the window's first paint event and, if the content was not ready for it, the content's
// later ones; the release is queued after the paint it follows, so that the rest of that frame
// and its flush come first. Each filter is removed as it has done its part.
class FirstPaintWatch : public QObject
{
public:
    FirstPaintWatch(QWidget &window, QWidget &content, std::function<bool()> contentReady)
        : QObject(&window)
        , m_content(&content)
        , m_contentReady(std::move(contentReady))
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || (watched == m_content && !m_contentReady()))
            return false;
        watched->removeEventFilter(this);
        if (m_contentReady())
            release();
        else if (m_content) // the window's first frame, without the content's data yet
            m_content->installEventFilter(this);
        return false;
    }

private:
    void release()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                releaseBackgroundWork();
                deleteLater();
            },
            Qt::QueuedConnection);
    }

    QPointer<QWidget> m_content;
    std::function<bool()> m_contentReady;
};

} // namespace

void prepareFirstFrame()
{
    QThreadPool::globalInstance()->start([] { (void)QFontDatabase::families(); });
    (void)QAccessible::isActive();
}

void releaseBackgroundWorkOnceShown(QWidget &window, QWidget &content, std::function<bool()> contentReady)
{
    new FirstPaintWatch(window, content, std::move(contentReady)); // owned by the window
}

} // namespace rexec::ui
