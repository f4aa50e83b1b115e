// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/containers.h"
#include "api/events.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTimer>

#include <functional>
#include <optional>

namespace rexec::containers {

// The containers, agents and shared terminals of one server profile, as rows.
//
// Rows keep their identity for as long as they exist: every update is a diff (inserted rows,
// removed rows, dataChanged for just the columns and roles that changed), never a model reset,
// so that selection and persistent indexes survive. A row is found by its db_id when it has one
// and otherwise by its id; the id itself may change (DB UUID → Docker ID after creation, a new
// Docker ID after a recreating start) and the row follows it.
//
// Row order is arrival order; sort with a QSortFilterProxyModel on SortRole.
class ContainerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Status, Name, Image, Role, Resources, LastUsed };
    Q_ENUM(Column)
    static constexpr int ColumnCount = 6;

    // Row-wide roles are answered on every column.
    enum DataRole {
        ContainerRole = Qt::UserRole + 1, // api::Container
        IdRole,                           // QString: the current id (changes)
        DbIdRole,                         // QString
        StatusRole,                       // QString: the status exactly as the server sent it
        StatusKindRole,                   // api::Container::StatusKind
        StableKeyRole,                    // QString: the db_id, else the id at first sight; never changes
        IsAgentRole,                      // bool
        IsSharedRole,                     // bool
        IsMfaLockedRole,                  // bool
        ProgressRole,                     // int 0-100 while a creation runs, else invalid
        StageRole,                        // QString: creation stage, else invalid
        ProgressMessageRole,              // QString: the stage's message, else invalid
        ProgressErrorRole,                // QString: why the creation failed, else invalid
        PendingActionRole,                // PendingAction
        SortRole,                         // per column: a value to sort by (numbers for figures and times)
        FilterTextRole,                   // QString, case-folded: what a filter box searches (cached per row)
    };
    Q_ENUM(DataRole)

    // An action this client asked for and the server has not answered yet.
    enum class PendingAction { None, Starting, Stopping, Removing };
    Q_ENUM(PendingAction)

    // Where a creation stands, from `progress` events or from polling.
    struct CreationProgress {
        QString stage;
        QString message;
        QString error;
        int percent = 0; // never goes back, although the server's figures do
        bool failed() const { return !error.isEmpty() || stage == u"error"; }
        friend bool operator==(const CreationProgress &, const CreationProgress &) = default;
    };

    explicit ContainerModel(QObject *parent = nullptr);
    ~ContainerModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Makes the rows match `list`: new entries are appended, missing ones removed (except rows
    // added by this client that the server has not listed yet), the others merged.
    void resetFromList(const api::ContainerList &list);
    void resetFromList(api::ContainerList &&list);
    // created, updated, started, stopped, deleted, progress, agent_connected,
    // agent_disconnected and list; other kinds are ignored.
    void applyEvent(const api::ContainerEvent &event);

    // Inserts `container`, or merges it into the row it belongs to; returns the row.
    int upsert(const api::Container &container);
    // Like upsert, and the row survives lists that do not have it yet (a creation this client
    // just made, which a list fetched a moment earlier cannot know).
    int addCreated(const api::Container &container);
    // Applies a partial object, as an `updated` event does; false when no row matches `anyId`.
    bool merge(const QString &anyId, const QJsonObject &partial);
    // The row of `oldId` now has `newId`; also succeeds when it already had.
    bool changeId(const QString &oldId, const QString &newId);
    bool remove(const QString &anyId);
    bool setPendingAction(const QString &anyId, PendingAction action);
    bool setCreationProgress(const QString &anyId, const std::optional<CreationProgress> &progress);
    // A progress event: stage, figures, the Docker ID from container_id, the container of "ready".
    bool applyProgress(const api::ProgressEvent &event, const QJsonObject &readyContainer = {});
    void clear();

    int rowForKey(const QString &stableKey) const;
    // The row whose id, db_id or stable key is `anyId`; -1 if none.
    int rowForId(const QString &anyId) const;
    api::Container containerAt(int row) const;
    QString stableKeyAt(int row) const;
    std::optional<CreationProgress> creationProgressAt(int row) const;
    PendingAction pendingActionAt(int row) const;

    // For tests: what "now" is for the relative times in LastUsed.
    void setClock(std::function<QDateTime()> clock);
    // How often LastUsed's relative texts are refreshed (dataChanged on that column); 0 stops it.
    void setRelativeTimeRefreshInterval(std::chrono::milliseconds interval);

    // Progress figures that never go back: the server's stages are not monotonic (starting 85,
    // then starting 55) and "pulling" restarts from 0, so each stage's value is read within the
    // stage's band of the whole.
    static int overallPercent(const QString &stage, double serverPercent, int previous);

signals:
    // An event named a container this model does not have: the caller should fetch the list.
    void reconcileNeeded();
    // A row's id changed (after creation, or a start that recreated the container).
    void idChanged(const QString &stableKey, const QString &oldId, const QString &newId);

private:
    struct Row {
        QString key;
        api::Container container;
        std::optional<CreationProgress> progress;
        PendingAction pending = PendingAction::None;
        bool pinned = false; // added by this client; kept until a list or event shows it
        // FilterTextRole, built on first use and dropped whenever a field it holds changes: a filter
        // keystroke over 10,000 rows must not format every cell again.
        mutable QString filterText;
    };

    QVariant displayData(const Row &row, Column column) const;
    QVariant toolTipData(const Row &row, Column column) const;
    QVariant sortData(const Row &row, Column column) const;
    QString statusText(const Row &row) const;
    const QString &filterText(const Row &row) const;

    static QString keyFor(const api::Container &container);
    static size_t idHash(QStringView id);
    bool rowHasId(int row, QStringView id) const;
    void indexId(const QString &id, int row) const;
    void unindexId(const QString &id, int row) const;
    void indexRow(int row) const;
    void rebuildIndex() const;
    int lookup(QStringView id) const;
    int findRow(const QString &dbId, const QString &id) const;
    void fillEmpty(QList<api::Container> &&containers);
    void appendRows(QList<Row> rows);
    void removeRowsAt(QList<int> rows);
    api::Container::Fields mergeInto(int row, const QJsonObject &partial);
    api::Container::Fields replaceAt(int row, const api::Container &container);
    void afterChange(int row, const QString &oldId, api::Container::Fields fields, bool progressChanged = false);
    void emitChanged(int row, api::Container::Fields fields, QList<int> extraRowRoles = {},
                     QList<Column> extraColumns = {});
    bool settleProgress(int row);

    QList<Row> m_rows;
    // Hash of every id, db_id and stable key → row (see indexId()). Removals shift rows, so
    // they only mark it stale; the next lookup rebuilds it.
    mutable QHash<size_t, int> m_index;
    mutable QHash<QString, int> m_collisions;
    mutable bool m_indexStale = false;
    std::function<QDateTime()> m_clock;
    QTimer m_relativeTimeRefresh;
};

} // namespace rexec::containers
