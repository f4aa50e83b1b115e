// SPDX-License-Identifier: GPL-3.0-or-later
// The app's SVG icons: one per name, each size rendered once, themed ones in the palette's colour.
#include "appstyle.h"
#include "icons.h"
#include "testsupport.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace {

// The colour most of an icon's opaque pixels have, and how many of them there are.
struct Ink {
    QColor colour;
    int opaque = 0;
    int alphaSum = 0;
};

Ink inkOf(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    qint64 red = 0, green = 0, blue = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            ink.alphaSum += qAlpha(pixel);
            if (qAlpha(pixel) < 250)
                continue;
            ++ink.opaque;
            red += qRed(pixel);
            green += qGreen(pixel);
            blue += qBlue(pixel);
        }
    }
    if (ink.opaque)
        ink.colour = QColor(int(red / ink.opaque), int(green / ink.opaque), int(blue / ink.opaque));
    return ink;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QApplication::setPalette(QPalette()); }

    void oneIconPerName()
    {
        const QIcon first = rexec::ui::themedIcon(QStringLiteral("action-new"));
        QVERIFY(!first.isNull());
        QCOMPARE(rexec::ui::themedIcon(QStringLiteral("action-new")).cacheKey(), first.cacheKey());
        QVERIFY(rexec::ui::themedIcon(QStringLiteral("action-stop")).cacheKey() != first.cacheKey());
        // The same file drawn in its own colours is another icon.
        QVERIFY(rexec::ui::fixedIcon(QStringLiteral("action-new")).cacheKey() != first.cacheKey());
        QVERIFY(rexec::ui::fixedIcon(QStringLiteral("no-such-icon")).isNull());
    }

    void eachSizeRenderedOnce()
    {
        const QIcon icon = rexec::ui::fixedIcon(QStringLiteral("status-running"));
        const QPixmap small = icon.pixmap(QSize(16, 16));
        QCOMPARE(small.size(), QSize(16, 16));
        QCOMPARE(icon.pixmap(QSize(16, 16)).cacheKey(), small.cacheKey());
        // Coloured icons look the same selected: the same pixmap.
        QCOMPARE(icon.pixmap(QSize(16, 16), QIcon::Selected).cacheKey(), small.cacheKey());
        const QPixmap large = icon.pixmap(QSize(48, 48));
        QCOMPARE(large.size(), QSize(48, 48));
        QVERIFY(large.cacheKey() != small.cacheKey());
        // Drawn, not a blank square.
        QVERIFY(inkOf(large.toImage()).opaque > 48 * 48 / 10);
    }

    void disabledColouredIconIsFainter()
    {
        const QIcon icon = rexec::ui::fixedIcon(QStringLiteral("status-running"));
        const Ink normal = inkOf(icon.pixmap(QSize(32, 32)).toImage());
        const Ink disabled = inkOf(icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage());
        QVERIFY(normal.alphaSum > 0);
        QVERIFY2(disabled.alphaSum < normal.alphaSum * 6 / 10,
                 qPrintable(QStringLiteral("%1 against %2").arg(disabled.alphaSum).arg(normal.alphaSum)));
    }

    void themedIconFollowsThePalette()
    {
        const QIcon icon = rexec::ui::themedIcon(QStringLiteral("action-stop"));
        QPalette palette;
        palette.setColor(QPalette::WindowText, QColor(200, 0, 0));
        QApplication::setPalette(palette);
        const Ink red = inkOf(icon.pixmap(QSize(32, 32)).toImage());
        QVERIFY(red.opaque > 0);
        QVERIFY2(red.colour.red() > 150 && red.colour.blue() < 60, qPrintable(red.colour.name()));

        palette.setColor(QPalette::WindowText, QColor(0, 0, 200));
        QApplication::setPalette(palette);
        const Ink blue = inkOf(icon.pixmap(QSize(32, 32)).toImage());
        QVERIFY2(blue.colour.blue() > 150 && blue.colour.red() < 60, qPrintable(blue.colour.name()));
    }

    // Item views paint the icon straight onto the view: the pixmap at the device's pixel ratio.
    void paintsSharpOnHighDensityDevices()
    {
        QImage canvas(QSize(64, 64), QImage::Format_ARGB32_Premultiplied);
        canvas.setDevicePixelRatio(2.0);
        canvas.fill(Qt::transparent);
        {
            QPainter painter(&canvas);
            rexec::ui::fixedIcon(QStringLiteral("status-running")).paint(&painter, QRect(0, 0, 32, 32));
        }
        QImage direct = rexec::ui::fixedIcon(QStringLiteral("status-running")).pixmap(QSize(32, 32), 2.0).toImage();
        QCOMPARE(direct.devicePixelRatio(), 2.0);
        QCOMPARE(direct.size(), QSize(64, 64));
        QCOMPARE(canvas.convertToFormat(QImage::Format_ARGB32), direct.convertToFormat(QImage::Format_ARGB32));
    }

    // One rendering per pixel ratio: 32 pixels for a 16 px icon at 2x is not the 32 px icon at 1x.
    void eachScaleRenderedApart()
    {
        const QIcon icon = rexec::ui::themedIcon(QStringLiteral("action-new"));
        const QPixmap doubled = icon.pixmap(QSize(16, 16), 2.0);
        const QPixmap single = icon.pixmap(QSize(32, 32), 1.0);
        QCOMPARE(doubled.devicePixelRatio(), 2.0);
        QCOMPARE(single.devicePixelRatio(), 1.0);
        QCOMPARE(icon.pixmap(QSize(16, 16), 2.0).cacheKey(), doubled.cacheKey());
        QCOMPARE(icon.pixmap(QSize(32, 32), 1.0).cacheKey(), single.cacheKey());
    }

    // A scaled painter gets the drawing itself, not a small pixmap blown up.
    void scaledPainterGetsTheVectorDrawing()
    {
        const QIcon icon = rexec::ui::fixedIcon(QStringLiteral("status-running"));
        QImage canvas(QSize(32, 32), QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        {
            QPainter painter(&canvas);
            painter.scale(4, 4);
            icon.paint(&painter, QRect(0, 0, 8, 8));
        }
        const QImage direct = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage drawn = canvas.convertToFormat(QImage::Format_ARGB32);
        int worst = 0;
        for (int y = 0; y < 32; ++y) {
            for (int x = 0; x < 32; ++x) {
                const QRgb a = drawn.pixel(x, y);
                const QRgb b = direct.pixel(x, y);
                worst = std::max({worst, std::abs(qAlpha(a) - qAlpha(b)), std::abs(qRed(a) - qRed(b)),
                                  std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
            }
        }
        QVERIFY2(worst <= 8, qPrintable(QStringLiteral("largest difference %1").arg(worst)));
    }

    // The tool bars' overflow chevrons come from the app's SVGs, not from the icon theme (whose
    // first lookup held the main window's construction back); every other icon is the base style's.
    void toolBarChevronsAreTheAppsOwn()
    {
        rexec::ui::AppStyle style(QApplication::style()->name());
        QCOMPARE(style.baseStyle()->name(), QApplication::style()->name());
        QCOMPARE(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).cacheKey(),
                 rexec::ui::themedIcon(QStringLiteral("toolbar-more")).cacheKey());
        QCOMPARE(style.standardIcon(QStyle::SP_ToolBarVerticalExtensionButton).cacheKey(),
                 rexec::ui::themedIcon(QStringLiteral("toolbar-more-down")).cacheKey());
        QStyleOption rightToLeft;
        rightToLeft.direction = Qt::RightToLeft;
        QCOMPARE(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rightToLeft).cacheKey(),
                 rexec::ui::themedIcon(QStringLiteral("toolbar-more-rtl")).cacheKey());
        QVERIFY(!rexec::ui::themedIcon(QStringLiteral("toolbar-more-rtl")).isNull());
        QVERIFY(!rexec::ui::themedIcon(QStringLiteral("toolbar-more")).isNull());
        QVERIFY(!rexec::ui::themedIcon(QStringLiteral("toolbar-more-down")).isNull());
        const QImage own = style.standardIcon(QStyle::SP_ArrowBack).pixmap(QSize(16, 16)).toImage();
        const QImage base = style.baseStyle()->standardIcon(QStyle::SP_ArrowBack).pixmap(QSize(16, 16)).toImage();
        QCOMPARE(own, base);

        // A tool bar too narrow for its actions shows the chevron, drawn. (As main() does: the
        // application's style, before any widget is made.)
        QApplication::setStyle(new rexec::ui::AppStyle(QApplication::style()->name()));
        QWidget window;
        auto *bar = new QToolBar(&window);
        bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        for (const char *name : {"action-new", "action-start", "action-stop", "action-delete", "action-terminal"})
            bar->addAction(rexec::ui::themedIcon(QString::fromLatin1(name)), QString::fromLatin1(name));
        window.resize(180, bar->sizeHint().height());
        bar->resize(180, bar->sizeHint().height());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton *chevron = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(chevron);
        QTRY_VERIFY(chevron->isVisible());
        QCOMPARE(chevron->icon().cacheKey(), rexec::ui::themedIcon(QStringLiteral("toolbar-more")).cacheKey());
        const QImage shot = window.grab().toImage();
        QVERIFY(!rexec::test::saveScreenshot(shot, QStringLiteral("toolbar-overflow")).isEmpty());
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
