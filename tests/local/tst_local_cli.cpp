// SPDX-License-Identifier: GPL-3.0-or-later
// rexec-local's command line: the token file, its first line, its options, image registration
// from a folder or a tarball (and hostile tarballs refused), and a clean stop on SIGTERM that
// leaves no sandbox process behind.
#include "accounts/localserverlauncher.h"
#include "localtestutil.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rexec::test;

namespace {

struct TarEntry {
    QByteArray name;
    char type; // '0' file, '1' hard link, '2' symbolic link, '3' character device, '5' folder
    QByteArray content;
    QByteArray link;
    int mode;
};

TarEntry file(const QByteArray &name, const QByteArray &content)
{
    return {name, '0', content, {}, 0644};
}
TarEntry folder(const QByteArray &name)
{
    return {name, '5', {}, {}, 0755};
}
TarEntry symbolicLink(const QByteArray &name, const QByteArray &target)
{
    return {name, '2', {}, target, 0777};
}
TarEntry hardLink(const QByteArray &name, const QByteArray &target)
{
    return {name, '1', {}, target, 0644};
}
TarEntry device(const QByteArray &name)
{
    return {name, '3', {}, {}, 0600};
}

// A ustar archive written by hand, so that it can hold what no well-behaved tar would write.
QByteArray tarArchive(const QList<TarEntry> &entries)
{
    QByteArray out;
    for (const TarEntry &e : entries) {
        QByteArray header(512, '\0');
        auto put = [&header](int offset, QByteArrayView value) {
            std::copy(value.begin(), value.end(), header.begin() + offset);
        };
        auto octal = [&put](int offset, int width, qint64 value) {
            put(offset, QByteArray::number(value, 8).rightJustified(width - 1, '0'));
        };
        put(0, e.name);
        octal(100, 8, e.mode);
        octal(108, 8, 0);
        octal(116, 8, 0);
        octal(124, 12, e.content.size());
        octal(136, 12, 0);
        put(148, "        ");
        header[156] = e.type;
        put(157, e.link);
        put(257, QByteArrayView("ustar\0", 6));
        put(263, "00");
        if (e.type == '3') {
            octal(329, 8, 5); // /dev/console's numbers
            octal(337, 8, 1);
        }
        int sum = 0;
        for (const char c : header)
            sum += uchar(c);
        put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
        out += header + e.content + QByteArray((512 - e.content.size() % 512) % 512, '\0');
    }
    return out + QByteArray(1024, '\0');
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

struct Run {
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    return result;
}

// What remains in a folder, hidden entries included.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Every descendant of `pid`, from /proc.
QList<qint64> descendants(qint64 pid)
{
    QList<qint64> out;
    QList<qint64> queue{pid};
    while (!queue.isEmpty()) {
        const qint64 current = queue.takeFirst();
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(current));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(tasks.filePath(task + QStringLiteral("/children")));
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &child : children.readAll().split(' ')) {
                if (const qint64 c = child.trimmed().toLongLong(); c > 0) {
                    out << c;
                    queue << c;
                }
            }
        }
    }
    return out;
}

bool isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.mid(close + 2, 1) != "Z";
}

} // namespace

class TestLocalCli : public QObject
{
    Q_OBJECT

    QString program() const { return binaryDir() + QStringLiteral("/rexec-local"); }

private slots:
    void existingTokenFileIsUsed()
    {
        QTemporaryDir dir;
        const QString tokenFile = dir.filePath(QStringLiteral("my-token"));
        const QByteArray token = "rexec_" + QByteArray(64, 'b');
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token + '\n');
        file.close();
        LocalServerProcess server({QStringLiteral("--token-file"), tokenFile});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(HttpClient(token).get(server.url(QStringLiteral("/api/containers"))).status, 200);
        // The default token file was not made, nor used.
        QVERIFY(!QFile::exists(server.dataDir() + QStringLiteral("/data/token")));
        QCOMPARE(server.stop(), 0);
    }

    void malformedTokenFileIsRefused()
    {
        QTemporaryDir dir;
        const QString tokenFile = dir.filePath(QStringLiteral("bad-token"));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hunter2\n");
        file.close();
        QProcess process;
        process.start(program(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                                  dir.filePath(QStringLiteral("data")), QStringLiteral("--token-file"), tokenFile});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("does not hold a token"));
    }

    void badListenAddressIsRefused()
    {
        QProcess process;
        process.start(program(), {QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("--listen takes host:port"));
    }

    // The app hands rexec-local a socket it bound (--listen-fd); anything else is refused in words.
    void listenFdMustBeAListeningSocket()
    {
        QTemporaryDir dir;
        const Run refused = run(program(), {QStringLiteral("--listen-fd"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                                            dir.filePath(QStringLiteral("data"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errors.contains("file descriptor 0 is not a listening TCP socket"), refused.errors.constData());
        const Run malformed = run(program(), {QStringLiteral("--listen-fd"), QStringLiteral("three")});
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY2(malformed.errors.contains("--listen-fd takes"), malformed.errors.constData());
    }

    // The socket the app hands over crosses exec without close-on-exec; rexec-local sets it again,
    // so that no sandbox process (the image's own programs) inherits what takes the app's token.
    void listenFdIsNotInherited()
    {
        QString problem;
        const int listener = rexec::accounts::LocalServerLauncher::listenOnLoopback(&problem);
        QVERIFY2(listener >= 0, qPrintable(problem));
        QTemporaryDir dir;
        QProcess process;
        process.setChildProcessModifier([listener] { ::fcntl(listener, F_SETFD, 0); });
        process.start(program(), {QStringLiteral("--listen-fd"), QString::number(listener), QStringLiteral("--data-dir"),
                                  dir.filePath(QStringLiteral("data")), QStringLiteral("--token-file"),
                                  dir.filePath(QStringLiteral("token"))});
        ::close(listener);
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("listening on"),
                                  process.readAllStandardError().constData(), 10000);
        QFile fdInfo(QStringLiteral("/proc/%1/fdinfo/%2").arg(process.processId()).arg(listener));
        QVERIFY(fdInfo.open(QIODevice::ReadOnly));
        const QByteArray info = fdInfo.readAll();
        const qsizetype at = info.indexOf("flags:");
        QVERIFY2(at >= 0, info.constData());
        bool ok = false;
        const uint flags = info.mid(at + 6, info.indexOf('\n', at) - at - 6).trimmed().toUInt(&ok, 8);
        QVERIFY(ok);
        QVERIFY2(flags & O_CLOEXEC, info.constData());
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    void downloadDeadlineOption()
    {
        const Run help = run(program(), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.output.contains("--download-deadline"), help.output.constData());
        QTemporaryDir dir;
        for (const QString &value : {QStringLiteral("soon"), QStringLiteral("-1")}) {
            const Run refused = run(program(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                                                dir.filePath(QStringLiteral("data")), QStringLiteral("--download-deadline=") + value});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.errors.contains("--download-deadline takes"), refused.errors.constData());
        }
    }

    void imageAdd()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QProcess refused;
        refused.start(program(), {QStringLiteral("--data-dir"), data, QStringLiteral("image"), QStringLiteral("add"),
                                  QStringLiteral("empty"), dir.path()});
        QVERIFY(refused.waitForFinished(10000));
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY(refused.readAllStandardError().contains("not a root file system"));

        QProcess added;
        added.start(program(), {QStringLiteral("--data-dir"), data, QStringLiteral("image"), QStringLiteral("add"),
                                QStringLiteral("mirror"), QStringLiteral("/")});
        QVERIFY(added.waitForFinished(10000));
        QCOMPARE(added.exitCode(), 0);

        LocalServerProcess server;
        // Same data folder: start it by hand on top of the registered image.
        QProcess process;
        process.start(program(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), data});
        QVERIFY(process.waitForReadyRead(10000));
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QUrl base(line.section(u' ', -1));
        QFile tokenFile(data + QStringLiteral("/token"));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        HttpClient http(tokenFile.readAll().trimmed());
        QUrl images = base;
        images.setPath(QStringLiteral("/api/images"));
        images.setQuery(QStringLiteral("all=true"));
        QVERIFY(http.get(images).body.contains("\"name\":\"mirror\""));
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    void imageFromTarballRunsAShell()
    {
        // A tiny root file system made of this computer's own sh, sleep and cat and their
        // libraries, laid out as a merged-/usr system.
        QTemporaryDir work;
        const QDir root(work.filePath(QStringLiteral("root")));
        for (const char *dir : {"usr/bin", "usr/sbin", "usr/lib", "usr/lib64", "etc", "home", "tmp"})
            QVERIFY(QDir().mkpath(root.filePath(QLatin1StringView(dir))));
        for (const char *link : {"bin", "sbin", "lib", "lib64"})
            QVERIFY(QFile::link(QStringLiteral("usr/") + QLatin1StringView(link), root.filePath(QLatin1StringView(link))));
        QStringList programs;
        for (const QString &name : {QStringLiteral("sh"), QStringLiteral("sleep"), QStringLiteral("cat")}) {
            const QString host = QStandardPaths::findExecutable(name);
            QVERIFY2(!host.isEmpty(), qPrintable(name));
            QVERIFY(QFile::copy(host, root.filePath(QStringLiteral("usr/bin/") + name)));
            programs << host;
        }
        const Run ldd = run(QStringLiteral("ldd"), programs);
        QCOMPARE(ldd.exitCode, 0);
        static const QRegularExpression library(QStringLiteral("(/\\S+) \\(0x"));
        int libraries = 0;
        for (auto it = library.globalMatch(QString::fromLocal8Bit(ldd.output)); it.hasNext();) {
            const QString path = it.next().captured(1);
            const QString copy = root.path() + path;
            if (QFileInfo::exists(copy))
                continue;
            QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
            QVERIFY2(QFile::copy(path, copy), qPrintable(path));
            ++libraries;
        }
        QVERIFY(libraries > 0);
        QVERIFY(writeFile(root.filePath(QStringLiteral("etc/os-release")),
                          "PRETTY_NAME=\"Tiny Test Linux\"\nID=tiny\nVERSION_ID=1\n"));
        QVERIFY(writeFile(root.filePath(QStringLiteral("etc/marker")), "from the tarball\n"));
        const QString tarball = work.filePath(QStringLiteral("tiny.tar.gz"));
        QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("-czf"), tarball, QStringLiteral("-C"), root.path(), QStringLiteral(".")}).exitCode, 0);

        LocalServerProcess server;
        const QString data = server.dataDir() + QStringLiteral("/data");
        const Run added = run(program(), {QStringLiteral("--data-dir"), data, QStringLiteral("image"), QStringLiteral("add"),
                                          QStringLiteral("tiny"), tarball});
        QVERIFY2(added.exitCode == 0, added.errors.constData());
        QVERIFY(QFileInfo(data + QStringLiteral("/images/tiny/usr/bin/sh")).isFile());
        // Unpacked once: the same key again is refused, and what is there stays.
        const Run again = run(program(), {QStringLiteral("--data-dir"), data, QStringLiteral("image"), QStringLiteral("add"),
                                          QStringLiteral("tiny"), tarball});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.errors.contains("already exists"), again.errors.constData());
        QVERIFY(QFileInfo(data + QStringLiteral("/images/tiny/usr/bin/sh")).isFile());

        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpClient http(server.token());
        const HttpResult images = http.get(server.url(QStringLiteral("/api/images?all=true")));
        QJsonObject tiny;
        for (const auto &image : images.json.value(u"images").toArray()) {
            if (image.toObject().value(u"name").toString() == u"tiny")
                tiny = image.toObject();
        }
        QCOMPARE(tiny.value(u"display_name").toString(), QStringLiteral("Tiny Test Linux"));
        const QString id = createRunning(http, server, QStringLiteral("tiny-box"), {{QStringLiteral("image"), QStringLiteral("tiny")}});
        QVERIFY2(!id.isEmpty(), server.standardError().constData());

        WebSocketClient shell;
        QVERIFY2(shell.open(server.webSocketUrl(QStringLiteral("/ws/terminal/%1?id=tiny").arg(id)), server.token()),
                 qPrintable(shell.error()));
        QVERIFY(!shell.waitFor(QStringLiteral("shell_ready")).isEmpty());
        const QString marker = QStringLiteral("M%1").arg(QRandomGenerator::global()->generate());
        // printf joins the marker from two words, so that the echoed command line never matches it.
        shell.sendJson({{QStringLiteral("type"), QStringLiteral("input")},
                        {QStringLiteral("data"), QStringLiteral("cat /etc/marker; echo /usr/bin/*; printf '%s%s\\n' %1 E\r").arg(marker)}});
        QVERIFY2(shell.waitForOutput(marker + QStringLiteral("E\r\n"), 15000), qPrintable(shell.output()));
        QVERIFY2(shell.output().contains(QStringLiteral("from the tarball\r\n")), qPrintable(shell.output()));
        // Only the image's own programs: this is not the host's /usr.
        QVERIFY2(shell.output().contains(QStringLiteral("/usr/bin/cat /usr/bin/sh /usr/bin/sleep\r\n")), qPrintable(shell.output()));
        QCOMPARE(server.stop(), 0);
    }

    void tarballCompressionsAndDeviceNodes()
    {
        // Device nodes need root to be made; sandboxes get their own /dev, so dev/ is left out.
        QTemporaryDir work;
        const QByteArray archive = tarArchive({folder("./"), folder("./usr/"), file("./usr/hello", "hello\n"), folder("./dev/"),
                                               device("./dev/console")});
        const QString plain = work.filePath(QStringLiteral("devices.tar"));
        QVERIFY(writeFile(plain, archive));
        const QString data = work.filePath(QStringLiteral("data"));
        QStringList sources{plain};
        for (const char *compressor : {"gzip", "xz"}) {
            const QString copy = plain + (qstrcmp(compressor, "gzip") == 0 ? QStringLiteral(".gz") : QStringLiteral(".xz"));
            QVERIFY(QFile::copy(plain, work.filePath(QStringLiteral("c.tar"))));
            QCOMPARE(run(QString::fromLatin1(compressor), {QStringLiteral("c.tar")}, work.path()).exitCode, 0);
            QVERIFY(QFile::rename(work.filePath(QStringLiteral("c.tar")) + copy.right(3), copy));
            sources << copy;
        }
        for (const QString &source : sources) {
            const QString key = QFileInfo(source).fileName().replace(QLatin1Char('.'), QLatin1Char('-'));
            const Run added = run(program(), {QStringLiteral("--data-dir"), data, QStringLiteral("image"), QStringLiteral("add"), key, source});
            QVERIFY2(added.exitCode == 0, added.errors.constData());
            const QString image = data + QStringLiteral("/images/") + key;
            QFile hello(image + QStringLiteral("/usr/hello"));
            QVERIFY2(hello.open(QIODevice::ReadOnly), qPrintable(source));
            QCOMPARE(hello.readAll(), QByteArray("hello\n"));
            QVERIFY(!QFileInfo::exists(image + QStringLiteral("/dev/console")));
            QFile registry(data + QStringLiteral("/images.json"));
            QVERIFY(registry.open(QIODevice::ReadOnly));
            const QJsonObject registered = QJsonDocument::fromJson(registry.readAll()).object().value(u"images").toObject();
            QCOMPARE(registered.value(key).toObject().value(u"root").toString(), QFileInfo(image).canonicalFilePath());
        }
        // A tarball of something else is refused, and leaves nothing.
        const QString notRoot = work.filePath(QStringLiteral("not-root.tar"));
        QVERIFY(writeFile(notRoot, tarArchive({file("README", "no usr here\n")})));
        const Run refused = run(program(), {QStringLiteral("--data-dir"), data, QStringLiteral("image"), QStringLiteral("add"),
                                            QStringLiteral("other"), notRoot});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errors.contains("no root file system"), refused.errors.constData());
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/images/other")));
    }

    void hostileTarballsAreRefused()
    {
        QTemporaryDir work;
        const QString data = work.filePath(QStringLiteral("data"));
        const QString images = data + QStringLiteral("/images");
        // Outside the data folder: a folder and a file that no entry may reach.
        const QString outside = work.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(outside));
        const QString secret = outside + QStringLiteral("/secret");
        QVERIFY(writeFile(secret, "secret\n"));

        struct Case {
            const char *name;
            QList<TarEntry> entries;
            QString mustNotExist;
        };
        const QList<Case> cases{
            {"entry in the parent", {folder("usr/"), file("../evil", "evil\n")}, images + QStringLiteral("/evil")},
            {"entry two levels up", {folder("usr/"), file("usr/../../../evil", "evil\n")}, data + QStringLiteral("/evil")},
            {"write through an absolute link",
             {folder("usr/"), symbolicLink("out", outside.toUtf8()), file("out/owned", "owned\n")},
             outside + QStringLiteral("/owned")},
            {"write through a relative link",
             {folder("usr/"), symbolicLink("up", "../.."), file("up/owned", "owned\n")},
             data + QStringLiteral("/owned")},
            {"hard link out",
             {folder("usr/"), hardLink("usr/hard", secret.toUtf8()), file("usr/hard", "overwritten\n")}, {}},
        };
        for (const Case &c : cases) {
            const QString tarball = work.filePath(QStringLiteral("hostile.tar"));
            QVERIFY(writeFile(tarball, tarArchive(c.entries)));
            const Run refused = run(program(), {QStringLiteral("--data-dir"), data, QStringLiteral("image"), QStringLiteral("add"),
                                                QStringLiteral("hostile"), tarball});
            QVERIFY2(refused.exitCode == 1, c.name);
            QVERIFY2(refused.errors.contains("tar could not unpack"), refused.errors.constData());
            if (!c.mustNotExist.isEmpty())
                QVERIFY2(!QFileInfo::exists(c.mustNotExist), c.name);
            // Nothing half unpacked stays behind, and nothing is registered.
            QVERIFY2(entriesOf(images).isEmpty(), qPrintable(entriesOf(images).join(u' ')));
            QVERIFY(!QFileInfo::exists(data + QStringLiteral("/images.json")));
        }
        QCOMPARE(entriesOf(outside), QStringList{QStringLiteral("secret")});
        QFile kept(secret);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("secret\n"));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(secret).constData(), &info), 0);
        QCOMPARE(info.st_nlink, nlink_t(1)); // no hard link to it was made
    }

    void sigtermEndsEverySandboxProcess()
    {
        LocalServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpClient http(server.token());
        QVERIFY(!createRunning(http, server, QStringLiteral("one")).isEmpty());
        const QString second = createRunning(http, server, QStringLiteral("two"));
        QVERIFY(!second.isEmpty());
        WebSocketClient shell;
        QVERIFY(shell.open(server.webSocketUrl(QStringLiteral("/ws/terminal/%1?id=x").arg(second)), server.token()));
        QVERIFY(!shell.waitFor(QStringLiteral("shell_ready")).isEmpty());
        shell.sendJson({{QStringLiteral("type"), QStringLiteral("input")},
                        {QStringLiteral("data"), QStringLiteral("(sleep 1000 &) ; nohup sleep 1001 & \r")}});

        const QList<qint64> processes = descendants(server.process().processId());
        QVERIFY2(processes.size() >= 4, qPrintable(QString::number(processes.size())));
        QCOMPARE(server.stop(), 0);
        for (qint64 pid : processes)
            QTRY_VERIFY2_WITH_TIMEOUT(!isAlive(pid), qPrintable(QString::number(pid)), 5000);
    }
};

QTEST_GUILESS_MAIN(TestLocalCli)
#include "tst_local_cli.moc"
