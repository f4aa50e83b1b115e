// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/account.h"
#include "api/catalog.h"
#include "api/containers.h"
#include "api/files.h"
#include "api/result.h"

#include <QJsonValue>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace rexec::api {

// The reply to POST /start: the id may change when the server had to recreate the container.
struct StartResult {
    QString id;
    QString oldId;
    QString status;
    bool recreated = false;
};

// One server profile's REST client: the one place that knows the Rexec API's paths, how to
// authenticate, how long to wait, what TLS to trust and how to read errors. Every call is
// asynchronous; its callback runs later on this thread, and never after `context` is gone.
class RestClient : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxJsonBytes = 16 * 1024 * 1024;

    explicit RestClient(QUrl baseUrl, QObject *parent = nullptr);
    ~RestClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // The same server at a new address (This computer's rexec-local started again).
    void setBaseUrl(const QUrl &baseUrl);
    // The token lives in memory here only; it is never logged and never put in a URL.
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    // A certificate the user chose to trust for this profile (self-signed servers).
    void setTrustedCertificate(const QSslCertificate &certificate) { m_trusted = certificate; }
    void clearTrustedCertificate() { m_trusted.reset(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Building blocks for streams (file transfers) and sockets: authenticated requests.
    QNetworkAccessManager *network() const { return m_network; }
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}, bool withTimeout = true) const;
    QNetworkRequest webSocketRequest(const QString &path, const QUrlQuery &query = {}) const;
    // Applies the profile's TLS policy to a reply or socket error list; true when it may go on.
    bool acceptSslErrors(const QList<QSslError> &errors);
    ApiError errorFor(QNetworkReply *reply, const QByteArray &body) const;

    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;
    using JsonCallback = Callback<QJsonValue>;

    void call(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const std::optional<QJsonObject> &body, QObject *context, JsonCallback done);

    void fetchProfile(QObject *context, Callback<Profile> done);
    void validateToken(QObject *context, Callback<TokenValidation> done);
    void listTokens(QObject *context, Callback<ApiTokenList> done);
    void createToken(const QString &name, QObject *context, Callback<ApiToken> done);
    void revokeToken(const QString &id, QObject *context, Callback<QJsonObject> done);

    void listContainers(QObject *context, Callback<ContainerList> done);
    void getContainer(const QString &id, QObject *context, Callback<Container> done);
    void createContainer(const CreateContainerRequest &request, QObject *context, Callback<Container> done);
    void deleteContainer(const QString &id, QObject *context, Callback<QJsonObject> done);
    void startContainer(const QString &id, QObject *context, Callback<StartResult> done);
    void stopContainer(const QString &id, QObject *context, Callback<QJsonObject> done);
    void updateContainerSettings(const QString &id, const QJsonObject &settings, QObject *context,
                                 Callback<Container> done);
    void listImages(bool all, QObject *context, Callback<ImageCatalog> done);
    void listRoles(QObject *context, Callback<RoleList> done);
    void verifyTerminalMfa(const QString &containerId, const QString &code, QObject *context,
                           Callback<QJsonObject> done);

    void listFiles(const QString &containerId, const QString &path, QObject *context, Callback<FileListing> done);
    void makeDirectory(const QString &containerId, const QString &path, QObject *context, Callback<QJsonObject> done);
    void deletePath(const QString &containerId, const QString &path, QObject *context, Callback<QJsonObject> done);

    static QString containerPath(const QString &id, const QString &suffix = {});
    static QString webSocketPathForTerminal(const QString &containerId);
    int rateLimitRemaining() const { return m_rateRemaining; }

signals:
    void rateLimitChanged(int remaining, int limit);
    // Counts down while a request waits for the server's retry_after; 0 when it goes again.
    void rateLimitWait(int secondsLeft);
    // A certificate failed verification; the UI may show it and trust it for this profile.
    void certificateRejected(const QSslCertificate &certificate, const QList<QSslError> &errors);

private:
    struct Pending;
    void send(std::shared_ptr<Pending> pending);
    void finish(std::shared_ptr<Pending> pending, QNetworkReply *reply);
    template<typename T, typename Parse>
    void typed(const QByteArray &method, const QString &path, const QUrlQuery &query,
               const std::optional<QJsonObject> &body, QObject *context, Callback<T> done, Parse parse);

    QUrl m_baseUrl;
    QByteArray m_token;
    // Optional, not a null certificate: a QSslCertificate, even a null one, initialises the TLS
    // backend (loading every system CA certificate, 35-45 ms), which a client of a plain-HTTP
    // server such as This computer never needs.
    std::optional<QSslCertificate> m_trusted;
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{30000};
    int m_rateRemaining = -1;
};

} // namespace rexec::api
