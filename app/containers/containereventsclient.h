// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/containers.h"
#include "api/events.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class QWebSocket;

namespace rexec::api {
class RestClient;
}

namespace rexec::containers {

// Keeps one server profile's container list live: the /api/containers/events socket when it
// can, polling GET /api/containers when it cannot (a proxy without Upgrade, a socket that
// keeps failing), and a periodic GET while live, because the real server's Stop sends no
// event. Every (re)connect starts with the server's `list` frame; there is no replay.
//
// It knows nothing of the model: frames come out as eventReceived(), GET results as
// listFetched(). The RestClient must outlive it.
class ContainerEventsClient : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Offline,      // stopped, or the server cannot be reached at all
        Reconnecting, // the socket is (re)opening, with backoff
        Live,         // the socket is open
        Polling,      // no socket; GET every pollInterval, the socket retried now and then
    };
    Q_ENUM(Mode)

    // Defaults are the web UI's; tests shorten them.
    struct Timing {
        std::chrono::milliseconds pingInterval{25'000};
        std::chrono::milliseconds silenceTimeout{150'000}; // a socket silent this long is dead
        std::chrono::milliseconds handshakeTimeout{20'000};
        std::chrono::milliseconds backoffInitial{1'000};
        std::chrono::milliseconds backoffMax{30'000};
        double jitter = 0.2; // each delay varies by up to ± this fraction, so clients spread out
        int failuresBeforePolling = 3; // failed opens in a row before polling
        std::chrono::milliseconds pollInterval{5'000};
        std::chrono::milliseconds socketRetryWhilePolling{60'000};
        std::chrono::milliseconds reconcileInterval{60'000}; // GET while live; 0: never
    };

    static constexpr QLatin1StringView kDefaultPath{"/api/containers/events"};

    explicit ContainerEventsClient(api::RestClient &rest, QObject *parent = nullptr);
    ~ContainerEventsClient() override;

    void setTiming(const Timing &timing);
    Timing timing() const { return m_timing; }
    // The socket's path; another one is for tests (e.g. one that refuses the upgrade).
    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }
    // false: poll only, never try the socket.
    void setSocketEnabled(bool enabled);
    bool isSocketEnabled() const { return m_socketEnabled; }

    Mode mode() const { return m_mode; }
    bool isRunning() const { return m_running; }
    // The last reason the socket closed or failed to open, for logs and tooltips.
    QString lastSocketError() const { return m_lastSocketError; }

    void start();
    void stop();
    // GET /api/containers now; the result comes as listFetched() (or fetchFailed()).
    void fetchNow();

signals:
    void modeChanged(rexec::containers::ContainerEventsClient::Mode mode);
    // Every frame of the socket but pongs, the `list` frame of each (re)connect included.
    void eventReceived(const rexec::api::ContainerEvent &event);
    // A GET /api/containers result that no event overtook while it was on its way.
    void listFetched(const rexec::api::ContainerList &list);
    void fetchFailed(const rexec::api::ApiError &error);

private:
    void setMode(Mode mode);
    void openSocket();
    void dropSocket();
    void onConnected();
    void onSocketGone();
    void onTextMessage(const QString &message);
    void scheduleReconnect(std::chrono::milliseconds delay);
    std::chrono::milliseconds backoffDelay();
    std::chrono::milliseconds jittered(std::chrono::milliseconds delay) const;
    void enterPolling();

    api::RestClient &m_rest;
    Timing m_timing;
    QString m_path{kDefaultPath};
    bool m_socketEnabled = true;
    bool m_running = false;
    Mode m_mode = Mode::Offline;

    QPointer<QWebSocket> m_socket;
    bool m_socketOpen = false;
    qint64 m_framesSinceOpen = 0;
    QElapsedTimer m_openFor;
    QString m_lastSocketError;
    int m_failures = 0;   // opens that failed in a row
    int m_backoffStep = 0;

    QTimer m_pingTimer;
    QTimer m_silenceTimer;
    QTimer m_handshakeTimer;
    QTimer m_reconnectTimer;
    QTimer m_pollTimer;
    QTimer m_reconcileTimer;

    quint64 m_generation = 0; // bumped by stop(), so that late replies are dropped
    quint64 m_eventSerial = 0; // counts frames that change the list
    bool m_fetchInFlight = false;
    bool m_fetchAgain = false;
    bool m_socketAfterFetch = false; // the socket waits for TLS, set up after this GET (openSocket())
    int m_overtaken = 0; // GETs in a row that an event overtook
};

} // namespace rexec::containers
