// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace rexec::accounts {

// Starts rexec-local for "This computer" as a child process on a free loopback port (a socket
// bound here and handed over, so that the address is known at once), hands it the token on
// standard input (a pipe: never a file, never the command line), and ends it with the app.
class LocalServerLauncher : public QObject
{
    Q_OBJECT
public:
    explicit LocalServerLauncher(QObject *parent = nullptr);
    ~LocalServerLauncher() override;

    // Starts the process with `token` waiting on its standard input. ready() comes before this
    // returns (requests may go to url() at once: they wait in the socket's queue until rexec-local
    // serves); failed() may come then or later (a program that cannot run, an early exit).
    void start(const QString &token);
    void stop();
    bool isRunning() const { return m_url.isValid(); }
    // The process exists (it may still be waiting for its token or starting to listen).
    bool isStarted() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }

    // Next to the running executable, unless REXEC_LOCAL_BIN says otherwise.
    static QString program();
    // Where "This computer" keeps its containers.
    static QString dataDir();
    // A close-on-exec TCP socket listening on 127.0.0.1 at a free port (what rexec-local is
    // handed), or -1 with `problem` set; and the http:// URL it answers at.
    static int listenOnLoopback(QString *problem);
    static QUrl urlOf(int listener);

signals:
    void ready(const QUrl &url);
    void failed(const QString &reason);

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_output;
    QUrl m_url;
    bool m_listening = false; // its "listening on" line was read
    bool m_stopping = false;
};

} // namespace rexec::accounts
