// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rexec::local {

// A base file system for sandboxes: the host's own system (read-only, with a private writable
// layer per container) or a root file system folder registered under a key.
struct LocalImage {
    QString key;         // what clients send as `image`
    QString displayName;
    QString description;
    QString category;
    QString rootPath;    // "/" for the host's system
    QStringList tags;
    bool popular = false;
    bool listed = true; // false for an alias that resolves but is not offered twice
};

class ImageCatalog
{
public:
    // The host's system, always available, plus the images registered in `imagesFile` (JSON).
    explicit ImageCatalog(QString imagesFile = {});

    const QList<LocalImage> &images() const { return m_images; }
    std::optional<LocalImage> find(const QString &key) const;
    // Accepts a key, or a Docker-style reference ("debian:13", "docker.io/library/ubuntu:24.04")
    // whose repository names an image key; the tag is matched against the image's tags when it has any.
    std::optional<LocalImage> resolve(const QString &reference) const;
    QStringList keys() const;

    // Registers a root file system: a folder as it is, or a tarball (.tar, .tar.gz, .tar.xz…: what
    // the system's tar reads) unpacked once into an `images/KEY` folder beside `imagesFile`.
    // False with `error` set when it is not usable; nothing is left behind then. It waits for tar:
    // for `rexec-local image add` only, which runs before (and instead of) the server's event loop.
    static bool addImage(const QString &imagesFile, const QString &key, const QString &path, QString *error);
    // Unpacks `tarball` into `target`, which must not exist yet; nothing in it can land outside
    // `target`, and device nodes (in dev/, which sandboxes get fresh) are left out.
    static bool unpackTarball(const QString &tarball, const QString &target, QString *error);

private:
    QList<LocalImage> m_images;
};

} // namespace rexec::local
