// SPDX-License-Identifier: GPL-3.0-or-later
// The fast reader of output frames agrees with a real JSON parser on everything it accepts, and
// declines what it cannot read so that the general parser takes it.
#include "terminal/outputframe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using rexec::terminal::fastOutputData;

class TestOutputFrame : public QObject
{
    Q_OBJECT

    static QString viaJson(const QString &frame)
    {
        return QJsonDocument::fromJson(frame.toUtf8()).object().value(u"data").toString();
    }

private slots:
    void bothShapes_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::newRow("go order") << QStringLiteral("{\"type\":\"output\",\"data\":\"hello\\r\\n\"}");
        QTest::newRow("sorted keys") << QStringLiteral("{\"data\":\"hello\\r\\n\",\"type\":\"output\"}");
        QTest::newRow("escapes") << QStringLiteral("{\"type\":\"output\",\"data\":\"\\u001b[31mred\\u001b[0m \\\"q\\\" \\\\ \\/ \\t\\b\\f\"}");
        QTest::newRow("unicode") << QStringLiteral("{\"type\":\"output\",\"data\":\"中文 😀 \\ud83d\\ude00\"}");
        QTest::newRow("empty") << QStringLiteral("{\"type\":\"output\",\"data\":\"\"}");
    }

    void bothShapes()
    {
        QFETCH(QString, frame);
        const auto fast = fastOutputData(frame);
        QVERIFY(fast.has_value());
        QCOMPARE(*fast, viaJson(frame));
    }

    void declinesOtherFrames_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::newRow("other type") << QStringLiteral("{\"type\":\"stats\",\"data\":\"{}\"}");
        QTest::newRow("extra key") << QStringLiteral("{\"type\":\"output\",\"data\":\"x\",\"cols\":80}");
        QTest::newRow("bad escape") << QStringLiteral("{\"type\":\"output\",\"data\":\"\\q\"}");
        QTest::newRow("short unicode escape") << QStringLiteral("{\"type\":\"output\",\"data\":\"\\u12\"}");
        QTest::newRow("raw quote inside") << QStringLiteral("{\"type\":\"output\",\"data\":\"a\",\"type\":\"x\"}");
        QTest::newRow("truncated") << QStringLiteral("{\"type\":\"output\",\"data\":\"abc");
        QTest::newRow("raw control char") << QStringLiteral("{\"type\":\"output\",\"data\":\"a\nb\"}");
    }

    void declinesOtherFrames()
    {
        QFETCH(QString, frame);
        QVERIFY(!fastOutputData(frame).has_value());
    }

    void agreesWithJsonOnRandomText()
    {
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 500; ++round) {
            QString data;
            for (int i = 0, n = int(random->bounded(200)); i < n; ++i)
                data += QChar(char16_t(random->bounded(1, 0xD7FF)));
            const QJsonObject object{{QStringLiteral("type"), QStringLiteral("output")}, {QStringLiteral("data"), data}};
            const QString frame = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            const auto fast = fastOutputData(frame);
            QVERIFY2(fast.has_value(), qPrintable(frame.left(80)));
            QCOMPARE(*fast, data);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutputFrame)
#include "tst_outputframe.moc"
