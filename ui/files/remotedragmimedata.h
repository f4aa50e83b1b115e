// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/files.h"
#include "files/transferqueue.h"

#include <QMimeData>
#include <QPointer>
#include <QUrl>

namespace rexec::ui {

// What a drag out of the file browser carries: remote files that are fetched only when a drop
// asks for them, so a cancelled drag costs nothing.
//
// The drop target asks for text/uri-list through retrieveData(), which is synchronous: the
// answer must be local files that exist. The choice made here:
//  - While the pointer button is still held (a target peeking during the drag, as some file
//    managers do to choose an action), the answer is the list of paths the files WILL have in
//    the staging folder, and nothing is fetched.
//  - Once dropped, the files are downloaded by the transfer queue into a fresh staging folder
//    (rows in the transfer panel, progress, cancel) while a local event loop keeps the window
//    painting and responsive; the list is returned when they are complete. Each file is
//    written as NAME.part and renamed when whole, so the target never copies a partial file.
// The trade-off: a drop target waits for the whole download. Targets that give up after a few
// seconds (X11 selection requests have timeouts) may not receive large files; they still land
// in the staging folder, shown in the transfer panel, and "Download…" is the path for big files.
// A drop the user cancels in the panel returns no files.
class RemoteDragMimeData : public QMimeData
{
    Q_OBJECT
public:
    // Marks our own drags, so that the browser does not take them back as uploads.
    static constexpr QLatin1StringView kInternalFormat{"application/x-rexec-remote-files"};

    RemoteDragMimeData(files::TransferQueue *queue, files::RemoteTarget target, QList<api::FileEntry> entries,
                       QString stagingRoot);
    ~RemoteDragMimeData() override;

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

    // The drag ended with a drop somewhere (QDrag::exec() returned an action): fetch on request.
    void setDropped(bool dropped) { m_dropped = dropped; }
    // Where the files go (or went): a new folder below the staging root.
    QString stagingDir() const { return m_stagingDir; }
    quint64 batch() const { return m_batch; }
    QList<api::FileEntry> entries() const { return m_entries; }

    // The folder for staged drags, and the removal of ones left from earlier days.
    static QString defaultStagingRoot();
    static void removeStaleStaging(const QString &stagingRoot);

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QList<QUrl> plannedUrls() const;
    QList<QUrl> fetch() const;
    bool dropHappened() const;

    QPointer<files::TransferQueue> m_queue;
    files::RemoteTarget m_target;
    QList<api::FileEntry> m_entries;
    QString m_stagingDir;
    bool m_dropped = false;
    mutable quint64 m_batch = 0;
    mutable bool m_waiting = false;
    mutable bool m_fetched = false;
    mutable QList<QUrl> m_result;
};

} // namespace rexec::ui
