// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/remotedragmimedata.h"

#include "files/filenames.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace rexec::ui {

namespace {

const QString kUriList = u"text/uri-list"_s;

} // namespace

RemoteDragMimeData::RemoteDragMimeData(files::TransferQueue *queue, files::RemoteTarget target,
                                       QList<api::FileEntry> entries, QString stagingRoot)
    : m_queue(queue)
    , m_target(std::move(target))
    , m_entries(std::move(entries))
    , m_stagingDir(QDir(stagingRoot).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
}

RemoteDragMimeData::~RemoteDragMimeData() = default;

QString RemoteDragMimeData::defaultStagingRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/drag-out"_s;
}

void RemoteDragMimeData::removeStaleStaging(const QString &stagingRoot)
{
    // A drop target copies the files soon after the drop; a day later nobody needs them.
    const QDateTime before = QDateTime::currentDateTime().addDays(-1);
    const QFileInfoList folders = QDir(stagingRoot).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        if (folder.lastModified() < before && !folder.isSymLink())
            QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

QStringList RemoteDragMimeData::formats() const
{
    return {kUriList, QString(kInternalFormat)};
}

bool RemoteDragMimeData::hasFormat(const QString &mimeType) const
{
    return mimeType == kUriList || mimeType == kInternalFormat;
}

QList<QUrl> RemoteDragMimeData::plannedUrls() const
{
    QList<QUrl> urls;
    for (const api::FileEntry &entry : m_entries)
        urls << QUrl::fromLocalFile(files::safeLocalPath(m_stagingDir, {entry.name}));
    return urls;
}

bool RemoteDragMimeData::dropHappened() const
{
    // During a drag the button is held; a target asking then is only looking.
    return m_dropped || QGuiApplication::mouseButtons() == Qt::NoButton;
}

QList<QUrl> RemoteDragMimeData::fetch() const
{
    if (m_fetched)
        return m_result;
    // A second request while the first waits (another format, a re-entrant ask) gets the plan.
    if (m_waiting || !m_queue)
        return plannedUrls();
    m_waiting = true;
    if (m_batch == 0) {
        QDir().mkpath(m_stagingDir);
        files::TransferQueue::DownloadOptions options;
        options.title = m_entries.size() == 1 ? files::sanitizeFileName(m_entries.first().name) : QString();
        m_batch = m_queue->download(m_target, m_entries, m_stagingDir, options);
    }
    // The one place a local loop runs outside a modal dialog: retrieveData() must answer with
    // files that exist, and the window keeps painting (and the transfer panel can cancel)
    // meanwhile. Anything may happen in the loop, this object's deletion included: after it,
    // only locals and guarded pointers are used until `self` is known to be alive.
    const QPointer<const RemoteDragMimeData> self(this);
    const QPointer<files::TransferQueue> queue = m_queue;
    const quint64 batch = m_batch;
    if (queue && !queue->isBatchFinished(batch)) {
        QEventLoop loop;
        connect(queue.data(), &files::TransferQueue::batchFinished, &loop,
                [&loop, batch](const files::TransferQueue::BatchSummary &summary) {
                    if (summary.id == batch)
                        loop.quit();
                });
        connect(queue.data(), &QObject::destroyed, &loop, &QEventLoop::quit);
        connect(this, &QObject::destroyed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QList<QUrl> result;
    if (queue) {
        // Only what is complete: a failed or cancelled file has no final name to give.
        for (const QString &path : queue->batchTopLevelPaths(batch)) {
            if (QFileInfo::exists(path))
                result << QUrl::fromLocalFile(path);
        }
    }
    if (self) {
        m_waiting = false;
        m_fetched = true;
        m_result = result;
    }
    return result;
}

QVariant RemoteDragMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType == kInternalFormat) {
        QStringList paths;
        for (const api::FileEntry &entry : m_entries)
            paths << entry.path;
        return paths.join(u'\n').toUtf8();
    }
    if (mimeType != kUriList)
        return {};
    const QList<QUrl> urls = dropHappened() ? fetch() : plannedUrls();
    if (type.id() == QMetaType::QVariantList || type.id() == QMetaType::QUrl) {
        QVariantList list;
        for (const QUrl &url : urls)
            list << url;
        return list;
    }
    QByteArray text;
    for (const QUrl &url : urls)
        text += url.toEncoded() + "\r\n";
    return text;
}

} // namespace rexec::ui
