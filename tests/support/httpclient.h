// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpHeaders>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

namespace rexec::test {

// One finished HTTP exchange, for assertions.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHttpHeaders headers;
    QString error; // the transport's error, if it failed below HTTP

    QByteArray header(QByteArrayView name) const { return headers.value(name).toByteArray(); }
};

// A blocking HTTP client for tests: each call waits for its reply (tests may block; the app never does).
class HttpClient
{
public:
    explicit HttpClient(QByteArray token = {}) : m_token(std::move(token)) {}
    void setToken(QByteArray token) { m_token = std::move(token); }

    HttpResult get(const QUrl &url);
    HttpResult post(const QUrl &url, const QByteArray &body, const QByteArray &contentType = "application/json");
    HttpResult postJson(const QUrl &url, const QJsonObject &body);
    HttpResult del(const QUrl &url);
    HttpResult upload(const QUrl &url, const QByteArray &fileName, const QByteArray &content);
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QNetworkAccessManager m_manager;
    QByteArray m_token;
};

// A WebSocket client that records every text message it gets.
class WebSocketClient : public QObject
{
    Q_OBJECT
public:
    explicit WebSocketClient(QObject *parent = nullptr);

    // Opens with Authorization and the rexec.v1 subprotocol; waits for connected or a failure.
    bool open(const QUrl &url, const QByteArray &token, QStringList protocols = {QStringLiteral("rexec.v1")});
    void sendJson(const QJsonObject &message);
    // Waits until a message of `type` arrives (among those not yet taken); returns it, or an empty object.
    QJsonObject waitFor(const QString &type, int timeoutMs = 10000);
    // Waits until the concatenated `output` data contains `text`.
    bool waitForOutput(const QString &text, int timeoutMs = 10000);
    bool waitForClose(int timeoutMs = 10000);

    QWebSocket &socket() { return m_socket; }
    QList<QJsonObject> messages() const { return m_messages; }
    QString output() const { return m_output; }
    void clearOutput() { m_output.clear(); }
    int closeCode() const { return m_closeCode; }
    QString error() const { return m_error; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    qsizetype m_taken = 0;
    QString m_output;
    int m_closeCode = -1;
    bool m_closed = false;
    QString m_error;
};

} // namespace rexec::test
