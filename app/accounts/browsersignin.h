// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace rexec::accounts {

// Sign-in through the browser, as the Rexec CLI does it: the server's /cli-login page sends the
// browser back to a one-shot loopback listener with a session token, which is traded at once for
// a long-lived API token (POST /api/tokens) and then forgotten.
class BrowserSignIn : public QObject
{
    Q_OBJECT
public:
    explicit BrowserSignIn(QUrl baseUrl, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Listens on 127.0.0.1 (a random port) and asks for the browser to be opened.
    bool start(QString *error);
    void cancel();
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout.setInterval(timeout); }
    QUrl loginUrl() const { return m_loginUrl; }

    static QString tokenName(); // "Rexec Desktop on HOSTNAME"

signals:
    void openBrowser(const QUrl &url); // the UI opens it with QDesktopServices
    void succeeded(const QString &apiToken);
    void failed(const api::ApiError &error);

private:
    void onConnection();
    void onRequest(QTcpSocket *socket);
    void exchange(const QString &sessionToken);
    void fail(api::ApiError::Kind kind, const QString &detail);

    QUrl m_baseUrl;
    QUrl m_loginUrl;
    QTcpServer *m_listener = nullptr;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace rexec::accounts
