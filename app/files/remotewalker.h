// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/files.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QStringList>

namespace rexec::api {
class RestClient;
}

namespace rexec::files {

// Walks a remote folder tree with files/list, one listing at a time, and reports what it finds.
// Symbolic links are reported as files and never descended into, so link loops cannot trap it;
// a folder seen twice (a hostile listing naming "..") is not listed again; depth and the number
// of entries are capped. Names that cannot be a single path component ("a/b", NUL, "..") are
// skipped and counted.
class RemoteWalker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxDepth = 64;
    static constexpr int kMaxEntries = 200000;

    RemoteWalker(api::RestClient *client, QString containerId, QString rootPath, QObject *parent = nullptr);

    void start();
    void cancel();
    QString rootPath() const { return m_root; }

signals:
    // `relative` are the components below the root; the root itself is an empty list.
    void folderFound(const QStringList &relative);
    // `relative` ends with the entry's own name; entry.path is its full remote path.
    void fileFound(const rexec::api::FileEntry &entry, const QStringList &relative);
    // error.isError() is false when the walk completed.
    void finished(const rexec::api::ApiError &error, int skipped);

private:
    struct Pending {
        QString path;
        QStringList relative;
    };
    void next();

    QPointer<api::RestClient> m_client;
    QString m_containerId;
    QString m_root;
    QQueue<Pending> m_queue;
    QSet<QString> m_seen;
    int m_entries = 0;
    int m_skipped = 0;
    bool m_cancelled = false;
    bool m_running = false;
};

} // namespace rexec::files
