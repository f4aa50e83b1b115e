// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/files.h"
#include "api/restclient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace rexec::files {

class TransferJob;
class RemoteWalker;
class LocalWalker;
struct JobOutcome;
struct LocalTop;

// Where remote files live: one container on one server.
struct RemoteTarget {
    QPointer<api::RestClient> client;
    QString containerId;
    QString containerName; // for people
};

// Every file transfer of the app, as rows of a table: uploads and downloads, queued, running
// at most maxConcurrent() at a time, and finished ones until cleared. A user action (a drop, an
// Upload, a Download…) is a batch; folders become one row per file. Transfers stream both ways
// (see TransferJob); none of this touches widgets.
//
// Conflicts are questions, never silent overwrites: a download onto an existing local file and
// an upload onto a name the remote folder's listing already has stop in NeedsAnswer, emit
// answerNeeded(), and wait for answer() (overwrite, skip, keep both; optionally for the rest of
// the batch). Other rows go on meanwhile.
class TransferQueue : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Direction { Upload, Download };
    Q_ENUM(Direction)
    enum class Status { Queued, Transferring, NeedsAnswer, Failed, Cancelled, Skipped, Done };
    Q_ENUM(Status)
    enum class Answer { Overwrite, Skip, KeepBoth };
    Q_ENUM(Answer)
    enum Column { DirectionColumn, NameColumn, SizeColumn, ProgressColumn, SpeedColumn, TimeLeftColumn, StatusColumn };
    static constexpr int ColumnCount = 7;

    // Row-wide roles are answered on every column.
    enum Role {
        IdRole = Qt::UserRole + 1, // quint64
        BatchRole,                 // quint64
        DirectionRole,             // int (Direction)
        StatusRole,                // int (Status)
        ProgressRole,              // double 0..1, or -1 while the size is unknown
        BytesDoneRole,             // qint64
        BytesTotalRole,            // qint64, -1 unknown
        SpeedRole,                 // double bytes per second (0 when not moving)
        TimeLeftRole,              // qint64 seconds, -1 unknown
        MessageRole,               // QString: why it failed or was skipped
        LocalPathRole,             // QString
        RemotePathRole,            // QString
        ContainerRole,             // QString: the container's name
        RetryableRole,             // bool: failed in a way that trying again may fix
        SortRole,
    };
    Q_ENUM(Role)

    static constexpr qint64 kDefaultUploadLimit = 100LL * 1024 * 1024; // the real server's
    static constexpr int kDefaultConcurrency = 2;

    struct Conflict {
        quint64 transferId = 0;
        Direction direction = Direction::Download;
        QString name;      // the file's name
        QString folder;    // where it exists: a local folder (native separators) or a remote one
        QString container; // uploads: the container's name, for people; downloads: empty
        qint64 existingSize = -1;
        QDateTime existingModified;
        qint64 incomingSize = -1;
        QDateTime incomingModified;
        int othersInBatch = 0; // further conflicts waiting in the same batch
    };

    struct BatchSummary {
        quint64 id = 0;
        Direction direction = Direction::Download;
        QString title;      // one name, or "3 items"
        int items = 0;      // what the user chose: files and folders, before folders are walked
        QString itemName;   // ... the one name, when items is 1
        QString container;
        int done = 0;
        int failed = 0;
        int skipped = 0;
        int cancelled = 0;
        QString localFolder;  // downloads: where they went; uploads: empty
        QString remoteFolder; // uploads: where they went
    };

    struct DownloadOptions {
        bool openWhenDone = false; // emit openRequested() for each file when it is complete
        QString title;             // shown in notifications; default from the entries
    };

    explicit TransferQueue(QObject *parent = nullptr);
    ~TransferQueue() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Settings. They apply at once, also to what is already queued or running.
    // A raised limit starts queued transfers before this returns; a lowered one lets running
    // transfers finish (it cancels none) and starts no new one until fewer than it run.
    void setMaxConcurrent(int transfers);
    int maxConcurrent() const { return m_maxConcurrent; }
    // Files larger than this are refused before anything is sent; 0 means no limit.
    void setUploadLimit(qint64 bytes) { m_uploadLimit = bytes; }
    qint64 uploadLimit() const { return m_uploadLimit; }
    // How long the server lets one download run before it cuts it (the real server: 30 s).
    // Only used to explain such a cut.
    void setServerDownloadDeadline(std::chrono::milliseconds deadline) { m_serverDeadline = deadline; }

    // Local files and folders into `remoteDir` (which must exist). Folders become mkdir plus
    // one upload per file, keeping the tree. Returns the batch, or 0 when there was nothing.
    // Files alone have their rows when this returns; with a folder among them, the tree is
    // listed in a worker thread and the batch's rows (in the order given) come after that.
    quint64 upload(const RemoteTarget &target, const QStringList &localPaths, const QString &remoteDir);
    // Remote entries into `localDir`. entry.path is each one's full remote path; folders are
    // walked and rebuilt. Local names are sanitised and never leave `localDir`.
    quint64 download(const RemoteTarget &target, const QList<api::FileEntry> &entries, const QString &localDir,
                     const DownloadOptions &options);
    quint64 download(const RemoteTarget &target, const QList<api::FileEntry> &entries, const QString &localDir);

    void cancel(quint64 transferId);
    void cancelBatch(quint64 batchId);
    void cancelAll();
    void retry(quint64 transferId);
    // Removes rows that are done, skipped or cancelled; failed ones stay until retried or removed.
    void clearFinished();
    // Removes a finished row (any terminal status).
    void remove(quint64 transferId);
    void answer(quint64 transferId, Answer answer, bool forRestOfBatch = false);

    int rowOf(quint64 transferId) const;
    quint64 idAt(int row) const;
    Status statusOf(quint64 transferId) const;
    std::optional<Conflict> conflict(quint64 transferId) const;
    QList<quint64> waitingForAnswer() const;
    int unfinishedCount() const;
    bool isBatchFinished(quint64 batchId) const;
    BatchSummary batchSummary(quint64 batchId) const;
    // What a download batch produced at its top level (files and folders, as finally named);
    // for drag-out, whose drop target is given these paths.
    QStringList batchTopLevelPaths(quint64 batchId) const;

signals:
    void answerNeeded(quint64 transferId);
    void batchFinished(const rexec::files::TransferQueue::BatchSummary &summary);
    // A download asked for with openWhenDone is complete.
    void openRequested(quint64 batchId, const QString &localPath);
    // The number of transfers not yet finished changed.
    void unfinishedCountChanged(int count);

private:
    enum class Phase { Idle, Checking, Running };
    struct Batch;
    struct Item;

    Item *item(quint64 id) const;
    Batch *batch(quint64 id) const;
    int rowOfItem(const Item *item) const;
    void insertItems(std::vector<std::unique_ptr<Item>> items);
    void watchClient(Batch *batch);
    void changed(Item *item, bool progressOnly = false);
    void setStatus(Item *item, Status status, const QString &message = {});
    void scheduleSoon();
    void schedule();
    bool startItem(Item *item);
    bool startDownload(Item *item, Batch *batch);
    bool startUpload(Item *item, Batch *batch);
    void addUploadItems(Batch *batch, const QList<LocalTop> &found);
    void prepareUploadBatch(Batch *batch);
    void makeNextDir(quint64 batchId);
    void loadRemoteListing(Batch *batch, const QString &dir);
    void raiseConflict(Item *item, Batch *batch);
    void applyAnswer(Item *item, Batch *batch, Answer answer);
    void onJobFinished(Item *item, const JobOutcome &outcome);
    void startWalk(Batch *batch, const api::FileEntry &folder, const QString &localFolder);
    void checkBatchFinished(Batch *batch);
    void tick();
    bool localPathTaken(const QString &path, const Item *except) const;
    void emitUnfinished();

    std::vector<std::unique_ptr<Item>> m_items;
    std::map<quint64, std::unique_ptr<Batch>> m_batches;
    QTimer m_ticker;
    // Where downloads write their files (see PartFileWriter): made when first needed.
    QThread *m_diskThread = nullptr;
    quint64 m_nextId = 1;
    int m_maxConcurrent = kDefaultConcurrency;
    qint64 m_uploadLimit = kDefaultUploadLimit;
    std::chrono::milliseconds m_serverDeadline{30000};
    int m_lastUnfinished = 0;
    bool m_scheduleQueued = false;
};

} // namespace rexec::files
