// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/filebrowser.h"

#include "api/restclient.h"
#include "files/fileicons.h"
#include "files/filenames.h"
#include "files/sizetext.h"
#include "files/fileview.h"
#include "files/pathbar.h"
#include "files/remotedragmimedata.h"
#include "icons.h"
#include "messagebar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDrag>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rexec::ui {

using files::RemoteDirectoryModel;
using State = files::RemoteDirectoryModel::State;

namespace {

// How many names the delete confirmation lists before "…and N more".
constexpr int kNamesShown = 8;

// Icons by type, the link target in a quieter colour, permissions in a fixed-width font.
class FileItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == RemoteDirectoryModel::NameColumn) {
            option->icon = fileTypeIcon(index.data(RemoteDirectoryModel::IconNamesRole).toStringList(),
                                        index.data(RemoteDirectoryModel::IsDirRole).toBool());
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(18, 18);
        } else if (index.column() == RemoteDirectoryModel::PermissionsColumn) {
            option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            option->font.setPointSizeF(option->font.pointSizeF() * 0.95);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        } else if (index.column() != RemoteDirectoryModel::NameColumn) {
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText).darker(130));
        }
    }
};

QAction *makeAction(QWidget *owner, const char *name, const QString &text, const QString &icon,
                    const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text, owner);
    action->setObjectName(QLatin1StringView(name));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Only while the browser has focus: other tabs and the main window keep their keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    action->setToolTip(shortcut.isEmpty() ? tip : u"%1 (%2)"_s.arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    owner->addAction(action);
    return action;
}

QString sizeText(qint64 bytes)
{
    return files::formatDataSize(bytes);
}

} // namespace

FileBrowser::FileBrowser(api::RestClient *client, const QString &containerId, const QString &containerName,
                         files::TransferQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_containerName(containerName)
    , m_queue(queue)
    , m_model(new RemoteDirectoryModel(this))
    , m_stagingRoot(RemoteDragMimeData::defaultStagingRoot())
    , m_openRoot(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/open"_s)
{
    setObjectName(u"fileBrowser"_s);
    m_model->setClient(client);
    m_model->setContainerId(containerId);
    createActions();
    createLayout();

    connect(m_model, &RemoteDirectoryModel::stateChanged, this, &FileBrowser::updateState);
    connect(m_model, &RemoteDirectoryModel::pathChanged, m_pathBar, &PathBar::setPath);
    connect(m_model, &RemoteDirectoryModel::historyChanged, this, &FileBrowser::updateActions);
    connect(m_model, &RemoteDirectoryModel::listed, this, [this] {
        restoreSelection();
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &FileBrowser::rememberSelection);
    if (m_queue) {
        connect(m_queue, &files::TransferQueue::batchFinished, this, [this](const files::TransferQueue::BatchSummary &s) {
            // Uploads into this container: show what arrived.
            if (m_uploadBatches.remove(s.id) && m_model->state() != State::Loading)
                m_model->refresh();
            m_openBatches.remove(s.id);
        });
        connect(m_queue, &files::TransferQueue::openRequested, this, [this](quint64 batch, const QString &path) {
            if (!m_openBatches.contains(batch))
                return;
            emit fileOpened(path);
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        });
    }
    RemoteDragMimeData::removeStaleStaging(m_stagingRoot);
    RemoteDragMimeData::removeStaleStaging(m_openRoot);
    m_pathBar->setRootLabel(containerName);
    m_model->home();
}

FileBrowser::~FileBrowser() = default;

files::RemoteTarget FileBrowser::target() const
{
    return {m_client, m_model->containerId(), m_containerName};
}

void FileBrowser::setContainerId(const QString &id)
{
    m_model->setContainerId(id);
    m_model->refresh();
}

void FileBrowser::setPath(const QString &path)
{
    m_model->setPath(path);
}

QAction *FileBrowser::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void FileBrowser::createActions()
{
    auto add = [this](const char *name, const QString &text, const QString &icon, const QKeySequence &key, const QString &tip) {
        QAction *a = makeAction(this, name, text, icon, key, tip);
        m_actions << a;
        return a;
    };
    QAction *back = add("fileBack", tr("Back"), u"go-back"_s, QKeySequence::Back, tr("Go back"));
    QAction *forward = add("fileForward", tr("Forward"), u"go-forward"_s, QKeySequence::Forward, tr("Go forward"));
    QAction *up = add("fileUp", tr("Up"), u"go-up"_s, QKeySequence(Qt::ALT | Qt::Key_Up), tr("Go to the enclosing folder"));
    QAction *home = add("fileHome", tr("Home"), u"go-home"_s, QKeySequence(Qt::ALT | Qt::Key_Home), tr("Go to /home/user"));
    // F5 is the main window's too; the file view takes it while it has focus (see FileView).
    QAction *refresh = add("fileRefresh", tr("Refresh"), u"action-refresh"_s, {}, tr("List this folder again (F5)"));
    QAction *newFolder = add("fileNewFolder", tr("New Folder…"), u"folder-new"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             tr("Create a folder here"));
    QAction *upload = add("fileUpload", tr("Upload Files…"), u"transfer-upload"_s, QKeySequence(Qt::CTRL | Qt::Key_U),
                          tr("Upload files from this computer into this folder"));
    add("fileUploadFolder", tr("Upload Folder…"), u"folder-open"_s, {}, tr("Upload a folder from this computer, with everything in it"));
    QAction *download = add("fileDownload", tr("Download…"), u"transfer-download"_s, QKeySequence(Qt::CTRL | Qt::Key_D),
                            tr("Download the selection to a folder on this computer"));
    QAction *remove = add("fileDelete", tr("Delete…"), u"action-delete"_s, {}, tr("Delete the selection from the container"));
    QAction *terminal = add("fileOpenTerminal", tr("Open Terminal Here"), u"action-terminal"_s, {},
                            tr("Open a terminal in this folder"));
    QAction *hidden = add("fileShowHidden", tr("Show Hidden Files"), u"view-hidden"_s, QKeySequence(Qt::CTRL | Qt::Key_H),
                          tr("Show files whose names start with a dot"));
    hidden->setCheckable(true);
    QAction *paste = add("filePaste", tr("Paste"), {}, QKeySequence::Paste, tr("Upload the copied files into this folder"));
    QAction *editPath = add("fileEditPath", tr("Edit Location"), {}, QKeySequence(Qt::CTRL | Qt::Key_L), tr("Type a path"));
    QAction *open = add("fileOpen", tr("Open"), {}, {}, tr("Open the folder, or download the file and open it"));
    QAction *copyPath = add("fileCopyPath", tr("Copy Path"), {}, {}, tr("Copy the path of the selection"));

    connect(back, &QAction::triggered, m_model, &RemoteDirectoryModel::back);
    connect(forward, &QAction::triggered, m_model, &RemoteDirectoryModel::forward);
    connect(up, &QAction::triggered, m_model, &RemoteDirectoryModel::up);
    connect(home, &QAction::triggered, m_model, &RemoteDirectoryModel::home);
    connect(refresh, &QAction::triggered, m_model, &RemoteDirectoryModel::refresh);
    connect(newFolder, &QAction::triggered, this, &FileBrowser::newFolder);
    connect(upload, &QAction::triggered, this, [this] { chooseUploads(false); });
    connect(action(u"fileUploadFolder"_s), &QAction::triggered, this, [this] { chooseUploads(true); });
    connect(download, &QAction::triggered, this, &FileBrowser::chooseDownloadFolder);
    connect(remove, &QAction::triggered, this, &FileBrowser::deleteSelected);
    connect(terminal, &QAction::triggered, this, [this] {
        const QList<api::FileEntry> selected = selectedEntries();
        const bool folder = selected.size() == 1 && (selected.first().isDir || selected.first().isSymlink());
        emit openTerminalRequested(folder ? selected.first().path : m_model->path());
    });
    connect(hidden, &QAction::toggled, this, [this](bool on) {
        m_model->setShowHidden(on);
        updateStatus();
    });
    connect(paste, &QAction::triggered, this, &FileBrowser::paste);
    connect(editPath, &QAction::triggered, this, [this] { m_pathBar->editPath(); });
    connect(open, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.size() == 1)
            activate(rows.first());
    });
    connect(copyPath, &QAction::triggered, this, [this] {
        QStringList paths;
        for (const api::FileEntry &e : selectedEntries())
            paths << e.path;
        QGuiApplication::clipboard()->setText(paths.isEmpty() ? m_model->path() : paths.join(u'\n'));
    });
}

void FileBrowser::createLayout()
{
    auto *toolbar = new QToolBar;
    toolbar->setObjectName(u"fileToolBar"_s);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolbar->addActions({action(u"fileBack"_s), action(u"fileForward"_s), action(u"fileUp"_s), action(u"fileHome"_s)});
    m_pathBar = new PathBar;
    toolbar->addWidget(m_pathBar);
    toolbar->addAction(action(u"fileRefresh"_s));
    toolbar->addSeparator();
    toolbar->addAction(action(u"fileNewFolder"_s));
    // Upload: files on a click, a whole folder from the arrow.
    auto *uploadButton = new QToolButton;
    uploadButton->setObjectName(u"fileUploadButton"_s);
    uploadButton->setDefaultAction(action(u"fileUpload"_s));
    uploadButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *uploadMenu = new QMenu(uploadButton);
    uploadMenu->addActions({action(u"fileUpload"_s), action(u"fileUploadFolder"_s)});
    uploadButton->setMenu(uploadMenu);
    toolbar->addWidget(uploadButton);
    toolbar->addAction(action(u"fileDownload"_s));
    toolbar->addAction(action(u"fileDelete"_s));
    toolbar->addSeparator();
    toolbar->addAction(action(u"fileOpenTerminal"_s));
    toolbar->addAction(action(u"fileShowHidden"_s));
    connect(m_pathBar, &PathBar::pathRequested, m_model, &RemoteDirectoryModel::setPath);

    m_messages = new MessageBar;
    m_messages->setObjectName(u"fileMessages"_s);

    m_view = new FileView;
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FileItemDelegate(m_view));
    m_view->setPlaceholder(tr("This folder is empty"), tr("Drop files or folders here to upload them."));
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(RemoteDirectoryModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RemoteDirectoryModel::SizeColumn, QHeaderView::Interactive);
    header->resizeSection(RemoteDirectoryModel::SizeColumn, 90);
    header->resizeSection(RemoteDirectoryModel::ModifiedColumn, 150);
    header->resizeSection(RemoteDirectoryModel::PermissionsColumn, 110);
    header->setSortIndicator(RemoteDirectoryModel::NameColumn, Qt::AscendingOrder);
    m_view->addActions({action(u"fileOpen"_s)});
    connect(m_view, &QTreeView::activated, this, &FileBrowser::activate);
    connect(m_view, &FileView::localFilesDropped, this, [this](const QList<QUrl> &urls, const QModelIndex &row) {
        uploadLocal(urls, row.isValid() ? row.data(RemoteDirectoryModel::PathRole).toString() : m_model->path());
    });
    connect(m_view, &FileView::dragOutRequested, this, &FileBrowser::startDragOut);
    connect(m_view, &FileView::deleteRequested, this, &FileBrowser::deleteSelected);
    connect(m_view, &FileView::refreshRequested, m_model, &RemoteDirectoryModel::refresh);
    connect(m_view, &FileView::upRequested, m_model, &RemoteDirectoryModel::up);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FileBrowser::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateStatus();
    });

    // Why nothing is listed, and what can be done about it.
    m_statePage = new QWidget;
    m_statePage->setObjectName(u"fileStatePage"_s);
    m_statePage->setAutoFillBackground(true);
    m_statePage->setBackgroundRole(QPalette::Base);
    auto *stateLayout = new QVBoxLayout(m_statePage);
    stateLayout->addStretch(2);
    m_stateIcon = new QLabel;
    m_stateIcon->setAlignment(Qt::AlignCenter);
    m_stateTitle = new QLabel;
    m_stateTitle->setObjectName(u"fileStateTitle"_s);
    m_stateTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_stateTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_stateTitle->setFont(titleFont);
    m_stateText = new QLabel;
    m_stateText->setObjectName(u"fileStateText"_s);
    m_stateText->setAlignment(Qt::AlignCenter);
    m_stateText->setWordWrap(true);
    m_stateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statePrimary = new QPushButton;
    m_statePrimary->setObjectName(u"fileStatePrimary"_s);
    m_statePrimary->setDefault(true);
    m_stateSecondary = new QPushButton;
    m_stateSecondary->setObjectName(u"fileStateSecondary"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_stateSecondary);
    buttons->addWidget(m_statePrimary);
    buttons->addStretch(1);
    stateLayout->addWidget(m_stateIcon);
    stateLayout->addSpacing(6);
    stateLayout->addWidget(m_stateTitle);
    stateLayout->addWidget(m_stateText);
    stateLayout->addSpacing(10);
    stateLayout->addLayout(buttons);
    stateLayout->addStretch(3);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_statePage);

    auto *status = new QWidget;
    status->setObjectName(u"fileStatusLine"_s);
    auto *statusLayout = new QHBoxLayout(status);
    statusLayout->setContentsMargins(8, 3, 8, 3);
    m_statusLeft = new QLabel;
    m_statusLeft->setObjectName(u"fileStatus"_s);
    m_statusRight = new QLabel;
    m_statusRight->setObjectName(u"fileStatusHint"_s);
    m_statusRight->setEnabled(false);
    statusLayout->addWidget(m_statusLeft, 1);
    statusLayout->addWidget(m_statusRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    auto *messageBox = new QWidget;
    auto *messageLayout = new QVBoxLayout(messageBox);
    messageLayout->setContentsMargins(6, 0, 6, 4);
    messageLayout->addWidget(m_messages);
    layout->addWidget(messageBox);
    layout->addWidget(m_stack, 1);
    layout->addWidget(status);
    m_messages->hide();
    setFocusProxy(m_view);
    updateActions();
}

void FileBrowser::updateState()
{
    const State state = m_model->state();
    const bool listing = state == State::Ready || state == State::Empty || state == State::Loading;
    // A refresh (Loading) keeps the folder: drops still go there.
    m_view->setDropsAllowed(listing);
    // While loading, keep what was there: no flicker for a refresh.
    if (listing) {
        m_stack->setCurrentWidget(m_view);
    } else {
        m_statePrimary->disconnect();
        m_stateSecondary->disconnect();
        m_stateSecondary->hide();
        m_statePrimary->show();
        QString icon;
        switch (state) {
        case State::Stopped:
            icon = u"state-stopped"_s;
            m_stateTitle->setText(tr("%1 is stopped").arg(m_containerName));
            m_stateText->setText(tr("Files can be listed and transferred only while the container runs."));
            m_statePrimary->setText(tr("Start %1").arg(m_containerName));
            connect(m_statePrimary, &QPushButton::clicked, this, [this] {
                m_statePrimary->setEnabled(false);
                m_statePrimary->setText(tr("Starting…"));
                emit startRequested();
            });
            break;
        case State::NotFound:
            icon = u"state-missing"_s;
            m_stateTitle->setText(tr("No such folder"));
            m_stateText->setText(tr("“%1” does not exist in %2.").arg(RemoteDirectoryModel::displayName(m_model->path()), m_containerName));
            m_statePrimary->setText(tr("Go to Home"));
            connect(m_statePrimary, &QPushButton::clicked, m_model, &RemoteDirectoryModel::home);
            if (m_model->canGoBack()) {
                m_stateSecondary->setText(tr("Go Back"));
                m_stateSecondary->show();
                connect(m_stateSecondary, &QPushButton::clicked, m_model, &RemoteDirectoryModel::back);
            }
            break;
        case State::NotAFolder: {
            icon = u"state-file"_s;
            const QString path = m_model->path();
            m_stateTitle->setText(tr("This is a file"));
            m_stateText->setText(tr("“%1” is a file, not a folder.").arg(RemoteDirectoryModel::displayName(path)));
            m_statePrimary->setText(tr("Show It in Its Folder"));
            connect(m_statePrimary, &QPushButton::clicked, this, [this, path] {
                m_selectedNames = {files::remoteBaseName(path)};
                m_model->setPath(files::remoteParent(path));
            });
            // Often reached through a link to a file: opening it is what was wanted.
            m_stateSecondary->setText(tr("Open File"));
            m_stateSecondary->show();
            connect(m_stateSecondary, &QPushButton::clicked, this, [this, path] {
                api::FileEntry entry;
                entry.name = files::remoteBaseName(path);
                entry.path = path;
                entry.mode = u"-rw-r--r--"_s;
                openFile(entry);
            });
            break;
        }
        case State::Error:
        default:
            icon = u"state-error"_s;
            m_stateTitle->setText(tr("The folder could not be listed"));
            m_stateText->setText(m_model->error().userMessage());
            m_statePrimary->setText(tr("Try Again"));
            connect(m_statePrimary, &QPushButton::clicked, m_model, &RemoteDirectoryModel::refresh);
            break;
        }
        m_statePrimary->setEnabled(true);
        m_stateIcon->setPixmap(themedIcon(icon).pixmap(QSize(64, 64), devicePixelRatioF()));
        m_stack->setCurrentWidget(m_statePage);
    }
    updateActions();
    updateStatus();
}

void FileBrowser::updateActions()
{
    const State state = m_model->state();
    const bool live = state == State::Ready || state == State::Empty;
    const int selected = m_view->selectionModel() ? int(m_view->selectionModel()->selectedRows().size()) : 0;
    action(u"fileBack"_s)->setEnabled(m_model->canGoBack());
    action(u"fileForward"_s)->setEnabled(m_model->canGoForward());
    action(u"fileUp"_s)->setEnabled(m_model->canGoUp());
    action(u"fileNewFolder"_s)->setEnabled(live);
    action(u"fileUpload"_s)->setEnabled(live && m_queue);
    action(u"fileUploadFolder"_s)->setEnabled(live && m_queue);
    action(u"filePaste"_s)->setEnabled(live && m_queue);
    action(u"fileDownload"_s)->setEnabled(live && selected > 0 && m_queue);
    action(u"fileDelete"_s)->setEnabled(live && selected > 0);
    action(u"fileOpen"_s)->setEnabled(live && selected == 1);
    action(u"fileOpenTerminal"_s)->setEnabled(state != State::Stopped);
}

void FileBrowser::updateStatus()
{
    const State state = m_model->state();
    QString left;
    if (state == State::Loading) {
        left = tr("Loading…");
    } else if (state == State::Ready || state == State::Empty) {
        left = tr("%n item(s)", nullptr, m_model->rowCount());
        const int hidden = m_model->hiddenCount();
        if (hidden > 0 && !m_model->showHidden())
            left += u"  ·  "_s + tr("%n hidden", nullptr, hidden);
        const QList<api::FileEntry> selected = selectedEntries();
        if (!selected.isEmpty()) {
            qint64 bytes = 0;
            for (const api::FileEntry &e : selected)
                bytes += e.isDir ? 0 : e.size;
            const int count = int(selected.size());
            left += u"  ·  "_s
                + (bytes > 0 ? tr("%n selected (%1)", "how many are selected, then their files' total size", count)
                                   .arg(sizeText(bytes))
                             : tr("%n selected", nullptr, count));
        }
    }
    m_statusLeft->setText(left);
    m_statusRight->setText(state == State::Ready || state == State::Empty ? tr("Drop files here to upload") : QString());
}

QList<api::FileEntry> FileBrowser::selectedEntries() const
{
    QList<api::FileEntry> entries;
    if (!m_view->selectionModel())
        return entries;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows)
        entries << m_model->entryAt(row.row());
    return entries;
}

void FileBrowser::rememberSelection()
{
    if (!m_selectedNames.isEmpty())
        return; // a name chosen to be selected after the next listing
    for (const api::FileEntry &e : selectedEntries())
        m_selectedNames << e.name;
}

void FileBrowser::restoreSelection()
{
    const QStringList names = std::exchange(m_selectedNames, {});
    QItemSelection selection;
    QModelIndex current;
    for (const QString &name : names) {
        const int row = m_model->rowForName(name);
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row, 0);
        selection.select(index, index.siblingAtColumn(RemoteDirectoryModel::ColumnCount - 1));
        if (!current.isValid())
            current = index;
    }
    if (current.isValid()) {
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(current);
    }
}

void FileBrowser::activate(const QModelIndex &index)
{
    const api::FileEntry entry = m_model->entryAt(index.row());
    if (entry.name.isEmpty())
        return;
    // Folders and links open as folders; a link to a file then says so, and shows it in its folder.
    if (entry.isDir || entry.isSymlink())
        m_model->setPath(entry.path);
    else
        openFile(entry);
}

void FileBrowser::openFile(const api::FileEntry &entry)
{
    if (!m_queue)
        return;
    // A private folder per open: the application gets the file as it is on the server.
    const QString dir = m_openRoot + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    files::TransferQueue::DownloadOptions options;
    options.openWhenDone = true;
    const quint64 batch = m_queue->download(target(), {entry}, dir, options);
    if (batch)
        m_openBatches.insert(batch);
}

quint64 FileBrowser::uploadLocal(const QList<QUrl> &urls, const QString &remoteDir)
{
    if (!m_queue || urls.isEmpty())
        return 0;
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << QDir::cleanPath(url.toLocalFile());
    }
    const quint64 batch = m_queue->upload(target(), paths, remoteDir);
    // Refresh when it is done, if it went into the folder shown or below it.
    if (batch && (remoteDir == m_model->path() || remoteDir.startsWith(m_model->path() + u'/')))
        m_uploadBatches.insert(batch);
    return batch;
}

quint64 FileBrowser::downloadTo(const QList<api::FileEntry> &entries, const QString &localDir)
{
    if (!m_queue || entries.isEmpty())
        return 0;
    return m_queue->download(target(), entries, localDir);
}

RemoteDragMimeData *FileBrowser::createDragData(const QList<api::FileEntry> &entries) const
{
    return new RemoteDragMimeData(m_queue, target(), entries, m_stagingRoot);
}

void FileBrowser::startDragOut(const QModelIndexList &rows)
{
    QList<api::FileEntry> entries;
    for (const QModelIndex &row : rows)
        entries << m_model->entryAt(row.row());
    if (entries.isEmpty() || !m_queue)
        return;
    RemoteDragMimeData *mime = createDragData(entries);
    QPointer<RemoteDragMimeData> guard(mime);
    auto *drag = new QDrag(m_view);
    drag->setMimeData(mime);
    // A compact picture of what is carried: the first icon and a count.
    const QIcon icon = fileTypeIcon(rows.first().data(RemoteDirectoryModel::IconNamesRole).toStringList(),
                                    rows.first().data(RemoteDirectoryModel::IsDirRole).toBool());
    const QString label = entries.size() == 1 ? RemoteDirectoryModel::displayName(entries.first().name)
                                              : tr("%n item(s)", nullptr, int(entries.size()));
    const QFontMetrics metrics(font());
    const qreal ratio = devicePixelRatioF();
    const QSize size(std::min(320, metrics.horizontalAdvance(label) + 40), std::max(28, metrics.height() + 12));
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor back = palette().color(QPalette::Highlight);
        back.setAlpha(220);
        painter.setBrush(back);
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(0, 0, size.width(), size.height()), 6, 6);
        icon.paint(&painter, QRect(6, (size.height() - 18) / 2, 18, 18));
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(QRect(30, 0, size.width() - 36, size.height()), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(label, Qt::ElideMiddle, size.width() - 36));
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(-12, -12));
    const Qt::DropAction result = drag->exec(Qt::CopyAction, Qt::CopyAction);
    // On X11 the target asks for the data after exec() returns: from now on it is fetched.
    if (guard)
        guard->setDropped(result != Qt::IgnoreAction);
}

void FileBrowser::chooseUploads(bool folder)
{
    if (!m_queue)
        return;
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Upload Folder to %1").arg(m_model->path()));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Upload to %1").arg(m_model->path()));
    }
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    uploadLocal(urls, m_model->path());
}

void FileBrowser::chooseDownloadFolder()
{
    const QList<api::FileEntry> entries = selectedEntries();
    if (entries.isEmpty() || !m_queue)
        return;
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Download %n Item(s) To", nullptr, int(entries.size())), start);
    if (!dir.isEmpty())
        downloadTo(entries, dir);
}

void FileBrowser::paste()
{
    const QList<QUrl> urls = FileView::localUrls(QGuiApplication::clipboard()->mimeData());
    if (urls.isEmpty()) {
        m_messages->show(MessageBar::Level::Information, tr("There are no copied files to paste. Copy files in a file manager first."));
        return;
    }
    uploadLocal(urls, m_model->path());
}

void FileBrowser::newFolder()
{
    if (!m_client)
        return;
    QString name = tr("New Folder");
    QString problem;
    for (;;) {
        bool ok = false;
        QInputDialog dialog(this);
        dialog.setObjectName(u"newFolderDialog"_s);
        dialog.setWindowTitle(tr("New Folder"));
        dialog.setLabelText(problem.isEmpty() ? tr("Name of the new folder in %1:").arg(m_model->path()) : problem);
        dialog.setTextValue(name);
        ok = dialog.exec() == QDialog::Accepted;
        name = dialog.textValue().trimmed();
        if (!ok || name.isEmpty())
            return;
        if (name.contains(u'/') || name == u"."_s || name == u".."_s)
            problem = tr("A name cannot contain “/” or be “.” or “..”. Choose another:");
        else if (m_model->containsName(name))
            problem = tr("“%1” already exists here. Choose another name:").arg(name);
        else
            break;
    }
    const QString path = files::remoteJoin(m_model->path(), name);
    m_client->makeDirectory(m_model->containerId(), path, this, [this, name](const api::Result<QJsonObject> &result) {
        if (!result) {
            m_messages->show(MessageBar::Level::Error, tr("The folder “%1” could not be created: %2").arg(name, result.error().userMessage()));
            return;
        }
        m_selectedNames = {name};
        m_model->refresh();
    });
}

void FileBrowser::deleteSelected()
{
    const QList<api::FileEntry> entries = selectedEntries();
    if (entries.isEmpty() || !m_client)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete"), QString(), QMessageBox::Cancel, this);
    box.setObjectName(u"fileDeleteConfirmation"_s);
    if (entries.size() == 1) {
        const api::FileEntry &e = entries.first();
        box.setText(e.isDir ? tr("Delete the folder “%1” and everything in it?").arg(RemoteDirectoryModel::displayName(e.name))
                            : tr("Delete “%1”?").arg(RemoteDirectoryModel::displayName(e.name)));
        box.setInformativeText(tr("It is deleted in the container for good; there is no bin to restore it from."));
    } else {
        box.setText(tr("Delete these %n items?", nullptr, int(entries.size())));
        // The names one per line (a list, no grammar to translate), then whole sentences.
        QStringList names;
        for (const api::FileEntry &e : entries.mid(0, kNamesShown))
            names << RemoteDirectoryModel::displayName(e.name);
        const int more = int(entries.size()) - kNamesShown;
        box.setInformativeText(
                more > 0 ? tr("%1\n…and %n more.\n\nThey are deleted in the container for good; there is no bin to "
                              "restore them from.",
                              "%1: the first names, one per line; %n: how many more are deleted", more)
                                   .arg(names.join(u'\n'))
                         : tr("%1\n\nThey are deleted in the container for good; there is no bin to restore them from.",
                              "%1: the names, one per line")
                                   .arg(names.join(u'\n')));
    }
    QPushButton *confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmFileDelete"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    auto left = std::make_shared<int>(int(entries.size()));
    // Each failure: the name, and why.
    auto failures = std::make_shared<QList<QPair<QString, QString>>>();
    for (const api::FileEntry &e : entries) {
        const QString name = RemoteDirectoryModel::displayName(e.name);
        m_client->deletePath(m_model->containerId(), e.path, this,
                             [this, left, failures, name](const api::Result<QJsonObject> &result) {
                                 if (!result)
                                     failures->append({name, result.error().userMessage()});
                                 if (--*left > 0)
                                     return;
                                 if (!failures->isEmpty()) {
                                     const auto &[first, why] = failures->first();
                                     m_messages->show(MessageBar::Level::Error,
                                                      failures->size() == 1
                                                          ? tr("“%1” could not be deleted: %2").arg(first, why)
                                                          : tr("%n item(s) could not be deleted. The first, “%1”: %2",
                                                               nullptr, int(failures->size()))
                                                                .arg(first, why));
                                 }
                                 m_model->refresh();
                             });
    }
}

void FileBrowser::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid()) {
        menu.addAction(action(u"fileOpen"_s));
        menu.addAction(action(u"fileDownload"_s));
        menu.addAction(action(u"fileCopyPath"_s));
        menu.addSeparator();
        menu.addAction(action(u"fileDelete"_s));
        menu.addSeparator();
    }
    menu.addAction(action(u"fileNewFolder"_s));
    menu.addAction(action(u"fileUpload"_s));
    menu.addAction(action(u"fileUploadFolder"_s));
    menu.addAction(action(u"filePaste"_s));
    menu.addSeparator();
    menu.addAction(action(u"fileOpenTerminal"_s));
    menu.addAction(action(u"fileShowHidden"_s));
    menu.addAction(action(u"fileRefresh"_s));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace rexec::ui
