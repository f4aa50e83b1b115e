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
// and its flush come first.
class FirstPaintWatch : public QObject
{
public:
    FirstPaintWatch(QWidget &window, QWidget *content, std::function<bool()> contentReady)
        : QObject(&window)
        , m_window(window)
        , m_content(content)
        , m_contentReady(std::move(contentReady))
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_released)
            return false;
        if (watched == &m_window) {
            m_window.removeEventFilter(this);
            if (!m_contentReady || m_contentReady())
                release();
            else if (m_content)
                m_content->installEventFilter(this);
        } else if (watched == m_content && m_contentReady()) {
            m_content->removeEventFilter(this);
            release();
        }
        return false;
    }

private:
    void release()
    {
        m_released = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                releaseBackgroundWork();
                deleteLater();
            },
            Qt::QueuedConnection);
    }

    QWidget &m_window;
    QPointer<QWidget> m_content;
    std::function<bool()> m_contentReady;
    bool m_released = false;
};

} // namespace

void prepareFirstFrame()
{
    QThreadPool::globalInstance()->start([] { (void)QFontDatabase::families(); });
    (void)QAccessible::isActive();
}

void releaseBackgroundWorkAfterFirstPaint(QWidget &window)
{
    new FirstPaintWatch(window, nullptr, {}); // owned by the window
}

void releaseBackgroundWorkOnceShown(QWidget &window, QWidget &content, std::function<bool()> contentReady)
{
    new FirstPaintWatch(window, &content, std::move(contentReady)); // owned by the window
}

} // namespace rexec::ui
