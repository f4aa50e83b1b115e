// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/localwalker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace rexec::files {

namespace {

LocalEntry entryFor(const QFileInfo &info, const QString &relative)
{
    LocalEntry entry;
    entry.path = info.absoluteFilePath();
    entry.relative = relative;
    if (info.isSymLink() && info.isDir())
        entry.kind = LocalEntry::Kind::FolderLink;
    else if (info.isDir())
        entry.kind = LocalEntry::Kind::Folder;
    else if (info.isFile())
        entry.kind = LocalEntry::Kind::File;
    else if (info.exists() || info.isSymLink())
        entry.kind = LocalEntry::Kind::Special;
    else
        entry.kind = LocalEntry::Kind::Missing;
    if (entry.kind == LocalEntry::Kind::File) {
        entry.size = info.size();
        entry.modified = info.lastModified();
    }
    return entry;
}

} // namespace

QList<LocalTop> walkLocal(const QStringList &paths, const std::atomic<bool> &cancelled)
{
    QList<LocalTop> found;
    for (const QString &path : paths) {
        if (cancelled.load())
            return {};
        LocalTop top;
        const QFileInfo info(path);
        top.entry = entryFor(info, {});
        // What was chosen is taken as it is, a link to a folder included: the user pointed at it.
        if (top.entry.kind == LocalEntry::Kind::FolderLink)
            top.entry.kind = LocalEntry::Kind::Folder;
        if (top.entry.kind == LocalEntry::Kind::Folder) {
            // A link inside the tree is not followed (QDirIterator does not follow links by default).
            const QDir base(info.absoluteFilePath());
            QDirIterator walk(info.absoluteFilePath(),
                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            QList<LocalEntry> folders;
            QList<LocalEntry> rest;
            while (walk.hasNext()) {
                if (cancelled.load())
                    return {};
                const QFileInfo inner = walk.nextFileInfo();
                const LocalEntry entry = entryFor(inner, base.relativeFilePath(inner.absoluteFilePath()));
                (entry.kind == LocalEntry::Kind::Folder ? folders : rest) << entry;
            }
            const auto byRelative = [](const LocalEntry &a, const LocalEntry &b) { return a.relative < b.relative; };
            std::sort(folders.begin(), folders.end(), byRelative);
            std::sort(rest.begin(), rest.end(), byRelative);
            top.inside = folders + rest;
        }
        found << top;
    }
    return found;
}

LocalWalker::LocalWalker(QStringList paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
}

LocalWalker::~LocalWalker()
{
    m_cancelled->store(true);
    // Normally long over; otherwise the cancel ends it at its next entry.
    if (m_thread)
        m_thread->wait(QDeadlineTimer(5000));
}

void LocalWalker::start()
{
    // The thread shares only a copy of the paths, the flag and the result with us. QThread's
    // finished() reaches this thread queued, and not at all once this walker is gone.
    auto result = std::make_shared<QList<LocalTop>>();
    QThread *thread =
        QThread::create([paths = m_paths, cancelled = m_cancelled, result] { *result = walkLocal(paths, *cancelled); });
    thread->setObjectName(QStringLiteral("walk"));
    connect(thread, &QThread::finished, this, [this, result] {
        const bool stopped = isCancelled();
        emit finished(stopped ? QList<LocalTop>() : *result, stopped);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

void LocalWalker::cancel()
{
    m_cancelled->store(true);
}

} // namespace rexec::files
