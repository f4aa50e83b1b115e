// SPDX-License-Identifier: GPL-3.0-or-later
#include "containers/containereventsclient.h"

#include "api/restclient.h"
#include "core/tlswarmup.h"

#include <QRandomGenerator>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace rexec::containers {

namespace {

// Frames that tell nothing about the list do not make a GET stale.
bool changesList(api::ContainerEvent::Kind kind)
{
    using Kind = api::ContainerEvent::Kind;
    return kind != Kind::Pong && kind != Kind::AgentStats && kind != Kind::Other;
}

// After this many GETs in a row overtaken by events, the socket is trusted alone until the next round.
constexpr int kMaxOvertaken = 2;

} // namespace

ContainerEventsClient::ContainerEventsClient(api::RestClient &rest, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
{
    m_silenceTimer.setSingleShot(true);
    m_handshakeTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    setTiming(m_timing);

    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket && m_socketOpen)
            m_socket->sendTextMessage(u"{\"type\":\"ping\"}"_s);
    });
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        m_lastSocketError = tr("The server stopped answering");
        onSocketGone();
    });
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        m_lastSocketError = tr("The server did not accept the connection in time");
        onSocketGone();
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ContainerEventsClient::openSocket);
    connect(&m_pollTimer, &QTimer::timeout, this, &ContainerEventsClient::fetchNow);
    connect(&m_reconcileTimer, &QTimer::timeout, this, &ContainerEventsClient::fetchNow);
}

ContainerEventsClient::~ContainerEventsClient()
{
    dropSocket();
}

void ContainerEventsClient::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_pingTimer.setInterval(m_timing.pingInterval);
    m_silenceTimer.setInterval(m_timing.silenceTimeout);
    m_handshakeTimer.setInterval(m_timing.handshakeTimeout);
    m_pollTimer.setInterval(m_timing.pollInterval);
    m_reconcileTimer.setInterval(m_timing.reconcileInterval);
    if (m_timing.reconcileInterval <= 0ms)
        m_reconcileTimer.stop();
}

void ContainerEventsClient::setSocketEnabled(bool enabled)
{
    if (m_socketEnabled == enabled)
        return;
    m_socketEnabled = enabled;
    if (!m_running)
        return;
    if (!enabled) {
        m_reconnectTimer.stop();
        dropSocket();
        enterPolling();
    } else if (!m_socket) {
        openSocket();
    }
}

void ContainerEventsClient::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

void ContainerEventsClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    m_backoffStep = 0;
    m_overtaken = 0;
    if (!m_socketEnabled) {
        enterPolling();
        return;
    }
    setMode(Mode::Reconnecting);
    openSocket();
}

void ContainerEventsClient::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_fetchInFlight = false;
    m_fetchAgain = false;
    m_socketAfterFetch = false;
    for (QTimer *timer : {&m_pingTimer, &m_silenceTimer, &m_handshakeTimer, &m_reconnectTimer, &m_pollTimer,
                          &m_reconcileTimer})
        timer->stop();
    dropSocket();
    setMode(Mode::Offline);
}

void ContainerEventsClient::openSocket()
{
    if (!m_running || !m_socketEnabled)
        return;
    if (!isTlsReady()) {
        // A QWebSocket, even for ws://, sets TLS up on this thread the first time (35-45 ms, the
        // window frozen): the list comes over REST first, and the socket once a pool thread has
        // set TLS up, started only after that list so as not to slow the window's start.
        m_socketAfterFetch = true;
        fetchNow();
        return;
    }
    dropSocket();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // A list of thousands is large, but there is a bound, as for REST replies.
    socket->setMaxAllowedIncomingMessageSize(quint64(api::RestClient::kMaxJsonBytes));
    connect(socket, &QWebSocket::connected, this, &ContainerEventsClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &ContainerEventsClient::onSocketGone);
    connect(socket, &QWebSocket::textMessageReceived, this, &ContainerEventsClient::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this] { m_silenceTimer.start(); });
    connect(socket, &QWebSocket::errorOccurred, this, [this, socket] {
        m_lastSocketError = api::ApiError::redactSecrets(socket->errorString());
    });
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        // Only the errors of this handshake, and only when the profile trusts the certificate.
        if (m_rest.acceptSslErrors(errors))
            socket->ignoreSslErrors(errors);
    });

    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"rexec.v1"_s});
    m_handshakeTimer.start();
    socket->open(m_rest.webSocketRequest(m_path), options);
}

void ContainerEventsClient::dropSocket()
{
    m_pingTimer.stop();
    m_silenceTimer.stop();
    m_handshakeTimer.stop();
    m_socketOpen = false;
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket.clear();
    // No more signals from it: an abort would otherwise come back as onSocketGone().
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void ContainerEventsClient::onConnected()
{
    m_handshakeTimer.stop();
    m_socketOpen = true;
    m_framesSinceOpen = 0;
    m_openFor.start();
    m_reconnectTimer.stop();
    m_pollTimer.stop();
    m_pingTimer.start();
    m_silenceTimer.start();
    if (m_timing.reconcileInterval > 0ms)
        m_reconcileTimer.start();
    // The server's first frame is the whole list; the model is rebuilt from it.
    setMode(Mode::Live);
}

void ContainerEventsClient::onSocketGone()
{
    // A socket that brought frames worked; one that closes before any (a proxy that accepts and
    // drops) counts as a failure, so that such a path ends up polling instead of flapping.
    const bool worked = m_socketOpen && m_framesSinceOpen > 0;
    const bool lasted = worked && m_openFor.elapsed() >= m_timing.pingInterval.count();
    dropSocket();
    m_reconcileTimer.stop();
    if (!m_running || !m_socketEnabled)
        return;

    if (worked) {
        // Retry soon, and keep the list fresh meanwhile. The backoff starts over only after a
        // socket that lasted, so that one closing every few seconds is retried less and less.
        m_failures = 0;
        if (lasted)
            m_backoffStep = 0;
        setMode(Mode::Reconnecting);
        scheduleReconnect(backoffDelay());
        fetchNow();
        return;
    }

    ++m_failures;
    if (m_mode == Mode::Polling || m_mode == Mode::Offline) {
        scheduleReconnect(jittered(m_timing.socketRetryWhilePolling));
        return;
    }
    if (m_failures >= m_timing.failuresBeforePolling) {
        enterPolling();
        scheduleReconnect(jittered(m_timing.socketRetryWhilePolling));
        return;
    }
    if (m_failures == 1)
        fetchNow(); // the list shows something while the socket is retried
    setMode(Mode::Reconnecting);
    scheduleReconnect(backoffDelay());
}

void ContainerEventsClient::onTextMessage(const QString &message)
{
    m_silenceTimer.start();
    ++m_framesSinceOpen;
    const std::optional<api::ContainerEvent> event = api::ContainerEvent::fromFrame(message.toUtf8());
    if (!event || event->kind == api::ContainerEvent::Kind::Pong)
        return;
    if (changesList(event->kind))
        ++m_eventSerial;
    emit eventReceived(*event);
}

void ContainerEventsClient::scheduleReconnect(std::chrono::milliseconds delay)
{
    m_reconnectTimer.start(std::max(delay, 0ms));
}

std::chrono::milliseconds ContainerEventsClient::backoffDelay()
{
    // 1 s, 2 s, 4 s ... up to the maximum.
    const double base = double(m_timing.backoffInitial.count()) * std::pow(2.0, m_backoffStep);
    if (base < double(m_timing.backoffMax.count()))
        ++m_backoffStep;
    const auto delay = std::chrono::milliseconds(qint64(std::min(base, double(m_timing.backoffMax.count()))));
    return jittered(delay);
}

std::chrono::milliseconds ContainerEventsClient::jittered(std::chrono::milliseconds delay) const
{
    const double spread = std::clamp(m_timing.jitter, 0.0, 1.0);
    const double factor = 1.0 + spread * (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
    return std::chrono::milliseconds(qint64(double(delay.count()) * factor));
}

void ContainerEventsClient::enterPolling()
{
    m_reconcileTimer.stop();
    setMode(Mode::Polling); // until a GET fails: then Offline, until one works again
    m_pollTimer.start();
    fetchNow();
}

void ContainerEventsClient::fetchNow()
{
    if (!m_running)
        return;
    if (m_fetchInFlight) {
        m_fetchAgain = true; // the caller wants what follows its own change
        return;
    }
    m_fetchInFlight = true;
    m_fetchAgain = false;
    const quint64 generation = m_generation;
    const quint64 serialAtSend = m_eventSerial;
    m_rest.listContainers(this, [this, generation, serialAtSend](const api::Result<api::ContainerList> &result) {
        if (generation != m_generation)
            return;
        m_fetchInFlight = false;
        const bool polling = m_mode == Mode::Polling || m_mode == Mode::Offline;
        if (!result) {
            if (polling)
                setMode(Mode::Offline);
            emit fetchFailed(result.error());
        } else if (m_eventSerial != serialAtSend) {
            // An event came while the GET was on its way: this list may be older than the
            // model. Ask again, a few times; the socket is doing the work meanwhile.
            if (++m_overtaken <= kMaxOvertaken)
                m_fetchAgain = true;
        } else {
            m_overtaken = 0;
            if (m_mode == Mode::Offline) {
                setMode(Mode::Polling);
                // The server is back: it may speak WebSocket again too.
                if (m_socketEnabled && !m_socket)
                    scheduleReconnect(0ms);
            }
            emit listFetched(result.value());
        }
        if (m_fetchAgain) {
            m_fetchAgain = false;
            fetchNow();
        } else {
            m_overtaken = 0;
        }
        if (std::exchange(m_socketAfterFetch, false)) {
            whenTlsReady(this, [this, generation] {
                if (generation == m_generation)
                    openSocket();
            });
        }
    });
}

} // namespace rexec::containers
