// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/terminalsession.h"

#include "api/restclient.h"
#include "core/tlswarmup.h"
#include "terminal/outputframe.h"

#include <algorithm>
#include <utility>

#include <QAbstractSocket>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QWebSocketHandshakeOptions>

#include <cmath>

namespace rexec::terminal {

namespace {

const QString kStatusMarker = QStringLiteral("[[REXEC_STATUS]]");
constexpr int kCloseSessionEnded = 1000;
constexpr int kCloseRestartRequired = 4100;

// The length of the longest tail of `text` that could be the start of the marker.
qsizetype markerPrefixAtEnd(const QString &text)
{
    for (qsizetype n = std::min(text.size(), kStatusMarker.size() - 1); n > 0; --n) {
        if (QStringView(text).right(n) == QStringView(kStatusMarker).left(n))
            return n;
    }
    return 0;
}

} // namespace

TerminalSession::TerminalSession(api::RestClient &rest, QString containerId, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_containerId(std::move(containerId))
{
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        if (m_lastReceived.isValid() && m_lastReceived.elapsed() > m_timing.deadAfter.count()) {
            // Silent too long: the connection is dead even if TCP has not noticed.
            m_socket->abort();
            return;
        }
        sendFrame({{QStringLiteral("type"), QStringLiteral("ping")}});
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TerminalSession::connectSocket);
    m_resize.setSingleShot(true);
    connect(&m_resize, &QTimer::timeout, this, &TerminalSession::sendResize);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &TerminalSession::flushOutput);
}

TerminalSession::~TerminalSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void TerminalSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TerminalSession::open()
{
    m_attempt = 0;
    connectSocket();
}

void TerminalSession::reconnect()
{
    m_retry.stop();
    m_attempt = 0;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    connectSocket();
}

void TerminalSession::close()
{
    m_retry.stop();
    m_ping.stop();
    setState(State::Closed);
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("closed by the user"));
}

void TerminalSession::connectSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_paused = false;
    setState(m_wasReady ? State::Reconnecting : State::Connecting);
    if (!isTlsReady()) {
        // A QWebSocket sets TLS up on this thread the first time (35-45 ms, the window frozen),
        // even for ws://: a pool thread does it first (a tab reopened at start-up asks this early).
        whenTlsReady(this, [this] {
            if ((m_state == State::Connecting || m_state == State::Reconnecting) && !m_socket)
                openSocket();
        });
        return;
    }
    openSocket();
}

void TerminalSession::openSocket()
{
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // No terminal frame is anywhere near this; a larger one is refused rather than buffered.
    m_socket->setMaxAllowedIncomingMessageSize(32 * 1024 * 1024);
    connect(m_socket, &QWebSocket::connected, this, &TerminalSession::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &TerminalSession::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &TerminalSession::onText);
    // QWebSocket reports 1000 when no close frame came at all; an error tells a drop apart.
    connect(m_socket, &QWebSocket::errorOccurred, this, [this] { m_socket->setProperty("dropped", true); });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_rest.acceptSslErrors(errors))
            m_socket->ignoreSslErrors(errors);
    });
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), m_sessionId);
    if (m_newSession)
        query.addQueryItem(QStringLiteral("newSession"), QStringLiteral("true"));
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("rexec.v1")});
    // The token travels in the Authorization header, never in the URL.
    m_socket->open(m_rest.webSocketRequest(api::RestClient::webSocketPathForTerminal(m_containerId), query), options);
}

void TerminalSession::onConnected()
{
    // On loopback the kernel would grow this socket's receive buffer to tens of MiB, which defeats
    // the back-pressure of setOutputPaused() (Ctrl+C in a flood took seconds): keep it small.
    if (auto *tcp = m_socket->findChild<QAbstractSocket *>())
        tcp->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 256 * 1024);
    m_lastReceived.start();
    m_ping.start(m_timing.pingInterval);
    setState(State::Starting);
    sendResize();
}

void TerminalSession::onDisconnected()
{
    m_ping.stop();
    flushOutput();
    const int code = m_socket ? int(m_socket->closeCode()) : 0;
    const QString reason = m_socket ? m_socket->closeReason() : QString();
    const QString error = m_socket ? m_socket->errorString() : QString();
    const bool reconnectNow = m_socket && m_socket->property("reconnectNow").toBool();
    const bool restart = m_socket && m_socket->property("restartRequired").toBool();
    const bool dropped = m_socket && m_socket->property("dropped").toBool();
    if (m_state == State::Closed)
        return;
    if (restart || code == kCloseRestartRequired) {
        setState(State::RestartNeeded);
        emit restartRequired();
        return;
    }
    if (reconnectNow) {
        m_attempt = 0;
        m_retry.start(0);
        return;
    }
    if (code == kCloseSessionEnded && m_state == State::Ready && !dropped) {
        // The server ended it, or another window took this session over: not retried by itself.
        emit errorMessage(reason.isEmpty() ? tr("The session ended.") : tr("The session ended: %1").arg(reason));
        setState(State::Failed);
        return;
    }
    if (code >= 4000) {
        emit errorMessage(tr("The server closed the terminal (%1).").arg(reason.isEmpty() ? QString::number(code) : reason));
        setState(State::Failed);
        return;
    }
    if (!error.isEmpty() && m_state != State::Ready) {
        const api::ApiError refusal = api::ApiError::fromRefusedHandshake(
            error, api::RestClient::webSocketPathForTerminal(m_containerId));
        const int status = refusal.httpStatus;
        if (status == 401 || status == 403 || status == 404 || status == 423) {
            emit errorMessage(refusal.userMessage());
            setState(State::Failed);
            emit handshakeRefused(refusal);
            return;
        }
        emit errorMessage(refusal.isError() ? refusal.userMessage() : error);
    }
    scheduleRetry();
}

void TerminalSession::scheduleRetry()
{
    ++m_attempt;
    if (m_attempt > m_timing.maxAttempts) {
        emit errorMessage(tr("Could not reconnect after %n attempt(s).", nullptr, m_timing.maxAttempts));
        setState(State::Failed);
        return;
    }
    setState(State::Reconnecting);
    // The first retry is immediate, then 100 ms growing by half each time up to 8 s.
    std::chrono::milliseconds delay{0};
    if (m_attempt > 1) {
        const double ms = double(m_timing.firstBackoff.count()) * std::pow(m_timing.backoffFactor, m_attempt - 2);
        delay = std::min(m_timing.maxBackoff, std::chrono::milliseconds(qint64(ms)));
    }
    m_retry.start(delay);
}

void TerminalSession::sendFrame(const QJsonObject &message)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void TerminalSession::onText(const QString &text)
{
    m_lastReceived.start();
    if (auto data = fastOutputData(text)) {
        handleOutput(*data);
        return;
    }
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type").toString();
    const QJsonValue data = message.value(u"data");
    if (type == u"output") {
        handleOutput(data.toString());
    } else if (type == u"ping") {
        sendFrame({{QStringLiteral("type"), QStringLiteral("pong")}});
    } else if (type == u"stats") {
        if (auto stats = api::TerminalStats::fromData(data)) {
            m_stats = stats;
            emit statsChanged(*stats);
        }
    } else if (type == u"container_status") {
        m_containerStatus = data.toString();
        emit containerStatusChanged(m_containerStatus);
    } else if (type == u"shell_starting" || type == u"connected") {
        m_statusLine = data.toString();
        emit statusLine(m_statusLine);
    } else if (type == u"shell_ready") {
        const bool again = m_wasReady;
        m_wasReady = true;
        m_attempt = 0;
        setState(State::Ready);
        sendResize();
        // After a reconnect the new shell knows nothing of the old screen: ask it to redraw.
        if (again)
            sendInput(QByteArrayLiteral("\x0c"));
        else if (const QByteArray command = changeFolderCommand(std::exchange(m_startFolder, QString())); !command.isEmpty())
            sendInput(command);
    } else if (type == u"error") {
        emit errorMessage(data.toString());
    } else if (type == u"reconnect") {
        m_socket->setProperty("reconnectNow", true);
    } else if (type == u"container_restart_required") {
        m_socket->setProperty("restartRequired", true);
        emit errorMessage(data.toString());
    } else if (type == u"shell_started" || type == u"shell_stopped" || type == u"shell_error") {
        // Agent terminals relay these with any JSON as data.
        m_statusLine = data.isString() ? data.toString() : type;
        emit statusLine(m_statusLine);
    }
}

void TerminalSession::handleOutput(const QString &data)
{
    QString text = m_partialStatus + data;
    m_partialStatus.clear();
    QString visible;
    qsizetype from = 0;
    while (true) {
        const qsizetype marker = text.indexOf(kStatusMarker, from);
        if (marker < 0) {
            QString rest = text.mid(from);
            // Hold back a tail that may be the start of a marker split between two frames.
            const qsizetype hold = markerPrefixAtEnd(rest);
            m_partialStatus = rest.right(hold);
            visible += rest.left(rest.size() - hold);
            break;
        }
        visible += QStringView(text).mid(from, marker - from);
        const qsizetype end = text.indexOf(u'\n', marker);
        if (end < 0) {
            m_partialStatus = text.mid(marker);
            break;
        }
        m_statusLine = text.mid(marker + kStatusMarker.size(), end - marker - kStatusMarker.size()).trimmed();
        emit statusLine(m_statusLine);
        from = end + 1;
    }
    if (visible.isEmpty())
        return;
    m_pendingOutput += visible.toUtf8();
    // A lone frame (an echo) goes out at once; frames that follow within the window are gathered.
    if (!m_coalesce.isActive()) {
        flushOutput();
        m_coalesce.start(m_timing.outputCoalesce);
    }
}

void TerminalSession::flushOutput()
{
    if (m_pendingOutput.isEmpty())
        return;
    const QByteArray bytes = std::exchange(m_pendingOutput, QByteArray());
    emit output(bytes);
}

QByteArray TerminalSession::changeFolderCommand(const QString &folder)
{
    if (folder.isEmpty())
        return {};
    // A control character would end the line early (or be taken as a key): no cd at all then.
    if (std::any_of(folder.begin(), folder.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return {};
    QString quoted = folder;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return QStringLiteral(" cd -- '%1' && clear\r").arg(quoted).toUtf8();
}

void TerminalSession::sendInput(const QByteArray &bytes)
{
    // Large pastes go as frames of at most 16 KiB, in order, each cut on a character boundary.
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = std::min(bytes.size(), start + kMaxInputFrame);
        while (end < bytes.size() && end > start + 1 && (quint8(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        sendFrame({{QStringLiteral("type"), QStringLiteral("input")},
                   {QStringLiteral("data"), QString::fromUtf8(bytes.mid(start, end - start))}});
        start = end;
    }
}

void TerminalSession::setTerminalSize(int columns, int rows)
{
    if (columns <= 0 || rows <= 0 || (columns == m_columns && rows == m_rows))
        return;
    m_columns = columns;
    m_rows = rows;
    m_resize.start(m_timing.resizeDebounce);
}

void TerminalSession::sendResize()
{
    if (m_columns > 0 && m_rows > 0)
        sendFrame({{QStringLiteral("type"), QStringLiteral("resize")},
                   {QStringLiteral("cols"), m_columns},
                   {QStringLiteral("rows"), m_rows}});
}

void TerminalSession::setOutputPaused(bool paused)
{
    if (m_paused == paused || !m_socket)
        return;
    m_paused = paused;
    // QWebSocket reads its TCP socket eagerly. Holding that socket's signals lets its buffer
    // fill, TCP's window close and the server stop reading the shell: back-pressure end to end.
    auto *tcp = m_socket->findChild<QAbstractSocket *>();
    if (!tcp)
        return;
    if (paused) {
        tcp->setReadBufferSize(256 * 1024);
        tcp->blockSignals(true);
        return;
    }
    tcp->blockSignals(false);
    tcp->setReadBufferSize(0);
    if (tcp->state() != QAbstractSocket::ConnectedState) {
        m_socket->abort();
        return;
    }
    if (tcp->bytesAvailable() > 0)
        QMetaObject::invokeMethod(tcp, &QAbstractSocket::readyRead, Qt::QueuedConnection);
}

} // namespace rexec::terminal
