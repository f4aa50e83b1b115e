// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/remotedirectorymodel.h"

#include "api/restclient.h"
#include "files/filenames.h"
#include "files/sizetext.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rexec::files {

namespace {

QString listingPath(const QString &path)
{
    // A trailing slash makes `ls` list a linked folder's contents instead of the link itself.
    return path == u"/"_s ? path : path + u'/';
}

bool isStoppedError(const api::ApiError &error)
{
    return error.kind == api::ApiError::Kind::Http && error.httpStatus == 400
        && (error.code == u"container_stopped"_s || error.serverMessage.contains(u"not running"_s, Qt::CaseInsensitive));
}

} // namespace

RemoteDirectoryModel::RemoteDirectoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // The C locale collates by code point and ignores numeric mode: "b10" would sort before "b9".
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

RemoteDirectoryModel::~RemoteDirectoryModel() = default;

int RemoteDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemoteDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RemoteDirectoryModel::displayName(const QString &name)
{
    QString shown;
    shown.reserve(name.size());
    for (const QChar c : name) {
        const ushort u = c.unicode();
        const bool hidden = u < 0x20 || u == 0x7f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        shown += hidden ? QChar(0xfffd) : c;
    }
    return shown;
}

QVariant RemoteDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    case PermissionsColumn:
        return tr("Permissions");
    default:
        return {};
    }
}

Qt::ItemFlags RemoteDirectoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (index.data(IsDirRole).toBool())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QVariant RemoteDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::FileEntry &e = m_rows.at(index.row());
    const bool enterable = e.isDir || e.isSymlink();
    switch (role) {
    case EntryRole:
        return QVariant::fromValue(e);
    case PathRole:
        return e.path;
    case IsDirRole:
        return e.isDir;
    case IsSymlinkRole:
        return e.isSymlink();
    case LinkTargetRole:
        return e.linkTarget;
    case MimeTypeRole:
    case IconNamesRole: {
        const QMimeType type = e.isDir ? m_mimes.mimeTypeForName(u"inode/directory"_s)
                                       : m_mimes.mimeTypeForFile(e.name, QMimeDatabase::MatchExtension);
        if (role == MimeTypeRole)
            return type.name();
        QStringList names{type.iconName(), type.genericIconName()};
        if (e.isSymlink())
            names.prepend(u"inode-symlink"_s);
        names << (e.isDir ? u"folder"_s : u"text-x-generic"_s);
        names.removeDuplicates();
        return names;
    }
    default:
        break;
    }
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return e.isSymlink() && !e.linkTarget.isEmpty()
                ? tr("%1 → %2").arg(displayName(e.name), displayName(e.linkTarget))
                : displayName(e.name);
        case SizeColumn:
            // A folder's or a link's own size says nothing about what it holds.
            return e.isDir || e.isSymlink() ? QString() : formatDataSize(e.size);
        case ModifiedColumn:
            // `ls` gives the container's wall clock with no zone: show it as it is.
            return e.modTime.isValid() ? formatMinute(QDateTime(e.modTime.date(), e.modTime.time())) : QString();
        case PermissionsColumn:
            return e.mode;
        }
        return {};
    case Qt::EditRole:
        return column == NameColumn ? e.name : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QString tip = displayName(e.path);
        if (e.isSymlink())
            tip += u'\n' + tr("Link to %1").arg(displayName(e.linkTarget));
        else if (!e.isDir)
            tip += u'\n' + m_mimes.mimeTypeForFile(e.name, QMimeDatabase::MatchExtension).comment();
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleDescriptionRole:
        return enterable ? tr("Folder") : m_mimes.mimeTypeForFile(e.name, QMimeDatabase::MatchExtension).comment();
    case SortRole:
        switch (column) {
        case NameColumn:
            return e.name;
        case SizeColumn:
            return e.size;
        case ModifiedColumn:
            return e.modTime;
        case PermissionsColumn:
            return e.mode;
        }
        return {};
    default:
        return {};
    }
}

bool RemoteDirectoryModel::lessThan(const api::FileEntry &a, const api::FileEntry &b) const
{
    // Folders first in either order, as file managers do.
    if (a.isDir != b.isDir)
        return a.isDir;
    int order = 0;
    switch (m_sortColumn) {
    case SizeColumn:
        order = a.size < b.size ? -1 : a.size > b.size ? 1 : 0;
        break;
    case ModifiedColumn:
        order = a.modTime < b.modTime ? -1 : a.modTime > b.modTime ? 1 : 0;
        break;
    case PermissionsColumn:
        order = a.mode.compare(b.mode);
        break;
    default:
        break;
    }
    if (order == 0)
        order = m_collator.compare(a.name, b.name);
    if (order == 0)
        order = a.name.compare(b.name);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void RemoteDirectoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList names;
    for (const QModelIndex &index : before)
        names << m_rows.at(index.row()).name;
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const auto &a, const auto &b) { return lessThan(a, b); });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowForName(names.at(i));
        after << (row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RemoteDirectoryModel::setClient(api::RestClient *client)
{
    m_client = client;
}

void RemoteDirectoryModel::setPath(const QString &path)
{
    navigate(path, true);
}

void RemoteDirectoryModel::navigate(const QString &path, bool record)
{
    const QString clean = remoteClean(path.trimmed().isEmpty() ? kHome.toString() : path.trimmed());
    if (record) {
        if (m_historyIndex < 0 || m_history.value(m_historyIndex) != clean) {
            m_history = m_history.mid(0, m_historyIndex + 1);
            m_history << clean;
            m_historyIndex = m_history.size() - 1;
        }
        emit historyChanged();
    }
    const bool moved = clean != m_path;
    m_path = clean;
    if (moved || record)
        emit pathChanged(m_path);
    load(m_path);
}

void RemoteDirectoryModel::back()
{
    if (!canGoBack())
        return;
    --m_historyIndex;
    emit historyChanged();
    navigate(m_history.at(m_historyIndex), false);
}

void RemoteDirectoryModel::forward()
{
    if (!canGoForward())
        return;
    ++m_historyIndex;
    emit historyChanged();
    navigate(m_history.at(m_historyIndex), false);
}

void RemoteDirectoryModel::up()
{
    if (canGoUp())
        setPath(remoteParent(m_path));
}

void RemoteDirectoryModel::home()
{
    setPath(kHome.toString());
}

void RemoteDirectoryModel::refresh()
{
    load(m_path);
}

void RemoteDirectoryModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    beginResetModel();
    rebuildRows();
    endResetModel();
    if (m_state == State::Ready || m_state == State::Empty)
        setState(m_rows.isEmpty() ? State::Empty : State::Ready);
}

int RemoteDirectoryModel::hiddenCount() const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [](const api::FileEntry &e) { return e.isHidden(); }));
}

api::FileEntry RemoteDirectoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : api::FileEntry();
}

int RemoteDirectoryModel::rowForName(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return int(i);
    }
    return -1;
}

bool RemoteDirectoryModel::containsName(const QString &name) const
{
    return std::any_of(m_all.begin(), m_all.end(), [&](const api::FileEntry &e) { return e.name == name; });
}

void RemoteDirectoryModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RemoteDirectoryModel::rebuildRows()
{
    m_rows.clear();
    for (const api::FileEntry &e : std::as_const(m_all)) {
        if (m_showHidden || !e.isHidden())
            m_rows << e;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const auto &a, const auto &b) { return lessThan(a, b); });
}

void RemoteDirectoryModel::apply(const QString &path, QList<api::FileEntry> entries)
{
    // Paths are built here from the folder and the name; the server's own is not trusted.
    for (api::FileEntry &e : entries)
        e.path = remoteJoin(path, e.name);
    beginResetModel();
    m_all = std::move(entries);
    rebuildRows();
    endResetModel();
}

void RemoteDirectoryModel::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_error = {};
    if (!m_client) {
        apply(path, {});
        m_error = api::ApiError::make(api::ApiError::Kind::Network, tr("Not connected"), u"GET"_s, {});
        setState(State::Error);
        emit listed();
        return;
    }
    setState(State::Loading);
    m_client->listFiles(m_containerId, listingPath(path), this,
                        [this, generation, path](const api::Result<api::FileListing> &result) {
                            if (generation != m_generation)
                                return; // an older request; the user has moved on
                            if (!result) {
                                apply(path, {});
                                m_error = result.error();
                                setState(isStoppedError(m_error) ? State::Stopped : State::Error);
                                emit listed();
                                return;
                            }
                            apply(path, result->files);
                            if (!m_all.isEmpty() || path == u"/"_s) {
                                setState(m_rows.isEmpty() ? State::Empty : State::Ready);
                                emit listed();
                                return;
                            }
                            // Empty, or not there at all: the parent knows.
                            resolveEmpty(path, generation, 0);
                        });
}

void RemoteDirectoryModel::resolveEmpty(const QString &path, quint64 generation, int hops)
{
    // Looks `path` up in its parent's listing: missing, a folder (so empty), a file, or a link
    // whose target is looked up the same way (a few hops at most: links may form loops).
    const QString name = remoteBaseName(path);
    m_client->listFiles(m_containerId, listingPath(remoteParent(path)), this,
                        [this, generation, path, name, hops](const api::Result<api::FileListing> &up) {
                            if (generation != m_generation)
                                return;
                            State state = State::Empty;
                            if (up) {
                                const auto found = std::find_if(up->files.begin(), up->files.end(),
                                                                [&](const api::FileEntry &e) { return e.name == name; });
                                if (found == up->files.end()) {
                                    state = State::NotFound;
                                } else if (found->isSymlink() && !found->linkTarget.isEmpty() && hops < 8 && m_client) {
                                    const QString target = found->linkTarget.startsWith(u'/')
                                        ? found->linkTarget
                                        : remoteJoin(remoteParent(path), found->linkTarget);
                                    resolveEmpty(remoteClean(target), generation, hops + 1);
                                    return;
                                } else if (!found->isDir && !found->isSymlink()) {
                                    state = State::NotAFolder;
                                }
                            }
                            setState(state);
                            emit listed();
                        });
}

} // namespace rexec::files
