// SPDX-License-Identifier: GPL-3.0-or-later
// Remote names are untrusted: whatever a server lists, the local name is one safe component.
#include "files/filenames.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace rexec::files;

class TestFileNames : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("local");
        QTest::newRow("plain") << QStringLiteral("report.pdf") << QStringLiteral("report.pdf");
        QTest::newRow("unicode kept") << QStringLiteral("ünïcödé 文件.txt") << QStringLiteral("ünïcödé 文件.txt");
        QTest::newRow("emoji kept") << QStringLiteral("😀.png") << QStringLiteral("😀.png");
        QTest::newRow("hidden kept") << QStringLiteral(".bashrc") << QStringLiteral(".bashrc");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a_b");
        QTest::newRow("traversal") << QStringLiteral("../../x") << QStringLiteral(".._.._x");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("_etc_passwd");
        QTest::newRow("backslash") << QStringLiteral("..\\..\\x") << QStringLiteral(".._.._x");
        QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("_.");
        QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("_..");
        QTest::newRow("empty") << QString() << QStringLiteral("_");
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("a_b");
        QTest::newRow("only nul") << QString(QChar(0)) << QStringLiteral("_");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a_b");
        QTest::newRow("escape") << QStringLiteral("\x1b[31mred") << QStringLiteral("_[31mred");
        QTest::newRow("del") << QStringLiteral("a\x7f") << QStringLiteral("a_");
        QTest::newRow("c1 control") << QStringLiteral("a") + QChar(0x85) << QStringLiteral("a_");
        QTest::newRow("bidi override") << QStringLiteral("gpj") + QChar(0x202e) + QStringLiteral(".exe")
                                       << QStringLiteral("gpj_.exe");
        QTest::newRow("reserved") << QStringLiteral("CON") << QStringLiteral("_CON");
        QTest::newRow("reserved lower with ext") << QStringLiteral("nul.txt") << QStringLiteral("_nul.txt");
        QTest::newRow("reserved com") << QStringLiteral("com1") << QStringLiteral("_com1");
        QTest::newRow("not reserved") << QStringLiteral("console.log") << QStringLiteral("console.log");
        QTest::newRow("not reserved com10") << QStringLiteral("com10") << QStringLiteral("com10");
    }

    void sanitize()
    {
        QFETCH(QString, remote);
        QFETCH(QString, local);
        const QString result = sanitizeFileName(remote);
        QCOMPARE(result, local);
        QVERIFY(!result.isEmpty());
        QVERIFY(!result.contains(u'/'));
        QVERIFY(!result.contains(QChar(0)));
        QVERIFY(result != u"." && result != u"..");
    }

    void longNamesKeepTheirExtensionAndFit()
    {
        const QString name = QString(300, u'é') + QStringLiteral(".tar.gz");
        const QString result = sanitizeFileName(name);
        QVERIFY(result.endsWith(QStringLiteral(".tar.gz")));
        QVERIFY(result.toUtf8().size() <= 240);
        // Room is left for ".part" below NAME_MAX.
        QVERIFY((result + QStringLiteral(".part")).toUtf8().size() <= 255);
        // A surrogate pair is never cut in half.
        const QString emoji = sanitizeFileName(QString(200, u'a') + QString::fromUtf8("😀😀😀😀😀😀😀😀😀😀😀😀😀"));
        QVERIFY(emoji.toUtf8().size() <= 240);
        QCOMPARE(QString::fromUtf8(emoji.toUtf8()), emoji);
    }

    void nothingLeavesTheRoot_data()
    {
        QTest::addColumn<QStringList>("components");
        QTest::newRow("traversal") << QStringList{QStringLiteral(".."), QStringLiteral("..")};
        QTest::newRow("slashes") << QStringList{QStringLiteral("a/../../b")};
        QTest::newRow("absolute") << QStringList{QStringLiteral("/etc"), QStringLiteral("passwd")};
        QTest::newRow("nul") << QStringList{QString(QChar(0)) + QStringLiteral("/x")};
        QTest::newRow("dots") << QStringList{QStringLiteral("."), QStringLiteral("x")};
    }

    void nothingLeavesTheRoot()
    {
        QFETCH(QStringList, components);
        QTemporaryDir root;
        const QString path = safeLocalPath(root.path(), components);
        QVERIFY(!path.isEmpty());
        QVERIFY2(path.startsWith(root.path() + u'/'), qPrintable(path));
        QCOMPARE(QDir::cleanPath(path), path);
        QCOMPARE(path.count(u'/') - root.path().count(u'/'), components.size());
        QVERIFY(isInside(root.path(), path));
        QVERIFY(!isInside(root.path(), root.path() + QStringLiteral("/../x")));
        QVERIFY(!isInside(root.path(), root.path() + QStringLiteral("x")));
    }

    void uploadNames()
    {
        QVERIFY(uploadNameProblem(QStringLiteral("ok.txt")).isEmpty());
        QVERIFY(uploadNameProblem(QStringLiteral("ünï 文件")).isEmpty());
        QVERIFY(!uploadNameProblem(QStringLiteral("..")).isEmpty());
        QVERIFY(!uploadNameProblem(QStringLiteral("a\nb")).isEmpty());
        QVERIFY(!uploadNameProblem(QString()).isEmpty());
    }

    void remotePaths()
    {
        QCOMPARE(remoteJoin(QStringLiteral("/"), QStringLiteral("x")), QStringLiteral("/x"));
        QCOMPARE(remoteJoin(QStringLiteral("/home/user"), QStringLiteral("x")), QStringLiteral("/home/user/x"));
        QCOMPARE(remoteParent(QStringLiteral("/home/user")), QStringLiteral("/home"));
        QCOMPARE(remoteParent(QStringLiteral("/home")), QStringLiteral("/"));
        QCOMPARE(remoteParent(QStringLiteral("/")), QStringLiteral("/"));
        QCOMPARE(remoteBaseName(QStringLiteral("/home/user/")), QStringLiteral("user"));
        QCOMPARE(remoteClean(QStringLiteral("//home/./user/../x/")), QStringLiteral("/home/x"));
        QCOMPARE(remoteClean(QStringLiteral("home")), QStringLiteral("/home"));
    }

    void keepBoth()
    {
        QCOMPARE(numberedName(QStringLiteral("a.txt"), 2), QStringLiteral("a (2).txt"));
        QCOMPARE(numberedName(QStringLiteral("a.tar.gz"), 3), QStringLiteral("a (3).tar.gz"));
        QCOMPARE(numberedName(QStringLiteral(".bashrc"), 2), QStringLiteral(".bashrc (2)"));
        QCOMPARE(numberedName(QStringLiteral("Makefile"), 2), QStringLiteral("Makefile (2)"));
        const QStringList taken{QStringLiteral("a (2).txt"), QStringLiteral("a (3).txt")};
        QCOMPARE(keepBothName(QStringLiteral("a.txt"), [&](const QString &c) { return taken.contains(c); }),
                 QStringLiteral("a (4).txt"));
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_files_names.moc"
