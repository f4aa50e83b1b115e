// SPDX-License-Identifier: GPL-3.0-or-later
// The file browser and the transfer panel on a real X server against a real rexec-local:
// listing, navigation, states, drag-and-drop both ways driven with real drop events on the
// view and the drag data's own retrieval, paste, new folder, delete, open, conflicts, and the
// main window's Files action with its transfer dock. Screenshots go to <build>/screenshots.
#include "../gui/guitestutil.h"
#include "../local/localtestutil.h"
#include "accounts/secretstore.h"
#include "accounts/workspace.h"
#include "api/restclient.h"
#include "containers/containermodel.h"
#include "containers/containersession.h"
#include "filestestutil.h"
#include "files/conflictdialog.h"
#include "files/filebrowser.h"
#include "files/fileview.h"
#include "files/pathbar.h"
#include "files/remotedragmimedata.h"
#include "files/transferpanel.h"
#include "files/transferqueue.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeView>

#include <memory>

using namespace rexec;
using namespace rexec::test;
using Model = files::RemoteDirectoryModel;
using Queue = files::TransferQueue;
using Status = files::TransferQueue::Status;

namespace {

// Sends enter, move and (unless `drop` is false) drop events for `mime` at `pos` on the view,
// as the window system delivers them; returns whether the drop (or the move) was accepted.
bool dragOnto(QAbstractItemView *view, const QPoint &pos, QMimeData *mime, bool drop = true)
{
    QWidget *target = view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!drop)
        return move.isAccepted();
    QDropEvent dropped(QPointF(pos), Qt::CopyAction, mime, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

// A download server that trickles: headers for `size` bytes, then 64 KiB every 40 ms for as
// long as it is asked; speeds and times left look as they do on a real connection.
class TrickleServer : public QTcpServer
{
public:
    explicit TrickleServer(qint64 size, qint64 stopAt)
        : m_size(size)
        , m_stopAt(stopAt)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n") || socket->property("started").toBool())
                        return;
                    socket->setProperty("started", true);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                                  + QByteArray::number(m_size) + "\r\nX-File-Size: " + QByteArray::number(m_size) + "\r\n\r\n");
                    auto *pump = new QTimer(socket);
                    auto sent = std::make_shared<qint64>(0);
                    connect(pump, &QTimer::timeout, socket, [this, socket, sent, pump] {
                        if (*sent >= m_stopAt) {
                            pump->stop();
                            return;
                        }
                        socket->write(QByteArray(64 * 1024, 'z'));
                        *sent += 64 * 1024;
                    });
                    pump->start(40);
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    qint64 m_size;
    qint64 m_stopAt;
};

// createRunning() for a server known by its URL (the one the app launched itself).
QString createRunningAt(HttpClient &http, QUrl base, const QString &name)
{
    base.setPath(QStringLiteral("/api/containers"));
    const HttpResult created = http.postJson(base, {{QStringLiteral("image"), QStringLiteral("host")}, {QStringLiteral("name"), name}});
    if (created.status != 202)
        return {};
    const QString uuid = created.json.value(u"id").toString();
    QString id;
    base.setPath(QStringLiteral("/api/containers/") + uuid);
    (void)waitUntil([&] {
        const HttpResult got = http.get(base);
        if (got.json.value(u"status").toString() != u"running")
            return false;
        id = got.json.value(u"id").toString();
        return true;
    }, 20000);
    return id;
}

} // namespace

// Stands in for the desktop's "open with the default application".
class UrlOpener : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestFileBrowser : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;
    HttpClient m_http;
    std::unique_ptr<api::RestClient> m_client;
    QString m_id;
    QString m_home;
    QTemporaryDir m_local;

    std::unique_ptr<Queue> m_queue;
    std::unique_ptr<ui::FileBrowser> m_browser;

    bool waitListed(ui::FileBrowser &browser)
    {
        return waitUntil([&] {
            const auto state = browser.model()->state();
            return state != Model::State::Loading && state != Model::State::Idle;
        }, 10000);
    }

    QStringList names(ui::FileBrowser &browser)
    {
        QStringList list;
        for (int row = 0; row < browser.model()->rowCount(); ++row)
            list << browser.model()->entryAt(row).name;
        return list;
    }

    QPoint rowCenter(ui::FileBrowser &browser, const QString &name)
    {
        const int row = browser.model()->rowForName(name);
        return browser.view()->visualRect(browser.model()->index(row, 0)).center();
    }

    QPoint emptySpot(ui::FileBrowser &browser)
    {
        return QPoint(browser.view()->viewport()->width() / 2, browser.view()->viewport()->height() - 10);
    }

    void select(ui::FileBrowser &browser, const QStringList &wanted)
    {
        QItemSelection selection;
        for (const QString &name : wanted) {
            const QModelIndex index = browser.model()->index(browser.model()->rowForName(name), 0);
            selection.select(index, index.siblingAtColumn(Model::ColumnCount - 1));
        }
        browser.view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RexecTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_filebrowser"));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_http.setToken(m_server.token());
        m_id = createRunning(m_http, m_server, QStringLiteral("workbench"));
        QVERIFY(!m_id.isEmpty());
        const QString dbId = m_http.get(m_server.url(QStringLiteral("/api/containers/") + m_id)).json.value(u"db_id").toString();
        m_home = m_server.dataDir() + QStringLiteral("/data/containers/%1/fs/home").arg(dbId);
        m_client = std::make_unique<api::RestClient>(m_server.url());
        m_client->setToken(QString::fromLatin1(m_server.token()));

        // A home that looks lived in.
        QVERIFY(makeFile(m_home + QStringLiteral("/README.md"), 2400, 1));
        QVERIFY(makeFile(m_home + QStringLiteral("/notes.txt"), 812, 2));
        QVERIFY(makeFile(m_home + QStringLiteral("/build.sh"), 1350, 3));
        QFile::setPermissions(m_home + QStringLiteral("/build.sh"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                                         | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                                         | QFile::ExeOther);
        QVERIFY(makeFile(m_home + QStringLiteral("/diagram.png"), 48211, 4));
        QVERIFY(makeFile(m_home + QStringLiteral("/backup-2025.tar.gz"), 7340032, 5));
        QVERIFY(makeFile(m_home + QStringLiteral("/main.py"), 5120, 6));
        QVERIFY(makeFile(m_home + QStringLiteral("/.bashrc"), 3771, 7));
        QVERIFY(makeFile(m_home + QStringLiteral("/projects/rexec/src/app.cpp"), 9000, 8));
        QVERIFY(makeFile(m_home + QStringLiteral("/projects/Prøjekt 文件/ünï.txt"), 120, 9));
        QVERIFY(makeFile(m_home + QStringLiteral("/photos/trip.jpg"), 250000, 10));
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/inbox")));
        QVERIFY(QFile::link(QStringLiteral("projects/rexec"), m_home + QStringLiteral("/current")));
        QVERIFY(QFile::link(QStringLiteral("notes.txt"), m_home + QStringLiteral("/notes-link.txt")));
    }

    void init()
    {
        m_queue = std::make_unique<Queue>();
        m_browser = std::make_unique<ui::FileBrowser>(m_client.get(), m_id, QStringLiteral("workbench"), m_queue.get());
        m_browser->setStagingRoot(m_local.filePath(QStringLiteral("staging")));
        m_browser->resize(900, 560);
        m_browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
        QVERIFY(waitListed(*m_browser));
    }

    void cleanup()
    {
        m_browser.reset();
        m_queue.reset();
    }

    void listsWithIconsTargetsAndNavigation()
    {
        QCOMPARE(m_browser->model()->state(), Model::State::Ready);
        QCOMPARE(m_browser->path(), QStringLiteral("/home/user"));
        const QStringList shown = names(*m_browser);
        QCOMPARE(shown.mid(0, 3), (QStringList{QStringLiteral("inbox"), QStringLiteral("photos"), QStringLiteral("projects")}));
        QVERIFY(!shown.contains(QStringLiteral(".bashrc")));
        const int link = m_browser->model()->rowForName(QStringLiteral("current"));
        QCOMPARE(m_browser->model()->index(link, 0).data().toString(), QStringLiteral("current → projects/rexec"));
        // Hidden files on demand.
        auto *status = m_browser->findChild<QLabel *>(QStringLiteral("fileStatus"));
        QVERIFY(status->text().contains(QStringLiteral("1 hidden")));
        m_browser->action(QStringLiteral("fileShowHidden"))->trigger();
        QVERIFY(names(*m_browser).contains(QStringLiteral(".bashrc")));
        m_browser->action(QStringLiteral("fileShowHidden"))->trigger();
        // Sortable columns: by size, largest first, folders still first.
        m_browser->view()->header()->setSortIndicator(Model::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(names(*m_browser).at(3), QStringLiteral("backup-2025.tar.gz"));
        m_browser->view()->header()->setSortIndicator(Model::NameColumn, Qt::AscendingOrder);

        // Double-click (activate) a folder, then a link to a folder; back, up, home, the path bar.
        emit m_browser->view()->activated(m_browser->model()->index(m_browser->model()->rowForName(QStringLiteral("projects")), 0));
        QVERIFY(waitListed(*m_browser));
        QCOMPARE(m_browser->path(), QStringLiteral("/home/user/projects"));
        QCOMPARE(m_browser->pathBar()->path(), QStringLiteral("/home/user/projects"));
        m_browser->action(QStringLiteral("fileBack"))->trigger();
        QVERIFY(waitListed(*m_browser));
        emit m_browser->view()->activated(m_browser->model()->index(m_browser->model()->rowForName(QStringLiteral("current")), 0));
        QVERIFY(waitListed(*m_browser));
        QCOMPARE(names(*m_browser), QStringList{QStringLiteral("src")});
        m_browser->action(QStringLiteral("fileUp"))->trigger();
        QVERIFY(waitListed(*m_browser));
        QCOMPARE(m_browser->path(), QStringLiteral("/home/user"));
        m_browser->pathBar()->editPath();
        QVERIFY(m_browser->pathBar()->isEditing());
        m_browser->pathBar()->lineEdit()->setText(QStringLiteral("/home/user/projects/rexec"));
        QTest::keyClick(m_browser->pathBar()->lineEdit(), Qt::Key_Return);
        QVERIFY(waitListed(*m_browser));
        QCOMPARE(m_browser->path(), QStringLiteral("/home/user/projects/rexec"));
        QVERIFY(!m_browser->pathBar()->isEditing());
        m_browser->action(QStringLiteral("fileHome"))->trigger();
        QVERIFY(waitListed(*m_browser));
        QCOMPARE(m_browser->path(), QStringLiteral("/home/user"));
        QVERIFY(m_browser->action(QStringLiteral("fileBack"))->isEnabled());
    }

    void statesSayWhyNothingIsListed()
    {
        auto *stack = m_browser->findChild<QStackedWidget *>();
        auto *title = m_browser->findChild<QLabel *>(QStringLiteral("fileStateTitle"));
        m_browser->setPath(QStringLiteral("/home/user/no/such/place"));
        QVERIFY(waitUntil([&] { return m_browser->model()->state() == Model::State::NotFound; }, 10000));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("fileStatePage"));
        QCOMPARE(title->text(), QStringLiteral("No such folder"));
        saveScreenshot(m_browser->grab().toImage(), QStringLiteral("file-browser-not-found"));
        m_browser->findChild<QPushButton *>(QStringLiteral("fileStatePrimary"))->click();
        QVERIFY(waitUntil([&] { return m_browser->model()->state() == Model::State::Ready; }, 10000));
        QCOMPARE(stack->currentWidget(), m_browser->view());

        m_browser->setPath(QStringLiteral("/home/user/inbox"));
        QVERIFY(waitUntil([&] { return m_browser->model()->state() == Model::State::Empty; }, 10000));
        QCOMPARE(stack->currentWidget(), m_browser->view()); // empty: still a drop target

        // A stopped container: why, and a Start button that asks the window to start it.
        const QString other = createRunning(m_http, m_server, QStringLiteral("sleepy"));
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/stop").arg(other)), {}).status, 200);
        ui::FileBrowser stopped(m_client.get(), other, QStringLiteral("sleepy"), m_queue.get());
        stopped.resize(700, 420);
        stopped.show();
        QVERIFY(waitListed(stopped));
        QCOMPARE(stopped.model()->state(), Model::State::Stopped);
        QCOMPARE(stopped.findChild<QLabel *>(QStringLiteral("fileStateTitle"))->text(), QStringLiteral("sleepy is stopped"));
        QSignalSpy start(&stopped, &ui::FileBrowser::startRequested);
        auto *button = stopped.findChild<QPushButton *>(QStringLiteral("fileStatePrimary"));
        QCOMPARE(button->text(), QStringLiteral("Start sleepy"));
        saveScreenshot(stopped.grab().toImage(), QStringLiteral("file-browser-stopped"));
        button->click();
        QCOMPARE(start.size(), 1);
        // The window starts it and hands over the (maybe new) id; the listing follows.
        const HttpResult started = m_http.post(m_server.url(QStringLiteral("/api/containers/%1/start").arg(other)), {});
        QCOMPARE(started.status, 200);
        const QString startedId = started.json.value(u"id").toString(other);
        QVERIFY(waitUntil([&] {
            return m_http.get(m_server.url(QStringLiteral("/api/containers/") + startedId)).json.value(u"status").toString() == u"running";
        }, 20000));
        stopped.setContainerId(startedId);
        // A fresh home: listed, and empty.
        QVERIFY(waitUntil([&] { return stopped.model()->state() == Model::State::Empty; }, 10000));
        QCOMPARE(stopped.findChild<QStackedWidget *>()->currentWidget(), stopped.view());
    }

    void dropUploadsIntoTheFolderShownOrTheFolderUnderThePointer()
    {
        const QString source = m_local.filePath(QStringLiteral("drop/report.pdf"));
        QVERIFY(makeFile(source, 300000, 20));
        const QString tree = m_local.filePath(QStringLiteral("drop/Tree ünï"));
        QVERIFY(makeFile(tree + QStringLiteral("/a.txt"), 10, 21));
        QVERIFY(makeFile(tree + QStringLiteral("/sub/b.bin"), 70000, 22));

        QMimeData onFolderShown;
        onFolderShown.setUrls({QUrl::fromLocalFile(source), QUrl::fromLocalFile(tree)});
        QVERIFY(dragOnto(m_browser->view(), emptySpot(*m_browser), &onFolderShown));
        QVERIFY(waitUntil([&] { return m_queue->rowCount() == 3 && m_queue->unfinishedCount() == 0; }, 20000));
        QCOMPARE(fileHash(m_home + QStringLiteral("/report.pdf")), fileHash(source));
        QCOMPARE(treeOf(m_home + QStringLiteral("/Tree ünï")), treeOf(tree));
        // The browser lists what arrived.
        QVERIFY(waitUntil([&] { return m_browser->model()->rowForName(QStringLiteral("report.pdf")) >= 0; }, 10000));

        // Onto the "photos" row: into photos, and the row is highlighted while hovering.
        QMimeData onRow;
        onRow.setUrls({QUrl::fromLocalFile(source)});
        const QPoint photos = rowCenter(*m_browser, QStringLiteral("photos"));
        QVERIFY(dragOnto(m_browser->view(), photos, &onRow, false));
        QCOMPARE(m_browser->view()->dropTarget().data(Model::PathRole).toString(), QStringLiteral("/home/user/photos"));
        saveScreenshot(m_browser->grab().toImage(), QStringLiteral("file-browser-drop"));
        QVERIFY(dragOnto(m_browser->view(), photos, &onRow));
        QVERIFY(waitUntil([&] { return m_queue->rowCount() == 4 && m_queue->unfinishedCount() == 0; }, 20000));
        QCOMPARE(fileHash(m_home + QStringLiteral("/photos/report.pdf")), fileHash(source));

        // Our own drags are not taken back as uploads; nor are web links.
        auto *own = m_browser->createDragData({m_browser->model()->entryAt(m_browser->model()->rowForName(QStringLiteral("notes.txt")))});
        QVERIFY(!dragOnto(m_browser->view(), emptySpot(*m_browser), own));
        delete own;
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.com/x.zip"))});
        QVERIFY(!dragOnto(m_browser->view(), emptySpot(*m_browser), &web));
        QFile::remove(m_home + QStringLiteral("/report.pdf"));
        QFile::remove(m_home + QStringLiteral("/photos/report.pdf"));
        QDir(m_home + QStringLiteral("/Tree ünï")).removeRecursively();
    }

    void pasteUploadsCopiedFiles()
    {
        const QString source = m_local.filePath(QStringLiteral("paste/copied.txt"));
        QVERIFY(makeFile(source, 4321, 30));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(source)});
        QGuiApplication::clipboard()->setMimeData(mime);
        m_browser->action(QStringLiteral("filePaste"))->trigger();
        QVERIFY(waitUntil([&] { return m_queue->rowCount() == 1 && m_queue->unfinishedCount() == 0; }, 20000));
        QCOMPARE(fileHash(m_home + QStringLiteral("/copied.txt")), fileHash(source));
        QFile::remove(m_home + QStringLiteral("/copied.txt"));
    }

    void dragOutFetchesOnlyWhenDropped()
    {
        select(*m_browser, {QStringLiteral("notes.txt"), QStringLiteral("projects")});
        const QList<api::FileEntry> entries = m_browser->selectedEntries();
        QCOMPARE(entries.size(), 2);

        // A drag that is cancelled: formats were looked at, nothing was fetched or written.
        {
            std::unique_ptr<ui::RemoteDragMimeData> cancelled(m_browser->createDragData(entries));
            QVERIFY(cancelled->hasUrls());
            QVERIFY(cancelled->formats().contains(QStringLiteral("text/uri-list")));
            QCOMPARE(cancelled->batch(), 0u);
            QVERIFY(!QFileInfo::exists(cancelled->stagingDir()));
        }
        QCOMPARE(m_queue->rowCount(), 0);

        // The drop: the target asks for text/uri-list (as the X11 selection request does, through
        // data()); the files are downloaded then, whole, and the list names them.
        std::unique_ptr<ui::RemoteDragMimeData> mime(m_browser->createDragData(entries));
        mime->setDropped(true);
        const QByteArray uriList = mime->data(QStringLiteral("text/uri-list"));
        QVERIFY(mime->batch() != 0);
        QVERIFY(m_queue->isBatchFinished(mime->batch()));
        const QList<QUrl> urls = mime->urls();
        QCOMPARE(urls.size(), 2);
        QCOMPARE(QString::fromUtf8(uriList).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 2);
        // Folders sort first in the view, so the selection is (projects, notes.txt).
        const QString projects = urls.at(0).toLocalFile();
        const QString notes = urls.at(1).toLocalFile();
        QVERIFY(projects.endsWith(QStringLiteral("/projects")));
        QVERIFY(notes.startsWith(mime->stagingDir()));
        QCOMPARE(fileHash(notes), fileHash(m_home + QStringLiteral("/notes.txt")));
        QCOMPARE(treeOf(projects), treeOf(m_home + QStringLiteral("/projects")));
        QVERIFY(noPartFiles(mime->stagingDir()));
        // Asked again (another format, a second request): the same files, nothing fetched twice.
        const int rows = m_queue->rowCount();
        QCOMPARE(mime->urls(), urls);
        QCOMPARE(m_queue->rowCount(), rows);
    }

    void downloadToAChosenFolderAndOpen()
    {
        select(*m_browser, {QStringLiteral("diagram.png"), QStringLiteral("photos")});
        const QString into = m_local.filePath(QStringLiteral("downloads"));
        QDir().mkpath(into);
        const quint64 batch = m_browser->downloadTo(m_browser->selectedEntries(), into);
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(fileHash(into + QStringLiteral("/diagram.png")), fileHash(m_home + QStringLiteral("/diagram.png")));
        QCOMPARE(treeOf(into + QStringLiteral("/photos")), treeOf(m_home + QStringLiteral("/photos")));

        // Double-click a file: downloaded, then opened with the desktop's application.
        UrlOpener opener;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opener, "open");
        QSignalSpy openedSpy(m_browser.get(), &ui::FileBrowser::fileOpened);
        emit m_browser->view()->activated(m_browser->model()->index(m_browser->model()->rowForName(QStringLiteral("main.py")), 0));
        QVERIFY(openedSpy.wait(10000));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        const QString path = openedSpy.first().first().toString();
        QVERIFY(path.endsWith(QStringLiteral("/main.py")));
        QCOMPARE(fileHash(path), fileHash(m_home + QStringLiteral("/main.py")));
        QCOMPARE(opener.opened, QList<QUrl>{QUrl::fromLocalFile(path)});
    }

    void newFolderAndDeleteWithConfirmation()
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer] {
            auto *dialog = findTopLevel<QInputDialog>(QStringLiteral("newFolderDialog"));
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            dialog->setTextValue(QStringLiteral("fresh folder"));
            dialog->accept();
        });
        timer->start(20);
        m_browser->action(QStringLiteral("fileNewFolder"))->trigger();
        QVERIFY(waitUntil([&] { return m_browser->model()->rowForName(QStringLiteral("fresh folder")) >= 0; }, 10000));
        QVERIFY(QFileInfo(m_home + QStringLiteral("/fresh folder")).isDir());
        // The new folder is selected.
        QCOMPARE(m_browser->selectedEntries().value(0).name, QStringLiteral("fresh folder"));

        QVERIFY(makeFile(m_home + QStringLiteral("/doomed.log"), 10, 40));
        m_browser->model()->refresh();
        QVERIFY(waitUntil([&] { return m_browser->model()->rowForName(QStringLiteral("doomed.log")) >= 0; }, 10000));
        select(*m_browser, {QStringLiteral("fresh folder"), QStringLiteral("doomed.log")});
        // Cancel first: nothing goes.
        bool answered = false;
        auto *cancel = new QTimer(this);
        connect(cancel, &QTimer::timeout, this, [cancel] {
            if (auto *box = findTopLevel<QMessageBox>(QStringLiteral("fileDeleteConfirmation"))) {
                cancel->stop();
                cancel->deleteLater();
                box->button(QMessageBox::Cancel)->click();
            }
        });
        cancel->start(20);
        m_browser->view()->setFocus();
        QTest::keyClick(m_browser->view(), Qt::Key_Delete);
        QVERIFY(QFileInfo::exists(m_home + QStringLiteral("/doomed.log")));
        answerDialogLater(QStringLiteral("fileDeleteConfirmation"), QStringLiteral("confirmFileDelete"), &answered);
        m_browser->action(QStringLiteral("fileDelete"))->trigger();
        QVERIFY(answered);
        QVERIFY(waitUntil([&] { return m_browser->model()->rowForName(QStringLiteral("doomed.log")) < 0; }, 10000));
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/doomed.log")));
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/fresh folder")));
    }

    void openTerminalHereSaysWhichFolder()
    {
        QSignalSpy spy(m_browser.get(), &ui::FileBrowser::openTerminalRequested);
        m_browser->action(QStringLiteral("fileOpenTerminal"))->trigger();
        QCOMPARE(spy.takeFirst().first().toString(), QStringLiteral("/home/user"));
        select(*m_browser, {QStringLiteral("projects")});
        m_browser->action(QStringLiteral("fileOpenTerminal"))->trigger();
        QCOMPARE(spy.takeFirst().first().toString(), QStringLiteral("/home/user/projects"));
    }

    void conflictsAreAskedInThePanel()
    {
        ui::TransferPanel panel(m_queue.get());
        panel.resize(900, 260);
        panel.show();
        const QString source = m_local.filePath(QStringLiteral("conflict/notes.txt"));
        QVERIFY(makeFile(source, 99, 50));
        const QByteArray before = fileHash(m_home + QStringLiteral("/notes.txt"));
        m_browser->uploadLocal({QUrl::fromLocalFile(source)}, QStringLiteral("/home/user"));
        ui::ConflictDialog *dialog = nullptr;
        QVERIFY(waitUntil([&] { return (dialog = panel.conflictDialog()) && dialog->isVisible(); }, 10000));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("conflictTitle"))->text().contains(QStringLiteral("notes.txt")));
        // Where it is: one sentence, not fragments nested in each other.
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("conflictWhere"))->text(),
                 QStringLiteral("It is in the folder /home/user in the container workbench."));
        saveScreenshot(dialog->grab().toImage(), QStringLiteral("transfer-conflict"));
        QCOMPARE(fileHash(m_home + QStringLiteral("/notes.txt")), before);
        dialog->findChild<QPushButton *>(QStringLiteral("conflictKeepBoth"))->click();
        QVERIFY(waitUntil([&] { return m_queue->unfinishedCount() == 0 && m_queue->rowCount() == 1; }, 10000));
        QCOMPARE(fileHash(m_home + QStringLiteral("/notes (2).txt")), fileHash(source));
        QCOMPARE(fileHash(m_home + QStringLiteral("/notes.txt")), before);
        QFile::remove(m_home + QStringLiteral("/notes (2).txt"));
    }

    void transferPanelScreenshot()
    {
        // A realistic mix: done, running with speed and time left, queued, waiting for an
        // answer, refused before sending, failed.
        QMainWindow window;
        window.setWindowTitle(QStringLiteral("Transfers"));
        auto *panel = new ui::TransferPanel(m_queue.get());
        window.setCentralWidget(panel);
        window.resize(1000, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString up = m_local.filePath(QStringLiteral("panel/dataset.csv"));
        QVERIFY(makeFile(up, 3 * 1024 * 1024, 60));
        QVERIFY(waitForBatch(*m_queue, m_browser->uploadLocal({QUrl::fromLocalFile(up)}, QStringLiteral("/home/user/inbox"))));
        select(*m_browser, {QStringLiteral("backup-2025.tar.gz")});
        QVERIFY(waitForBatch(*m_queue, m_browser->downloadTo(m_browser->selectedEntries(), m_local.filePath(QStringLiteral("panel-down")))));

        const QString huge = m_local.filePath(QStringLiteral("panel/video-raw.mov"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(180) * 1024 * 1024));
        }
        m_browser->uploadLocal({QUrl::fromLocalFile(huge)}, QStringLiteral("/home/user"));
        const QString clash = m_local.filePath(QStringLiteral("panel/README.md"));
        QVERIFY(makeFile(clash, 100, 61));
        m_browser->uploadLocal({QUrl::fromLocalFile(clash)}, QStringLiteral("/home/user"));
        QVERIFY(waitUntil([&] { return !m_queue->waitingForAnswer().isEmpty(); }, 10000));
        if (panel->conflictDialog())
            panel->conflictDialog()->close(); // answered later; the row waits

        TrickleServer slow(220 * 1024 * 1024, 200 * 1024 * 1024);
        api::RestClient slowClient(slow.url());
        const files::RemoteTarget remote{&slowClient, QStringLiteral("c"), QStringLiteral("workbench")};
        api::FileEntry image;
        image.name = QStringLiteral("ubuntu-24.04-server.img");
        image.path = QStringLiteral("/home/user/ubuntu-24.04-server.img");
        image.size = 220 * 1024 * 1024;
        image.mode = QStringLiteral("-rw-r--r--");
        api::FileEntry logs = image;
        logs.name = QStringLiteral("logs-archive.tar.zst");
        logs.path = QStringLiteral("/home/user/logs-archive.tar.zst");
        api::FileEntry queued = image;
        queued.name = QStringLiteral("model-weights.bin");
        queued.path = QStringLiteral("/home/user/model-weights.bin");
        m_queue->download(remote, {image, logs, queued}, m_local.filePath(QStringLiteral("panel-slow")));

        QVERIFY(waitUntil([&] {
            const QModelIndex running = m_queue->index(4, Queue::ProgressColumn);
            return running.data(Queue::ProgressRole).toDouble() > 0.02 && running.data(Queue::SpeedRole).toDouble() > 0;
        }, 20000));
        QTest::qWait(1500); // a couple of speed samples
        panel->view()->selectionModel()->select(m_queue->index(4, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        saveScreenshot(window.grab().toImage(), QStringLiteral("transfer-panel"));
        const QList<Status> expected{Status::Done, Status::Done, Status::Failed, Status::NeedsAnswer,
                                     Status::Transferring, Status::Transferring, Status::Queued};
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(Status(m_queue->index(row, 0).data(Queue::StatusRole).toInt()), expected.at(row));

        // Cancel from the panel: the partial file goes.
        panel->action(QStringLiteral("transferCancel"))->trigger();
        QCOMPARE(Status(m_queue->index(4, 0).data(Queue::StatusRole).toInt()), Status::Cancelled);
        QVERIFY(!QFileInfo::exists(m_local.filePath(QStringLiteral("panel-slow/ubuntu-24.04-server.img"))));
        QTRY_VERIFY(!QFileInfo::exists(m_local.filePath(QStringLiteral("panel-slow/ubuntu-24.04-server.img.part"))));
        m_queue->cancelAll();
        panel->action(QStringLiteral("transferClear"))->trigger();
        QCOMPARE(m_queue->rowCount(), 1); // the failed one stays until removed
        QFile::remove(m_home + QStringLiteral("/inbox/dataset.csv"));
    }

    void notifiesWhenABatchEndsInTheBackground()
    {
        ui::TransferPanel panel(m_queue.get());
        QSignalSpy notified(&panel, &ui::TransferPanel::notified);
        // The panel is not shown: its window is not the active one.
        select(*m_browser, {QStringLiteral("notes.txt")});
        const quint64 batch = m_browser->downloadTo(m_browser->selectedEntries(), m_local.filePath(QStringLiteral("bg")));
        QVERIFY(waitForBatch(*m_queue, batch));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Download complete"));
        const QString bg = QDir::toNativeSeparators(m_local.filePath(QStringLiteral("bg")));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("“notes.txt” was saved in %1.").arg(bg));

        // Several items: a count, in a plural form of its own (the source text's, untranslated).
        notified.clear();
        select(*m_browser, {QStringLiteral("notes.txt"), QStringLiteral("photos")});
        const QString many = m_local.filePath(QStringLiteral("bg-many"));
        QVERIFY(waitForBatch(*m_queue, m_browser->downloadTo(m_browser->selectedEntries(), many)));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(1).toString(),
                 QStringLiteral("2 item(s) saved in %1.").arg(QDir::toNativeSeparators(many)));

        // Failures: how many, with the name when there was one item.
        notified.clear();
        api::FileEntry gone;
        gone.name = QStringLiteral("gone.txt");
        gone.path = QStringLiteral("/home/user/gone.txt");
        gone.mode = QStringLiteral("-rw-r--r--");
        QVERIFY(waitForBatch(*m_queue, m_browser->downloadTo({gone}, m_local.filePath(QStringLiteral("bg-gone")))));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Download finished with problems"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("“gone.txt”: 1 file(s) could not be transferred."));
    }

    void mainWindowOpensFilesBesideTerminals()
    {
        m_browser.reset();
        accounts::Workspace workspace;
        qputenv("REXEC_LOCAL_BIN", (binaryDir() + QStringLiteral("/rexec-local")).toLocal8Bit());
        ui::MainWindow window(workspace);
        window.resize(1280, 800);
        window.show();
        window.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractButton *local = nullptr;
        QVERIFY(waitUntil([&] { return (local = window.findChild<QAbstractButton *>(QStringLiteral("chooseThisComputer"))) && local->isVisible(); }, 10000));
        local->click();
        QVERIFY(waitUntil([&] { return window.containerSession() != nullptr; }, 20000));
        // A container made by another client; the list follows.
        std::optional<SecretResult> token;
        workspace.secrets().read(QStringLiteral("local"), this, [&token](const SecretResult &r) { token = r; });
        QVERIFY(waitUntil([&] { return token.has_value(); }, 5000));
        HttpClient other(token->secret.toLatin1());
        const QString id = createRunningAt(other, window.containerSession()->rest().baseUrl(), QStringLiteral("devbox"));
        QVERIFY(!id.isEmpty());
        auto *model = window.containerSession()->model();
        QVERIFY(waitUntil([&] {
            const int row = model->rowForId(id);
            return row >= 0 && model->containerAt(row).isRunning();
        }, 20000));
        const QString key = model->stableKeyAt(model->rowForId(id));
        QVERIFY(window.selectKey(key));
        auto *files = window.findChild<QAction *>(QStringLiteral("actionOpenFiles"));
        QVERIFY(waitUntil([&] { return files->isEnabled(); }, 5000));
        files->trigger();
        QTabWidget *work = window.workArea();
        QCOMPARE(work->count(), 1);
        auto *browser = qobject_cast<ui::FileBrowser *>(work->currentWidget());
        QVERIFY(browser);
        QCOMPARE(browser->property(ui::MainWindow::kContainerKeyProperty).toString(), key);
        QCOMPARE(work->tabText(0), QStringLiteral("devbox"));
        // Open again: the same tab comes forward.
        files->trigger();
        QCOMPARE(work->count(), 1);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("transferDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible()); // until the first transfer
        QVERIFY(waitListed(*browser));

        // Fill the home a little, from this computer by a drop.
        const QString drop = m_local.filePath(QStringLiteral("mw"));
        QVERIFY(makeFile(drop + QStringLiteral("/quarterly-report.pdf"), 1843200, 70));
        QVERIFY(makeFile(drop + QStringLiteral("/screenshot.png"), 204800, 71));
        QVERIFY(makeFile(drop + QStringLiteral("/setup.sh"), 2048, 72));
        QVERIFY(makeFile(drop + QStringLiteral("/src/main.cpp"), 9000, 73));
        QVERIFY(makeFile(drop + QStringLiteral("/src/util.h"), 1200, 74));
        QVERIFY(makeFile(drop + QStringLiteral("/data/measurements.csv"), 5242880, 75));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(drop + QStringLiteral("/quarterly-report.pdf")),
                      QUrl::fromLocalFile(drop + QStringLiteral("/screenshot.png")),
                      QUrl::fromLocalFile(drop + QStringLiteral("/setup.sh")), QUrl::fromLocalFile(drop + QStringLiteral("/src")),
                      QUrl::fromLocalFile(drop + QStringLiteral("/data"))});
        QVERIFY(dragOnto(browser->view(), QPoint(browser->view()->viewport()->width() / 2, browser->view()->viewport()->height() - 8), &mime));
        QVERIFY(waitUntil([&] { return dock->isVisible(); }, 5000));
        auto *panel = dock->findChild<ui::TransferPanel *>();
        QVERIFY(panel);
        auto *queue = qobject_cast<Queue *>(panel->view()->model());
        QVERIFY(waitUntil([&] { return queue->rowCount() == 6 && queue->unfinishedCount() == 0; }, 30000));
        QVERIFY(waitUntil([&] { return browser->model()->rowForName(QStringLiteral("screenshot.png")) >= 0; }, 10000));
        browser->view()->selectionModel()->select(
                browser->model()->index(browser->model()->rowForName(QStringLiteral("quarterly-report.pdf")), 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::qWait(300);
        saveScreenshot(window.grab().toImage(), QStringLiteral("main-window-files"));
    }
};

QTEST_MAIN(TestFileBrowser)
#include "tst_filebrowser.moc"
