// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/terminalpane.h"

#include <qtermwidget6/qtermwidget.h>

#include <QBuffer>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QSocketNotifier>
#include <QTimer>
#include <QVBoxLayout>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace rexec::ui {

using terminal::TerminalSession;

TerminalPane::TerminalPane(TerminalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_terminal(new QTermWidget(0, this))
    , m_overlay(new QWidget(this))
    , m_overlayText(new QLabel)
    , m_reconnect(new QPushButton(tr("Reconnect")))
{
    setObjectName(QStringLiteral("terminalPane"));
    session->setParent(this);
    m_terminal->setObjectName(QStringLiteral("terminalWidget"));
    m_terminal->setAccessibleName(tr("Terminal"));
    m_terminal->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_terminal->setConfirmMultilinePaste(true);
    m_terminal->setTrimPastedTrailingNewlines(true);
    m_terminal->setBlinkingCursor(true);
    // The size the server is told is shown in the status strip's place, not painted over the text.
    m_terminal->setTerminalSizeHint(false);
    m_terminal->startTerminalTeletype();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_terminal);

    // Writes to the pseudo-terminal never block: the emulator that drains it runs on this thread.
    m_slave = m_terminal->getPtySlaveFd();
    if (m_slave >= 0) {
        ::fcntl(m_slave, F_SETFL, ::fcntl(m_slave, F_GETFL) | O_NONBLOCK);
        m_writable = std::make_unique<QSocketNotifier>(m_slave, QSocketNotifier::Write);
        m_writable->setEnabled(false);
        connect(m_writable.get(), &QSocketNotifier::activated, this, &TerminalPane::flushPending);
    }

    connect(m_terminal, &QTermWidget::sendData, this, [this](const char *data, int size) {
        if (m_session)
            m_session->sendInput(QByteArray(data, size));
    });
    connect(m_terminal, &QTermWidget::termGetFocus, this, [this] { emit focused(this); });
    connect(m_terminal, &QTermWidget::titleChanged, this, [this] { emit titleChanged(m_terminal->title()); });
    connect(session, &TerminalSession::output, this, &TerminalPane::writeOutput);
    connect(session, &TerminalSession::stateChanged, this, &TerminalPane::updateOverlay);
    connect(m_reconnect, &QPushButton::clicked, session, &TerminalSession::reconnect);
    m_terminal->installEventFilter(this);

    m_overlay->setObjectName(QStringLiteral("terminalOverlay"));
    m_overlay->setAttribute(Qt::WA_StyledBackground);
    m_overlay->setStyleSheet(QStringLiteral("#terminalOverlay { background: rgba(13,17,23,200); border-radius: 6px; }"
                                            "QLabel { color: #e6edf3; font-weight: bold; }"));
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    auto *overlayLayout = new QHBoxLayout(m_overlay);
    overlayLayout->addWidget(m_overlayText);
    overlayLayout->addWidget(m_reconnect);
    m_overlay->hide();
    updateOverlay();
}

TerminalPane::~TerminalPane()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->close();
    }
}

void TerminalPane::applyAppearance(const QFont &font, const QString &colorScheme, int scrollback)
{
    m_baseFont = font;
    m_terminal->setTerminalFont(font);
    m_terminal->setColorScheme(colorScheme);
    m_terminal->setHistorySize(scrollback);
}

void TerminalPane::zoomIn()
{
    m_terminal->zoomIn();
}

void TerminalPane::zoomOut()
{
    m_terminal->zoomOut();
}

void TerminalPane::zoomReset()
{
    m_terminal->setTerminalFont(m_baseFont);
}

void TerminalPane::paste()
{
    m_terminal->pasteClipboard();
}

QString TerminalPane::screenText() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    m_terminal->saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}

QString TerminalPane::visibleText() const
{
    int startRow = 0;
    int startColumn = 0;
    int endRow = 0;
    int endColumn = 0;
    m_terminal->getSelectionStart(startRow, startColumn);
    m_terminal->getSelectionEnd(endRow, endColumn);
    m_terminal->setSelectionStart(0, 0);
    m_terminal->setSelectionEnd(m_terminal->screenLinesCount() - 1, m_terminal->screenColumnsCount());
    const QString text = m_terminal->selectedText(true);
    // Put back what the user had selected (an empty selection when there was none).
    m_terminal->setSelectionStart(startRow, startColumn);
    m_terminal->setSelectionEnd(endRow, endColumn);
    return text;
}

void TerminalPane::writeOutput(const QByteArray &bytes)
{
    m_pending += bytes;
    flushPending();
}

void TerminalPane::flushPending()
{
    while (!m_pending.isEmpty() && m_slave >= 0) {
        const ssize_t n = ::write(m_slave, m_pending.constData(), size_t(m_pending.size()));
        if (n > 0) {
            m_pending.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // full: the emulator is behind; go on when it has read
    }
    if (m_writable)
        m_writable->setEnabled(!m_pending.isEmpty());
    // Back-pressure: while the emulator is behind, take no more from the network.
    if (m_session) {
        if (m_pending.size() > kPauseAbove)
            m_session->setOutputPaused(true);
        else if (m_pending.size() < kResumeBelow)
            m_session->setOutputPaused(false);
    }
}

bool TerminalPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_terminal && event->type() == QEvent::Resize) {
        // QTermWidget has no size signal: read its grid once the resize has been laid out.
        QTimer::singleShot(0, this, &TerminalPane::reportSize);
        const QSize hint = m_overlay->sizeHint();
        m_overlay->setGeometry((width() - hint.width()) / 2, (height() - hint.height()) / 2, hint.width(), hint.height());
    }
    return QWidget::eventFilter(watched, event);
}

void TerminalPane::reportSize()
{
    if (m_session)
        m_session->setTerminalSize(m_terminal->screenColumnsCount(), m_terminal->screenLinesCount());
}

void TerminalPane::setWaitingForStart(bool waiting)
{
    m_waitingForStart = waiting;
    updateOverlay();
}

void TerminalPane::updateOverlay()
{
    if (!m_session)
        return;
    using State = TerminalSession::State;
    QString text;
    bool button = false;
    switch (m_session->state()) {
    case State::Idle:
    case State::Starting:
    case State::Ready:
    case State::Closed:
        break;
    case State::Connecting:
        text = tr("Connecting…");
        break;
    case State::Reconnecting:
        text = tr("Reconnecting… (attempt %1)").arg(std::max(1, m_session->attempt()));
        break;
    case State::RestartNeeded:
        text = m_waitingForStart ? tr("The container is stopped. The terminal reconnects when it runs again.")
                                 : tr("The container stopped. Starting it again…");
        break;
    case State::Failed:
        text = tr("Disconnected.");
        button = true;
        break;
    }
    m_overlayText->setText(text);
    m_reconnect->setVisible(button);
    m_overlay->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        m_overlay->adjustSize();
        const QSize hint = m_overlay->sizeHint();
        m_overlay->setGeometry((width() - hint.width()) / 2, (height() - hint.height()) / 2, hint.width(), hint.height());
        m_overlay->raise();
    }
    if (m_session->state() == State::Ready)
        reportSize();
}

} // namespace rexec::ui
