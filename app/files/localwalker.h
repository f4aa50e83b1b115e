// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace rexec::files {

// One thing found on this computer for an upload.
struct LocalEntry {
    enum class Kind {
        File,
        Folder,
        FolderLink, // a link to a folder: not followed (it could lead to its own parent)
        Special, // not a regular file: a device, a socket, a pipe, a dangling link
        Missing, // gone since it was chosen
    };
    Kind kind = Kind::Missing;
    QString path; // absolute
    QString relative; // below the chosen folder ("src/main.cpp"); empty for what was chosen
    qint64 size = -1;
    QDateTime modified;
};

// What was chosen (a file or a folder) and, for a folder, everything in it: folders first (for
// making them), then the rest sorted by relative path.
struct LocalTop {
    LocalEntry entry;
    QList<LocalEntry> inside;
};

// Looks at `paths` and walks the folders among them, in order; stops early when `cancelled`
// becomes true. Blocking: LocalWalker runs it off the GUI thread.
QList<LocalTop> walkLocal(const QStringList &paths, const std::atomic<bool> &cancelled);

// The walk of a dropped tree, in a worker thread of its own: finished() brings everything, in
// the order of the paths, on the thread that made the walker. A tree of many thousand files
// takes a while to list; the GUI thread never waits for it.
class LocalWalker : public QObject
{
    Q_OBJECT
public:
    explicit LocalWalker(QStringList paths, QObject *parent = nullptr);
    ~LocalWalker() override;

    void start();
    // The walk stops soon; finished() still comes, with cancelled set and nothing found.
    void cancel();
    bool isCancelled() const { return m_cancelled->load(); }

signals:
    // Exactly once.
    void finished(const QList<rexec::files::LocalTop> &found, bool cancelled);

private:
    QStringList m_paths;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QPointer<QThread> m_thread;
};

} // namespace rexec::files
