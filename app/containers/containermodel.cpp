// SPDX-License-Identifier: GPL-3.0-or-later
#include "containers/containermodel.h"

#include "containers/containerformat.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rexec::containers {

using api::Container;
using Field = Container::Field;
using Fields = Container::Fields;

namespace {

constexpr int kRelativeTimeRefreshMs = 60 * 1000;

// The roles of one cell's text: what a view repaints and a proxy re-sorts on.
const QList<int> &cellRoles()
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, ContainerModel::SortRole};
    return roles;
}

const QList<int> &progressRoles()
{
    static const QList<int> roles{ContainerModel::ProgressRole, ContainerModel::StageRole,
                                  ContainerModel::ProgressMessageRole, ContainerModel::ProgressErrorRole};
    return roles;
}

// What differs between two containers, for a replacement without a JSON payload to merge.
Fields difference(const Container &a, const Container &b)
{
    Fields fields;
    const auto mark = [&fields](bool differs, Field field) {
        if (differs)
            fields |= field;
    };
    mark(a.id != b.id, Field::Id);
    mark(a.dbId != b.dbId, Field::DbId);
    mark(a.userId != b.userId, Field::UserId);
    mark(a.name != b.name, Field::Name);
    mark(a.image != b.image, Field::Image);
    mark(a.role != b.role, Field::Role);
    mark(a.status != b.status, Field::Status);
    mark(a.createdAt != b.createdAt, Field::CreatedAt);
    mark(a.lastUsedAt != b.lastUsedAt, Field::LastUsedAt);
    mark(a.expiresAt != b.expiresAt, Field::ExpiresAt);
    mark(a.idleSeconds != b.idleSeconds, Field::IdleSeconds);
    mark(a.mfaLocked != b.mfaLocked, Field::MfaLocked);
    mark(a.resources != b.resources, Field::Resources);
    mark(a.ipAddress != b.ipAddress, Field::IpAddress);
    mark(a.sessionType != b.sessionType || a.os != b.os || a.arch != b.arch || a.shell != b.shell
             || a.distro != b.distro || a.description != b.description || a.hostname != b.hostname
             || a.region != b.region,
         Field::Agent);
    mark(a.shared != b.shared || a.ownerId != b.ownerId || a.ownerName != b.ownerName
             || a.collabMode != b.collabMode || a.shareCode != b.shareCode || a.collabExpiresAt != b.collabExpiresAt,
         Field::Sharing);
    mark(a.labels != b.labels, Field::Labels);
    mark(a.environment != b.environment, Field::Environment);
    mark(a.raw != b.raw, Field::Other);
    return fields;
}

// Sorts "running" first and problems last, whatever words the server used.
int statusRank(Container::StatusKind kind)
{
    using Kind = Container::StatusKind;
    switch (kind) {
    case Kind::Running: return 0;
    case Kind::Configuring: return 1;
    case Kind::Starting: return 2;
    case Kind::Creating: return 3;
    case Kind::Paused: return 4;
    case Kind::Stopped: return 5;
    case Kind::Offline: return 6;
    case Kind::Error: return 7;
    case Kind::Unknown: return 8;
    case Kind::Other: return 9;
    }
    return 9;
}

} // namespace

ContainerModel::ContainerModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // "5 minutes ago" goes stale on its own; only that column is repainted.
    connect(&m_relativeTimeRefresh, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty()) {
            const int column = int(Column::LastUsed);
            emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
                             {Qt::DisplayRole, Qt::ToolTipRole});
        }
    });
    m_relativeTimeRefresh.start(kRelativeTimeRefreshMs);
}

ContainerModel::~ContainerModel() = default;

int ContainerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid() || index.row() >= m_rows.size()
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const Container &c = row.container;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case SortRole:
        return sortData(row, column);
    case FilterTextRole:
        return filterText(row);
    case ContainerRole:
        return QVariant::fromValue(c);
    case IdRole:
        return c.id;
    case DbIdRole:
        return c.dbId;
    case StatusRole:
        return c.status;
    case StatusKindRole:
        return QVariant::fromValue(c.statusKind());
    case StableKeyRole:
        return row.key;
    case IsAgentRole:
        return c.isAgent();
    case IsSharedRole:
        return c.isShared();
    case IsMfaLockedRole:
        return c.mfaLocked;
    case ProgressRole:
        return row.progress ? QVariant(row.progress->percent) : QVariant();
    case StageRole:
        return row.progress ? QVariant(row.progress->stage) : QVariant();
    case ProgressMessageRole:
        return row.progress ? QVariant(row.progress->message) : QVariant();
    case ProgressErrorRole:
        return row.progress && row.progress->failed() ? QVariant(row.progress->error) : QVariant();
    case PendingActionRole:
        return QVariant::fromValue(row.pending);
    default:
        return {};
    }
}

QString ContainerModel::statusText(const Row &row) const
{
    switch (row.pending) {
    case PendingAction::Starting:
        return tr("starting…");
    case PendingAction::Stopping:
        return tr("stopping…");
    case PendingAction::Removing:
        return tr("deleting…");
    case PendingAction::None:
        break;
    }
    // The server's own word (translated when known), unknown values included: the status set is open.
    return ContainerFormat::status(row.container.status);
}

const QString &ContainerModel::filterText(const Row &row) const
{
    if (!row.filterText.isEmpty())
        return row.filterText;
    // The words a user recognises a container by. Not the id (64 hex digits would match almost any
    // digit typed; a filter matches ids by prefix instead) nor the relative "last used" time, which
    // would change what matches as the clock runs.
    const Container &c = row.container;
    QStringList words{displayData(row, Column::Name).toString(), c.image,
                      displayData(row, Column::Role).toString(), statusText(row)};
    if (statusText(row) != c.status)
        words << c.status;
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        words << it.key() + u'=' + it.value();
    if (c.isAgent())
        words << c.hostname << c.os << c.distro;
    row.filterText = words.join(u'\n').toCaseFolded();
    return row.filterText;
}

QVariant ContainerModel::displayData(const Row &row, Column column) const
{
    const Container &c = row.container;
    switch (column) {
    case Column::Status:
        // In words, not only in the tooltip: a screen reader reads the cell.
        return c.mfaLocked ? tr("%1, locked", "status of a terminal protected by two-factor authentication")
                                 .arg(statusText(row))
                           : statusText(row);
    case Column::Name:
        return c.name.isEmpty() ? c.id.left(12) : c.name;
    case Column::Image:
        return c.image;
    case Column::Role:
        return c.isAgent() ? tr("agent", "role column of a BYOS agent") : c.role;
    case Column::Resources:
        return ContainerFormat::resources(c.resources, c.isAgent());
    case Column::LastUsed:
        return ContainerFormat::relativeTime(c.lastUsedAt, m_clock());
    }
    return {};
}

QVariant ContainerModel::toolTipData(const Row &row, Column column) const
{
    const Container &c = row.container;
    QStringList lines;
    switch (column) {
    case Column::Status:
        lines << tr("Status: %1").arg(ContainerFormat::status(c.status));
        if (row.progress) {
            if (row.progress->failed())
                lines << tr("Creation failed: %1").arg(row.progress->error);
            else
                lines << tr("Creating: %1 (%2%)")
                             .arg(row.progress->message.isEmpty() ? row.progress->stage : row.progress->message)
                             .arg(row.progress->percent);
        }
        if (c.mfaLocked)
            lines << tr("Protected by two-factor authentication");
        if (c.expiresAt.isValid())
            lines << tr("Expires: %1").arg(ContainerFormat::absoluteTime(c.expiresAt));
        break;
    case Column::Name:
        lines << (c.name.isEmpty() ? c.id : c.name);
        if (c.isAgent() && !c.hostname.isEmpty())
            lines << tr("Host: %1").arg(c.hostname);
        if (c.isAgent() && !c.description.isEmpty())
            lines << c.description;
        if (c.isShared()) {
            const QString owner = c.ownerName.isEmpty() ? c.ownerId : c.ownerName;
            lines << (c.canControl() ? tr("Shared by %1, with control").arg(owner)
                                     : tr("Shared by %1, view only").arg(owner));
        }
        lines << tr("ID: %1").arg(c.id);
        break;
    case Column::Image:
        if (c.isAgent()) {
            lines << tr("Agent on %1").arg(c.distro.isEmpty() ? c.os : c.distro);
            if (!c.arch.isEmpty())
                lines << tr("Architecture: %1").arg(c.arch);
        } else {
            lines << c.image;
        }
        break;
    case Column::Role:
        lines << (c.isAgent() ? tr("A machine of yours, connected as an agent") : c.role);
        break;
    case Column::Resources:
        lines << ContainerFormat::resourcesLong(c.resources, c.isAgent());
        break;
    case Column::LastUsed:
        lines << tr("Last used: %1").arg(ContainerFormat::absoluteTime(c.lastUsedAt));
        if (c.idleSeconds)
            lines << tr("Idle for %1").arg(ContainerFormat::duration(*c.idleSeconds));
        break;
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QVariant ContainerModel::sortData(const Row &row, Column column) const
{
    const Container &c = row.container;
    switch (column) {
    case Column::Status:
        return statusRank(c.statusKind());
    case Column::Name:
        return c.name.isEmpty() ? c.id : c.name;
    case Column::Image:
        return c.image;
    case Column::Role:
        return c.isAgent() ? QString() : c.role;
    case Column::Resources: {
        // Memory first, then CPU, then disk, in one number: fields are clamped to their slot.
        const auto slot = [](qint64 value, qint64 max) { return std::clamp<qint64>(value, 0, max - 1); };
        const double cpu = c.isAgent() ? double(c.resources.cpuShares) * 1000.0 / 1024.0 : double(c.resources.cpuShares);
        return slot(c.resources.memoryMb, 100'000'000) * 10'000'000'000LL + slot(qint64(cpu), 100'000) * 100'000LL
             + slot(c.resources.diskMb, 100'000);
    }
    case Column::LastUsed:
        return c.lastUsedAt.isValid() ? c.lastUsedAt.toMSecsSinceEpoch() : qint64(0);
    }
    return {};
}

QVariant ContainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Status: return tr("Status");
    case Column::Name: return tr("Name");
    case Column::Image: return tr("Image");
    case Column::Role: return tr("Role");
    case Column::Resources: return tr("Resources");
    case Column::LastUsed: return tr("Last used");
    }
    return {};
}

Qt::ItemFlags ContainerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ContainerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{ContainerRole, "container"},
                  {IdRole, "containerId"},
                  {DbIdRole, "dbId"},
                  {StatusRole, "status"},
                  {StatusKindRole, "statusKind"},
                  {StableKeyRole, "stableKey"},
                  {IsAgentRole, "isAgent"},
                  {IsSharedRole, "isShared"},
                  {IsMfaLockedRole, "isMfaLocked"},
                  {ProgressRole, "progress"},
                  {StageRole, "stage"},
                  {ProgressMessageRole, "progressMessage"},
                  {ProgressErrorRole, "progressError"},
                  {PendingActionRole, "pendingAction"},
                  {SortRole, "sortValue"},
                  {FilterTextRole, "filterText"}});
    return names;
}

// --- identity ---------------------------------------------------------------------------------

QString ContainerModel::keyFor(const Container &container)
{
    // Agents have no db_id; their "agent:<uuid>" id never changes.
    return container.dbId.isEmpty() ? container.id : container.dbId;
}

// The index maps the hash of every id, db_id and key to its row, and the row itself confirms
// the match: integer keys make filling 10,000 rows several times cheaper than string keys. Two
// different ids with one hash (practically never) go to a small overflow table.
size_t ContainerModel::idHash(QStringView id)
{
    return qHash(id);
}

bool ContainerModel::rowHasId(int row, QStringView id) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row &r = m_rows.at(row);
    return r.key == id || r.container.id == id || r.container.dbId == id;
}

void ContainerModel::indexId(const QString &id, int row) const
{
    if (id.isEmpty())
        return;
    const size_t hash = idHash(id);
    const auto it = m_index.find(hash);
    if (it == m_index.end()) {
        m_index.insert(hash, row);
        return;
    }
    if (*it == row)
        return;
    const int other = *it;
    const bool slotLive = other >= 0 && other < m_rows.size()
        && (idHash(m_rows.at(other).key) == hash || idHash(m_rows.at(other).container.id) == hash
            || idHash(m_rows.at(other).container.dbId) == hash);
    if (!slotLive || rowHasId(other, id))
        *it = row; // a leftover of an old id, or the same id moving to this row
    else
        m_collisions.insert(id, row);
}

void ContainerModel::unindexId(const QString &id, int row) const
{
    if (id.isEmpty())
        return;
    if (const auto it = m_index.find(idHash(id)); it != m_index.end() && *it == row)
        m_index.erase(it);
    if (!m_collisions.isEmpty() && m_collisions.value(id, -1) == row)
        m_collisions.remove(id);
}

void ContainerModel::indexRow(int row) const
{
    const Row &r = m_rows.at(row);
    indexId(r.key, row);
    if (r.container.id != r.key)
        indexId(r.container.id, row);
    if (r.container.dbId != r.key)
        indexId(r.container.dbId, row);
}

void ContainerModel::rebuildIndex() const
{
    m_index.clear();
    m_collisions.clear();
    m_index.reserve(m_rows.size() * 2);
    for (int row = 0; row < m_rows.size(); ++row)
        indexRow(row);
    m_indexStale = false;
}

int ContainerModel::lookup(QStringView id) const
{
    if (id.isEmpty())
        return -1;
    if (m_indexStale)
        rebuildIndex();
    if (const auto it = m_index.constFind(idHash(id)); it != m_index.constEnd() && rowHasId(*it, id))
        return *it;
    if (!m_collisions.isEmpty()) {
        const int row = m_collisions.value(id.toString(), -1);
        if (rowHasId(row, id))
            return row;
    }
    return -1;
}

int ContainerModel::findRow(const QString &dbId, const QString &id) const
{
    if (const int row = lookup(dbId); row >= 0)
        return row;
    const int row = lookup(id);
    if (row < 0)
        return -1;
    // The same id with another db_id is another container, however unlikely.
    const QString &rowDbId = m_rows.at(row).container.dbId;
    return dbId.isEmpty() || rowDbId.isEmpty() || rowDbId == dbId ? row : -1;
}

int ContainerModel::rowForKey(const QString &stableKey) const
{
    const int row = lookup(stableKey);
    return row >= 0 && m_rows.at(row).key == stableKey ? row : -1;
}

int ContainerModel::rowForId(const QString &anyId) const
{
    return lookup(anyId);
}

Container ContainerModel::containerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).container : Container();
}

QString ContainerModel::stableKeyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

std::optional<ContainerModel::CreationProgress> ContainerModel::creationProgressAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).progress : std::nullopt;
}

ContainerModel::PendingAction ContainerModel::pendingActionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).pending : PendingAction::None;
}

// --- changes ----------------------------------------------------------------------------------

void ContainerModel::appendRows(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    if (rows.size() > 16) { // one row at a time is left to QList's own growth
        m_rows.reserve(first + rows.size());
        m_index.reserve(m_index.size() + rows.size() * 2);
    }
    for (Row &row : rows)
        m_rows.append(std::move(row));
    if (!m_indexStale) {
        for (int row = first; row < m_rows.size(); ++row)
            indexRow(row);
    }
    endInsertRows();
}

void ContainerModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, one signal pair per contiguous run, so that earlier rows stay put.
    qsizetype end = rows.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end - 1);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        m_indexStale = true;
        endRemoveRows();
        end = start;
    }
}

void ContainerModel::emitChanged(int row, Fields fields, QList<int> extraRowRoles, QList<Column> extraColumns)
{
    std::array<bool, ColumnCount> columns{};
    for (Column column : extraColumns)
        columns[size_t(column)] = true;
    QList<int> rowRoles = std::move(extraRowRoles);
    const auto touches = [&fields](Fields any) { return bool(fields & any); };

    // Only a change to what the filter text holds re-filters the row in a proxy on FilterTextRole.
    if (touches(Field::Name | Field::Image | Field::Role | Field::Status | Field::Agent | Field::Labels)
        || rowRoles.contains(PendingActionRole)) {
        m_rows[row].filterText.clear();
        rowRoles << FilterTextRole;
    }

    if (fields)
        rowRoles << ContainerRole;
    if (touches(Field::Id)) {
        rowRoles << IdRole;
        columns[size_t(Column::Name)] = true; // shown when there is no name, and in the tooltip
    }
    if (touches(Field::DbId))
        rowRoles << DbIdRole;
    if (touches(Field::Status)) {
        rowRoles << StatusRole << StatusKindRole;
        columns[size_t(Column::Status)] = true;
    }
    if (touches(Field::MfaLocked)) {
        rowRoles << IsMfaLockedRole;
        columns[size_t(Column::Status)] = true;
    }
    if (touches(Field::ExpiresAt))
        columns[size_t(Column::Status)] = true;
    if (touches(Field::Name))
        columns[size_t(Column::Name)] = true;
    if (touches(Field::Image))
        columns[size_t(Column::Image)] = true;
    if (touches(Field::Role))
        columns[size_t(Column::Role)] = true;
    if (touches(Field::Resources))
        columns[size_t(Column::Resources)] = true;
    if (touches(Field::LastUsedAt | Field::IdleSeconds))
        columns[size_t(Column::LastUsed)] = true;
    if (touches(Field::Agent)) {
        rowRoles << IsAgentRole;
        for (Column column : {Column::Name, Column::Image, Column::Role, Column::Resources})
            columns[size_t(column)] = true;
    }
    if (touches(Field::Sharing)) {
        rowRoles << IsSharedRole;
        columns[size_t(Column::Name)] = true;
    }

    // The cells whose texts changed, in contiguous runs...
    for (int first = 0; first < ColumnCount; ++first) {
        if (!columns[size_t(first)])
            continue;
        int last = first;
        while (last + 1 < ColumnCount && columns[size_t(last + 1)])
            ++last;
        emit dataChanged(index(row, first), index(row, last), cellRoles());
        first = last;
    }
    // ...and the row-wide roles, which every column answers.
    if (!rowRoles.isEmpty())
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), rowRoles);
}

bool ContainerModel::settleProgress(int row)
{
    Row &r = m_rows[row];
    if (!r.progress)
        return false;
    // A creation is over once the server says the container is anything but in the making: a
    // list or an update may tell so when the `ready` event was missed (socket down meanwhile).
    const Container::StatusKind kind = r.container.statusKind();
    const bool over = r.progress->failed() ? kind != Container::StatusKind::Error && !r.container.isTransitional()
                                           : !r.container.isTransitional() && kind != Container::StatusKind::Unknown;
    if (!over)
        return false;
    r.progress.reset();
    return true;
}

void ContainerModel::afterChange(int row, const QString &oldId, Fields fields, bool progressChanged)
{
    Row &r = m_rows[row];
    if (fields.testAnyFlags(Field::Id | Field::DbId) && !m_indexStale) {
        if (oldId != r.key && oldId != r.container.dbId)
            unindexId(oldId, row);
        indexRow(row);
    }
    progressChanged |= settleProgress(row);
    // Copies: a slot of dataChanged may change the rows.
    const QString key = r.key;
    const QString newId = r.container.id;
    emitChanged(row, fields, progressChanged ? progressRoles() : QList<int>(),
                progressChanged ? QList<Column>{Column::Status} : QList<Column>());
    if (fields.testFlag(Field::Id) && !oldId.isEmpty())
        emit idChanged(key, oldId, newId);
}

Fields ContainerModel::mergeInto(int row, const QJsonObject &partial)
{
    Row &r = m_rows[row];
    const QString oldId = r.container.id;
    const Fields fields = r.container.merge(partial);
    afterChange(row, oldId, fields);
    return fields;
}

Fields ContainerModel::replaceAt(int row, const Container &container)
{
    Row &r = m_rows[row];
    const QString oldId = r.container.id;
    const Fields fields = difference(r.container, container);
    r.container = container;
    afterChange(row, oldId, fields);
    return fields;
}

void ContainerModel::resetFromList(const api::ContainerList &list)
{
    resetFromList(api::ContainerList(list));
}

void ContainerModel::resetFromList(api::ContainerList &&list)
{
    if (m_rows.isEmpty()) {
        fillEmpty(std::move(list.containers));
        return;
    }

    // Merge first, while row numbers still hold; then remove; then append.
    QList<Row> fresh;
    QSet<QString> freshKeys;
    QList<bool> seen(m_rows.size(), false);
    for (Container &c : list.containers) {
        const int row = findRow(c.dbId, c.id);
        if (row < 0) {
            QString key = keyFor(c);
            if (freshKeys.contains(key) || freshKeys.contains(c.id))
                continue; // the same entry twice: the first one wins
            freshKeys.insert(key);
            freshKeys.insert(c.id);
            fresh.append(Row{std::move(key), std::move(c), std::nullopt, PendingAction::None, false, {}});
            continue;
        }
        if (seen.at(row))
            continue;
        seen[row] = true;
        m_rows[row].pinned = false;
        if (c.raw.isEmpty())
            replaceAt(row, c);
        else
            mergeInto(row, c.raw);
    }
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!seen.at(row) && !m_rows.at(row).pinned)
            gone << row;
    }
    removeRowsAt(std::move(gone));
    appendRows(std::move(fresh));
}

void ContainerModel::fillEmpty(QList<Container> &&containers)
{
    // The rows and their index are built in place, to index each id once and copy nothing, then
    // taken aside so that beginInsertRows() sees the model as it was. No signal is emitted (and
    // so nobody can look) in between.
    m_index.clear();
    m_collisions.clear();
    m_indexStale = false;
    m_index.reserve(containers.size() * 2);
    m_rows.reserve(containers.size());
    for (Container &c : containers) {
        QString key = keyFor(c);
        if (lookup(key) >= 0 || lookup(c.id) >= 0)
            continue; // the same entry twice: the first one wins
        m_rows.append(Row{std::move(key), std::move(c), std::nullopt, PendingAction::None, false, {}});
        indexRow(int(m_rows.size()) - 1);
    }
    QList<Row> built;
    built.swap(m_rows);
    if (built.isEmpty())
        return;
    beginInsertRows({}, 0, int(built.size()) - 1);
    m_rows.swap(built);
    endInsertRows();
}

int ContainerModel::upsert(const Container &container)
{
    if (container.id.isEmpty() && container.dbId.isEmpty())
        return -1;
    const int row = findRow(container.dbId, container.id);
    if (row < 0) {
        appendRows({Row{keyFor(container), container, std::nullopt, PendingAction::None, false, {}}});
        return int(m_rows.size()) - 1;
    }
    m_rows[row].pinned = false;
    if (container.raw.isEmpty())
        replaceAt(row, container);
    else
        mergeInto(row, container.raw);
    return row;
}

int ContainerModel::addCreated(const Container &container)
{
    const int existing = findRow(container.dbId, container.id);
    const int row = upsert(container);
    // Pinned only when new: a row the server already listed or announced needs no protection.
    if (row >= 0 && existing < 0)
        m_rows[row].pinned = true;
    return row;
}

bool ContainerModel::merge(const QString &anyId, const QJsonObject &partial)
{
    const int row = findRow(partial.value(u"db_id").toString(), anyId);
    if (row < 0)
        return false;
    mergeInto(row, partial);
    return true;
}

bool ContainerModel::changeId(const QString &oldId, const QString &newId)
{
    if (newId.isEmpty())
        return false;
    int row = rowForId(oldId);
    if (row < 0)
        row = rowForId(newId); // an event got there first
    if (row < 0)
        return false;
    mergeInto(row, {{"id"_L1, newId}});
    return true;
}

bool ContainerModel::remove(const QString &anyId)
{
    const int row = rowForId(anyId);
    if (row < 0)
        return false;
    removeRowsAt({row});
    return true;
}

bool ContainerModel::setPendingAction(const QString &anyId, PendingAction action)
{
    const int row = rowForId(anyId);
    if (row < 0)
        return false;
    if (m_rows.at(row).pending != action) {
        m_rows[row].pending = action;
        emitChanged(row, {}, {PendingActionRole}, {Column::Status});
    }
    return true;
}

bool ContainerModel::setCreationProgress(const QString &anyId, const std::optional<CreationProgress> &progress)
{
    const int row = rowForId(anyId);
    if (row < 0)
        return false;
    if (m_rows.at(row).progress != progress) {
        m_rows[row].progress = progress;
        emitChanged(row, {}, progressRoles(), {Column::Status});
    }
    return true;
}

bool ContainerModel::applyProgress(const api::ProgressEvent &event, const QJsonObject &readyContainer)
{
    int row = rowForId(event.id);
    if (row < 0)
        row = rowForId(event.containerId);
    if (row < 0)
        return false;
    Row &r = m_rows[row];
    r.pinned = false;

    // The row follows the Docker ID as soon as the server names it (stage "starting").
    QJsonObject partial = readyContainer;
    if (!event.containerId.isEmpty())
        partial.insert("id"_L1, event.containerId);
    const QString oldId = r.container.id;
    const Fields fields = partial.isEmpty() ? Fields() : r.container.merge(partial);

    const std::optional<CreationProgress> before = r.progress;
    CreationProgress progress = r.progress.value_or(CreationProgress());
    progress.stage = event.stage;
    progress.message = event.message;
    if (event.failed()) {
        progress.error = event.error.isEmpty() ? event.message : event.error;
        r.progress = progress;
    } else if (event.succeeded()) {
        r.progress.reset();
    } else {
        progress.error.clear();
        progress.percent = overallPercent(event.stage, event.progress, progress.percent);
        r.progress = progress;
    }
    afterChange(row, oldId, fields, r.progress != before);
    return true;
}

int ContainerModel::overallPercent(const QString &stage, double serverPercent, int previous)
{
    struct Band {
        QLatin1StringView stage;
        double low;
        double high;
    };
    // The real server's stages and the share of the whole each one stands for.
    static constexpr Band bands[] = {
        {"validating"_L1, 0, 15}, {"pulling"_L1, 15, 35},     {"creating"_L1, 35, 85},
        {"starting"_L1, 85, 90},  {"configuring"_L1, 90, 99}, {"ready"_L1, 100, 100},
    };
    double value = std::clamp(serverPercent, 0.0, 100.0);
    for (const Band &band : bands) {
        if (stage != band.stage)
            continue;
        if (value < band.low) // a figure of the stage alone, or a step back
            value = band.low + value / 100.0 * (band.high - band.low);
        value = std::min(value, band.high);
        break;
    }
    return std::clamp(std::max(previous, int(std::lround(value))), 0, 100);
}

void ContainerModel::applyEvent(const api::ContainerEvent &event)
{
    using Kind = api::ContainerEvent::Kind;
    switch (event.kind) {
    case Kind::List:
        resetFromList(event.list());
        break;
    case Kind::Created:
    case Kind::AgentConnected: {
        const Container container = event.container();
        if (!container.id.isEmpty() || !container.dbId.isEmpty())
            upsert(container);
        break;
    }
    case Kind::Updated:
    case Kind::Started:
    case Kind::Stopped: {
        const int row = findRow(event.dbId(), event.containerId());
        if (row < 0) {
            // A partial payload cannot make a row: the list will have it whole.
            emit reconcileNeeded();
            break;
        }
        m_rows[row].pinned = false;
        mergeInto(row, event.payload);
        break;
    }
    case Kind::Deleted: {
        const int row = findRow(event.dbId(), event.containerId());
        if (row >= 0)
            removeRowsAt({row});
        break;
    }
    case Kind::AgentDisconnected: {
        // Offline agents stay listed; the payload has nothing but the id.
        const int row = findRow({}, event.containerId());
        if (row >= 0)
            mergeInto(row, {{"status"_L1, "offline"_L1}});
        else
            emit reconcileNeeded();
        break;
    }
    case Kind::Progress:
        if (!applyProgress(event.progress(), event.payload.value("container"_L1).toObject()))
            emit reconcileNeeded();
        break;
    case Kind::AgentStats:
    case Kind::Pong:
    case Kind::Other:
        break;
    }
}

void ContainerModel::clear()
{
    if (m_rows.isEmpty())
        return;
    // Only for a sign-out or a profile switch: everything goes, so a reset is the honest signal.
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_collisions.clear();
    m_indexStale = false;
    endResetModel();
}

void ContainerModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void ContainerModel::setRelativeTimeRefreshInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_relativeTimeRefresh.stop();
        return;
    }
    m_relativeTimeRefresh.start(interval);
}

} // namespace rexec::containers
