// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/transferqueue.h"

#include "api/restclient.h"
#include "files/filenames.h"
#include "files/localwalker.h"
#include "files/remotewalker.h"
#include "files/sizetext.h"
#include "files/transferjobs.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rexec::files {

struct TransferQueue::Item {
    quint64 id = 0;
    quint64 batchId = 0;
    Direction direction = Direction::Download;
    QString display;    // the path below the batch's folder, as shown
    QString localPath;  // uploads: the source; downloads: the destination
    QString remotePath; // downloads: the source; uploads: the destination
    QString remoteDir;  // uploads
    QString remoteName; // uploads
    qint64 size = -1;
    qint64 done = 0;
    QDateTime sourceModified;
    Status status = Status::Queued;
    Phase phase = Phase::Idle;
    QString message;
    bool retryable = false;
    bool isLink = false;
    bool replace = false;
    int topIndex = -1;           // index into the batch's top-level paths
    bool walkFailure = false;    // a folder that could not be listed; retry walks it again
    api::FileEntry folderEntry;  // ... this one
    QString folderLocal;         // ... into this local folder
    double speed = 0;
    qint64 sampleBytes = 0;
    QElapsedTimer sampleClock;
    TransferJob *job = nullptr;  // owned while running
};

struct TransferQueue::Batch {
    enum class Prep { NotStarted, Running, Done, Failed };
    quint64 id = 0;
    Direction direction = Direction::Download;
    RemoteTarget target;
    QString title;
    int items = 0;
    QString itemName;
    QString localRoot;
    QString remoteRoot;
    bool openWhenDone = false;
    std::optional<Answer> policy;
    QStringList dirsToMake;
    QStringList dirsLeft;
    Prep prep = Prep::Done;
    QHash<QString, QHash<QString, api::FileEntry>> listings; // remote folder → name → entry
    QSet<QString> listingsLoading;
    QHash<QString, QString> listingErrors;
    QList<QPointer<RemoteWalker>> walkers;
    QPointer<LocalWalker> localWalk; // uploads: the tree being listed
    bool finishedEmitted = false;
    QStringList topLevel;
};

namespace {

bool isTerminal(TransferQueue::Status status)
{
    using S = TransferQueue::Status;
    return status == S::Failed || status == S::Cancelled || status == S::Skipped || status == S::Done;
}

QString sizeText(qint64 bytes)
{
    return formatDataSize(bytes);
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return TransferQueue::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return TransferQueue::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return TransferQueue::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

// Makes `dir` (inside `root`) without passing through a link: a symbolic link planted in the
// chosen folder could otherwise lead writes elsewhere.
bool ensureLocalDir(const QString &root, const QString &dir, QString *error)
{
    if (!isInside(root, dir)) {
        *error = TransferQueue::tr("“%1” is outside the chosen folder; nothing was written there.").arg(dir);
        return false;
    }
    const QString relative = QDir(root).relativeFilePath(dir);
    QString path = QDir::cleanPath(root);
    if (!QDir().mkpath(path)) {
        *error = TransferQueue::tr("Could not create the folder “%1”.").arg(path);
        return false;
    }
    const QStringList parts = relative == u"."_s ? QStringList() : relative.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        path += u'/' + part;
        const QFileInfo info(path);
        if (info.isSymLink()) {
            *error = TransferQueue::tr("“%1” is a link; files are not written through links.").arg(path);
            return false;
        }
        if (info.exists() && !info.isDir()) {
            *error = TransferQueue::tr("“%1” is a file here, not a folder.").arg(path);
            return false;
        }
        if (!info.exists() && !QDir().mkdir(path)) {
            *error = TransferQueue::tr("Could not create the folder “%1”.").arg(path);
            return false;
        }
    }
    return true;
}

QStringList leafDirs(QStringList dirs)
{
    dirs.sort();
    dirs.removeDuplicates();
    QStringList leaves;
    for (qsizetype i = 0; i < dirs.size(); ++i) {
        const bool hasChild = i + 1 < dirs.size() && dirs.at(i + 1).startsWith(dirs.at(i) + u'/');
        if (!hasChild)
            leaves << dirs.at(i);
    }
    return leaves;
}

QString replaceLastComponent(const QString &display, const QString &name)
{
    const qsizetype slash = display.lastIndexOf(u'/');
    return slash < 0 ? name : display.left(slash + 1) + name;
}

} // namespace

TransferQueue::TransferQueue(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_ticker.setInterval(500);
    connect(&m_ticker, &QTimer::timeout, this, &TransferQueue::tick);
}

TransferQueue::~TransferQueue()
{
    // Jobs first, while the rows they report to still exist; their .part files go with them.
    for (const auto &it : m_items) {
        if (it->job) {
            it->job->disconnect(this);
            delete it->job;
            it->job = nullptr;
        }
    }
    for (const auto &[id, batch] : m_batches) {
        for (const auto &walker : batch->walkers) {
            if (walker)
                walker->disconnect(this);
        }
        if (batch->localWalk) {
            batch->localWalk->disconnect(this);
            batch->localWalk->cancel();
        }
    }
    // The writers of the jobs just deleted remove their .part files there as they go.
    if (m_diskThread) {
        m_diskThread->quit();
        m_diskThread->wait();
    }
}

// --- model -----------------------------------------------------------------------------------

int TransferQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TransferQueue::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferQueue::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && (section == SizeColumn || section == SpeedColumn || section == TimeLeftColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // The direction column shows arrows; its header says it in a tooltip only.
    if (section == DirectionColumn && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Direction");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DirectionColumn:
        return QString();
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time Left");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> TransferQueue::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "transferId");
    names.insert(BatchRole, "batch");
    names.insert(DirectionRole, "direction");
    names.insert(StatusRole, "status");
    names.insert(ProgressRole, "progress");
    names.insert(BytesDoneRole, "bytesDone");
    names.insert(BytesTotalRole, "bytesTotal");
    names.insert(SpeedRole, "speed");
    names.insert(TimeLeftRole, "timeLeft");
    names.insert(MessageRole, "message");
    names.insert(LocalPathRole, "localPath");
    names.insert(RemotePathRole, "remotePath");
    names.insert(ContainerRole, "container");
    names.insert(RetryableRole, "retryable");
    names.insert(SortRole, "sort");
    return names;
}

QVariant TransferQueue::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &it = *m_items.at(size_t(index.row()));
    const double progress = it.status == Status::Done ? 1.0
        : it.size > 0                                 ? std::clamp(double(it.done) / double(it.size), 0.0, 1.0)
        : it.size == 0                                ? 0.0
                                                      : -1.0;
    const bool moving = it.status == Status::Transferring;
    const qint64 timeLeft = moving && it.speed > 1 && it.size >= 0 ? qint64((it.size - it.done) / it.speed + 0.5) : -1;
    switch (role) {
    case IdRole:
        return it.id;
    case BatchRole:
        return it.batchId;
    case DirectionRole:
        return int(it.direction);
    case StatusRole:
        return int(it.status);
    case ProgressRole:
        return progress;
    case BytesDoneRole:
        return it.done;
    case BytesTotalRole:
        return it.size;
    case SpeedRole:
        return moving ? it.speed : 0.0;
    case TimeLeftRole:
        return timeLeft;
    case MessageRole:
        return it.message;
    case LocalPathRole:
        return it.localPath;
    case RemotePathRole:
        return it.remotePath;
    case ContainerRole: {
        const Batch *b = batch(it.batchId);
        return b ? b->target.containerName : QString();
    }
    case RetryableRole:
        return it.retryable;
    default:
        break;
    }

    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column == SizeColumn || column == SpeedColumn || column == TimeLeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case DirectionColumn:
            return int(it.direction);
        case NameColumn:
            return it.display;
        case SizeColumn:
            return it.size;
        case ProgressColumn:
            return progress;
        case SpeedColumn:
            return moving ? it.speed : 0.0;
        case TimeLeftColumn:
            return timeLeft;
        case StatusColumn:
            return int(it.status);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        const Batch *b = batch(it.batchId);
        const QString container = b ? b->target.containerName : QString();
        if (column == StatusColumn && !it.message.isEmpty())
            return it.message;
        if (it.direction == Direction::Download)
            return tr("From %1:%2\nTo %3").arg(container, it.remotePath, QDir::toNativeSeparators(it.localPath));
        return tr("From %1\nTo %2:%3").arg(QDir::toNativeSeparators(it.localPath), container, it.remotePath);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case DirectionColumn:
        return it.direction == Direction::Upload ? tr("Upload") : tr("Download");
    case NameColumn:
        return it.display;
    case SizeColumn:
        return it.size >= 0 ? sizeText(it.size) : QString();
    case ProgressColumn:
        return progress >= 0 ? tr("%1 %").arg(int(progress * 100)) : QString();
    case SpeedColumn:
        return moving && it.speed > 0 ? tr("%1/s").arg(sizeText(qint64(it.speed))) : QString();
    case TimeLeftColumn:
        return timeLeft >= 0 ? durationText(timeLeft) : QString();
    case StatusColumn:
        switch (it.status) {
        case Status::Queued:
            return tr("Queued");
        case Status::Transferring:
            return it.direction == Direction::Upload ? tr("Uploading") : tr("Downloading");
        case Status::NeedsAnswer:
            return tr("Already exists: needs an answer");
        case Status::Failed:
            // The icon and colour say "failed"; the words say why.
            return it.message.isEmpty() ? tr("Failed") : it.message;
        case Status::Cancelled:
            return tr("Cancelled");
        case Status::Skipped:
            return it.message.isEmpty() ? tr("Skipped") : tr("Skipped: %1").arg(it.message);
        case Status::Done:
            return tr("Done");
        }
        break;
    }
    return {};
}

// --- lookups ---------------------------------------------------------------------------------

TransferQueue::Item *TransferQueue::item(quint64 id) const
{
    for (const auto &it : m_items) {
        if (it->id == id)
            return it.get();
    }
    return nullptr;
}

TransferQueue::Batch *TransferQueue::batch(quint64 id) const
{
    const auto found = m_batches.find(id);
    return found == m_batches.end() ? nullptr : found->second.get();
}

int TransferQueue::rowOfItem(const Item *wanted) const
{
    for (size_t row = 0; row < m_items.size(); ++row) {
        if (m_items[row].get() == wanted)
            return int(row);
    }
    return -1;
}

int TransferQueue::rowOf(quint64 transferId) const
{
    return rowOfItem(item(transferId));
}

quint64 TransferQueue::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_items.size() ? m_items[size_t(row)]->id : 0;
}

TransferQueue::Status TransferQueue::statusOf(quint64 transferId) const
{
    const Item *it = item(transferId);
    return it ? it->status : Status::Cancelled;
}

QList<quint64> TransferQueue::waitingForAnswer() const
{
    QList<quint64> ids;
    for (const auto &it : m_items) {
        if (it->status == Status::NeedsAnswer)
            ids << it->id;
    }
    return ids;
}

int TransferQueue::unfinishedCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const auto &it) { return !isTerminal(it->status); }));
}

bool TransferQueue::isBatchFinished(quint64 batchId) const
{
    const Batch *b = batch(batchId);
    return !b || b->finishedEmitted;
}

QStringList TransferQueue::batchTopLevelPaths(quint64 batchId) const
{
    const Batch *b = batch(batchId);
    return b ? b->topLevel : QStringList();
}

TransferQueue::BatchSummary TransferQueue::batchSummary(quint64 batchId) const
{
    BatchSummary summary;
    const Batch *b = batch(batchId);
    if (!b)
        return summary;
    summary.id = b->id;
    summary.direction = b->direction;
    summary.title = b->title;
    summary.items = b->items;
    summary.itemName = b->itemName;
    summary.container = b->target.containerName;
    summary.localFolder = b->direction == Direction::Download ? b->localRoot : QString();
    summary.remoteFolder = b->direction == Direction::Upload ? b->remoteRoot : QString();
    for (const auto &it : m_items) {
        if (it->batchId != batchId)
            continue;
        summary.done += it->status == Status::Done ? 1 : 0;
        summary.failed += it->status == Status::Failed ? 1 : 0;
        summary.skipped += it->status == Status::Skipped ? 1 : 0;
        summary.cancelled += it->status == Status::Cancelled ? 1 : 0;
    }
    return summary;
}

std::optional<TransferQueue::Conflict> TransferQueue::conflict(quint64 transferId) const
{
    const Item *it = item(transferId);
    const Batch *b = it ? batch(it->batchId) : nullptr;
    if (!it || !b || it->status != Status::NeedsAnswer)
        return std::nullopt;
    Conflict c;
    c.transferId = it->id;
    c.direction = it->direction;
    c.incomingSize = it->size;
    c.incomingModified = it->sourceModified;
    if (it->direction == Direction::Download) {
        const QFileInfo existing(it->localPath);
        c.name = existing.fileName();
        c.folder = QDir::toNativeSeparators(existing.absolutePath());
        c.existingSize = existing.isFile() ? existing.size() : -1;
        c.existingModified = existing.lastModified();
    } else {
        c.name = it->remoteName;
        c.folder = it->remoteDir;
        c.container = b->target.containerName;
        const api::FileEntry entry = b->listings.value(it->remoteDir).value(it->remoteName);
        c.existingSize = entry.isDir ? -1 : entry.size;
        c.existingModified = entry.modTime;
    }
    for (const auto &other : m_items)
        c.othersInBatch += other.get() != it && other->batchId == it->batchId && other->status == Status::NeedsAnswer ? 1 : 0;
    return c;
}

// --- settings --------------------------------------------------------------------------------

void TransferQueue::setMaxConcurrent(int transfers)
{
    const int limit = std::max(1, transfers);
    if (limit == m_maxConcurrent)
        return;
    const bool raised = limit > m_maxConcurrent;
    m_maxConcurrent = limit;
    // A higher limit starts queued transfers now. A lower one cancels nothing: running
    // transfers finish, and no new one starts until fewer than the limit run.
    if (raised)
        schedule();
}

// --- adding work -----------------------------------------------------------------------------

quint64 TransferQueue::upload(const RemoteTarget &target, const QStringList &localPaths, const QString &remoteDir)
{
    if (localPaths.isEmpty())
        return 0;
    auto b = std::make_unique<Batch>();
    b->id = m_nextId++;
    b->direction = Direction::Upload;
    b->target = target;
    b->remoteRoot = remoteClean(remoteDir);
    b->prep = Batch::Prep::NotStarted;
    QStringList names;
    for (const QString &path : localPaths)
        names << QFileInfo(path).fileName();
    b->title = names.size() == 1 ? names.first() : tr("%n item(s)", nullptr, int(names.size()));
    b->items = int(names.size());
    b->itemName = names.size() == 1 ? names.first() : QString();
    Batch *raw = b.get();
    m_batches.emplace(raw->id, std::move(b));
    watchClient(raw);

    // Files alone are only looked at: their rows are there when this returns. A folder may
    // hold a tree of any size: it is walked off this thread, and its rows (all of the batch's,
    // in the order given) come when the walk is done.
    const bool anyFolder = std::any_of(localPaths.begin(), localPaths.end(), [](const QString &path) {
        const QFileInfo info(path);
        return info.isDir();
    });
    if (!anyFolder) {
        const std::atomic<bool> never{false};
        addUploadItems(raw, walkLocal(localPaths, never));
        return raw->id;
    }
    auto *walker = new LocalWalker(localPaths, this);
    raw->localWalk = walker;
    const quint64 batchId = raw->id;
    connect(walker, &LocalWalker::finished, this, [this, batchId, walker](const QList<LocalTop> &found, bool cancelled) {
        walker->deleteLater();
        Batch *b = batch(batchId);
        if (!b)
            return;
        b->localWalk = nullptr;
        if (cancelled) {
            b->prep = Batch::Prep::Done;
            checkBatchFinished(b);
            return;
        }
        addUploadItems(b, found);
    });
    walker->start();
    return raw->id;
}

void TransferQueue::addUploadItems(Batch *b, const QList<LocalTop> &found)
{
    std::vector<std::unique_ptr<Item>> items;
    QStringList dirs;
    auto add = [&](const LocalEntry &source, const QString &display, const QString &dir, const QString &name) -> Item * {
        auto it = std::make_unique<Item>();
        it->id = m_nextId++;
        it->batchId = b->id;
        it->direction = Direction::Upload;
        it->display = display;
        it->localPath = source.path;
        it->remoteDir = dir;
        it->remoteName = name;
        it->remotePath = remoteJoin(dir, name);
        it->size = source.size;
        it->sourceModified = source.modified;
        // Refused before anything is sent: the server would read it all and then say no.
        if (m_uploadLimit > 0 && it->size > m_uploadLimit) {
            it->status = Status::Failed;
            it->message = tr("“%1” is %2; the server accepts files up to %3. It was not sent.")
                              .arg(name, sizeText(it->size), sizeText(m_uploadLimit));
        } else if (const QString problem = uploadNameProblem(name); !problem.isEmpty()) {
            it->status = Status::Failed;
            it->message = problem;
        }
        items.push_back(std::move(it));
        return items.back().get();
    };
    auto skip = [&](const LocalEntry &source, const QString &display, const QString &dir, const QString &why) {
        Item *it = add(source, display, dir, QFileInfo(source.path).fileName());
        it->status = Status::Skipped;
        it->message = why;
    };

    for (const LocalTop &top : found) {
        const LocalEntry &entry = top.entry;
        const QString name = QFileInfo(entry.path).fileName();
        switch (entry.kind) {
        case LocalEntry::Kind::Missing: {
            Item *it = add(entry, name, b->remoteRoot, name);
            it->status = Status::Failed;
            it->message = tr("“%1” no longer exists.").arg(QDir::toNativeSeparators(entry.path));
            break;
        }
        case LocalEntry::Kind::File:
            add(entry, name, b->remoteRoot, name);
            break;
        case LocalEntry::Kind::Folder:
        case LocalEntry::Kind::FolderLink: {
            const QString topDir = remoteJoin(b->remoteRoot, name);
            dirs << topDir;
            for (const LocalEntry &inner : top.inside) {
                const qsizetype slash = inner.relative.lastIndexOf(u'/');
                const QString dir = slash < 0 ? topDir : remoteJoin(topDir, inner.relative.left(slash));
                const QString display = name + u'/' + inner.relative;
                switch (inner.kind) {
                case LocalEntry::Kind::Folder:
                    dirs << remoteJoin(topDir, inner.relative);
                    break;
                case LocalEntry::Kind::File:
                    add(inner, display, dir, QFileInfo(inner.path).fileName());
                    break;
                case LocalEntry::Kind::FolderLink:
                    skip(inner, display, topDir, tr("A link to a folder; links are not followed."));
                    break;
                case LocalEntry::Kind::Special:
                case LocalEntry::Kind::Missing:
                    skip(inner, display, topDir, tr("Not a regular file."));
                    break;
                }
            }
            break;
        }
        case LocalEntry::Kind::Special:
            skip(entry, name, b->remoteRoot, tr("Not a regular file."));
            break;
        }
    }
    b->dirsToMake = leafDirs(dirs);
    insertItems(std::move(items));
    // Folders first, even empty ones: a tree with no files is still a tree to rebuild.
    if (b->dirsToMake.isEmpty())
        b->prep = Batch::Prep::Done;
    else
        prepareUploadBatch(b);
    checkBatchFinished(b);
}

quint64 TransferQueue::download(const RemoteTarget &target, const QList<api::FileEntry> &entries,
                                const QString &localDir, const DownloadOptions &options)
{
    if (entries.isEmpty())
        return 0;
    auto b = std::make_unique<Batch>();
    b->id = m_nextId++;
    b->direction = Direction::Download;
    b->target = target;
    b->localRoot = QDir::cleanPath(QDir(localDir).absolutePath());
    b->openWhenDone = options.openWhenDone;
    b->title = !options.title.isEmpty() ? options.title
        : entries.size() == 1           ? sanitizeFileName(entries.first().name)
                                        : tr("%n item(s)", nullptr, int(entries.size()));
    b->items = int(entries.size());
    if (entries.size() == 1)
        b->itemName = !options.title.isEmpty() ? options.title : sanitizeFileName(entries.first().name);
    Batch *raw = b.get();
    m_batches.emplace(raw->id, std::move(b));
    watchClient(raw);

    std::vector<std::unique_ptr<Item>> items;
    QList<QPair<api::FileEntry, QString>> folders;
    for (const api::FileEntry &entry : entries) {
        const QString local = safeLocalPath(raw->localRoot, {entry.name});
        raw->topLevel << local;
        if (entry.isDir && !entry.isSymlink()) {
            folders.append({entry, local});
            continue;
        }
        auto it = std::make_unique<Item>();
        it->id = m_nextId++;
        it->batchId = raw->id;
        it->direction = Direction::Download;
        it->display = QFileInfo(local).fileName();
        it->localPath = local;
        it->remotePath = entry.path;
        it->size = entry.size;
        it->sourceModified = entry.modTime;
        it->isLink = entry.isSymlink();
        it->topIndex = int(raw->topLevel.size() - 1);
        items.push_back(std::move(it));
    }
    insertItems(std::move(items));
    for (const auto &[entry, local] : folders)
        startWalk(raw, entry, local);
    checkBatchFinished(raw);
    return raw->id;
}

quint64 TransferQueue::download(const RemoteTarget &target, const QList<api::FileEntry> &entries,
                                const QString &localDir)
{
    return download(target, entries, localDir, DownloadOptions());
}

void TransferQueue::startWalk(Batch *b, const api::FileEntry &folder, const QString &localFolder)
{
    auto *walker = new RemoteWalker(b->target.client, b->target.containerId, folder.path, this);
    b->walkers << walker;
    const quint64 batchId = b->id;
    const QString folderName = QFileInfo(localFolder).fileName();
    connect(walker, &RemoteWalker::folderFound, this, [this, batchId, localFolder](const QStringList &relative) {
        Batch *b = batch(batchId);
        if (!b)
            return;
        // Empty folders are part of the tree too.
        QString error;
        const QString dir = relative.isEmpty() ? localFolder : safeLocalPath(localFolder, relative);
        if (!dir.isEmpty())
            ensureLocalDir(b->localRoot, dir, &error);
    });
    connect(walker, &RemoteWalker::fileFound, this,
            [this, batchId, localFolder, folderName](const api::FileEntry &entry, const QStringList &relative) {
                Batch *b = batch(batchId);
                if (!b)
                    return;
                auto it = std::make_unique<Item>();
                it->id = m_nextId++;
                it->batchId = batchId;
                it->direction = Direction::Download;
                it->localPath = safeLocalPath(localFolder, relative);
                QStringList shown{folderName};
                for (const QString &part : relative)
                    shown << sanitizeFileName(part);
                it->display = shown.join(u'/');
                it->remotePath = entry.path;
                it->size = entry.size;
                it->sourceModified = entry.modTime;
                it->isLink = entry.isSymlink();
                std::vector<std::unique_ptr<Item>> one;
                one.push_back(std::move(it));
                insertItems(std::move(one));
            });
    connect(walker, &RemoteWalker::finished, this,
            [this, batchId, walker, folder, localFolder, folderName](const api::ApiError &error, int skipped) {
                walker->deleteLater();
                Batch *b = batch(batchId);
                if (!b)
                    return;
                b->walkers.removeAll(walker);
                std::vector<std::unique_ptr<Item>> extra;
                auto note = [&](Status status, const QString &message) {
                    auto it = std::make_unique<Item>();
                    it->id = m_nextId++;
                    it->batchId = batchId;
                    it->direction = Direction::Download;
                    it->display = folderName + u'/';
                    it->localPath = localFolder;
                    it->remotePath = folder.path;
                    it->status = status;
                    it->message = message;
                    return it;
                };
                if (error.isError() && error.kind != api::ApiError::Kind::Cancelled) {
                    auto it = note(Status::Failed, tr("Could not list the folder: %1").arg(error.userMessage()));
                    it->walkFailure = true;
                    it->folderEntry = folder;
                    it->folderLocal = localFolder;
                    it->retryable = true;
                    extra.push_back(std::move(it));
                }
                if (skipped > 0)
                    extra.push_back(note(Status::Skipped,
                                         tr("%n entry(s) skipped: names that cannot be a file name, folders seen "
                                            "before, or too deep.", nullptr, skipped)));
                insertItems(std::move(extra));
                checkBatchFinished(b);
            });
    walker->start();
}

void TransferQueue::watchClient(Batch *b)
{
    if (!b->target.client)
        return;
    // Requests die with their client; what waited on them (folders to make, listings to check)
    // must not wait for ever.
    const quint64 batchId = b->id;
    connect(b->target.client, &QObject::destroyed, this, [this, batchId] {
        Batch *b = batch(batchId);
        if (!b)
            return;
        if (b->prep == Batch::Prep::Running)
            b->prep = Batch::Prep::Failed;
        for (const auto &it : m_items) {
            if (it->batchId == batchId && !it->job && !isTerminal(it->status)) {
                it->retryable = true;
                setStatus(it.get(), Status::Failed, tr("The connection to the server was closed."));
            }
        }
        checkBatchFinished(b);
        emitUnfinished();
    });
}

void TransferQueue::insertItems(std::vector<std::unique_ptr<Item>> items)
{
    if (items.empty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(items.size()) - 1);
    for (auto &it : items)
        m_items.push_back(std::move(it));
    endInsertRows();
    scheduleSoon();
    emitUnfinished();
}

// --- running ---------------------------------------------------------------------------------

void TransferQueue::scheduleSoon()
{
    if (m_scheduleQueued)
        return;
    m_scheduleQueued = true;
    QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
}

void TransferQueue::schedule()
{
    m_scheduleQueued = false;
    // Listings being fetched for conflict checks take slots too: a tree of a thousand folders
    // must not become a thousand requests at once.
    int running = int(std::count_if(m_items.begin(), m_items.end(), [](const auto &it) { return it->phase != Phase::Idle; }));
    for (const auto &[id, b] : m_batches)
        running += int(b->listingsLoading.size());
    // Rows may be added while starting one (never removed): index, not iterators.
    for (size_t row = 0; row < m_items.size() && running < m_maxConcurrent; ++row) {
        Item *it = m_items[row].get();
        if (it->status != Status::Queued || it->phase != Phase::Idle)
            continue;
        if (startItem(it))
            ++running;
    }
    emitUnfinished();
}

bool TransferQueue::startItem(Item *it)
{
    Batch *b = batch(it->batchId);
    if (!b)
        return false;
    if (!b->target.client) {
        it->retryable = true;
        setStatus(it, Status::Failed, tr("Not connected to the server."));
        checkBatchFinished(b);
        return false;
    }
    return it->direction == Direction::Download ? startDownload(it, b) : startUpload(it, b);
}

bool TransferQueue::localPathTaken(const QString &path, const Item *except) const
{
    return std::any_of(m_items.begin(), m_items.end(), [&](const auto &other) {
        return other.get() != except && other->direction == Direction::Download && other->phase != Phase::Idle
            && other->localPath == path;
    });
}

bool TransferQueue::startDownload(Item *it, Batch *b)
{
    if (it->localPath.isEmpty() || !isInside(b->localRoot, it->localPath)) {
        setStatus(it, Status::Failed, tr("The name cannot be saved in the chosen folder."));
        checkBatchFinished(b);
        return false;
    }
    const QFileInfo existing(it->localPath);
    const bool clash = existing.exists() || existing.isSymLink() || localPathTaken(it->localPath, it);
    if (clash && !it->replace) {
        if (!b->policy) {
            raiseConflict(it, b);
            return false;
        }
        applyAnswer(it, b, *b->policy);
        if (it->status != Status::Queued)
            return false;
    }
    QString error;
    if (!ensureLocalDir(b->localRoot, QFileInfo(it->localPath).absolutePath(), &error)) {
        setStatus(it, Status::Failed, error);
        checkBatchFinished(b);
        return false;
    }
    if (QFileInfo(it->localPath).isDir() && !QFileInfo(it->localPath).isSymLink()) {
        setStatus(it, Status::Failed, tr("A folder named “%1” is in the way.").arg(QFileInfo(it->localPath).fileName()));
        checkBatchFinished(b);
        return false;
    }
    if (!m_diskThread) {
        m_diskThread = new QThread(this);
        m_diskThread->setObjectName(u"disk"_s);
        m_diskThread->start();
    }
    auto *job = new DownloadJob(b->target.client, b->target.containerId, it->remotePath, it->localPath, it->replace,
                                m_diskThread, this);
    job->setServerDeadline(m_serverDeadline);
    it->job = job;
    connect(job, &TransferJob::progress, this, [it](qint64 done, qint64 total) {
        it->done = done;
        if (total >= 0)
            it->size = total;
    });
    connect(job, &TransferJob::finished, this, [this, it](const JobOutcome &outcome) { onJobFinished(it, outcome); });
    it->phase = Phase::Running;
    it->done = 0;
    it->sampleBytes = 0;
    it->sampleClock.start();
    setStatus(it, Status::Transferring);
    m_ticker.start();
    job->start();
    return true;
}

bool TransferQueue::startUpload(Item *it, Batch *b)
{
    switch (b->prep) {
    case Batch::Prep::NotStarted:
        prepareUploadBatch(b);
        return false;
    case Batch::Prep::Running:
        return false;
    case Batch::Prep::Failed:
    case Batch::Prep::Done:
        break;
    }
    const QFileInfo source(it->localPath);
    if (!source.isFile()) {
        setStatus(it, Status::Failed, tr("“%1” no longer exists.").arg(QDir::toNativeSeparators(it->localPath)));
        checkBatchFinished(b);
        return false;
    }
    it->size = source.size();
    if (m_uploadLimit > 0 && it->size > m_uploadLimit) {
        it->retryable = false;
        setStatus(it, Status::Failed, tr("“%1” is %2; the server accepts files up to %3. It was not sent.")
                                          .arg(it->remoteName, sizeText(it->size), sizeText(m_uploadLimit)));
        checkBatchFinished(b);
        return false;
    }
    if (const QString problem = uploadNameProblem(it->remoteName); !problem.isEmpty()) {
        setStatus(it, Status::Failed, problem);
        checkBatchFinished(b);
        return false;
    }
    // The server overwrites silently: look at the folder's listing before sending.
    if (const auto error = b->listingErrors.constFind(it->remoteDir); error != b->listingErrors.cend()) {
        it->retryable = true;
        setStatus(it, Status::Failed, *error);
        checkBatchFinished(b);
        return false;
    }
    if (!b->listings.contains(it->remoteDir)) {
        const bool started = !b->listingsLoading.contains(it->remoteDir);
        loadRemoteListing(b, it->remoteDir);
        return started;
    }
    const bool taken = std::any_of(m_items.begin(), m_items.end(), [&](const auto &other) {
        const Batch *ob = batch(other->batchId);
        return other.get() != it && other->direction == Direction::Upload && other->phase != Phase::Idle && ob
            && ob->target.containerId == b->target.containerId && other->remotePath == it->remotePath;
    });
    if ((b->listings.value(it->remoteDir).contains(it->remoteName) || taken) && !it->replace) {
        if (!b->policy) {
            raiseConflict(it, b);
            return false;
        }
        applyAnswer(it, b, *b->policy);
        if (it->status != Status::Queued)
            return false;
    }
    auto *job = new UploadJob(b->target.client, b->target.containerId, it->localPath, it->remoteDir, it->remoteName, this);
    it->job = job;
    connect(job, &TransferJob::progress, this, [it](qint64 done, qint64) { it->done = done; });
    connect(job, &TransferJob::finished, this, [this, it](const JobOutcome &outcome) { onJobFinished(it, outcome); });
    it->phase = Phase::Running;
    it->done = 0;
    it->sampleBytes = 0;
    it->sampleClock.start();
    setStatus(it, Status::Transferring);
    m_ticker.start();
    job->start();
    return true;
}

void TransferQueue::prepareUploadBatch(Batch *b)
{
    b->prep = Batch::Prep::Running;
    b->dirsLeft = b->dirsToMake;
    makeNextDir(b->id);
}

void TransferQueue::makeNextDir(quint64 batchId)
{
    Batch *b = batch(batchId);
    if (!b)
        return;
    if (b->dirsLeft.isEmpty() || !b->target.client) {
        b->prep = Batch::Prep::Done;
        scheduleSoon();
        checkBatchFinished(b);
        return;
    }
    // One mkdir -p at a time, leaves only: each makes its parents too.
    const QString dir = b->dirsLeft.takeFirst();
    b->target.client->makeDirectory(b->target.containerId, dir, this,
                                    [this, batchId, dir](const api::Result<QJsonObject> &result) {
                                        Batch *b = batch(batchId);
                                        if (!b)
                                            return;
                                        if (result) {
                                            makeNextDir(batchId);
                                            return;
                                        }
                                        b->prep = Batch::Prep::Failed;
                                        const QString why = tr("Could not create the folder “%1”: %2")
                                                                .arg(dir, result.error().userMessage());
                                        for (const auto &it : m_items) {
                                            if (it->batchId == batchId && it->status == Status::Queued) {
                                                setStatus(it.get(), Status::Failed, why);
                                                it->retryable = result.error().isTransient();
                                            }
                                        }
                                        checkBatchFinished(b);
                                        scheduleSoon();
                                        emitUnfinished();
                                    });
}

void TransferQueue::loadRemoteListing(Batch *b, const QString &dir)
{
    if (b->listingsLoading.contains(dir))
        return;
    b->listingsLoading.insert(dir);
    const quint64 batchId = b->id;
    const QString listed = dir == u"/"_s ? dir : dir + u'/';
    b->target.client->listFiles(b->target.containerId, listed, this,
                                [this, batchId, dir](const api::Result<api::FileListing> &result) {
                                    Batch *b = batch(batchId);
                                    if (!b)
                                        return;
                                    b->listingsLoading.remove(dir);
                                    if (result) {
                                        QHash<QString, api::FileEntry> names;
                                        for (const api::FileEntry &entry : result->files)
                                            names.insert(entry.name, entry);
                                        b->listings.insert(dir, names);
                                    } else {
                                        b->listingErrors.insert(
                                                dir, tr("Could not check the folder “%1”: %2").arg(dir, result.error().userMessage()));
                                    }
                                    scheduleSoon();
                                });
}

void TransferQueue::raiseConflict(Item *it, Batch *b)
{
    Q_UNUSED(b);
    it->phase = Phase::Idle;
    setStatus(it, Status::NeedsAnswer);
    emit answerNeeded(it->id);
}

void TransferQueue::applyAnswer(Item *it, Batch *b, Answer answer)
{
    switch (answer) {
    case Answer::Overwrite:
        it->replace = true;
        setStatus(it, Status::Queued);
        break;
    case Answer::Skip:
        setStatus(it, Status::Skipped, tr("It already exists."));
        break;
    case Answer::KeepBoth:
        if (it->direction == Direction::Download) {
            const QFileInfo info(it->localPath);
            const QString dir = info.absolutePath();
            const QString name = keepBothName(info.fileName(), [&](const QString &candidate) {
                const QString path = dir + u'/' + candidate;
                const QFileInfo other(path);
                return other.exists() || other.isSymLink() || localPathTaken(path, it);
            });
            it->localPath = dir + u'/' + name;
            it->display = replaceLastComponent(it->display, name);
            if (it->topIndex >= 0 && it->topIndex < b->topLevel.size())
                b->topLevel[it->topIndex] = it->localPath;
        } else {
            const auto &listing = b->listings.value(it->remoteDir);
            const QString name = keepBothName(it->remoteName, [&](const QString &candidate) {
                const QString path = remoteJoin(it->remoteDir, candidate);
                return listing.contains(candidate) || std::any_of(m_items.begin(), m_items.end(), [&](const auto &other) {
                           return other.get() != it && other->direction == Direction::Upload && other->phase != Phase::Idle
                               && other->remotePath == path;
                       });
            });
            it->remoteName = name;
            it->remotePath = remoteJoin(it->remoteDir, name);
            it->display = replaceLastComponent(it->display, name);
        }
        it->replace = false;
        setStatus(it, Status::Queued);
        break;
    }
}

void TransferQueue::answer(quint64 transferId, Answer answer, bool forRestOfBatch)
{
    Item *it = item(transferId);
    Batch *b = it ? batch(it->batchId) : nullptr;
    if (!it || !b || it->status != Status::NeedsAnswer)
        return;
    if (forRestOfBatch)
        b->policy = answer;
    applyAnswer(it, b, answer);
    if (forRestOfBatch) {
        for (const auto &other : m_items) {
            if (other->batchId == b->id && other->status == Status::NeedsAnswer)
                applyAnswer(other.get(), b, answer);
        }
    }
    scheduleSoon();
    checkBatchFinished(b);
    emitUnfinished();
}

void TransferQueue::onJobFinished(Item *it, const JobOutcome &outcome)
{
    if (TransferJob *job = it->job) {
        it->job = nullptr;
        job->disconnect(this);
        job->deleteLater();
    }
    it->phase = Phase::Idle;
    it->speed = 0;
    Batch *b = batch(it->batchId);
    switch (outcome.kind) {
    case JobOutcome::Kind::Done:
        if (it->size < 0)
            it->size = it->done;
        it->done = it->size;
        it->message.clear();
        if (it->direction == Direction::Upload && b) {
            api::FileEntry entry;
            entry.name = it->remoteName;
            entry.size = it->size;
            b->listings[it->remoteDir].insert(it->remoteName, entry);
        }
        setStatus(it, Status::Done);
        if (b && b->openWhenDone && it->direction == Direction::Download)
            emit openRequested(b->id, it->localPath);
        break;
    case JobOutcome::Kind::Cancelled:
        it->done = 0;
        setStatus(it, Status::Cancelled);
        break;
    case JobOutcome::Kind::Failed:
        it->done = 0;
        // The server follows a link when downloading; a link to a folder ends as "is a directory".
        if (it->isLink && outcome.error.httpStatus == 400 && outcome.error.serverMessage.contains(u"directory"_s)) {
            setStatus(it, Status::Skipped, tr("A link to a folder; links are not followed."));
        } else {
            it->retryable = outcome.retryable;
            setStatus(it, Status::Failed, outcome.message);
        }
        break;
    }
    scheduleSoon();
    if (b)
        checkBatchFinished(b);
    emitUnfinished();
}

void TransferQueue::checkBatchFinished(Batch *b)
{
    if (!b || b->finishedEmitted || b->prep == Batch::Prep::Running || !b->walkers.isEmpty() || b->localWalk)
        return;
    for (const auto &it : m_items) {
        if (it->batchId == b->id && !isTerminal(it->status))
            return;
    }
    b->finishedEmitted = true;
    emit batchFinished(batchSummary(b->id));
}

void TransferQueue::setStatus(Item *it, Status status, const QString &message)
{
    it->status = status;
    it->message = message;
    if (status != Status::Failed)
        it->retryable = false;
    changed(it);
}

void TransferQueue::changed(Item *it, bool progressOnly)
{
    const int row = rowOfItem(it);
    if (row < 0)
        return;
    if (progressOnly)
        emit dataChanged(index(row, SizeColumn), index(row, TimeLeftColumn));
    else
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TransferQueue::tick()
{
    bool any = false;
    for (size_t row = 0; row < m_items.size(); ++row) {
        Item *it = m_items[row].get();
        if (it->phase != Phase::Running)
            continue;
        any = true;
        const qint64 elapsed = std::max<qint64>(1, it->sampleClock.restart());
        const double instant = double(it->done - it->sampleBytes) * 1000.0 / double(elapsed);
        it->sampleBytes = it->done;
        // Smoothed, so that the time left does not jump with every burst.
        it->speed = it->speed <= 0 ? instant : 0.7 * it->speed + 0.3 * instant;
        emit dataChanged(index(int(row), SizeColumn), index(int(row), TimeLeftColumn));
    }
    if (!any)
        m_ticker.stop();
}

void TransferQueue::emitUnfinished()
{
    const int count = unfinishedCount();
    if (count == m_lastUnfinished)
        return;
    m_lastUnfinished = count;
    emit unfinishedCountChanged(count);
}

// --- user actions ----------------------------------------------------------------------------

void TransferQueue::cancel(quint64 transferId)
{
    Item *it = item(transferId);
    if (!it || isTerminal(it->status))
        return;
    if (it->job) {
        it->job->cancel(); // onJobFinished follows, synchronously
        return;
    }
    it->phase = Phase::Idle;
    setStatus(it, Status::Cancelled);
    checkBatchFinished(batch(it->batchId));
    scheduleSoon();
    emitUnfinished();
}

void TransferQueue::cancelBatch(quint64 batchId)
{
    Batch *b = batch(batchId);
    if (!b)
        return;
    for (const auto &walker : b->walkers) {
        if (walker)
            walker->cancel();
    }
    if (b->localWalk)
        b->localWalk->cancel(); // its finished() ends the batch, with nothing added
    QList<quint64> ids;
    for (const auto &it : m_items) {
        if (it->batchId == batchId && !isTerminal(it->status))
            ids << it->id;
    }
    for (const quint64 id : ids)
        cancel(id);
}

void TransferQueue::cancelAll()
{
    QList<quint64> batches;
    for (const auto &[id, b] : m_batches)
        batches << id;
    for (const quint64 id : batches)
        cancelBatch(id);
}

void TransferQueue::retry(quint64 transferId)
{
    Item *it = item(transferId);
    Batch *b = it ? batch(it->batchId) : nullptr;
    if (!it || !b || (it->status != Status::Failed && it->status != Status::Cancelled))
        return;
    b->finishedEmitted = false;
    if (it->walkFailure) {
        const api::FileEntry folder = it->folderEntry;
        const QString local = it->folderLocal;
        const int row = rowOfItem(it);
        beginRemoveRows({}, row, row);
        m_items.erase(m_items.begin() + row);
        endRemoveRows();
        startWalk(b, folder, local);
        return;
    }
    if (b->prep == Batch::Prep::Failed)
        b->prep = Batch::Prep::NotStarted;
    if (it->direction == Direction::Upload) {
        // Look again: the folder may have changed since.
        b->listingErrors.remove(it->remoteDir);
        b->listings.remove(it->remoteDir);
    }
    it->done = 0;
    it->speed = 0;
    it->replace = false;
    setStatus(it, Status::Queued);
    scheduleSoon();
    emitUnfinished();
}

void TransferQueue::remove(quint64 transferId)
{
    Item *it = item(transferId);
    if (!it || !isTerminal(it->status))
        return;
    const int row = rowOfItem(it);
    const quint64 batchId = it->batchId;
    beginRemoveRows({}, row, row);
    m_items.erase(m_items.begin() + row);
    endRemoveRows();
    const bool batchEmpty = std::none_of(m_items.begin(), m_items.end(), [&](const auto &other) { return other->batchId == batchId; });
    if (Batch *b = batch(batchId); b && batchEmpty && b->finishedEmitted)
        m_batches.erase(batchId);
}

void TransferQueue::clearFinished()
{
    // Contiguous runs from the end, so that rows above keep their numbers.
    int row = int(m_items.size()) - 1;
    while (row >= 0) {
        const auto clearable = [&](int r) {
            const Status s = m_items[size_t(r)]->status;
            return s == Status::Done || s == Status::Skipped || s == Status::Cancelled;
        };
        if (!clearable(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && clearable(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_items.erase(m_items.begin() + first, m_items.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    for (auto found = m_batches.begin(); found != m_batches.end();) {
        const quint64 id = found->first;
        const bool used = std::any_of(m_items.begin(), m_items.end(), [&](const auto &it) { return it->batchId == id; });
        if (!used && found->second->finishedEmitted)
            found = m_batches.erase(found);
        else
            ++found;
    }
}

} // namespace rexec::files
