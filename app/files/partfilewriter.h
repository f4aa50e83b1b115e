// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QObject>
#include <QString>

#include <memory>

class QFile;

namespace rexec::files {

// The disk side of a download: NAME.part written from a thread of its own (TransferQueue's disk
// thread), so that a slow disk, a network share or a full one never stalls the window, and
// renamed to NAME only once it is complete. Its slots are called queued, in order, from the job.
//
// Whatever ends it, deletion included, a .part that was not committed is removed: nothing that
// looks complete is ever left behind.
class PartFileWriter : public QObject
{
    Q_OBJECT
public:
    enum class Commit { Done, WriteFailed, FileInTheWay, FolderInTheWay, RenameFailed };
    Q_ENUM(Commit)

    explicit PartFileWriter(QString finalPath, QObject *parent = nullptr);
    ~PartFileWriter() override;

    static QString partPathFor(const QString &finalPath) { return finalPath + QStringLiteral(".part"); }

    // Slots, in the writer's thread. The .part is made by the first append() (or by commit(),
    // for an empty file). After a failure, appends are dropped until discard().
    void append(const QByteArray &bytes);
    // Flushes and closes the .part, adds `executable` to its permissions, then renames it over
    // NAME: only when NAME does not exist, or `replace` and it is not a folder.
    void commit(bool replace, QFileDevice::Permissions executable);
    void discard();

signals:
    void written(qint64 total);
    void failed(const QString &error);
    void committed(rexec::files::PartFileWriter::Commit result, const QString &detail);
    void discarded();

private:
    bool open();
    void fail(const QString &error);
    void remove();

    QString m_finalPath;
    std::unique_ptr<QFile> m_part;
    qint64 m_total = 0;
    bool m_failed = false;
};

} // namespace rexec::files
