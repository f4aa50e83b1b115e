// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QWebSocketHandshakeOptions>

namespace rexec::test {

namespace {

HttpResult collect(QNetworkReply *reply)
{
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->headers();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    if (!reply->isFinished()) {
        result.error = QStringLiteral("timed out");
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

} // namespace

HttpResult HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return collect(m_manager.sendCustomRequest(request, method, body));
}

HttpResult HttpClient::get(const QUrl &url)
{
    return send("GET", url);
}

HttpResult HttpClient::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    return send("POST", url, body, {{"Content-Type", contentType}});
}

HttpResult HttpClient::postJson(const QUrl &url, const QJsonObject &body)
{
    return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult HttpClient::del(const QUrl &url)
{
    return send("DELETE", url);
}

HttpResult HttpClient::upload(const QUrl &url, const QByteArray &fileName, const QByteArray &content)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"") + fileName + '"');
    part.setBody(content);
    multipart->append(part);
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply *reply = m_manager.post(request, multipart);
    multipart->setParent(reply);
    return collect(reply);
}

WebSocketClient::WebSocketClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(u"type").toString() == u"output")
            m_output += message.value(u"data").toString();
        m_messages << message;
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = int(m_socket.closeCode());
    });
    connect(&m_socket, &QWebSocket::errorOccurred, this, [this] { m_error = m_socket.errorString(); });
}

bool WebSocketClient::open(const QUrl &url, const QByteArray &token, QStringList protocols)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(protocols);
    m_socket.open(request, options);
    (void)QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed || !m_error.isEmpty(); },
                    10000);
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void WebSocketClient::sendJson(const QJsonObject &message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

QJsonObject WebSocketClient::waitFor(const QString &type, int timeoutMs)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = m_taken; i < m_messages.size(); ++i) {
                if (m_messages.at(i).value(u"type").toString() == type) {
                    found = m_messages.at(i);
                    m_taken = i + 1;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool WebSocketClient::waitForOutput(const QString &text, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_output.contains(text); }, timeoutMs);
}

bool WebSocketClient::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}

} // namespace rexec::test
