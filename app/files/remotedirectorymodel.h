// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/files.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QMimeDatabase>
#include <QPointer>
#include <QStringList>

namespace rexec::api {
class RestClient;
}

namespace rexec::files {

// One folder of a container, as rows for a file browser, with the browser's navigation
// (history, up, home) and an explanation whenever nothing is listed. Folders sort first; hidden
// entries are filtered unless asked for.
//
// The server answers a listing of a folder that does not exist with 200 and no files, exactly
// as it answers an empty folder. The two are told apart by listing the parent and looking for
// the entry, which works the same on the real server (`ls -la`) and on rexec-local.
class RemoteDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, PermissionsColumn };
    static constexpr int ColumnCount = 4;

    enum Role {
        EntryRole = Qt::UserRole + 1, // api::FileEntry (path built from this folder and the name)
        PathRole,                     // QString
        IsDirRole,                    // bool: a folder, or a link the browser may enter
        IsSymlinkRole,                // bool
        LinkTargetRole,               // QString
        MimeTypeRole,                 // QString, e.g. "text/plain", "inode/directory"
        IconNamesRole,                // QStringList: freedesktop icon names, best first
        SortRole,
    };
    Q_ENUM(Role)

    enum class State {
        Idle,         // nothing asked yet
        Loading,
        Ready,        // entries listed
        Empty,        // the folder exists and is empty (or all its entries are hidden)
        NotFound,     // no such folder
        NotAFolder,   // the path is a file
        Stopped,      // the container is not running
        Error,        // anything else; see error()
    };
    Q_ENUM(State)

    static constexpr QStringView kHome = u"/home/user";

    explicit RemoteDirectoryModel(QObject *parent = nullptr);
    ~RemoteDirectoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setClient(api::RestClient *client);
    api::RestClient *client() const { return m_client; }
    // The container's id changes when a start recreates it; the folder stays.
    void setContainerId(const QString &id) { m_containerId = id; }
    QString containerId() const { return m_containerId; }

    QString path() const { return m_path; }
    State state() const { return m_state; }
    // The reason when state() is Error or Stopped.
    api::ApiError error() const { return m_error; }

    // Navigation: each one lists again. setPath() records history.
    void setPath(const QString &path);
    void back();
    void forward();
    void up();
    void home();
    void refresh();
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }
    bool canGoUp() const { return m_path != u"/"; }

    void setShowHidden(bool show);
    bool showHidden() const { return m_showHidden; }
    int hiddenCount() const;
    int totalCount() const { return int(m_all.size()); }

    api::FileEntry entryAt(int row) const;
    int rowForName(const QString &name) const;
    // Every name in the folder, hidden ones included (for clashes with new names).
    bool containsName(const QString &name) const;

    // Names as shown: control and direction-override characters made visible.
    static QString displayName(const QString &name);

signals:
    void stateChanged(rexec::files::RemoteDirectoryModel::State state);
    void pathChanged(const QString &path);
    void historyChanged();
    // A listing arrived (whatever the state); the view may restore its selection.
    void listed();

private:
    void load(const QString &path);
    void resolveEmpty(const QString &path, quint64 generation, int hops);
    void setState(State state);
    void apply(const QString &path, QList<api::FileEntry> entries);
    void rebuildRows();
    bool lessThan(const api::FileEntry &a, const api::FileEntry &b) const;
    void navigate(const QString &path, bool record);

    QPointer<api::RestClient> m_client;
    QString m_containerId;
    QString m_path = kHome.toString();
    State m_state = State::Idle;
    api::ApiError m_error;
    QList<api::FileEntry> m_all;
    QList<api::FileEntry> m_rows;
    QStringList m_history;
    qsizetype m_historyIndex = -1;
    bool m_showHidden = false;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0;
    QCollator m_collator;
    QMimeDatabase m_mimes;
};

} // namespace rexec::files
