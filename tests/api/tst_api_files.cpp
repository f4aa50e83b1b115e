// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/files.h"

#include "apitestutil.h"

#include <QTest>
#include <QTimeZone>

using namespace rexec::api;
using rexec::test::jsonArray;
using rexec::test::jsonObject;

namespace {

// GET /api/containers/:id/files/list?path=/home/user (protocol reference §3.1): `ls -la` parsed
// by the server; symlinks as "name -> target" in name and path; mode as an ls string.
const char *const kListing = R"({
  "path": "/home/user",
  "files": [
    {"name": "projects", "path": "/home/user/projects", "size": 4096, "mode": "drwxr-xr-x",
     "mod_time": "2025-12-01T10:20:00Z", "is_dir": true},
    {"name": ".bashrc", "path": "/home/user/.bashrc", "size": 3771, "mode": "-rw-r--r--",
     "mod_time": "2025-01-15T08:05:00Z", "is_dir": false},
    {"name": "hosts -> /etc/hosts", "path": "/home/user/hosts -> /etc/hosts", "size": 10,
     "mode": "lrwxrwxrwx", "mod_time": "0001-01-01T00:00:00Z", "is_dir": false},
    {"name": "run.sh", "path": "/home/user/run.sh", "size": 120, "mode": "-rwxr-x---",
     "mod_time": "2025-11-30T23:59:00Z", "is_dir": false}
  ],
  "count": 4
})";

QFile::Permissions perms(std::initializer_list<QFile::Permission> list)
{
    QFile::Permissions result;
    for (const QFile::Permission p : list)
        result |= p;
    return result;
}

} // namespace

class TestApiFiles : public QObject
{
    Q_OBJECT
private slots:
    void listingFromServer()
    {
        const FileListing listing = FileListing::fromJson(jsonObject(kListing));
        QCOMPARE(listing.path, QStringLiteral("/home/user"));
        QCOMPARE(listing.count, 4);
        QCOMPARE(listing.files.size(), 4);

        const FileEntry &dir = listing.files.at(0);
        QCOMPARE(dir.name, QStringLiteral("projects"));
        QCOMPARE(dir.path, QStringLiteral("/home/user/projects"));
        QCOMPARE(dir.size, 4096);
        QVERIFY(dir.isDir);
        QVERIFY(!dir.isSymlink());
        QCOMPARE(dir.modTime, QDateTime(QDate(2025, 12, 1), QTime(10, 20), QTimeZone::UTC));

        const FileEntry &hidden = listing.files.at(1);
        QVERIFY(hidden.isHidden());
        QVERIFY(!hidden.isDir);
        QCOMPARE(hidden.size, 3771);
        QCOMPARE(hidden.permissions(),
                 perms({QFile::ReadOwner, QFile::WriteOwner, QFile::ReadGroup, QFile::ReadOther}));

        const FileEntry &link = listing.files.at(2);
        QVERIFY(link.isSymlink());
        QVERIFY(!link.isDir);
        QCOMPARE(link.name, QStringLiteral("hosts"));
        QCOMPARE(link.linkTarget, QStringLiteral("/etc/hosts"));
        QCOMPARE(link.path, QStringLiteral("/home/user/hosts"));
        QVERIFY(!link.modTime.isValid()); // the zero time: ls gave nothing readable

        QCOMPARE(listing.files.at(3).permissions(),
                 perms({QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner, QFile::ReadGroup, QFile::ExeGroup}));
    }

    void symlinkSplitting_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("rawName");
        QTest::addColumn<QString>("rawPath");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");

        QTest::newRow("link") << QStringLiteral("lrwxrwxrwx") << QStringLiteral("lib -> /usr/lib")
                              << QStringLiteral("/opt/lib -> /usr/lib") << QStringLiteral("lib")
                              << QStringLiteral("/usr/lib") << QStringLiteral("/opt/lib");
        QTest::newRow("split at the first arrow only")
                << QStringLiteral("lrwxrwxrwx") << QStringLiteral("a -> b -> c") << QStringLiteral("/d/a -> b -> c")
                << QStringLiteral("a") << QStringLiteral("b -> c") << QStringLiteral("/d/a");
        QTest::newRow("relative target") << QStringLiteral("lrwxrwxrwx") << QStringLiteral("cur -> ../v2")
                                         << QStringLiteral("/srv/cur -> ../v2") << QStringLiteral("cur")
                                         << QStringLiteral("../v2") << QStringLiteral("/srv/cur");
        QTest::newRow("regular file with an arrow in its name")
                << QStringLiteral("-rw-r--r--") << QStringLiteral("notes -> todo.txt")
                << QStringLiteral("/home/user/notes -> todo.txt") << QStringLiteral("notes -> todo.txt") << QString()
                << QStringLiteral("/home/user/notes -> todo.txt");
        QTest::newRow("link without an arrow") << QStringLiteral("lrwxrwxrwx") << QStringLiteral("dangling")
                                               << QStringLiteral("/tmp/dangling") << QStringLiteral("dangling")
                                               << QString() << QStringLiteral("/tmp/dangling");
        QTest::newRow("arrow without spaces is a name") << QStringLiteral("lrwxrwxrwx") << QStringLiteral("a->b")
                                                        << QStringLiteral("/x/a->b") << QStringLiteral("a->b")
                                                        << QString() << QStringLiteral("/x/a->b");
        QTest::newRow("path does not end with the name")
                << QStringLiteral("lrwxrwxrwx") << QStringLiteral("l -> t") << QStringLiteral("/elsewhere")
                << QStringLiteral("l") << QStringLiteral("t") << QStringLiteral("/elsewhere");
    }

    void symlinkSplitting()
    {
        QFETCH(QString, mode);
        QFETCH(QString, rawName);
        QFETCH(QString, rawPath);
        QFETCH(QString, name);
        QFETCH(QString, target);
        QFETCH(QString, path);
        const FileEntry entry = FileEntry::fromJson(QJsonObject{{QStringLiteral("name"), rawName},
                                                                {QStringLiteral("path"), rawPath},
                                                                {QStringLiteral("mode"), mode}});
        QCOMPARE(entry.name, name);
        QCOMPARE(entry.linkTarget, target);
        QCOMPARE(entry.path, path);
    }

    void permissions_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QFile::Permissions>("expected");
        QTest::newRow("dir 755") << QStringLiteral("drwxr-xr-x")
                                 << perms({QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner, QFile::ReadGroup,
                                           QFile::ExeGroup, QFile::ReadOther, QFile::ExeOther});
        QTest::newRow("file 640") << QStringLiteral("-rw-r-----")
                                  << perms({QFile::ReadOwner, QFile::WriteOwner, QFile::ReadGroup});
        QTest::newRow("link 777") << QStringLiteral("lrwxrwxrwx")
                                  << perms({QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner, QFile::ReadGroup,
                                            QFile::WriteGroup, QFile::ExeGroup, QFile::ReadOther, QFile::WriteOther,
                                            QFile::ExeOther});
        QTest::newRow("setuid with x") << QStringLiteral("-rwsr-xr-x")
                                       << perms({QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner, QFile::ReadGroup,
                                                 QFile::ExeGroup, QFile::ReadOther, QFile::ExeOther});
        QTest::newRow("setuid without x") << QStringLiteral("-rwSr--r--")
                                          << perms({QFile::ReadOwner, QFile::WriteOwner, QFile::ReadGroup,
                                                    QFile::ReadOther});
        QTest::newRow("sticky tmp") << QStringLiteral("drwxrwxrwt")
                                    << perms({QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner, QFile::ReadGroup,
                                              QFile::WriteGroup, QFile::ExeGroup, QFile::ReadOther, QFile::WriteOther,
                                              QFile::ExeOther});
        QTest::newRow("sticky without x") << QStringLiteral("drwxr-xr-T")
                                          << perms({QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner,
                                                    QFile::ReadGroup, QFile::ExeGroup, QFile::ReadOther});
        QTest::newRow("acl marker") << QStringLiteral("-rw-------+") << perms({QFile::ReadOwner, QFile::WriteOwner});
        QTest::newRow("none") << QStringLiteral("----------") << QFile::Permissions();
        QTest::newRow("empty") << QString() << QFile::Permissions();
        QTest::newRow("truncated") << QStringLiteral("-rw") << perms({QFile::ReadOwner, QFile::WriteOwner});
        QTest::newRow("octal is not ls") << QStringLiteral("0755") << QFile::Permissions();
        QTest::newRow("letters out of place") << QStringLiteral("-xwr------") << perms({QFile::WriteOwner});
    }

    void permissions()
    {
        QFETCH(QString, mode);
        QFETCH(QFile::Permissions, expected);
        QCOMPARE(permissionsFromMode(mode), expected);
    }

    void isDirFallsBackToMode()
    {
        QVERIFY(FileEntry::fromJson(jsonObject(R"({"name":"d","mode":"drwx------"})")).isDir);
        QVERIFY(!FileEntry::fromJson(jsonObject(R"({"name":"f","mode":"-rwx------"})")).isDir);
        QVERIFY(FileEntry::fromJson(jsonObject(R"({"name":"d","mode":"-rw-------","is_dir":"true"})")).isDir);
        QVERIFY(!FileEntry::fromJson(jsonObject(R"({"name":"d","mode":"drwx------","is_dir":false})")).isDir);
    }

    void nullFiles()
    {
        // A missing path still gives 200 with files:null and count 0.
        const FileListing listing = FileListing::fromJson(jsonObject(R"({"path":"/nope","files":null,"count":0})"));
        QCOMPARE(listing.path, QStringLiteral("/nope"));
        QVERIFY(listing.files.isEmpty());
        QCOMPARE(listing.count, 0);
    }

    void bareArray()
    {
        // The Go, JS and Rust SDKs' shape.
        const FileListing listing = FileListing::fromJsonValue(QJsonValue(jsonArray(
                R"([{"name":"a.txt","path":"/a.txt","size":"12","mode":"-rw-r--r--","mod_time":"2025-12-01T10:20:00"}])")));
        QCOMPARE(listing.files.size(), 1);
        QCOMPARE(listing.count, 1);
        QVERIFY(listing.path.isEmpty());
        QCOMPARE(listing.files.at(0).size, 12);
        QCOMPARE(listing.files.at(0).modTime, QDateTime(QDate(2025, 12, 1), QTime(10, 20), QTimeZone::UTC));
    }

    void hostile()
    {
        const FileListing listing = FileListing::fromJson(jsonObject(R"({
            "path": 7, "count": "lots",
            "files": [null, 1, "x", [], {}, {"name":""}, {"name":"."}, {"name":".."},
                      {"name":"ok", "size":1e30, "mode":[1], "mod_time":true, "is_dir":"maybe", "path":{}}]
        })"));
        QCOMPARE(listing.path, QStringLiteral("7"));
        QCOMPARE(listing.files.size(), 1);
        QCOMPARE(listing.count, 1);
        const FileEntry &entry = listing.files.at(0);
        QCOMPARE(entry.name, QStringLiteral("ok"));
        QCOMPARE(entry.size, 0);
        QVERIFY(entry.mode.isEmpty());
        QVERIFY(!entry.modTime.isValid());
        QVERIFY(!entry.isDir);
        QVERIFY(entry.path.isEmpty());
        QCOMPARE(entry.permissions(), QFile::Permissions());

        QVERIFY(FileListing::fromJson(jsonObject(R"({"files":{"name":"a"}})")).files.isEmpty());
        QVERIFY(FileListing::fromJsonValue(QJsonValue(QStringLiteral("oops"))).files.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiFiles)
#include "tst_api_files.moc"
