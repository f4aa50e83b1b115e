// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/events.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

namespace rexec::api {
class RestClient;
}

namespace rexec::terminal {

// One shell of a container, over the terminal WebSocket: the protocol's frames, keepalive, the
// reconnect policy, status lines and stats. No widget: bytes out through output(), bytes in
// through sendInput(). The session id is stable for its lifetime, so that a reconnect replaces
// the server's old socket instead of leaving it behind.
class TerminalSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Connecting,
        Starting,     // connected; the shell is starting
        Ready,        // shell_ready: typing works
        Reconnecting, // dropped; retrying on the backoff schedule
        RestartNeeded, // the container stopped (4100): start it, then reconnect
        Failed,       // gave up, or refused; reconnect() tries again
        Closed,       // closed on purpose
    };
    Q_ENUM(State)

    struct Timing {
        std::chrono::milliseconds pingInterval{20000};
        std::chrono::milliseconds deadAfter{45000};
        std::chrono::milliseconds firstBackoff{100};
        double backoffFactor = 1.5;
        std::chrono::milliseconds maxBackoff{8000};
        int maxAttempts = 15;
        std::chrono::milliseconds resizeDebounce{100};
        std::chrono::milliseconds outputCoalesce{8};
    };

    static constexpr qsizetype kMaxInputFrame = 16 * 1024;

    TerminalSession(api::RestClient &rest, QString containerId, QObject *parent = nullptr);
    ~TerminalSession() override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    // A split pane: its own shell (newSession=true).
    void setNewSession(bool newSession) { m_newSession = newSession; }
    void setSessionId(const QString &id) { m_sessionId = id; }
    QString sessionId() const { return m_sessionId; }
    QString containerId() const { return m_containerId; }
    // After a start that recreated the container, it has a new id.
    void setContainerId(const QString &id) { m_containerId = id; }

    // The shell's first prompt moves to this folder: the protocol has no working-directory field,
    // so the session types a `cd` into the new shell once, as a user would. Ignored after that.
    void setStartFolder(const QString &folder) { m_startFolder = folder; }
    // The line typed for it: the path single-quoted for a POSIX shell, a leading space to keep it
    // out of the history where the shell honours that, and the screen cleared.
    static QByteArray changeFolderCommand(const QString &folder);

    void open();
    void reconnect(); // at once, resetting the backoff
    void close();     // on purpose: never retried
    State state() const { return m_state; }
    int attempt() const { return m_attempt; }

    void sendInput(const QByteArray &bytes);
    // Applied after a short quiet time, so that dragging a window edge sends one resize.
    void setTerminalSize(int columns, int rows);
    // The embedder's own buffer is full: stop taking frames until it drains (flow control back
    // to the server), and go on when it has room.
    void setOutputPaused(bool paused);

    QString lastStatusLine() const { return m_statusLine; }
    QString containerStatus() const { return m_containerStatus; }
    std::optional<api::TerminalStats> stats() const { return m_stats; }

signals:
    void stateChanged(rexec::terminal::TerminalSession::State state);
    // Shell output, UTF-8, with [[REXEC_STATUS]] lines taken out; coalesced per event-loop turn.
    void output(const QByteArray &bytes);
    // Status lines from setup scripts and the server's messages, for a status strip.
    void statusLine(const QString &text);
    void containerStatusChanged(const QString &status);
    void statsChanged(const rexec::api::TerminalStats &stats);
    void errorMessage(const QString &text);
    // The container stopped under the socket (4100): whoever owns it starts it and reconnects.
    void restartRequired();
    // The server answered the handshake with a status that retrying cannot change (401, 403, 404,
    // 423): the session is Failed; after a 423 the owner may ask for the MFA code and reconnect.
    void handshakeRefused(const rexec::api::ApiError &error);

private:
    void setState(State state);
    void connectSocket();
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void handleOutput(const QString &data);
    void flushOutput();
    void scheduleRetry();
    void sendFrame(const QJsonObject &message);
    void sendResize();

    api::RestClient &m_rest;
    QString m_containerId;
    QString m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_startFolder;
    bool m_newSession = false;
    Timing m_timing;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Idle;
    int m_attempt = 0;
    bool m_wasReady = false;
    bool m_paused = false;
    QTimer m_ping;
    QTimer m_retry;
    QTimer m_resize;
    QTimer m_coalesce;
    QElapsedTimer m_lastReceived;
    QByteArray m_pendingOutput;
    QString m_partialStatus; // a status line whose end has not arrived yet
    int m_columns = 0;
    int m_rows = 0;
    QString m_statusLine;
    QString m_containerStatus;
    std::optional<api::TerminalStats> m_stats;
};

} // namespace rexec::terminal
