// SPDX-License-Identifier: GPL-3.0-or-later
// The five file routes on a real sandbox, and every way a path could try to leave it.
#include "localtestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

using namespace rexec::test;

class TestLocalFiles : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;
    HttpClient m_http;
    QString m_id;
    QString m_home; // the container's home as the host sees it

    QUrl files(const QString &route, const QString &path) const
    {
        QUrl u = m_server.url(QStringLiteral("/api/containers/%1/%2").arg(m_id, route));
        u.setQuery(QStringLiteral("path=") + QString::fromLatin1(QUrl::toPercentEncoding(path)));
        return u;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_http.setToken(m_server.token());
        m_id = createRunning(m_http, m_server, QStringLiteral("files"));
        QVERIFY(!m_id.isEmpty());
        const QString dbId = m_http.get(m_server.url(QStringLiteral("/api/containers/") + m_id)).json.value(u"db_id").toString();
        m_home = m_server.dataDir() + QStringLiteral("/data/containers/%1/fs/home").arg(dbId);
        QVERIFY(QFileInfo(m_home).isDir());
    }

    void uploadListDownloadRoundTrip()
    {
        QByteArray content(256 * 1024 + 7, Qt::Uninitialized);
        for (auto &c : content)
            c = char(QRandomGenerator::global()->bounded(256));
        const HttpResult uploaded = m_http.upload(files(QStringLiteral("files"), QStringLiteral("/home/user")), "data.bin", content);
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(uploaded.json.value(u"path").toString(), QStringLiteral("/home/user/data.bin"));
        QCOMPARE(uploaded.json.value(u"size").toInteger(), content.size());

        const HttpResult list = m_http.get(files(QStringLiteral("files/list"), QStringLiteral("/home/user")));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(u"path").toString(), QStringLiteral("/home/user"));
        QJsonObject entry;
        for (const auto &f : list.json.value(u"files").toArray()) {
            if (f.toObject().value(u"name").toString() == u"data.bin")
                entry = f.toObject();
        }
        QCOMPARE(entry.value(u"size").toInteger(), content.size());
        QCOMPARE(entry.value(u"mode").toString(), QStringLiteral("-rw-r--r--"));
        QCOMPARE(entry.value(u"is_dir").toBool(), false);
        QCOMPARE(entry.value(u"path").toString(), QStringLiteral("/home/user/data.bin"));

        const HttpResult download = m_http.get(files(QStringLiteral("files"), QStringLiteral("/home/user/data.bin")));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, content);
        QCOMPARE(download.header("x-file-size").toLongLong(), content.size());
        QCOMPARE(download.header("content-length").toLongLong(), content.size());
        QCOMPARE(download.header("x-file-mode"), QByteArray("-rw-r--r--"));
        QCOMPARE(download.header("content-disposition"), QByteArray("attachment; filename=\"data.bin\""));
    }

    void emptyFileAndUnicodeName()
    {
        const QString name = QStringLiteral("ünïcödé 文件.txt");
        QCOMPARE(m_http.upload(files(QStringLiteral("files"), QStringLiteral("/home/user")), name.toUtf8(), QByteArray()).status, 200);
        const HttpResult download = m_http.get(files(QStringLiteral("files"), QStringLiteral("/home/user/") + name));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, QByteArray());
        QVERIFY(m_http.get(files(QStringLiteral("files/list"), QStringLiteral("/home/user"))).body.contains(name.toUtf8()));
    }

    void missingFolderIs200WithNull()
    {
        const HttpResult list = m_http.get(files(QStringLiteral("files/list"), QStringLiteral("/home/user/no/such/folder")));
        QCOMPARE(list.status, 200);
        QVERIFY(list.json.value(u"files").isNull());
        QCOMPARE(list.json.value(u"count").toInt(), 0);
    }

    void downloadErrors()
    {
        const HttpResult noPath = m_http.get(m_server.url(QStringLiteral("/api/containers/%1/files").arg(m_id)));
        QCOMPARE(noPath.status, 400);
        QCOMPARE(noPath.json.value(u"error").toString(), QStringLiteral("path parameter required"));
        const HttpResult dir = m_http.get(files(QStringLiteral("files"), QStringLiteral("/home/user")));
        QCOMPARE(dir.status, 400);
        QCOMPARE(dir.json.value(u"error").toString(), QStringLiteral("path is a directory, use /files/list to list contents"));
        const HttpResult missing = m_http.get(files(QStringLiteral("files"), QStringLiteral("/home/user/missing")));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json.value(u"error").toString().startsWith(u"file not found: "));
    }

    void mkdirAndDelete()
    {
        const HttpResult made = m_http.post(files(QStringLiteral("files/mkdir"), QStringLiteral("/home/user/a/b/c")), {});
        QCOMPARE(made.status, 200);
        QCOMPARE(made.json.value(u"message").toString(), QStringLiteral("directory created successfully"));
        QVERIFY(QFileInfo(m_home + QStringLiteral("/a/b/c")).isDir());
        const HttpResult removed = m_http.del(files(QStringLiteral("files"), QStringLiteral("/home/user/a")));
        QCOMPARE(removed.status, 200);
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/a")));
        const HttpResult noPath = m_http.post(m_server.url(QStringLiteral("/api/containers/%1/files/mkdir").arg(m_id)), {});
        QCOMPARE(noPath.status, 400);
    }

    void systemPathsCannotBeDeleted_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *p : {"/", "/etc", "/etc/passwd", "/usr/bin", "/root", "/home/user/../../etc", "/var/lib/x"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void systemPathsCannotBeDeleted()
    {
        QFETCH(QString, path);
        const HttpResult result = m_http.del(files(QStringLiteral("files"), path));
        QCOMPARE(result.status, 403);
        QCOMPARE(result.json.value(u"error").toString(), QStringLiteral("cannot delete system files"));
    }

    void badUploadNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("dot dot") << QByteArray("..");
        QTest::newRow("dot") << QByteArray(".");
        QTest::newRow("slash") << QByteArray("a/b");
        QTest::newRow("traversal") << QByteArray("../../escape");
    }

    void badUploadNames()
    {
        QFETCH(QByteArray, name);
        const HttpResult result = m_http.upload(files(QStringLiteral("files"), QStringLiteral("/home/user")), name, "x");
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json.value(u"error").toString(), QStringLiteral("invalid filename"));
    }

    void uploadWithoutFileField()
    {
        const HttpResult result = m_http.post(files(QStringLiteral("files"), QStringLiteral("/home/user")), "not multipart",
                                              "text/plain");
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json.value(u"error").toString(),
                 QStringLiteral("no file uploaded: request Content-Type isn't multipart/form-data"));
    }

    void uploadedNameFromContentDisposition_data()
    {
        // Parsed as Go's mime.ParseMediaType parses it; the real server then stores the base name.
        QTest::addColumn<QByteArray>("disposition");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("separator and quotes") << QByteArray("form-data; name=\"file\"; filename=\"a;b \\\"c\\\".txt\"")
                                              << QStringLiteral("a;b \"c\".txt");
        QTest::newRow("escaped backslash") << QByteArray("form-data; name=\"file\"; filename=\"back\\\\slash.txt\"")
                                           << QStringLiteral("back\\slash.txt");
        // Old browsers send Windows paths unescaped: a backslash before a plain character stays.
        QTest::newRow("unescaped path") << QByteArray("form-data; name=\"file\"; filename=\"C:\\dev\\x.txt\"")
                                        << QStringLiteral("C:\\dev\\x.txt");
        QTest::newRow("token values") << QByteArray("form-data; name=file; filename=plain.txt") << QStringLiteral("plain.txt");
        QTest::newRow("case, blanks, trailing ;")
            << QByteArray("Form-Data ; NAME = \"file\" ; FileName = \"spaced.txt\" ;") << QStringLiteral("spaced.txt");
        QTest::newRow("rfc 2231") << QByteArray("form-data; name=\"file\"; filename*=UTF-8''na%C3%AFve%20%3B.txt")
                                  << QStringLiteral("naïve ;.txt");
        QTest::newRow("rfc 2231 over plain")
            << QByteArray("form-data; name=\"file\"; filename=\"fallback.txt\"; filename*=utf-8''real.txt")
            << QStringLiteral("real.txt");
        // A malformed value has no parameters at all for the real server: no part named "file".
        QTest::newRow("unterminated quote") << QByteArray("form-data; name=\"file\"; filename=\"open.txt") << QString();
        QTest::newRow("quote inside") << QByteArray("form-data; name=\"file\"; filename=\"a\"b.txt\"") << QString();
        QTest::newRow("missing ;") << QByteArray("form-data; name=\"file\" filename=\"x.txt\"") << QString();
        QTest::newRow("duplicate") << QByteArray("form-data; name=\"file\"; filename=\"a.txt\"; filename=\"b.txt\"") << QString();
        QTest::newRow("not form-data") << QByteArray("attachment; name=\"file\"; filename=\"x.txt\"") << QString();
        QTest::newRow("no file name") << QByteArray("form-data; name=\"file\"") << QString();
    }

    void uploadedNameFromContentDisposition()
    {
        QFETCH(QByteArray, disposition);
        QFETCH(QString, stored);
        const QByteArray boundary = "b0undary";
        // Data that holds the boundary without being one (not followed by "--", a blank or a line end).
        const QByteArray content = "one\r\n--" + boundary + "X\r\n--" + boundary + "-two";
        const QByteArray body = "preamble\r\n--" + boundary + "\r\nContent-Disposition: " + disposition
            + "\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        const QStringList before = QDir(m_home).entryList(QDir::Files);
        const HttpResult result = m_http.post(files(QStringLiteral("files"), QStringLiteral("/home/user")), body,
                                              "multipart/form-data; boundary=\"" + boundary + '"');
        if (stored.isEmpty()) {
            QCOMPARE(result.status, 400);
            QCOMPARE(result.json.value(u"error").toString(), QStringLiteral("no file uploaded: http: no such file"));
            QCOMPARE(QDir(m_home).entryList(QDir::Files), before);
            return;
        }
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(u"filename").toString(), stored);
        QCOMPARE(result.json.value(u"path").toString(), QStringLiteral("/home/user/") + stored);
        QCOMPARE(result.json.value(u"size").toInteger(), content.size());
        QFile file(m_home + QLatin1Char('/') + stored);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(file.readAll(), content);
        // The download names it back, Go-quoted.
        QByteArray quoted = stored.toUtf8();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        const HttpResult download = m_http.get(files(QStringLiteral("files"), QStringLiteral("/home/user/") + stored));
        QCOMPARE(download.body, content);
        QCOMPARE(download.header("content-disposition"), "attachment; filename=\"" + quoted + '"');
        QVERIFY(file.remove());
    }

    void malformedMultipartBodies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QByteArray part = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.txt\"\r\n\r\ndata";
        QTest::newRow("no boundary parameter") << QByteArray("multipart/form-data") << part + "\r\n--x--\r\n"
                                               << QStringLiteral("no multipart boundary param in Content-Type");
        QTest::newRow("malformed content type") << QByteArray("multipart/form-data; boundary=\"x") << part + "\r\n--x--\r\n"
                                                << QStringLiteral("request Content-Type isn't multipart/form-data");
        QTest::newRow("no boundary in the body") << QByteArray("multipart/form-data; boundary=x") << QByteArray("data\r\n")
                                                 << QStringLiteral("multipart: NextPart: EOF");
        QTest::newRow("truncated part") << QByteArray("multipart/form-data; boundary=x") << part
                                        << QStringLiteral("unexpected EOF");
        QTest::newRow("empty form") << QByteArray("multipart/form-data; boundary=x") << QByteArray("--x--\r\n")
                                    << QStringLiteral("http: no such file");
    }

    void malformedMultipartBodies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const HttpResult result = m_http.post(files(QStringLiteral("files"), QStringLiteral("/home/user")), body, contentType);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json.value(u"error").toString(), QStringLiteral("no file uploaded: ") + error);
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/f.txt")));
    }

    void pathsNeverLeaveTheSandbox()
    {
        // A file on the host, outside the sandbox, that no route may read or overwrite.
        const QString secretName = QStringLiteral("rexec-secret-%1").arg(QRandomGenerator::global()->generate());
        const QString hostSecret = QDir::tempPath() + QLatin1Char('/') + secretName;
        QFile secret(hostSecret);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("host secret");
        secret.close();
        // Links planted in the container's home that point at the host's copy of it.
        QVERIFY(QFile::link(hostSecret, m_home + QStringLiteral("/abs-link")));
        QVERIFY(QFile::link(QStringLiteral("../../..") + hostSecret, m_home + QStringLiteral("/rel-link")));
        QVERIFY(QFile::link(QDir::tempPath(), m_home + QStringLiteral("/tmp-link")));

        for (const QString &path : {QStringLiteral("/home/user/abs-link"), QStringLiteral("/home/user/rel-link"),
                                    QStringLiteral("/home/user/tmp-link/") + secretName,
                                    QStringLiteral("/home/user/../../..") + hostSecret, hostSecret}) {
            const HttpResult result = m_http.get(files(QStringLiteral("files"), path));
            QVERIFY2(!result.body.contains("host secret"), qPrintable(path));
            QCOMPARE(result.status, 404);
        }
        // Writing through a link lands inside the sandbox (its own /tmp), never on the host.
        QCOMPARE(m_http.upload(files(QStringLiteral("files"), QStringLiteral("/home/user/tmp-link")), secretName.toUtf8(), "overwritten").status, 200);
        QVERIFY(secret.open(QIODevice::ReadOnly));
        QCOMPARE(secret.readAll(), QByteArray("host secret"));
        secret.close();
        QFile::remove(hostSecret);

        // The listing shows links with their targets, as `ls -la` does.
        const HttpResult list = m_http.get(files(QStringLiteral("files/list"), QStringLiteral("/home/user")));
        bool sawLink = false;
        for (const auto &f : list.json.value(u"files").toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(u"name").toString().startsWith(u"abs-link -> ")) {
                sawLink = true;
                QVERIFY(o.value(u"mode").toString().startsWith(u'l'));
                QCOMPARE(o.value(u"is_dir").toBool(), false);
            }
        }
        QVERIFY(sawLink);
    }

    void hostilePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("relative") << QStringLiteral("etc/passwd");
        QTest::newRow("nul") << QStringLiteral("/home/user/a") + QChar(0) + QStringLiteral("b");
        QTest::newRow("very long") << QStringLiteral("/") + QString(5000, QLatin1Char('a'));
    }

    void hostilePaths()
    {
        QFETCH(QString, path);
        QCOMPARE(m_http.get(files(QStringLiteral("files/list"), path)).status, 400);
        QCOMPARE(m_http.get(files(QStringLiteral("files"), path)).status, 404);
        QCOMPARE(m_http.upload(files(QStringLiteral("files"), path), "x", "y").status, 400);
        QVERIFY(m_http.del(files(QStringLiteral("files"), path)).status >= 400);
    }

    void stoppedContainerIsNotRunning()
    {
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/stop").arg(m_id)), {}).status, 200);
        const HttpResult result = m_http.get(files(QStringLiteral("files/list"), QStringLiteral("/home/user")));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json.value(u"error").toString(), QStringLiteral("container is not running"));
        // Its files survive a stop and start.
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/start").arg(m_id)), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.get(files(QStringLiteral("files"), QStringLiteral("/home/user/data.bin"))).status, 200, 10000);
    }

    void unknownContainer()
    {
        const HttpResult result = m_http.get(m_server.url(QStringLiteral("/api/containers/%1/files/list").arg(QString(64, QLatin1Char('0')))));
        QCOMPARE(result.status, 404);
        QCOMPARE(result.json.value(u"error").toString(), QStringLiteral("container not found"));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalFiles)
#include "tst_local_files.moc"
