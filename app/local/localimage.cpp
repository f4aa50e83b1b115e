// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/localimage.h"

#include "local/sandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

namespace rexec::local {

namespace {

QMap<QString, QString> osRelease(const QString &root)
{
    QMap<QString, QString> fields;
    for (const char *candidate : {"etc/os-release", "usr/lib/os-release"}) {
        QFile file(QDir(root).filePath(QLatin1StringView(candidate)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq <= 0)
                continue;
            QString value = line.mid(eq + 1);
            if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
                value = value.mid(1, value.size() - 2);
            fields.insert(line.left(eq), value);
        }
        break;
    }
    return fields;
}

LocalImage describeRoot(const QString &key, const QString &root)
{
    const auto os = osRelease(root);
    LocalImage image;
    image.key = key;
    image.rootPath = root;
    image.displayName = os.value(QStringLiteral("PRETTY_NAME"), key);
    image.description = QStringLiteral("Root file system at %1").arg(root);
    image.category = os.value(QStringLiteral("ID"), QStringLiteral("independent"));
    for (const QString &field : {QStringLiteral("VERSION_ID"), QStringLiteral("VERSION_CODENAME")}) {
        if (!os.value(field).isEmpty())
            image.tags << os.value(field);
    }
    return image;
}

bool isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(key).hasMatch();
}

} // namespace

ImageCatalog::ImageCatalog(QString imagesFile)
{
    // The host's system is always there, named after its distribution ("debian") and as "host".
    LocalImage host = describeRoot(QStringLiteral("host"), QStringLiteral("/"));
    host.description = QStringLiteral("This computer's own system, read-only, with a private writable layer");
    host.popular = true;
    const QString distro = osRelease(QStringLiteral("/")).value(QStringLiteral("ID"));
    if (isValidKey(distro) && distro != host.key) {
        // Offered under the distribution's name; "host" stays as an alias that always resolves.
        LocalImage named = host;
        named.key = distro;
        m_images << named;
        host.listed = false;
        host.popular = false;
    } else {
        host.displayName = QStringLiteral("This computer's system");
    }
    m_images << host;

    if (imagesFile.isEmpty())
        return;
    QFile file(imagesFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject registered = QJsonDocument::fromJson(file.readAll()).object().value(u"images").toObject();
    for (auto it = registered.begin(); it != registered.end(); ++it) {
        const QString root = it.value().toObject().value(u"root").toString();
        if (!isValidKey(it.key()) || find(it.key()) || !QFileInfo(root).isDir())
            continue;
        m_images << describeRoot(it.key(), root);
    }
}

std::optional<LocalImage> ImageCatalog::find(const QString &key) const
{
    for (const auto &image : m_images) {
        if (image.key == key)
            return image;
    }
    return std::nullopt;
}

std::optional<LocalImage> ImageCatalog::resolve(const QString &reference) const
{
    if (auto exact = find(reference))
        return exact;
    // docker.io/library/debian:13 -> repository "debian", tag "13"
    QString repository = reference;
    QString tag;
    const qsizetype colon = repository.lastIndexOf(QLatin1Char(':'));
    if (colon > repository.lastIndexOf(QLatin1Char('/'))) {
        tag = repository.mid(colon + 1);
        repository.truncate(colon);
    }
    repository = repository.section(QLatin1Char('/'), -1);
    auto image = find(repository.toLower());
    if (!image)
        return std::nullopt;
    if (!tag.isEmpty() && tag != u"latest" && !image->tags.isEmpty() && !image->tags.contains(tag))
        return std::nullopt;
    return image;
}

QStringList ImageCatalog::keys() const
{
    QStringList out;
    for (const auto &image : m_images)
        out << image.key;
    return out;
}

bool ImageCatalog::addImage(const QString &imagesFile, const QString &key, const QString &path, QString *error)
{
    if (!isValidKey(key)) {
        *error = QStringLiteral("an image key is 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        return false;
    }
    QString rootPath = path;
    QString unpacked;
    if (QFileInfo(path).isFile()) {
        unpacked = QFileInfo(imagesFile).absoluteDir().filePath(QStringLiteral("images/") + key);
        if (!unpackTarball(path, unpacked, error))
            return false;
        rootPath = unpacked;
    }
    auto discardUnpacked = [&unpacked] {
        QString ignored;
        if (!unpacked.isEmpty())
            Sandbox::removeState(unpacked, &ignored);
    };
    const QFileInfo root(rootPath);
    if (!root.isDir() || !QFileInfo(root.absoluteFilePath() + QStringLiteral("/usr")).isDir()) {
        *error = QStringLiteral("%1 is not a root file system folder (it has no usr/) nor a tarball of one").arg(path);
        discardUnpacked();
        return false;
    }
    QJsonObject document;
    {
        QFile file(imagesFile);
        if (file.open(QIODevice::ReadOnly))
            document = QJsonDocument::fromJson(file.readAll()).object();
    }
    QJsonObject images = document.value(u"images").toObject();
    images.insert(key, QJsonObject{{QStringLiteral("root"), root.canonicalFilePath()}});
    document.insert(QStringLiteral("images"), images);
    QDir().mkpath(QFileInfo(imagesFile).absolutePath());
    QSaveFile out(imagesFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(document).toJson()) < 0 || !out.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(imagesFile, out.errorString());
        discardUnpacked();
        return false;
    }
    return true;
}

bool ImageCatalog::unpackTarball(const QString &tarball, const QString &target, QString *error)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() || targetInfo.isSymLink()) {
        // Sandboxes of the image may have it mounted: it is never replaced under them.
        *error = QStringLiteral("%1 already exists; remove it to unpack the image again").arg(target);
        return false;
    }
    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = QStringLiteral("cannot make %1").arg(parent);
        return false;
    }
    // Unpacked beside the target and renamed once complete: a failure never leaves half an image.
    QTemporaryDir staging(parent + QStringLiteral("/.unpack-XXXXXX"));
    if (!staging.isValid()) {
        *error = QStringLiteral("cannot make a folder in %1: %2").arg(parent, staging.errorString());
        return false;
    }
    staging.setAutoRemove(false);
    auto discard = [&staging] {
        QString ignored;
        Sandbox::removeState(staging.path(), &ignored);
    };

    // GNU tar's defaults keep every entry inside the folder: it refuses names with "..", drops
    // a leading '/', and makes links that point outside only at the end, so that nothing is
    // written through them. Owners are not restored, and dev/ (device nodes, which only root
    // could make) is left out: sandboxes get a /dev of their own.
    QProcess tar;
    tar.setProcessChannelMode(QProcess::SeparateChannels);
    tar.setStandardInputFile(QProcess::nullDevice());
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("--extract"), QStringLiteral("--force-local"), QStringLiteral("--file"),
               QFileInfo(tarball).absoluteFilePath(), QStringLiteral("--directory"), staging.path(),
               QStringLiteral("--no-same-owner"), QStringLiteral("--no-same-permissions"), QStringLiteral("--anchored"),
               QStringLiteral("--exclude=dev/*"), QStringLiteral("--exclude=./dev/*")});
    if (!tar.waitForStarted(30000)) {
        *error = QStringLiteral("cannot run tar: %1").arg(tar.errorString());
        discard();
        return false;
    }
    tar.waitForFinished(-1); // the command line's own work (see addImage()): nothing else waits on it
    if (tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0) {
        // tar names each entry it refused; the first few lines say why.
        const QList<QByteArray> lines = tar.readAllStandardError().trimmed().split('\n');
        *error = QStringLiteral("tar could not unpack %1: %2")
                     .arg(tarball, QString::fromLocal8Bit(lines.mid(0, 5).join("; ")));
        discard();
        return false;
    }
    const QFileInfo usr(staging.filePath(QStringLiteral("usr")));
    if (!usr.isDir() || usr.isSymLink()) {
        *error = QStringLiteral("%1 holds no root file system (no usr/ folder at its top)").arg(tarball);
        discard();
        return false;
    }
    if (!QDir().rename(staging.path(), target)) {
        *error = QStringLiteral("cannot move the unpacked image to %1").arg(target);
        discard();
        return false;
    }
    return true;
}

} // namespace rexec::local
