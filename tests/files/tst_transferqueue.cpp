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
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>
#include <memory>

#include <sys/resource.h>

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

// Takes requests and answers each only when told to: transfers that stay running for as long
// as a test needs them to.
class HeldServer : public QTcpServer
{
public:
    HeldServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, this, [this, socket] {
                    socket->setProperty("in", socket->property("in").toByteArray() + socket->readAll());
                    if (!socket->property("held").toBool() && socket->property("in").toByteArray().contains("\r\n\r\n")) {
                        socket->setProperty("held", true);
                        m_held << socket;
                    }
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    qsizetype held() const { return m_held.size(); }
    QByteArray requestAt(qsizetype i) const { return m_held.at(i)->property("in").toByteArray(); }
    void answer(qsizetype i, const QByteArray &content)
    {
        m_held.at(i)->write(fileAnswer(content).raw);
        m_held.at(i)->disconnectFromHost();
    }

private:
    QList<QPointer<QTcpSocket>> m_held;
};

// A TLS server with a certificate made for the test: answers the folder listing the queue asks
// for first, then an upload (with "100 Continue" when asked), keeping what it received.
class TlsUploadServer : public QObject
{
public:
    bool start(QString *error)
    {
        const QString key = m_keys.filePath(QStringLiteral("key.pem"));
        const QString cert = m_keys.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            *error = QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        QFile certFile(cert);
        QFile keyFile(key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        certificate = QSslCertificate(&certFile, QSsl::Pem);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QIODevice::readyRead, this, [this, socket] { serve(socket); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }

    QSslCertificate certificate;
    QByteArray uploadBody; // the last upload's body

private:
    void serve(QSslSocket *socket)
    {
        QByteArray buffer = socket->property("in").toByteArray() + socket->readAll();
        socket->setProperty("in", buffer);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.first(end).toLower();
        if (head.startsWith("get ")) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(listingJson({}).size()) + "\r\nConnection: close\r\n\r\n" + listingJson({}));
            socket->disconnectFromHost();
            return;
        }
        if (head.contains("\r\nexpect: 100-continue") && !socket->property("continued").toBool()) {
            socket->setProperty("continued", true);
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        const qsizetype at = head.indexOf("content-length:");
        const qint64 length = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (buffer.size() - end - 4 < length)
            return;
        uploadBody = buffer.sliced(end + 4);
        const QByteArray json = "{\"message\":\"file uploaded successfully\"}";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size())
                      + "\r\nConnection: close\r\n\r\n" + json);
        socket->disconnectFromHost();
    }

    QTemporaryDir m_keys;
    QSslServer m_server;
};

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

    void folderWalkRunsOffThisThreadAndKeepsOrder()
    {
        QTemporaryDir local;
        const QString b = local.filePath(QStringLiteral("up/b-folder"));
        const QString a = local.filePath(QStringLiteral("up/a.txt"));
        const QString c = local.filePath(QStringLiteral("up/c-folder"));
        QVERIFY(makeFile(b + QStringLiteral("/x.txt"), 10, 61));
        QVERIFY(makeFile(a, 20, 62));
        QVERIFY(makeFile(c + QStringLiteral("/y.txt"), 30, 63));
        QVERIFY(makeFile(c + QStringLiteral("/sub/z.txt"), 40, 64));
        QVERIFY(QDir().mkpath(c + QStringLiteral("/empty")));

        QSignalSpy inserted(m_queue.get(), &QAbstractItemModel::rowsInserted);
        const quint64 batch = m_queue->upload(target(), {b, a, c}, QStringLiteral("/home/user/walk"));
        QVERIFY(batch != 0);
        // Nothing listed on this thread: the rows come later, all at once, in the order given.
        QCOMPARE(m_queue->rowCount(), 0);
        QVERIFY(!m_queue->isBatchFinished(batch));
        QVERIFY(inserted.wait(10000));
        QCOMPARE(inserted.size(), 1);
        QStringList shown;
        for (int row = 0; row < m_queue->rowCount(); ++row)
            shown << m_queue->index(row, Queue::NameColumn).data().toString();
        QCOMPARE(shown, (QStringList{QStringLiteral("b-folder/x.txt"), QStringLiteral("a.txt"),
                                     QStringLiteral("c-folder/sub/z.txt"), QStringLiteral("c-folder/y.txt")}));

        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(statusesOf(*m_queue, batch), QList<Status>(4, Status::Done));
        QCOMPARE(treeOf(m_home + QStringLiteral("/walk")), treeOf(local.filePath(QStringLiteral("up"))));
        QDir(m_home + QStringLiteral("/walk")).removeRecursively();
    }

    void cancellingAFolderWalkAddsNothing()
    {
        QTemporaryDir local;
        const QString tree = local.filePath(QStringLiteral("many"));
        for (int i = 0; i < 300; ++i)
            QVERIFY(makeFile(tree + QStringLiteral("/d%1/f%2.txt").arg(i % 30).arg(i), 1, quint32(i)));
        QSignalSpy finished(m_queue.get(), &Queue::batchFinished);
        const quint64 batch = m_queue->upload(target(), {tree}, QStringLiteral("/home/user"));
        m_queue->cancelBatch(batch);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<Queue::BatchSummary>().id, batch);
        QCOMPARE(m_queue->rowCount(), 0);
        QCOMPARE(m_queue->unfinishedCount(), 0);
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/many")));
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
        QTRY_VERIFY(noPartFiles(local.path()));
        QCOMPARE(QDir(local.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QFile::remove(m_home + u'/' + name);
    }

    void aFullDiskFailsTheDownloadInWordsAndKeepsNothing()
    {
        // The disk fills up under the writer: a 1 MiB file-size limit for this process makes
        // the 5 MiB .part fail as a full disk would, on the disk thread.
        const QString name = QStringLiteral("big.bin");
        QVERIFY(makeFile(m_home + u'/' + name, 5 * 1024 * 1024, 31));
        QTemporaryDir local;
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead
        rlimit small = saved;
        small.rlim_cur = 1024 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto restore = qScopeGuard([&] {
            setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, oldHandler);
        });
        const quint64 down = m_queue->download(target(), {remoteEntry(name)}, local.path());
        QVERIFY(waitForBatch(*m_queue, down, 20000));
        QCOMPARE(statusesOf(*m_queue, down), QList<Status>{Status::Failed});
        const QString message = messagesOf(*m_queue, down).first();
        QVERIFY2(message.startsWith(QStringLiteral("Could not write “big.bin”: ")), qPrintable(message));
        QVERIFY(!QFileInfo::exists(local.filePath(name)));
        QTRY_VERIFY(noPartFiles(local.path()));
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

    void uploadIsOneWellFormedRequest()
    {
        // What goes on the wire: the client's own Authorization, a Content-Length that is the
        // body's, and exactly one part named "file" holding the file's bytes. The reply comes
        // chunked, as a proxy in front of the server may send it.
        ScriptedServer server;
        api::RestClient client(server.url());
        client.setToken(QStringLiteral("upload-token"));
        QTemporaryDir local;
        const QString name = QStringLiteral("say \"hi\" back\\slash ünï.bin");
        const QString source = local.filePath(name);
        QVERIFY(makeFile(source, 3 * 1024 * 1024 + 17, 41));
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        server.enqueue(ScriptedServer::json(200, listingJson({})));
        const QByteArray json = R"({"message":"file uploaded successfully","filename":"x","path":"/home/user/x","size":)"
            + QByteArray::number(content.size()) + '}';
        ScriptedServer::Answer stored;
        stored.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(10, 16) + "\r\n" + json.first(10) + "\r\n" + QByteArray::number(json.size() - 10, 16)
            + ";ext=1\r\n" + json.sliced(10) + "\r\n0\r\n\r\n";
        server.enqueue(stored);

        const quint64 batch = m_queue->upload({&client, QStringLiteral("c"), QStringLiteral("c")}, {source},
                                              QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(statusesOf(*m_queue, batch), QList<Status>{Status::Done});
        QCOMPARE(m_queue->index(0, 0).data(Queue::BytesDoneRole).toLongLong(), content.size());

        QCOMPARE(server.requests().size(), 2);
        const QByteArray request = server.requests().at(1);
        const qsizetype headEnd = request.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray head = request.first(headEnd + 2);
        const QByteArray body = request.sliced(headEnd + 4);
        QVERIFY2(head.startsWith("POST /api/containers/c/files?path=%2Fhome%2Fuser HTTP/1.1\r\n"), head.constData());
        // Large: it asked for a go-ahead, and sent the body anyway when none came.
        QVERIFY2(head.toLower().contains("\r\nexpect: 100-continue\r\n"), head.constData());
        // Header names are case-insensitive (Qt sends them in lower case).
        QVERIFY2(head.toLower().contains("\r\nauthorization: bearer upload-token\r\n"), head.constData());
        QVERIFY2(head.contains("\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"), head.constData());
        const qsizetype at = head.indexOf("boundary=");
        QVERIFY(at > 0);
        const QByteArray boundary = head.mid(at + 9, head.indexOf("\r\n", at) - at - 9);
        QVERIFY(boundary.size() >= 20);
        QCOMPARE(body,
                 "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                     + QStringLiteral("say \\\"hi\\\" back\\\\slash ünï.bin").toUtf8()
                     + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n");
    }

    void uploadFailuresSayWhy()
    {
        ScriptedServer server;
        api::RestClient client(server.url());
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("f.bin"));
        QVERIFY(makeFile(source, 10000, 42));
        const files::RemoteTarget hostile{&client, QStringLiteral("c"), QStringLiteral("c")};

        // The server's error reply, in ApiError's words; not worth retrying unchanged.
        server.enqueue(ScriptedServer::json(200, listingJson({})));
        server.enqueue(ScriptedServer::json(400, R"j({"error":"file too large (max 100MB)"})j"));
        const quint64 refused = m_queue->upload(hostile, {source}, QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, refused));
        QCOMPARE(statusesOf(*m_queue, refused), QList<Status>{Status::Failed});
        QCOMPARE(messagesOf(*m_queue, refused).first(), QStringLiteral("The file is larger than the server accepts (at most 100 MB)."));
        QCOMPARE(m_queue->index(0, 0).data(Queue::RetryableRole).toBool(), false);

        // The connection closed with no reply at all: a network failure, worth a retry.
        m_queue->clearFinished();
        m_queue->remove(m_queue->idAt(0));
        server.enqueue(ScriptedServer::json(200, listingJson({})));
        server.enqueue(ScriptedServer::Answer{});
        const quint64 cut = m_queue->upload(hostile, {source}, QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, cut));
        QCOMPARE(statusesOf(*m_queue, cut), QList<Status>{Status::Failed});
        QVERIFY2(messagesOf(*m_queue, cut).first().startsWith(QStringLiteral("Cannot reach the server")),
                 qPrintable(messagesOf(*m_queue, cut).first()));
        QCOMPARE(m_queue->index(0, 0).data(Queue::RetryableRole).toBool(), true);

        // A reply that is not HTTP.
        m_queue->remove(m_queue->idAt(0));
        server.enqueue(ScriptedServer::json(200, listingJson({})));
        ScriptedServer::Answer garbage;
        garbage.raw = "SSH-2.0-OpenSSH_9.6\r\n\r\n";
        server.enqueue(garbage);
        const quint64 odd = m_queue->upload(hostile, {source}, QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, odd));
        QCOMPARE(messagesOf(*m_queue, odd).first(), QStringLiteral("The server answered in an unexpected way."));
    }

    void uploadRefusedEarlyKeepsTheServersWords()
    {
        // rexec-local refuses a body declared over its limit as soon as it has the head, and
        // closes. The upload waits for "100 Continue" before sending a large body, so the
        // refusal is heard, not lost in a connection reset halfway through the file.
        LocalServerProcess small({QStringLiteral("--upload-limit-mb"), QStringLiteral("1")});
        QString error;
        QVERIFY2(small.start(&error), qPrintable(error));
        HttpClient http(small.token());
        const QString id = createRunning(http, small, QStringLiteral("small"));
        QVERIFY(!id.isEmpty());
        api::RestClient client(small.url());
        client.setToken(QString::fromLatin1(small.token()));
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("big.bin"));
        QVERIFY(makeFile(source, 64 * 1024 * 1024, 43));
        m_queue->setUploadLimit(0); // the server judges
        const quint64 batch = m_queue->upload({&client, id, QStringLiteral("small")}, {source}, QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(statusesOf(*m_queue, batch), QList<Status>{Status::Failed});
        QCOMPARE(messagesOf(*m_queue, batch).first(), QStringLiteral("The file is larger than the server accepts (at most 1 MB)."));
    }

    void uploadOverTlsFollowsTheClientsCertificatePolicy()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        TlsUploadServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        api::RestClient client(server.url());
        QSignalSpy rejected(&client, &api::RestClient::certificateRejected);
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("secret.bin"));
        QVERIFY(makeFile(source, 2 * 1024 * 1024, 45));

        // A certificate nobody trusted: refused, and the client hears of it (the UI offers to
        // trust it from there).
        files::UploadJob refused(&client, QStringLiteral("c"), source, QStringLiteral("/home/user"), QStringLiteral("secret.bin"));
        QSignalSpy ended(&refused, &files::TransferJob::finished);
        refused.start();
        QVERIFY(ended.wait(20000));
        const auto outcome = ended.first().first().value<files::JobOutcome>();
        QCOMPARE(outcome.kind, files::JobOutcome::Kind::Failed);
        QCOMPARE(outcome.error.kind, api::ApiError::Kind::Tls);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().value<QSslCertificate>(), server.certificate);
        QVERIFY(server.uploadBody.isEmpty());

        // Once trusted for this profile, the same upload goes through, whole.
        client.setTrustedCertificate(server.certificate);
        const quint64 batch = m_queue->upload({&client, QStringLiteral("c"), QStringLiteral("c")}, {source},
                                              QStringLiteral("/home/user"));
        QVERIFY(waitForBatch(*m_queue, batch, 20000));
        QCOMPARE(statusesOf(*m_queue, batch), QList<Status>{Status::Done});
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(server.uploadBody.contains(file.readAll()));
    }

    void signingOutMidUploadFailsCleanly()
    {
        ScriptedServer server;
        auto client = std::make_unique<api::RestClient>(server.url());
        server.enqueue(ScriptedServer::json(200, listingJson({})));
        ScriptedServer::Answer silent;
        silent.neverFinish = true;
        server.enqueue(silent);
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("f.bin"));
        QVERIFY(makeFile(source, 100000, 44));
        const quint64 batch = m_queue->upload({client.get(), QStringLiteral("c"), QStringLiteral("c")}, {source},
                                              QStringLiteral("/home/user"));
        QVERIFY(waitUntil([&] { return server.requests().size() == 2; }, 10000));
        client.reset();
        QVERIFY(waitForBatch(*m_queue, batch, 10000));
        QCOMPARE(statusesOf(*m_queue, batch), QList<Status>{Status::Failed});
        QVERIFY2(messagesOf(*m_queue, batch).first().contains(QStringLiteral("closed")),
                 qPrintable(messagesOf(*m_queue, batch).first()));
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
        QTRY_VERIFY(noPartFiles(local.path()));

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
        QTRY_VERIFY(noPartFiles(local.path()));
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

    void concurrencyLimitAppliesLive()
    {
        // The setting changes while transfers run: a higher limit starts queued ones at once, a
        // lower one lets the running ones finish and holds back the rest.
        HeldServer server;
        api::RestClient client(server.url());
        QTemporaryDir local;
        QList<api::FileEntry> entries;
        for (const char *name : {"a.txt", "b.txt", "c.txt", "d.txt"}) {
            api::FileEntry entry;
            entry.name = QLatin1StringView(name);
            entry.path = QStringLiteral("/home/user/") + entry.name;
            entry.mode = QStringLiteral("-rw-r--r--");
            entries << entry;
        }
        m_queue->setMaxConcurrent(1);
        const quint64 batch = m_queue->download({&client, QStringLiteral("c"), QStringLiteral("c")}, entries, local.path());
        QVERIFY(waitUntil([&] { return server.held() == 1; }, 10000));
        QCOMPARE(statusesOf(*m_queue, batch), (QList<Status>{Status::Transferring, Status::Queued, Status::Queued, Status::Queued}));

        m_queue->setMaxConcurrent(3);
        QCOMPARE(m_queue->maxConcurrent(), 3);
        QCOMPARE(statusesOf(*m_queue, batch),
                 (QList<Status>{Status::Transferring, Status::Transferring, Status::Transferring, Status::Queued}));
        QVERIFY(waitUntil([&] { return server.held() == 3; }, 10000));

        m_queue->setMaxConcurrent(1);
        QCOMPARE(statusesOf(*m_queue, batch),
                 (QList<Status>{Status::Transferring, Status::Transferring, Status::Transferring, Status::Queued}));
        // One of the three ends; the scheduler runs (its queued call is delivered here) and,
        // with two still running, starts nothing.
        server.answer(1, "bbbbb");
        QVERIFY(waitUntil([&] { return m_queue->statusOf(m_queue->idAt(1)) == Status::Done; }, 10000));
        QCoreApplication::sendPostedEvents(m_queue.get(), QEvent::MetaCall);
        QCOMPARE(statusesOf(*m_queue, batch), (QList<Status>{Status::Transferring, Status::Done, Status::Transferring, Status::Queued}));
        QCOMPARE(server.held(), 3);

        // Below the limit again: the last one starts.
        server.answer(0, "aaaaa");
        server.answer(2, "ccccc");
        QVERIFY(waitUntil([&] { return server.held() == 4; }, 10000));
        QVERIFY(server.requestAt(3).contains("d.txt"));
        server.answer(3, "ddddd");
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(statusesOf(*m_queue, batch), (QList<Status>{Status::Done, Status::Done, Status::Done, Status::Done}));
        QCOMPARE(treeOf(local.path()).size(), 4);
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
