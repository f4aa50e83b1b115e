// SPDX-License-Identifier: GPL-3.0-or-later
// The remote folder model: listing, navigation, sorting, hidden files, and telling an empty
// folder from a missing one and from a stopped container, against a real rexec-local.
#include "../local/localtestutil.h"
#include "api/restclient.h"
#include "filestestutil.h"
#include "files/remotedirectorymodel.h"
#include "scriptedserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace rexec;
using namespace rexec::test;
using Model = files::RemoteDirectoryModel;
using State = files::RemoteDirectoryModel::State;

class TestFilesModel : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;
    HttpClient m_http;
    std::unique_ptr<api::RestClient> m_client;
    QString m_id;
    QString m_home;

    bool waitLoaded(Model &model)
    {
        return waitUntil([&] { return model.state() != State::Loading && model.state() != State::Idle; }, 10000);
    }

    QStringList names(const Model &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, Model::NameColumn).data(Qt::EditRole).toString();
        return list;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_http.setToken(m_server.token());
        m_id = createRunning(m_http, m_server, QStringLiteral("model"));
        QVERIFY(!m_id.isEmpty());
        const QString dbId = m_http.get(m_server.url(QStringLiteral("/api/containers/") + m_id)).json.value(u"db_id").toString();
        m_home = m_server.dataDir() + QStringLiteral("/data/containers/%1/fs/home").arg(dbId);
        m_client = std::make_unique<api::RestClient>(m_server.url());
        m_client->setToken(QString::fromLatin1(m_server.token()));
        QVERIFY(makeFile(m_home + QStringLiteral("/b10.txt"), 300, 1));
        QVERIFY(makeFile(m_home + QStringLiteral("/b9.txt"), 2000, 2));
        QVERIFY(makeFile(m_home + QStringLiteral("/A.png"), 10, 3));
        QVERIFY(makeFile(m_home + QStringLiteral("/.profile-extra"), 10, 4));
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/zeta")));
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/Alpha/inner")));
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/empty")));
        QVERIFY(QFile::link(QStringLiteral("Alpha"), m_home + QStringLiteral("/to-alpha")));
        QVERIFY(QFile::link(QStringLiteral("b9.txt"), m_home + QStringLiteral("/to-file")));
        QVERIFY(QFile::link(QStringLiteral("/home/user/empty"), m_home + QStringLiteral("/to-empty")));
        QVERIFY(QFile::link(QStringLiteral("nowhere"), m_home + QStringLiteral("/dangling")));
        QVERIFY(QFile::link(QStringLiteral("loop-b"), m_home + QStringLiteral("/loop-a")));
        QVERIFY(QFile::link(QStringLiteral("loop-a"), m_home + QStringLiteral("/loop-b")));
    }

    void listsSortedWithFoldersFirst()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        model.setContainerId(m_id);
        model.home();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.state(), State::Ready);
        QCOMPARE(model.path(), QStringLiteral("/home/user"));
        // Natural order (b9 before b10), case-insensitive, folders first; hidden ones left out.
        const QStringList shown = names(model);
        QCOMPARE(shown.mid(0, 3), (QStringList{QStringLiteral("Alpha"), QStringLiteral("empty"), QStringLiteral("zeta")}));
        QVERIFY(shown.indexOf(QStringLiteral("b9.txt")) < shown.indexOf(QStringLiteral("b10.txt")));
        QVERIFY(!shown.contains(QStringLiteral(".profile-extra")));
        QVERIFY(model.hiddenCount() >= 1);
        QVERIFY(model.containsName(QStringLiteral(".profile-extra")));

        model.sort(Model::SizeColumn, Qt::DescendingOrder);
        const QStringList bySize = names(model);
        QVERIFY(bySize.indexOf(QStringLiteral("b9.txt")) < bySize.indexOf(QStringLiteral("b10.txt")));
        QVERIFY(bySize.indexOf(QStringLiteral("zeta")) < bySize.indexOf(QStringLiteral("b9.txt")));

        model.setShowHidden(true);
        QVERIFY(names(model).contains(QStringLiteral(".profile-extra")));

        // Columns: sizes in words, permissions as ls shows them, icons by type, links with targets.
        const int png = model.rowForName(QStringLiteral("A.png"));
        QVERIFY(png >= 0);
        QCOMPARE(model.index(png, Model::SizeColumn).data().toString(), QStringLiteral("10 bytes"));
        QCOMPARE(model.index(png, Model::PermissionsColumn).data().toString(), QStringLiteral("-rw-r--r--"));
        QCOMPARE(model.index(png, 0).data(Model::MimeTypeRole).toString(), QStringLiteral("image/png"));
        QVERIFY(model.index(png, 0).data(Model::IconNamesRole).toStringList().contains(QStringLiteral("image-png")));
        QVERIFY(!model.index(png, Model::ModifiedColumn).data().toString().isEmpty());
        const int link = model.rowForName(QStringLiteral("to-alpha"));
        QVERIFY(link >= 0);
        QCOMPARE(model.index(link, 0).data().toString(), QStringLiteral("to-alpha → Alpha"));
        QCOMPARE(model.index(link, 0).data(Model::PathRole).toString(), QStringLiteral("/home/user/to-alpha"));
        QVERIFY(model.index(link, 0).data(Model::IsSymlinkRole).toBool());
    }

    void navigation()
    {
        Model model;
        model.setClient(m_client.get());
        model.setContainerId(m_id);
        model.home();
        QVERIFY(waitLoaded(model));
        QVERIFY(!model.canGoBack());
        model.setPath(QStringLiteral("/home/user/Alpha"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(names(model), QStringList{QStringLiteral("inner")});
        // Entering a link lists the folder it points to.
        model.setPath(QStringLiteral("/home/user/to-alpha"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.state(), State::Ready);
        QCOMPARE(names(model), QStringList{QStringLiteral("inner")});
        model.back();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.path(), QStringLiteral("/home/user/Alpha"));
        QVERIFY(model.canGoForward());
        model.up();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.path(), QStringLiteral("/home/user"));
        QVERIFY(!model.canGoForward());
        model.back();
        QVERIFY(waitLoaded(model));
        model.forward();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.path(), QStringLiteral("/home/user"));
        model.setPath(QStringLiteral("/"));
        QVERIFY(waitLoaded(model));
        QVERIFY(!model.canGoUp());
        QVERIFY(names(model).contains(QStringLiteral("home")));
    }

    void emptyMissingAndFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<State>("state");
        QTest::newRow("empty") << QStringLiteral("/home/user/empty") << State::Empty;
        QTest::newRow("missing") << QStringLiteral("/home/user/no-such-folder") << State::NotFound;
        QTest::newRow("missing deep") << QStringLiteral("/home/user/no/such/folder") << State::NotFound;
        QTest::newRow("a file") << QStringLiteral("/home/user/b9.txt") << State::NotAFolder;
        QTest::newRow("link to a file") << QStringLiteral("/home/user/to-file") << State::NotAFolder;
        QTest::newRow("link to an empty folder") << QStringLiteral("/home/user/to-empty") << State::Empty;
        QTest::newRow("dangling link") << QStringLiteral("/home/user/dangling") << State::NotFound;
        QTest::newRow("link loop") << QStringLiteral("/home/user/loop-a") << State::Empty;
    }

    void emptyMissingAndFile()
    {
        QFETCH(QString, path);
        QFETCH(State, state);
        Model model;
        model.setClient(m_client.get());
        model.setContainerId(m_id);
        model.setPath(path);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.state(), state);
        QCOMPARE(model.rowCount(), 0);
    }

    void stoppedContainer()
    {
        const QString other = createRunning(m_http, m_server, QStringLiteral("halted"));
        QVERIFY(!other.isEmpty());
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/stop").arg(other)), {}).status, 200);
        Model model;
        model.setClient(m_client.get());
        model.setContainerId(other);
        model.home();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.state(), State::Stopped);
        QCOMPARE(model.error().userMessage(), QStringLiteral("The terminal is not running. Start it first."));
    }

    void hostileListing()
    {
        ScriptedServer server;
        api::RestClient client(server.url());
        const QString nul = QStringLiteral("n") + QChar(0) + QStringLiteral("ul");
        QJsonArray files;
        for (const QString &name : {QStringLiteral("../../x"), QStringLiteral("a/b"), nul, QStringLiteral("ok")})
            files.append(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("path"), QStringLiteral("/etc/") + name},
                                     {QStringLiteral("size"), 1},
                                     {QStringLiteral("mode"), QStringLiteral("-rw-r--r--")},
                                     {QStringLiteral("is_dir"), false}});
        server.enqueue(ScriptedServer::json(
                200, QJsonDocument(QJsonObject{{QStringLiteral("files"), files}}).toJson(QJsonDocument::Compact)));
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        model.setContainerId(QStringLiteral("c"));
        model.home();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 3); // "../../x" starts with a dot: hidden
        model.setShowHidden(true);
        QCOMPARE(model.rowCount(), 4);
        // Shown with the NUL made visible; paths built here, not taken from the server.
        const int row = model.rowForName(nul);
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("n\uFFFDul"));
        QCOMPARE(model.index(row, 0).data(Model::PathRole).toString(), QStringLiteral("/home/user/") + nul);
    }
};

QTEST_GUILESS_MAIN(TestFilesModel)
#include "tst_files_model.moc"
