// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "files/transferqueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <random>

namespace rexec::test {

// A file of `size` pseudo-random bytes (a fixed seed per name), written in chunks.
inline bool makeFile(const QString &path, qint64 size, quint32 seed = 1)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    std::mt19937 generator(seed);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 n = std::min<qint64>(left, chunk.size());
        auto *words = reinterpret_cast<quint32 *>(chunk.data());
        for (qint64 i = 0; i < (n + 3) / 4; ++i)
            words[i] = generator();
        if (file.write(chunk.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Relative path → hash for files, "dir" for folders: a tree's shape and contents.
inline QMap<QString, QByteArray> treeOf(const QString &root)
{
    QMap<QString, QByteArray> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString relative = QDir(root).relativeFilePath(info.absoluteFilePath());
        tree.insert(relative, info.isDir() ? QByteArray("dir") : fileHash(info.absoluteFilePath()));
    }
    return tree;
}

// Runs a real event loop until `done` holds. QTest::qWaitFor sleeps 10 ms between rounds, which
// throttles an upload (each chunk needs a round of this thread's loop) to a few MB/s.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(5);
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

// Waits for the batch's batchFinished(); true when it came.
inline bool waitForBatch(files::TransferQueue &queue, quint64 batch, int timeoutMs = 60000)
{
    return waitUntil([&] { return queue.isBatchFinished(batch); }, timeoutMs);
}

inline QList<files::TransferQueue::Status> statusesOf(const files::TransferQueue &queue, quint64 batch)
{
    QList<files::TransferQueue::Status> statuses;
    for (int row = 0; row < queue.rowCount(); ++row) {
        const QModelIndex index = queue.index(row, 0);
        if (index.data(files::TransferQueue::BatchRole).toULongLong() == batch)
            statuses << files::TransferQueue::Status(index.data(files::TransferQueue::StatusRole).toInt());
    }
    return statuses;
}

inline QStringList messagesOf(const files::TransferQueue &queue, quint64 batch)
{
    QStringList messages;
    for (int row = 0; row < queue.rowCount(); ++row) {
        const QModelIndex index = queue.index(row, 0);
        if (index.data(files::TransferQueue::BatchRole).toULongLong() == batch)
            messages << index.data(files::TransferQueue::MessageRole).toString();
    }
    return messages;
}

// No file in `dir` (recursively) ends in ".part". A completed download renames its .part before
// it reports Done; a failed or cancelled one has it removed on the disk thread just after, so
// those tests wait for this (QTRY_VERIFY).
inline bool noPartFiles(const QString &dir)
{
    QDirIterator it(dir, {QStringLiteral("*.part")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    return !it.hasNext();
}

} // namespace rexec::test
