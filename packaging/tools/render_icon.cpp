// SPDX-License-Identifier: GPL-3.0-or-later
//
// Build-time tool: renders the scalable application icon to one square PNG for the hicolor theme.
//
//   rexec-render-icon INPUT.svg OUTPUT.png SIZE
//
// Menus, docks and AppStream's icon cache still look for raster sizes (16 to 256 px) next to the SVG;
// rendering them from the one SVG at build time keeps a single source of truth and needs nothing
// beyond Qt Svg, which the app already links (no rsvg-convert or Inkscape in the build root).

#include <QByteArray>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "rexec-render-icon: %s\n", qPrintable(message));
    return 1;
}

// A blank image means the SVG parsed but drew nothing (e.g. a broken reference); shipping that
// would give an invisible icon, so the build fails instead.
bool hasVisiblePixels(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) != 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // No QGuiApplication: painting shapes into a QImage needs no platform plugin, so the tool also
    // runs on a build machine without a display or the offscreen plugin.
    if (argc != 4)
        return fail(QStringLiteral("usage: rexec-render-icon INPUT.svg OUTPUT.png SIZE"));
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[3]).toInt(&ok);
    if (!ok || size < 1 || size > 1024)
        return fail(QStringLiteral("SIZE must be a number of pixels from 1 to 1024, not \"%1\"")
                        .arg(QString::fromLocal8Bit(argv[3])));

    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1 is not a valid SVG file").arg(input));
    // Icons are square; a non-square viewBox is centred rather than stretched.
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    const QImage straight = image.convertToFormat(QImage::Format_ARGB32);
    if (!hasVisiblePixels(straight))
        return fail(QStringLiteral("%1 rendered to a fully transparent image").arg(input));

    // QSaveFile: an interrupted build leaves no truncated PNG that Ninja would then take as up to date.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    QImageWriter writer(&file, QByteArrayLiteral("png"));
    if (!writer.write(straight))
        return fail(QStringLiteral("cannot encode %1: %2").arg(output, writer.errorString()));
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    return 0;
}
