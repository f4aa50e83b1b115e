// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace rexec::ui {

namespace {

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

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QByteArray svg = m_svg;
        if (m_themed) {
            const QPalette palette = QApplication::palette();
            QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                          mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
            svg.replace("#000000", colour.name().toLatin1());
        }
        QSvgRenderer renderer(svg);
        if (!m_themed && mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(), size * scale), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_name, m_themed); }
    QString key() const override { return QStringLiteral("rexec-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QString m_name;
    bool m_themed;
    QByteArray m_svg;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(name, true));
}

QIcon fixedIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(name, false));
}

} // namespace rexec::ui
