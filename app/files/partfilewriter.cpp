// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/partfilewriter.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace rexec::files {

PartFileWriter::PartFileWriter(QString finalPath, QObject *parent)
    : QObject(parent)
    , m_finalPath(std::move(finalPath))
{
}

PartFileWriter::~PartFileWriter()
{
    remove();
}

bool PartFileWriter::open()
{
    if (m_part)
        return true;
    m_part = std::make_unique<QFile>(partPathFor(m_finalPath));
    if (!m_part->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString error = m_part->errorString();
        m_part.reset();
        fail(error);
        return false;
    }
    return true;
}

void PartFileWriter::append(const QByteArray &bytes)
{
    if (m_failed || !open())
        return;
    if (m_part->write(bytes) != bytes.size()) {
        fail(m_part->errorString());
        return;
    }
    m_total += bytes.size();
    emit written(m_total);
}

void PartFileWriter::commit(bool replace, QFileDevice::Permissions executable)
{
    if (m_failed || !open()) {
        emit committed(Commit::WriteFailed, {});
        return;
    }
    // Buffered bytes reach the system here: a full disk may say so only now.
    if (!m_part->flush()) {
        const QString error = m_part->errorString();
        remove();
        emit committed(Commit::WriteFailed, error);
        return;
    }
    m_part->close();
    if (executable)
        m_part->setPermissions(m_part->permissions() | executable);
    const QFileInfo existing(m_finalPath);
    if (existing.exists() || existing.isSymLink()) {
        const bool folder = existing.isDir() && !existing.isSymLink();
        if (!replace || folder) {
            remove();
            emit committed(folder ? Commit::FolderInTheWay : Commit::FileInTheWay, {});
            return;
        }
    }
    // rename(2) replaces the old file in one step: there is never a moment without either.
    if (std::rename(QFile::encodeName(m_part->fileName()).constData(), QFile::encodeName(m_finalPath).constData())
        != 0) {
        const QString error = QString::fromLocal8Bit(std::strerror(errno));
        remove();
        emit committed(Commit::RenameFailed, error);
        return;
    }
    m_part.reset();
    emit committed(Commit::Done, {});
}

void PartFileWriter::discard()
{
    remove();
    emit discarded();
}

void PartFileWriter::fail(const QString &error)
{
    m_failed = true;
    remove();
    emit failed(error);
}

void PartFileWriter::remove()
{
    if (!m_part)
        return;
    m_part->close();
    m_part->remove();
    m_part.reset();
}

} // namespace rexec::files
