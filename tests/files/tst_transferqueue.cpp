// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer queue against a real rexec-local (byte-for-byte round trips, trees, conflicts,
// cancels) and against a scripted hostile server (hostile names, cut-off downloads).
#include "api/restclient.h"
#include "filestestutil.h"
#include "files/filenames.h"
#include "files/transferjobs.h"
#include "files/transferqueue.h"
#include "httpclient.h"
#include "localserverprocess.h"
#include "../local/localtestutil.h"
#include "scriptedserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

using namespace rexec;
using namespace rexec::test;
using Queue = files::TransferQueue;
using Status = files::TransferQueue::Status;

namespace {

QByteArray listingJson(const QJsonArray &files, const QString &path = QStringLiteral("/home/user"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                     {QStringLiteral("files"), files},
                                     {QStringLiteral("count"), files.size()}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject fileJson(const QString &name, qint64 size, bool dir = false)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("path"), QStringLiteral("/home/user/") + name},
            {QStringLiteral("size"), size},
            {QStringLiteral("mode"), dir ? QStringLiteral("drwxr-xr-x") : QStringLiteral("-rw-r--r--")},
            {QStringLiteral("mod_time"), QStringLiteral("2025-01-02T03:04:00Z")},
            {QStringLiteral("is_dir"), dir}};
}

ScriptedServer::Answer fileAnswer(const QByteArray &content)
{
    ScriptedServer::Answer answer;
    answer.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
        + QByteArray::number(content.size()) + "\r\nX-File-Size: " + QByteArray::number(content.size())
        + "\r\nX-File-Mode: -rw-r--r--\r\n\r\n" + content;
    return answer;
}

} // namespace

class TestTransferQueue : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;
    HttpClient m_http;
    std::unique_ptr<api::RestClient> m_client;
    QString m_id;
    QString m_home; // /home/user as the host sees it
    std::unique_ptr<Queue> m_queue;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    files::RemoteTarget target() const { return {m_client.get(), m_id, QStringLiteral("files")}; }

    api::FileEntry remoteEntry(const QString &name) const
    {
        api::FileEntry entry;
        entry.name = name;
        entry.path = QStringLiteral("/home/user/") + name;
        const QFileInfo info(m_home + u'/' + name);
        entry.isDir = info.isDir();
        entry.size = info.size();
        entry.mode = entry.isDir ? QStringLiteral("drwxr-xr-x") : QStringLiteral("-rw-r--r--");
        return entry;
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
        m_client = std::make_unique<api::RestClient>(m_server.url());
        m_client->setToken(QString::fromLatin1(m_server.token()));
    }

    void init()
    {
        m_queue = std::make_unique<Queue>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_queue.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_queue.reset();
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("0 B") << qint64(0);
        QTest::newRow("1 B") << qint64(1);
        QTest::newRow("5 MiB") << qint64(5) * 1024 * 1024;
        QTest::newRow("99 MiB") << qint64(99) * 1024 * 1024;
    }

    void roundTrip()
    {
        QFETCH(qint64, size);
        QTemporaryDir local;
        const QString name = QStringLiteral("round-%1.bin").arg(size);
        const QString source = local.filePath(QStringLiteral("up/") + name);
        QVERIFY(makeFile(source, size, quint32(size)));

        QSignalSpy finished(m_queue.get(), &Queue::batchFinished);
        const quint64 up = m_queue->upload(target(), {source}, QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, up, 120000));
        QCOMPARE(statusesOf(*m_queue, up), QList<Status>{Status::Done});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<Queue::BatchSummary>().done, 1);
        QCOMPARE(fileHash(m_home + u'/' + name), fileHash(source));

        const QString into = local.filePath(QStringLiteral("down"));
        const quint64 down = m_queue->download(target(), {remoteEntry(name)}, into);
        QVERIFY(waitForBatch(*m_queue, down, 120000));
        QCOMPARE(statusesOf(*m_queue, down), QList<Status>{Status::Done});
        QCOMPARE(QFileInfo(into + u'/' + name).size(), size);
        QCOMPARE(fileHash(into + u'/' + name), fileHash(source));
        QVERIFY(noPartFiles(into));
        const int row = m_queue->rowCount() - 1;
        QCOMPARE(m_queue->index(row, 0).data(Queue::ProgressRole).toDouble(), 1.0);
        QCOMPARE(m_queue->index(row, Queue::StatusColumn).data().toString(), QStringLiteral("Done"));
        QFile::remove(m_home + u'/' + name);
    }

    void folderTreeRoundTrip()
    {
        QTemporaryDir local;
        const QString root = local.filePath(QStringLiteral("up/Prøjekt 文件"));
        QVERIFY(makeFile(root + QStringLiteral("/README.md"), 1200, 1));
        QVERIFY(makeFile(root + QStringLiteral("/src/main ünï.cpp"), 5000, 2));
        QVERIFY(makeFile(root + QStringLiteral("/src/deep/er/😀 emoji.txt"), 10, 3));
        QVERIFY(makeFile(root + QStringLiteral("/.hidden"), 1, 4));
        QVERIFY(makeFile(root + QStringLiteral("/données/vide.bin"), 0, 5));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/empty folder")));

        const quint64 up = m_queue->upload(target(), {root}, QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, up));
        for (const Status s : statusesOf(*m_queue, up))
            QCOMPARE(s, Status::Done);
        QCOMPARE(statusesOf(*m_queue, up).size(), 5);
        const QString remoteRoot = m_home + QStringLiteral("/Prøjekt 文件");
        QCOMPARE(treeOf(remoteRoot), treeOf(root));

        const QString into = local.filePath(QStringLiteral("down"));
        const quint64 down = m_queue->download(target(), {remoteEntry(QStringLiteral("Prøjekt 文件"))}, into);
        QVERIFY(waitForBatch(*m_queue, down));
        for (const Status s : statusesOf(*m_queue, down))
            QCOMPARE(s, Status::Done);
        QCOMPARE(treeOf(into + QStringLiteral("/Prøjekt 文件")), treeOf(root));
        QCOMPARE(m_queue->batchTopLevelPaths(down), QStringList{into + QStringLiteral("/Prøjekt 文件")});
        QVERIFY(noPartFiles(into));
        QDir(remoteRoot).removeRecursively();
    }

    void symlinksAreNotFollowedIntoLoops()
    {
        // A folder that links to itself and to its parent: the walk must end.
        const QString tree = m_home + QStringLiteral("/loops");
        QVERIFY(makeFile(tree + QStringLiteral("/file.txt"), 10, 7));
        QVERIFY(QFile::link(QStringLiteral("."), tree + QStringLiteral("/self")));
        QVERIFY(QFile::link(QStringLiteral(".."), tree + QStringLiteral("/parent")));
        QVERIFY(QFile::link(QStringLiteral("file.txt"), tree + QStringLiteral("/alias.txt")));
        QTemporaryDir local;
        const quint64 down = m_queue->download(target(), {remoteEntry(QStringLiteral("loops"))}, local.path());
        QVERIFY(waitForBatch(*m_queue, down));
        QCOMPARE(fileHash(local.filePath(QStringLiteral("loops/file.txt"))), fileHash(tree + QStringLiteral("/file.txt")));
        // A link to a file brings the file's content; links to folders are skipped and say so.
        QCOMPARE(fileHash(local.filePath(QStringLiteral("loops/alias.txt"))), fileHash(tree + QStringLiteral("/file.txt")));
        QVERIFY(!QFileInfo::exists(local.filePath(QStringLiteral("loops/self"))));
        QVERIFY(!QFileInfo::exists(local.filePath(QStringLiteral("loops/parent"))));
        QVERIFY(statusesOf(*m_queue, down).contains(Status::Skipped));
        QVERIFY(!statusesOf(*m_queue, down).contains(Status::Failed));
        QDir(tree).removeRecursively();
    }

    void uploadLimitRefusesBeforeSending()
    {
        ScriptedServer hostile; // answers nothing: any request would show up in requests()
        api::RestClient client(hostile.url());
        QTemporaryDir local;
        const QString big = local.filePath(QStringLiteral("big.iso"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(Queue::kDefaultUploadLimit + 1)); // sparse: no disk needed
        }
        QCOMPARE(m_queue->uploadLimit(), qint64(100) * 1024 * 1024);
        QSignalSpy finished(m_queue.get(), &Queue::batchFinished);
        const quint64 batch = m_queue->upload({&client, QStringLiteral("c"), QStringLiteral("c")}, {big}, QStringLiteral("/home/user"));
        QCOMPARE(statusesOf(*m_queue, batch), QList<Status>{Status::Failed});
        const QString message = messagesOf(*m_queue, batch).first();
        QVERIFY2(message.contains(QStringLiteral("100")) && message.contains(QStringLiteral("big.iso")), qPrintable(message));
        QCOMPARE(finished.size(), 1);
        QTest::qWait(200);
        QVERIFY(hostile.requests().isEmpty());
        QCOMPARE(m_queue->index(0, 0).data(Queue::RetryableRole).toBool(), false);

        // The limit is a setting; a raised one lets the same file through to the server.
        m_queue->setUploadLimit(0);
        hostile.enqueue(ScriptedServer::json(200, listingJson({})));
        m_queue->retry(m_queue->idAt(0));
        QVERIFY(waitUntil([&] { return !hostile.requests().isEmpty(); }, 5000));
    }

    void cancelMidDownloadLeavesNothing()
    {
        // 1 GiB, sparse: read fast, so cancel as soon as the first bytes are in.
        const QString name = QStringLiteral("huge.img");
        {
            QFile file(m_home + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(1024) * 1024 * 1024));
        }
        QTemporaryDir local;
        const quint64 down = m_queue->download(target(), {remoteEntry(name)}, local.path());
        QVERIFY(waitUntil([&] { return m_queue->index(0, 0).data(Queue::BytesDoneRole).toLongLong() > 0; }, 20000));
        QVERIFY(QFileInfo::exists(local.filePath(name + QStringLiteral(".part"))));
        m_queue->cancel(m_queue->idAt(0));
        QCOMPARE(statusesOf(*m_queue, down), QList<Status>{Status::Cancelled});
        QVERIFY(waitForBatch(*m_queue, down));
        QVERIFY(!QFileInfo::exists(local.filePath(name)));
        QVERIFY(noPartFiles(local.path()));
        QCOMPARE(QDir(local.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QFile::remove(m_home + u'/' + name);
    }

    void cancelMidUploadLeavesNothing()
    {
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("upload-cancel.bin"));
        QVERIFY(makeFile(source, qint64(99) * 1024 * 1024, 9));
        const quint64 up = m_queue->upload(target(), {source}, QStringLiteral("/home/user"));
        QVERIFY(waitUntil([&] { return m_queue->index(0, 0).data(Queue::BytesDoneRole).toLongLong() > 0; }, 20000));
        m_queue->cancel(m_queue->idAt(0));
        QVERIFY(waitForBatch(*m_queue, up));
        QCOMPARE(statusesOf(*m_queue, up), QList<Status>{Status::Cancelled});
        QTest::qWait(300);
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/upload-cancel.bin")));
        // Retry takes it from the start, and it arrives whole.
        m_queue->retry(m_queue->idAt(0));
        QVERIFY(waitUntil([&] { return statusesOf(*m_queue, up) == QList<Status>{Status::Done}; }, 60000));
        QCOMPARE(fileHash(m_home + QStringLiteral("/upload-cancel.bin")), fileHash(source));
        QFile::remove(m_home + QStringLiteral("/upload-cancel.bin"));
    }

    void cutOffDownloadIsRetryableAndSaysWhy()
    {
        ScriptedServer server;
        api::RestClient client(server.url());
        ScriptedServer::Answer cut;
        cut.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\nX-File-Size: 1000\r\n\r\n"
            + QByteArray(400, 'a');
        server.enqueue(cut);
        m_queue->setServerDownloadDeadline(std::chrono::seconds(1));
        QTemporaryDir local;
        api::FileEntry entry;
        entry.name = QStringLiteral("cut.bin");
        entry.path = QStringLiteral("/home/user/cut.bin");
        entry.size = 1000;
        entry.mode = QStringLiteral("-rw-r--r--");
        const quint64 batch = m_queue->download({&client, QStringLiteral("c"), QStringLiteral("c")}, {entry}, local.path());
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(statusesOf(*m_queue, batch), QList<Status>{Status::Failed});
        const QString message = messagesOf(*m_queue, batch).first();
        QVERIFY2(message.contains(QStringLiteral("second")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("retry"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(m_queue->index(0, 0).data(Queue::RetryableRole).toBool());
        QVERIFY(!QFileInfo::exists(local.filePath(QStringLiteral("cut.bin"))));
        QVERIFY(noPartFiles(local.path()));

        server.enqueue(fileAnswer(QByteArray(1000, 'b')));
        m_queue->retry(m_queue->idAt(0));
        QVERIFY(waitUntil([&] { return statusesOf(*m_queue, batch) == QList<Status>{Status::Done}; }, 10000));
        QFile done(local.filePath(QStringLiteral("cut.bin")));
        QVERIFY(done.open(QIODevice::ReadOnly));
        QCOMPARE(done.readAll(), QByteArray(1000, 'b'));
    }

    void signingOutMidTransferFailsCleanly()
    {
        // The client goes (a server switch, a sign-out) while a download streams and a folder
        // walk waits for a listing: both end as failures that say so, and nothing is left.
        ScriptedServer server;
        auto client = std::make_unique<api::RestClient>(server.url());
        ScriptedServer::Answer stalled;
        stalled.raw = "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nX-File-Size: 100000\r\n\r\n" + QByteArray(1000, 'a');
        stalled.neverFinish = true;
        server.enqueue(stalled);
        ScriptedServer::Answer silent;
        silent.neverFinish = true;
        server.enqueue(silent);
        QTemporaryDir local;
        api::FileEntry file;
        file.name = QStringLiteral("big.bin");
        file.path = QStringLiteral("/home/user/big.bin");
        api::FileEntry folder;
        folder.name = QStringLiteral("tree");
        folder.path = QStringLiteral("/home/user/tree");
        folder.isDir = true;
        folder.mode = QStringLiteral("drwxr-xr-x");
        const quint64 batch = m_queue->download({client.get(), QStringLiteral("c"), QStringLiteral("c")}, {file, folder}, local.path());
        QVERIFY(waitUntil([&] { return m_queue->index(0, 0).data(Queue::BytesDoneRole).toLongLong() > 0; }, 10000));
        QVERIFY(waitUntil([&] { return server.requests().size() == 2; }, 10000));
        client.reset();
        QVERIFY(waitForBatch(*m_queue, batch, 10000));
        for (const Status s : statusesOf(*m_queue, batch))
            QCOMPARE(s, Status::Failed);
        for (const QString &message : messagesOf(*m_queue, batch))
            QVERIFY2(message.contains(QStringLiteral("closed")), qPrintable(message));
        QVERIFY(noPartFiles(local.path()));
        QVERIFY(!QFileInfo::exists(local.filePath(QStringLiteral("big.bin"))));
    }

    void errorReplyWritesNothing()
    {
        ScriptedServer server;
        api::RestClient client(server.url());
        server.enqueue(ScriptedServer::json(404, "{\"error\":\"file not found: no such file\"}"));
        QTemporaryDir local;
        api::FileEntry entry;
        entry.name = QStringLiteral("gone.txt");
        entry.path = QStringLiteral("/home/user/gone.txt");
        const quint64 batch = m_queue->download({&client, QStringLiteral("c"), QStringLiteral("c")}, {entry}, local.path());
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(statusesOf(*m_queue, batch), QList<Status>{Status::Failed});
        QCOMPARE(messagesOf(*m_queue, batch).first(), QStringLiteral("The file was not found."));
        QCOMPARE(QDir(local.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void hostileNamesNeverLeaveTheFolder()
    {
        ScriptedServer server;
        api::RestClient client(server.url());
        const files::RemoteTarget hostile{&client, QStringLiteral("c"), QStringLiteral("c")};
        const QString nul = QStringLiteral("n") + QChar(0) + QStringLiteral("ul");
        QTemporaryDir outer;
        const QString into = outer.filePath(QStringLiteral("chosen"));
        QVERIFY(QDir().mkpath(into));

        // A folder whose listing names entries that try to climb out or hide a path: the walk
        // takes only "ok" and skips the rest, saying so.
        server.enqueue(ScriptedServer::json(
                200, listingJson({fileJson(QStringLiteral("../../x"), 5), fileJson(QStringLiteral("a/b"), 5),
                                  fileJson(nul, 5), fileJson(QStringLiteral(".."), 5, true), fileJson(QStringLiteral("ok"), 5)},
                                 QStringLiteral("/home/user/evil"))));
        server.enqueue(fileAnswer("xxxxx"));
        api::FileEntry evil;
        evil.name = QStringLiteral("evil");
        evil.path = QStringLiteral("/home/user/evil");
        evil.isDir = true;
        evil.mode = QStringLiteral("drwxr-xr-x");
        const quint64 walked = m_queue->download(hostile, {evil}, into);
        QVERIFY(waitForBatch(*m_queue, walked));
        QCOMPARE(statusesOf(*m_queue, walked), (QList<Status>{Status::Done, Status::Skipped}));
        QVERIFY(messagesOf(*m_queue, walked).last().contains(QStringLiteral("3 entr")));

        // The same names chosen directly: downloaded, under names that are one safe component.
        for (int i = 0; i < 3; ++i)
            server.enqueue(fileAnswer("yyyyy"));
        api::FileEntry climb;
        climb.name = QStringLiteral("../../x");
        climb.path = QStringLiteral("/home/user/../../x");
        climb.mode = QStringLiteral("-rw-r--r--");
        api::FileEntry slash = climb;
        slash.name = QStringLiteral("a/b");
        api::FileEntry withNul = climb;
        withNul.name = nul;
        const quint64 direct = m_queue->download(hostile, {climb, slash, withNul}, into);
        QVERIFY(waitForBatch(*m_queue, direct));
        QCOMPARE(statusesOf(*m_queue, direct), (QList<Status>{Status::Done, Status::Done, Status::Done}));

        // Nothing beside the chosen folder; inside, only the expected names.
        QCOMPARE(QDir(outer.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("chosen")});
        const QStringList names = treeOf(into).keys();
        QCOMPARE(names, (QStringList{QStringLiteral(".._.._x"), QStringLiteral("a_b"), QStringLiteral("evil"),
                                     QStringLiteral("evil/ok"), QStringLiteral("n_ul")}));
    }

    void downloadConflicts()
    {
        for (const char *name : {"a.txt", "b.txt", "c.txt"})
            QVERIFY(makeFile(m_home + u'/' + QLatin1StringView(name), 100, 11));
        QTemporaryDir local;
        for (const char *name : {"a.txt", "b.txt", "c.txt"})
            QVERIFY(makeFile(local.filePath(QLatin1StringView(name)), 50, 12));
        const QByteArray mine = fileHash(local.filePath(QStringLiteral("a.txt")));
        const QByteArray theirs = fileHash(m_home + QStringLiteral("/a.txt"));

        QSignalSpy asked(m_queue.get(), &Queue::answerNeeded);
        const quint64 batch = m_queue->download(
                target(), {remoteEntry(QStringLiteral("a.txt")), remoteEntry(QStringLiteral("b.txt")), remoteEntry(QStringLiteral("c.txt"))},
                local.path());
        QVERIFY(waitUntil([&] { return asked.size() == 3; }, 5000));
        QCOMPARE(statusesOf(*m_queue, batch), (QList<Status>{Status::NeedsAnswer, Status::NeedsAnswer, Status::NeedsAnswer}));
        QCOMPARE(m_queue->unfinishedCount(), 3);
        const auto conflict = m_queue->conflict(m_queue->idAt(0));
        QVERIFY(conflict);
        QCOMPARE(conflict->name, QStringLiteral("a.txt"));
        QCOMPARE(conflict->existingSize, 50);
        QCOMPARE(conflict->incomingSize, 100);
        QCOMPARE(conflict->othersInBatch, 2);

        m_queue->answer(m_queue->idAt(0), Queue::Answer::Overwrite);
        m_queue->answer(m_queue->idAt(1), Queue::Answer::KeepBoth);
        m_queue->answer(m_queue->idAt(2), Queue::Answer::Skip);
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(statusesOf(*m_queue, batch), (QList<Status>{Status::Done, Status::Done, Status::Skipped}));
        QCOMPARE(fileHash(local.filePath(QStringLiteral("a.txt"))), theirs);
        QCOMPARE(fileHash(local.filePath(QStringLiteral("b.txt"))), mine);
        QCOMPARE(fileHash(local.filePath(QStringLiteral("b (2).txt"))), theirs);
        QCOMPARE(fileHash(local.filePath(QStringLiteral("c.txt"))), mine);
        QCOMPARE(m_queue->index(1, Queue::NameColumn).data().toString(), QStringLiteral("b (2).txt"));

        // "For all": one answer settles the rest of the batch.
        asked.clear();
        const quint64 again = m_queue->download(
                target(), {remoteEntry(QStringLiteral("a.txt")), remoteEntry(QStringLiteral("b.txt")), remoteEntry(QStringLiteral("c.txt"))},
                local.path());
        QVERIFY(waitUntil([&] { return asked.size() >= 1; }, 5000));
        m_queue->answer(asked.first().first().toULongLong(), Queue::Answer::KeepBoth, true);
        QVERIFY(waitForBatch(*m_queue, again));
        QCOMPARE(statusesOf(*m_queue, again), (QList<Status>{Status::Done, Status::Done, Status::Done}));
        QVERIFY(QFileInfo::exists(local.filePath(QStringLiteral("a (2).txt"))));
        QVERIFY(QFileInfo::exists(local.filePath(QStringLiteral("b (3).txt"))));
        QVERIFY(QFileInfo::exists(local.filePath(QStringLiteral("c (2).txt"))));
        QVERIFY(noPartFiles(local.path()));
        for (const char *name : {"a.txt", "b.txt", "c.txt"})
            QFile::remove(m_home + u'/' + QLatin1StringView(name));
    }

    void uploadConflicts()
    {
        QVERIFY(makeFile(m_home + QStringLiteral("/x.txt"), 10, 21));
        const QByteArray old = fileHash(m_home + QStringLiteral("/x.txt"));
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("x.txt"));
        QVERIFY(makeFile(source, 20, 22));

        QSignalSpy asked(m_queue.get(), &Queue::answerNeeded);
        const quint64 first = m_queue->upload(target(), {source}, QStringLiteral("/home/user"));
        QVERIFY(asked.wait(5000));
        QCOMPARE(statusesOf(*m_queue, first), QList<Status>{Status::NeedsAnswer});
        const auto conflict = m_queue->conflict(m_queue->idAt(0));
        QVERIFY(conflict);
        QCOMPARE(conflict->existingSize, 10);
        QCOMPARE(conflict->incomingSize, 20);
        // Still the old file: nothing was sent before the answer.
        QCOMPARE(fileHash(m_home + QStringLiteral("/x.txt")), old);
        m_queue->answer(m_queue->idAt(0), Queue::Answer::Skip);
        QVERIFY(waitForBatch(*m_queue, first));
        QCOMPARE(fileHash(m_home + QStringLiteral("/x.txt")), old);

        const quint64 second = m_queue->upload(target(), {source}, QStringLiteral("/home/user"));
        QVERIFY(asked.wait(5000));
        m_queue->answer(asked.last().first().toULongLong(), Queue::Answer::KeepBoth);
        QVERIFY(waitForBatch(*m_queue, second));
        QCOMPARE(fileHash(m_home + QStringLiteral("/x (2).txt")), fileHash(source));
        QCOMPARE(fileHash(m_home + QStringLiteral("/x.txt")), old);

        const quint64 third = m_queue->upload(target(), {source}, QStringLiteral("/home/user"));
        QVERIFY(asked.wait(5000));
        m_queue->answer(asked.last().first().toULongLong(), Queue::Answer::Overwrite);
        QVERIFY(waitForBatch(*m_queue, third));
        QCOMPARE(statusesOf(*m_queue, third), QList<Status>{Status::Done});
        QCOMPARE(fileHash(m_home + QStringLiteral("/x.txt")), fileHash(source));
        QFile::remove(m_home + QStringLiteral("/x.txt"));
        QFile::remove(m_home + QStringLiteral("/x (2).txt"));
    }

    void concurrencyIsASetting()
    {
        QTemporaryDir local;
        QStringList sources;
        for (int i = 0; i < 6; ++i) {
            sources << local.filePath(QStringLiteral("c%1.bin").arg(i));
            QVERIFY(makeFile(sources.last(), 3 * 1024 * 1024, quint32(30 + i)));
        }
        QCOMPARE(m_queue->maxConcurrent(), 2);
        int most = 0;
        connect(m_queue.get(), &QAbstractItemModel::dataChanged, this, [&] {
            int running = 0;
            for (int row = 0; row < m_queue->rowCount(); ++row)
                running += Status(m_queue->index(row, 0).data(Queue::StatusRole).toInt()) == Status::Transferring ? 1 : 0;
            most = std::max(most, running);
        });
        const quint64 batch = m_queue->upload(target(), sources, QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(most, 2);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(fileHash(m_home + QStringLiteral("/c%1.bin").arg(i)), fileHash(sources.at(i)));

        m_queue->clearFinished();
        QCOMPARE(m_queue->rowCount(), 0);
        m_queue->setMaxConcurrent(1);
        most = 0;
        QSignalSpy asked(m_queue.get(), &Queue::answerNeeded);
        connect(m_queue.get(), &Queue::answerNeeded, this,
                [&](quint64 id) { m_queue->answer(id, Queue::Answer::Overwrite, true); });
        const quint64 again = m_queue->upload(target(), sources, QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, again));
        QCOMPARE(most, 1);
        QCOMPARE(asked.size(), 1); // "for all" answered the other five
        for (int i = 0; i < 6; ++i)
            QFile::remove(m_home + QStringLiteral("/c%1.bin").arg(i));
    }

    void stoppedContainerFailsInPlainWords()
    {
        // Another container, stopped: the server refuses file routes with 400 "not running".
        const QString other = createRunning(m_http, m_server, QStringLiteral("stopped"));
        QVERIFY(!other.isEmpty());
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/stop").arg(other)), "{}").status, 200);
        QTemporaryDir local;
        api::FileEntry entry;
        entry.name = QStringLiteral("x");
        entry.path = QStringLiteral("/home/user/x");
        const quint64 batch = m_queue->download({m_client.get(), other, QStringLiteral("stopped")}, {entry}, local.path());
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(messagesOf(*m_queue, batch).first(), QStringLiteral("The terminal is not running. Start it first."));
    }
};

QTEST_GUILESS_MAIN(TestTransferQueue)
#include "tst_transferqueue.moc"
