// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace rexec::ui {

namespace {

// Renders its SVG once per size, mode and colour asked for, and hands out that pixmap after:
// item views paint a row's icon on every repaint, and a tool bar asks for its pixmaps on every
// paint, so parsing the SVG each time cost a first frame milliseconds.
class SvgIconEngine : public QIconEngine
{
public:
    SvgIconEngine(QString name, bool themed)
        : m_name(std::move(name))
        , m_themed(themed)
    {
        QFile file(QStringLiteral(":/icons/%1.svg").arg(m_name));
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : qApp->devicePixelRatio();
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize pixels = (QSizeF(size) * scale).toSize();
        if (pixels.isEmpty() || m_svg.isEmpty())
            return {};
        // Coloured icons look the same in every mode but Disabled.
        const QIcon::Mode look = m_themed || mode == QIcon::Disabled ? mode : QIcon::Normal;
        const QRgb colour = m_themed ? themeColour(mode).rgba() : 0;
        for (const Rendered &rendered : std::as_const(m_rendered)) {
            if (rendered.pixels == pixels && rendered.look == look && rendered.colour == colour)
                return rendered.pixmap;
        }
        QPixmap pixmap = QPixmap::fromImage(render(pixels, look, colour));
        pixmap.setDevicePixelRatio(scale);
        // A few sizes and modes are ever asked for; a palette change makes the old ones stale.
        if (m_rendered.size() >= kMaxRendered)
            m_rendered.removeFirst();
        m_rendered.append({pixels, look, colour, pixmap});
        return pixmap;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_name, m_themed); }
    QString key() const override { return QStringLiteral("rexec-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    static constexpr qsizetype kMaxRendered = 8;

    struct Rendered {
        QSize pixels;
        QIcon::Mode look;
        QRgb colour;
        QPixmap pixmap;
    };

    static QColor themeColour(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        return palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                             mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
    }

    QImage render(const QSize &pixels, QIcon::Mode look, QRgb colour) const
    {
        QByteArray svg = m_svg;
        if (m_themed)
            svg.replace("#000000", QColor::fromRgba(colour).name().toLatin1());
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        if (!m_themed && look == QIcon::Disabled)
            painter.setOpacity(0.4);
        QSvgRenderer(svg).render(&painter, QRectF(QPointF(), QSizeF(pixels)));
        return image;
    }

    QString m_name;
    bool m_themed;
    QByteArray m_svg;
    QList<Rendered> m_rendered;
};

// One icon a name, shared by every action, button and row that shows it, so that each is
// rendered once. Emptied as the application ends, before the pixmaps' window system goes.
QIcon sharedIcon(const QString &name, bool themed)
{
    static QHash<QString, QIcon> icons;
    const QString key = (themed ? QStringLiteral("themed/") : QStringLiteral("fixed/")) + name;
    if (const auto found = icons.constFind(key); found != icons.cend())
        return *found;
    if (icons.isEmpty())
        qAddPostRoutine([] { icons.clear(); });
    return *icons.insert(key, QIcon(new SvgIconEngine(name, themed)));
}

} // namespace

QIcon themedIcon(const QString &name)
{
    return sharedIcon(name, true);
}

QIcon fixedIcon(const QString &name)
{
    return sharedIcon(name, false);
}

} // namespace rexec::ui
