// SPDX-License-Identifier: GPL-3.0-or-later
// The five file routes of the real server, on a running sandbox's own file system.
#include "local/containermanager.h"
#include "local/localserver.h"
#include "local/multipart.h"
#include "local/sandbox.h"
#include "local/sandboxfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace rexec::local {

using Method = QHttpServerRequest::Method;

namespace {

QHttpServerResponse reply(int status, const QJsonObject &body)
{
    return QHttpServerResponse(body, QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse failure(int status, const QString &message)
{
    return reply(status, {{QStringLiteral("error"), message}});
}

QString pathParameter(const QHttpServerRequest &request)
{
    return request.query().queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
}

} // namespace

QString LocalServer::uploadTooLargeMessage() const
{
    return QStringLiteral("file too large (max %1MB)").arg(m_config.uploadLimitBytes / (1024 * 1024));
}

QJsonObject LocalServer::oversizeReply(const RequestHead &head) const
{
    static const QRegularExpression upload(QStringLiteral("^/api/containers/[^/]+/files/?$"));
    const bool isUpload = head.method == "POST" && upload.match(QString::fromUtf8(head.path)).hasMatch();
    return {{QStringLiteral("error"), isUpload ? uploadTooLargeMessage() : QStringLiteral("request body too large")}};
}

void LocalServer::applyDownloadDeadline(QObject *body, const QHttpServerRequest &request)
{
    if (m_config.downloadDeadlineSeconds <= 0 || !m_gate)
        return;
    QTcpSocket *socket = m_gate->connection(request.remoteAddress(), request.remotePort());
    if (!socket)
        return;
    // The real server's deadline covers streaming the file: past it, the client gets what was
    // already sent and then the end of the connection, with fewer bytes than Content-Length.
    auto *deadline = new QTimer(body);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, &QAbstractSocket::abort);
    deadline->start(std::chrono::seconds(m_config.downloadDeadlineSeconds));
}

void LocalServer::installFileRoutes()
{
    // The real server's file routes take the 64-hex id, the name or a 12+ character prefix, and
    // work only while the container is exactly `running`.
    auto withFiles = [this](const QString &id, auto &&body) -> QHttpServerResponse {
        const LocalContainer *c = m_containers->find(id, ContainerManager::IdForms::DockerNameOrPrefix);
        if (!c)
            return failure(404, QStringLiteral("container not found"));
        Sandbox *sandbox = m_containers->sandbox(c->dbId);
        if (c->status != u"running" || !sandbox)
            return failure(400, QStringLiteral("container is not running"));
        SandboxFiles files(sandbox->namespacePid());
        if (!files.isOpen())
            return failure(400, QStringLiteral("container is not running"));
        m_containers->touch(c->dbId);
        return body(files);
    };

    m_http.route(QStringLiteral("/api/containers/<arg>/files/list"), Method::Get,
                 [this, withFiles](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [&](const Caller &) {
                         return withFiles(id, [&](const SandboxFiles &files) {
                             QString path = pathParameter(request);
                             if (path.isEmpty())
                                 path = QStringLiteral("/home/user");
                             if (!SandboxFiles::isAcceptablePath(path))
                                 return failure(400, QStringLiteral("invalid path"));
                             QList<SandboxFiles::Entry> entries;
                             files.list(path, &entries);
                             // A folder that cannot be listed answers 200 with nothing, as `ls` errors are dropped.
                             QJsonArray items;
                             for (const auto &e : entries) {
                                 items.append(QJsonObject{{QStringLiteral("name"), e.name},
                                                          {QStringLiteral("path"), e.path},
                                                          {QStringLiteral("size"), e.size},
                                                          {QStringLiteral("mode"), e.mode},
                                                          {QStringLiteral("mod_time"), goTime(e.modTime)},
                                                          {QStringLiteral("is_dir"), e.isDir}});
                             }
                             return reply(200, {{QStringLiteral("path"), path},
                                                {QStringLiteral("files"), items.isEmpty() ? QJsonValue() : QJsonValue(items)},
                                                {QStringLiteral("count"), items.size()}});
                         });
                     });
                 });

    m_http.route(
        QStringLiteral("/api/containers/<arg>/files"), Method::Get,
        [this, withFiles](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &responder) {
            int fd = -1;
            qint64 size = 0;
            QString mode;
            QString path;
            QHttpServerResponse response = guarded(request, [&](const Caller &) {
                return withFiles(id, [&](const SandboxFiles &files) {
                    path = pathParameter(request);
                    if (path.isEmpty())
                        return failure(400, QStringLiteral("path parameter required"));
                    if (!SandboxFiles::isAcceptablePath(path))
                        return failure(404, QStringLiteral("file not found: invalid path"));
                    const auto result = files.openForReading(path, &fd, &size, &mode);
                    if (result.status == SandboxFiles::Status::IsDirectory)
                        return failure(400, QStringLiteral("path is a directory, use /files/list to list contents"));
                    if (!result.ok())
                        return failure(404, QStringLiteral("file not found: %1").arg(result.message));
                    return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
                });
            });
            if (fd < 0) {
                responder.sendResponse(response);
                return;
            }
            const QString base = QFileInfo(path).fileName();
            QString quoted = base;
            quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
            QHttpHeaders headers;
            for (const QByteArrayView name : {QByteArrayView("X-RateLimit-Limit"), QByteArrayView("X-RateLimit-Remaining")})
                headers.append(name, response.headers().value(name));
            headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/octet-stream");
            headers.append(QHttpHeaders::WellKnownHeader::ContentDisposition,
                           "attachment; filename=\"" + quoted.toUtf8() + '"');
            headers.append(QByteArrayView("X-File-Size"), QByteArray::number(size));
            headers.append(QByteArrayView("X-File-Mode"), mode.toLatin1());
            auto *file = new QFile;
            if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
                ::close(fd);
                delete file;
                responder.sendResponse(failure(500, QStringLiteral("cannot read the file")));
                return;
            }
            if (size == 0) {
                delete file;
                headers.append(QHttpHeaders::WellKnownHeader::ContentLength, "0");
                responder.write(QByteArray(), headers, QHttpServerResponder::StatusCode::Ok);
                return;
            }
            applyDownloadDeadline(file, request);
            // Streams as the socket drains: memory stays bounded whatever the file's size.
            responder.write(file, headers, QHttpServerResponder::StatusCode::Ok);
        });

    m_http.route(QStringLiteral("/api/containers/<arg>/files"), Method::Post,
                 [this, withFiles](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [&](const Caller &) {
                         return withFiles(id, [&](const SandboxFiles &files) {
                             QString dir = pathParameter(request);
                             if (dir.isEmpty())
                                 dir = QStringLiteral("/home/user/");
                             if (!SandboxFiles::isAcceptablePath(dir))
                                 return failure(400, QStringLiteral("invalid path"));
                             const QByteArray body = request.body();
                             QByteArray formError;
                             const auto part = findFormPart(request.value("content-type"), body, "file", &formError);
                             if (!part)
                                 return failure(400, QStringLiteral("no file uploaded: %1")
                                                         .arg(QString::fromUtf8(formError)));
                             const QString name = QFileInfo(QString::fromUtf8(part->filename)).fileName();
                             if (name.isEmpty() || name == u"." || name == u".." || part->filename.contains('/')
                                 || name.contains(QChar(0)))
                                 return failure(400, QStringLiteral("invalid filename"));
                             if (part->data.size() > m_config.uploadLimitBytes)
                                 return failure(400, uploadTooLargeMessage());
                             const auto result = files.writeFile(dir, name, part->data.data(), part->data.size());
                             if (!result.ok())
                                 return failure(500, QStringLiteral("failed to copy to container: %1").arg(result.message));
                             QString target = dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
                             return reply(200, {{QStringLiteral("message"), QStringLiteral("file uploaded successfully")},
                                                {QStringLiteral("filename"), name},
                                                {QStringLiteral("path"), target},
                                                {QStringLiteral("size"), qint64(part->data.size())}});
                         });
                     });
                 });

    m_http.route(QStringLiteral("/api/containers/<arg>/files/mkdir"), Method::Post,
                 [this, withFiles](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [&](const Caller &) {
                         return withFiles(id, [&](const SandboxFiles &files) {
                             const QString path = pathParameter(request);
                             if (path.isEmpty())
                                 return failure(400, QStringLiteral("path parameter required"));
                             if (!SandboxFiles::isAcceptablePath(path) || !files.makePath(path).ok())
                                 return failure(500, QStringLiteral("failed to create directory"));
                             return reply(200, {{QStringLiteral("message"), QStringLiteral("directory created successfully")},
                                                {QStringLiteral("path"), path}});
                         });
                     });
                 });

    m_http.route(QStringLiteral("/api/containers/<arg>/files"), Method::Delete,
                 [this, withFiles](const QString &id, const QHttpServerRequest &request) {
                     return guarded(request, [&](const Caller &) {
                         return withFiles(id, [&](const SandboxFiles &files) {
                             const QString path = pathParameter(request);
                             if (path.isEmpty())
                                 return failure(400, QStringLiteral("path parameter required"));
                             if (!SandboxFiles::isAcceptablePath(path))
                                 return failure(500, QStringLiteral("failed to delete file"));
                             if (SandboxFiles::isProtectedPath(path))
                                 return failure(403, QStringLiteral("cannot delete system files"));
                             if (!files.remove(path).ok())
                                 return failure(500, QStringLiteral("failed to delete file"));
                             return reply(200, {{QStringLiteral("message"), QStringLiteral("file deleted successfully")},
                                                {QStringLiteral("path"), path}});
                         });
                     });
                 });
}

} // namespace rexec::local
