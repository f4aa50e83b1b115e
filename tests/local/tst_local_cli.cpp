// SPDX-License-Identifier: GPL-3.0-or-later
// rexec-local's command line: the token file, its first line, image registration, and a clean
// stop on SIGTERM that leaves no sandbox process behind.
#include "localtestutil.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rexec::test;

namespace {

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
