// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <rexec/version.h>

#include <QProcess>
#include <QTest>

class TestVersion : public QObject
{
    Q_OBJECT
private slots:
    void printsVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("rexec-desktop") << QStringLiteral("rexec-desktop");
        QTest::newRow("rexec-local") << QStringLiteral("rexec-local");
    }

    void printsVersion()
    {
        QFETCH(QString, program);
        const QString path = rexec::test::binaryDir() + QLatin1Char('/') + program;
        QProcess process;
        process.start(path, {QStringLiteral("--version")});
        QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QCOMPARE(out, program + QLatin1Char(' ') + QString::fromLatin1(rexec::kVersion));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
