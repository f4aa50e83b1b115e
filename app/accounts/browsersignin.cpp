// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/browsersignin.h"

#include "api/restclient.h"

#include <QHostInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace rexec::accounts {

namespace {

constexpr qsizetype kMaxRequestHead = 16 * 1024;

QByteArray page(int status, const QString &title, const QString &text)
{
    const QByteArray body = QStringLiteral("<!doctype html><meta charset=\"utf-8\"><title>%1</title>"
                                           "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body>")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

BrowserSignIn::BrowserSignIn(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::minutes(5));
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(api::ApiError::Kind::Timeout, tr("No answer came from the browser in time."));
    });
}

BrowserSignIn::~BrowserSignIn() = default;

QString BrowserSignIn::tokenName()
{
    return tr("Rexec Desktop on %1").arg(QHostInfo::localHostName());
}

bool BrowserSignIn::start(QString *error)
{
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        *error = m_listener->errorString();
        return false;
    }
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &BrowserSignIn::onConnection);
    QUrl callback(QStringLiteral("http://127.0.0.1/callback"));
    callback.setPort(m_listener->serverPort());
    m_loginUrl = m_baseUrl;
    m_loginUrl.setPath(m_baseUrl.path() + QStringLiteral("/cli-login"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("callback"), QString::fromLatin1(QUrl::toPercentEncoding(callback.toString())));
    m_loginUrl.setQuery(query);
    m_timeout.start();
    emit openBrowser(m_loginUrl);
    return true;
}

void BrowserSignIn::cancel()
{
    fail(api::ApiError::Kind::Cancelled, tr("Sign-in was cancelled."));
}

void BrowserSignIn::onConnection()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
    }
}

void BrowserSignIn::onRequest(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(kMaxRequestHead);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() >= kMaxRequestHead)
            socket->abort();
        return;
    }
    socket->readAll();
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    // Only GET /callback with a token is the answer; anything else (favicon...) gets a 404.
    const QString token = QUrlQuery(target).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (m_done || requestLine.value(0) != "GET" || target.path() != u"/callback" || token.isEmpty()) {
        socket->write(page(404, tr("Not found"), tr("This address only receives the sign-in answer.")));
        socket->disconnectFromHost();
        return;
    }
    m_done = true;
    socket->write(page(200, tr("Signed in"), tr("Rexec Desktop is signed in. You can close this window.")));
    socket->disconnectFromHost();
    // One request only: stop listening at once.
    m_listener->close();
    exchange(token);
}

void BrowserSignIn::exchange(const QString &sessionToken)
{
    auto *client = new api::RestClient(m_baseUrl, this);
    client->setToken(sessionToken);
    client->createToken(tokenName(), this, [this, client](const api::Result<api::ApiToken> &result) {
        client->deleteLater(); // the session token goes with it
        m_timeout.stop();
        if (!result || result.value().token.isEmpty()) {
            emit failed(result ? api::ApiError::parseError(tr("The server did not return a token."), QStringLiteral("POST"),
                                                           QStringLiteral("/api/tokens"))
                               : result.error());
            return;
        }
        emit succeeded(result.value().token);
    });
}

void BrowserSignIn::fail(api::ApiError::Kind kind, const QString &detail)
{
    if (m_listener)
        m_listener->close();
    m_timeout.stop();
    if (std::exchange(m_done, true))
        return;
    emit failed(api::ApiError::make(kind, detail, QStringLiteral("GET"), QStringLiteral("/cli-login")));
}

} // namespace rexec::accounts
