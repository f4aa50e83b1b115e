// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/remotewalker.h"

#include "api/restclient.h"
#include "files/filenames.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rexec::files {

RemoteWalker::RemoteWalker(api::RestClient *client, QString containerId, QString rootPath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_containerId(std::move(containerId))
    , m_root(remoteClean(rootPath))
{
}

void RemoteWalker::start()
{
    if (m_running)
        return;
    m_running = true;
    // Gone with its replies (a server switch, a sign-out): the walk ends, and says why.
    if (m_client)
        connect(m_client, &QObject::destroyed, this, [this] {
            m_queue.clear();
            emit finished(api::ApiError::make(api::ApiError::Kind::Network, tr("The connection to the server was closed."),
                                              u"GET"_s, m_root),
                          m_skipped);
        });
    m_seen.insert(m_root);
    m_queue.enqueue({m_root, {}});
    // Never report from inside start(): the caller connects first.
    QTimer::singleShot(0, this, [this] {
        emit folderFound({});
        next();
    });
}

void RemoteWalker::cancel()
{
    m_cancelled = true;
}

void RemoteWalker::next()
{
    if (m_cancelled) {
        emit finished(api::ApiError::make(api::ApiError::Kind::Cancelled, {}, u"GET"_s, {}), m_skipped);
        return;
    }
    if (m_queue.isEmpty()) {
        emit finished({}, m_skipped);
        return;
    }
    if (!m_client) {
        emit finished(api::ApiError::make(api::ApiError::Kind::Network, {}, u"GET"_s, {}), m_skipped);
        return;
    }
    const Pending folder = m_queue.dequeue();
    // A trailing slash makes `ls` list a linked folder's contents rather than the link.
    const QString listed = folder.path == u"/"_s ? folder.path : folder.path + u'/';
    m_client->listFiles(m_containerId, listed, this, [this, folder](const api::Result<api::FileListing> &result) {
        if (m_cancelled) {
            next();
            return;
        }
        if (!result) {
            emit finished(result.error(), m_skipped);
            return;
        }
        for (const api::FileEntry &listedEntry : result->files) {
            const QString &name = listedEntry.name;
            if (name.isEmpty() || name == u"."_s || name == u".."_s || name.contains(u'/') || name.contains(QChar(0))) {
                ++m_skipped;
                continue;
            }
            if (++m_entries > kMaxEntries) {
                ++m_skipped;
                continue;
            }
            api::FileEntry entry = listedEntry;
            entry.path = remoteJoin(folder.path, name);
            const QStringList relative = folder.relative + QStringList{name};
            if (entry.isDir && !entry.isSymlink()) {
                const QString clean = remoteClean(entry.path);
                if (m_seen.contains(clean) || relative.size() > kMaxDepth) {
                    ++m_skipped;
                    continue;
                }
                m_seen.insert(clean);
                emit folderFound(relative);
                m_queue.enqueue({clean, relative});
            } else {
                emit fileFound(entry, relative);
            }
        }
        next();
    });
}

} // namespace rexec::files
