// SPDX-License-Identifier: GPL-3.0-or-later
// The toolchain's QTermWidget in the mode the terminal tabs use: no local process, bytes written
// to its PTY slave appear on screen, and keys typed come out of sendData.
#include <qtermwidget6/qtermwidget.h>

#include <QBuffer>
#include <QTest>

#include <unistd.h>

class TestQTermWidget : public QObject
{
    Q_OBJECT

    static QString screenText(QTermWidget &term)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        term.saveHistory(&buffer);
        return QString::fromUtf8(buffer.data());
    }

private slots:
    void teletypeRoundTrip()
    {
        QTermWidget term(0);
        term.resize(800, 480);
        term.startTerminalTeletype();
        term.show();
        QVERIFY(QTest::qWaitForWindowExposed(&term));

        const QByteArray line = "hello from the pty \xe4\xb8\xad\xe6\x96\x87\r\n";
        QCOMPARE(::write(term.getPtySlaveFd(), line.constData(), line.size()), ssize_t(line.size()));
        QTRY_VERIFY_WITH_TIMEOUT(screenText(term).contains(QString::fromUtf8("hello from the pty 中文")), 5000);

        QByteArray typed;
        connect(&term, &QTermWidget::sendData, this, [&typed](const char *data, int size) { typed.append(data, size); });
        // Keys go to the terminal display, the widget's focus proxy.
        QWidget *display = term.focusProxy();
        QVERIFY(display);
        QTest::keyClicks(display, QStringLiteral("ls"));
        QTest::keyClick(display, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(typed, QByteArray("ls\r"), 5000);
        QVERIFY(term.screenColumnsCount() > 20);
        QVERIFY(term.screenLinesCount() > 5);
    }
};

QTEST_MAIN(TestQTermWidget)
#include "tst_qtermwidget.moc"
