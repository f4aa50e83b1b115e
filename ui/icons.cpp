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
        // A scaled or rotated painter, or a printer, gets the vector drawing, not a resampled pixmap.
        const QPaintDevice *device = painter->device();
        if (painter->worldTransform().type() > QTransform::TxTranslate || (device && device->devType() == QInternal::Printer)) {
            draw(painter, rect, fadedIn(mode), colourFor(mode));
            return;
        }
        const qreal scale = device ? device->devicePixelRatio() : qApp->devicePixelRatio();
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
        // What tells two renderings apart: themed icons differ by colour only (each mode has its
        // palette colour), coloured ones only when disabled (faded).
        const bool faded = fadedIn(mode);
        const QRgb colour = colourFor(mode);
        for (const Rendered &rendered : std::as_const(m_rendered)) {
            if (rendered.pixels == pixels && rendered.scale == scale && rendered.faded == faded && rendered.colour == colour)
                return rendered.pixmap;
        }
        QPixmap pixmap = QPixmap::fromImage(render(pixels, faded, colour));
        pixmap.setDevicePixelRatio(scale);
        // A few sizes and modes are ever asked for; a palette change makes the old ones stale.
        if (m_rendered.size() >= kMaxRendered)
            m_rendered.removeFirst();
        m_rendered.append({pixels, scale, faded, colour, pixmap});
        return pixmap;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_name, m_themed); }
    QString key() const override { return QStringLiteral("rexec-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    static constexpr qsizetype kMaxRendered = 8;
    static constexpr qreal kDisabledOpacity = 0.4;

    struct Rendered {
        QSize pixels;
        qreal scale;
        bool faded;
        QRgb colour;
        QPixmap pixmap;
    };

    bool fadedIn(QIcon::Mode mode) const { return !m_themed && mode == QIcon::Disabled; }

    // Themed icons are drawn in the palette's text colour for the mode; coloured ones keep theirs (0).
    QRgb colourFor(QIcon::Mode mode) const
    {
        if (!m_themed)
            return 0;
        const QPalette palette = QApplication::palette();
        return palette
            .color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                   mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText)
            .rgba();
    }

    QByteArray svgFor(QRgb colour) const
    {
        if (!m_themed)
            return m_svg;
        QByteArray svg = m_svg;
        return svg.replace("#000000", QColor::fromRgba(colour).name().toLatin1());
    }

    void draw(QPainter *painter, const QRectF &rect, bool faded, QRgb colour) const
    {
        const qreal opacity = painter->opacity();
        if (faded)
            painter->setOpacity(opacity * kDisabledOpacity);
        QSvgRenderer(svgFor(colour)).render(painter, rect);
        painter->setOpacity(opacity);
    }

    QImage render(const QSize &pixels, bool faded, QRgb colour) const
    {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        draw(&painter, QRectF(QPointF(), QSizeF(pixels)), faded, colour);
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
