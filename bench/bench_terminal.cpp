// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the terminal tabs (issue "Terminal tabs") on a real X server (harness.sh --gui),
// each beside a baseline measured in the same run, in the same QTermWidget set up the same way:
//   throughput  `cat` of a 64 MiB text file in a visible TerminalTab (1000x700, 10,000 lines of
//               scrollback) through rexec-local, from the Return key to the end marker painted,
//               vs. the same widget fed the same bytes through its PTY slave by this process; the
//               longest gap of a 10 ms GUI timer during both;
//   interrupt   Ctrl+C typed into the terminal display in the middle of that flood, to the shell's
//               prompt painted, vs. a QTermWidget running `cat` of the same file in a local bash;
//   echo        1,000 keys typed into the terminal display, to the echoed character in the
//               emulator's screen (and, for information, painted), vs. the QTermWidget with a local bash;
//   idle        20 idle tabs for 60 s: CPU of the process and memory per tab, vs. 20 QTermWidgets each
//               with a local bash; each side in a fresh process of its own (this executable again).
// The figures go out as a table with PASS/MISS against each goal; a miss does not fail the process
// (only a benchmark that cannot run does). Run by the `bench` target, never by ctest.
//   bench_terminal [throughput] [interrupt] [echo] [idle] [--idle-seconds N]   (no name: all four)
#include "api/containers.h"
#include "api/restclient.h"
#include "benchsupport.h"
#include "httpclient.h"
#include "localserverprocess.h"
#include "terminal/terminalpane.h"
#include "terminal/terminalsession.h"
#include "terminal/terminaltab.h"
#include "../tests/local/localtestutil.h"

#include <qtermwidget6/qtermwidget.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPaintEvent>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace rexec;
using namespace rexec::bench;
using rexec::test::HttpClient;
using rexec::test::LocalServerProcess;
using terminal::TerminalSession;
using ui::TerminalPane;
using ui::TerminalTab;
using Verdict = ResultTable::Verdict;

namespace {

constexpr double kMB = 1e6;
constexpr qint64 kMiB = 1024 * 1024;

constexpr qint64 kFileBytes = 64 * kMiB;
constexpr int kLineLetters = 99; // then CR LF: 100-column lines, as in measurements.md
constexpr int kThroughputRuns = 3;
constexpr double kThroughputGoalRatio = 0.8;
constexpr int kTabWidth = 1000;
constexpr int kTabHeight = 700;
constexpr int kScrollback = 10000;

constexpr int kGapTimerMs = 10;
constexpr double kGapGoalMs = 100;
constexpr qint64 kInterruptAfterBytes = 32 * kMiB; // the middle of the file
constexpr double kInterruptGoalMs = 1000;

constexpr int kEchoKeys = 1000;
constexpr int kKillLineEvery = 50; // Ctrl+U (not measured) so that the line never wraps
constexpr double kEchoGoalP50Ms = 5;
constexpr double kEchoGoalP99Ms = 20;

constexpr int kIdleTabs = 20;
constexpr int kIdleDefaultSeconds = 60;
constexpr double kIdleCpuGoalPercent = 1;

// Typed as the shell's prompt: its echo ('RX''PROMPT') cannot be mistaken for the prompt itself.
constexpr char kPromptCommand[] = "PS1='RX''PROMPT> '";
constexpr char kPrompt[] = "RXPROMPT> ";

void say(const QString &text)
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    std::fprintf(stderr, "bench [%5.1f s]: %s\n", double(clock.elapsed()) / 1000, qPrintable(text));
    std::fflush(stderr);
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// ---------------------------------------------------------------------------------------------
// Watching a QTermWidget from outside

// Finds a marker in a stream of chunks, also when it straddles two of them, without keeping them.
class MarkerWatch
{
public:
    explicit MarkerWatch(QString marker) : m_marker(std::move(marker)) {}

    bool feed(QStringView chunk)
    {
        if (m_found)
            return true;
        const qsizetype keep = m_marker.size() - 1;
        QString seam = m_tail;
        seam.append(chunk.left(keep));
        m_found = seam.contains(m_marker) || chunk.contains(m_marker);
        if (chunk.size() >= keep) {
            m_tail = chunk.right(keep).toString();
        } else {
            m_tail.append(chunk);
            m_tail = m_tail.right(keep);
        }
        return m_found;
    }

private:
    QString m_marker;
    QString m_tail;
    bool m_found = false;
};

// What a QTermWidget shows, seen from outside. QTermWidget::receivedData is emitted right after
// the emulation has parsed a block read from the PTY (Session::onReceiveBlock), so when a marker
// is in it, it is in the emulator's screen. The emulation then redraws after its own bulk timer
// (10 ms after the last block, 40 ms at most); the display's paint events are delivered from here
// so that the time taken is after the painting. Cursor blinks repaint one cell and do not count.
class TerminalProbe : public QObject
{
public:
    explicit TerminalProbe(QTermWidget *terminal)
        : m_display(terminal->focusProxy())
    {
        m_clock.start();
        connect(terminal, &QTermWidget::receivedData, this, [this](const QString &text) { onData(text); });
        m_display->installEventFilter(this);
    }

    QWidget *display() const { return m_display; }
    qint64 now() const { return m_clock.nsecsElapsed(); }

    // Starts watching for `marker`, counting bytes from zero.
    void arm(const QString &marker)
    {
        m_watch.emplace(marker);
        m_markerNs = -1;
        m_paintNs = -1;
        m_bytes = 0;
    }
    qint64 markerNs() const { return m_markerNs; }
    qint64 paintNs() const { return m_paintNs; }
    qint64 bytes() const { return m_bytes; }
    qint64 lastDataNs() const { return m_lastDataNs; }

    // Runs the event loop until nothing has arrived for `quietMs`.
    bool waitQuiet(int quietMs, int timeoutMs = 15000) const
    {
        return spinUntil([&] { return m_lastDataNs < 0 || now() - m_lastDataNs >= qint64(quietMs) * 1000000; },
                         timeoutMs);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_display || event->type() != QEvent::Paint || m_markerNs < 0 || m_paintNs >= 0)
            return QObject::eventFilter(watched, event);
        const QRect area = static_cast<QPaintEvent *>(event)->rect();
        if (area.width() <= 2 * m_display->fontMetrics().horizontalAdvance(QLatin1Char('M')))
            return false; // a cursor blink
        watched->event(event);
        m_paintNs = now();
        return true;
    }

private:
    void onData(const QString &text)
    {
        m_lastDataNs = now();
        m_bytes += text.size(); // decoded as Latin-1 by QTermWidget: one character a byte
        if (m_watch && m_markerNs < 0 && m_watch->feed(text))
            m_markerNs = m_lastDataNs;
    }

    QWidget *m_display;
    QElapsedTimer m_clock;
    std::optional<MarkerWatch> m_watch;
    qint64 m_markerNs = -1;
    qint64 m_paintNs = -1;
    qint64 m_lastDataNs = -1;
    qint64 m_bytes = 0;
};

// Writes bytes into a PTY slave as fast as it takes them, from this thread's event loop, as
// TerminalPane does with what comes from the network.
class SlaveFeeder : public QObject
{
public:
    explicit SlaveFeeder(int fd)
        : m_fd(fd)
        , m_notifier(fd, QSocketNotifier::Write)
    {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        m_notifier.setEnabled(false);
        connect(&m_notifier, &QSocketNotifier::activated, this, &SlaveFeeder::pump);
    }

    void feed(QList<QByteArray> parts)
    {
        m_parts = std::move(parts);
        m_offset = 0;
        pump();
    }
    bool isDone() const { return m_parts.isEmpty(); }

private:
    void pump()
    {
        while (!m_parts.isEmpty()) {
            const QByteArray &part = m_parts.first();
            const ssize_t n = ::write(m_fd, part.constData() + m_offset, size_t(part.size() - m_offset));
            if (n > 0) {
                m_offset += n;
                if (m_offset == part.size()) {
                    m_parts.removeFirst();
                    m_offset = 0;
                }
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            break; // full: the emulator is behind
        }
        m_notifier.setEnabled(!m_parts.isEmpty());
    }

    int m_fd;
    QSocketNotifier m_notifier;
    QList<QByteArray> m_parts;
    qsizetype m_offset = 0;
};

// Where a flood's bytes wait on their way from the server's PTY to the emulator, sampled every
// 20 ms: the pane's own buffer (written to the PTY slave as the emulator drains it), the kernel's
// queues of the terminal's TCP connection (the client's unread, the server's unacknowledged).
// Maxima are of samples: a peak between two samples is missed.
class FlowSampler
{
public:
    struct Sample {
        qint64 pane = 0;
        qint64 clientKernel = 0;
        qint64 serverKernel = 0;
        qint64 total() const { return pane + clientKernel + serverKernel; }
    };

    FlowSampler(TerminalPane *pane, quint16 serverPort)
        : m_pane(pane)
        , m_port(serverPort)
    {
        // The kernel walks its whole table of connections for /proc/net/tcp (a few per cent of a core
        // at 50 reads a second): the queues are read every 250 ms, the pane's buffer every 20 ms.
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (++m_ticks % 12 == 0) {
                const TcpQueues queues = tcpQueues(m_port);
                m_last.clientKernel = queues.clientReceive;
                m_last.serverKernel = queues.serverSend;
            }
            m_last.pane = m_pane->pendingOutput();
            m_max.pane = std::max(m_max.pane, m_last.pane);
            m_max.clientKernel = std::max(m_max.clientKernel, m_last.clientKernel);
            m_max.serverKernel = std::max(m_max.serverKernel, m_last.serverKernel);
            m_maxTotal = std::max(m_maxTotal, m_last.total());
        });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    Sample now() const
    {
        const TcpQueues queues = tcpQueues(m_port);
        return {m_pane->pendingOutput(), queues.clientReceive, queues.serverSend};
    }
    const Sample &maximum() const { return m_max; }
    qint64 maximumTotal() const { return m_maxTotal; }

private:
    TerminalPane *m_pane;
    quint16 m_port;
    QTimer m_timer;
    int m_ticks = 0;
    Sample m_last;
    Sample m_max;
    qint64 m_maxTotal = 0;
};

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1024 * 1024), 'f', 1);
}

// The appearance TerminalTab gives its panes (the settings' defaults): same font, colours and
// scrollback on both sides of every comparison.
void installColorSchemes()
{
    static bool done = false;
    if (std::exchange(done, true))
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/colorschemes");
    QDir().mkpath(dir);
    for (const QString &name : QDir(QStringLiteral(":/colorschemes")).entryList()) {
        QFile::remove(dir + u'/' + name);
        QFile::copy(QStringLiteral(":/colorschemes/") + name, dir + u'/' + name);
    }
    QTermWidget::addCustomColorSchemeDir(dir);
}

void applyPaneAppearance(QTermWidget &term)
{
    installColorSchemes();
    const ui::TerminalAppearance appearance = ui::TerminalAppearance::fromSettings();
    term.setScrollBarPosition(QTermWidget::ScrollBarRight);
    term.setBlinkingCursor(true);
    term.setTerminalSizeHint(false);
    term.setTerminalFont(appearance.font);
    term.setColorScheme(appearance.colorScheme);
    term.setHistorySize(appearance.scrollback);
}

// A QTermWidget with a bash of this computer: what a local terminal (QTerminal) is.
std::unique_ptr<QTermWidget> localShellTerminal()
{
    auto term = std::make_unique<QTermWidget>(0);
    applyPaneAppearance(*term);
    term->setShellProgram(QStringLiteral("/bin/bash"));
    term->setArgs({QStringLiteral("--norc"), QStringLiteral("--noprofile")});
    term->setEnvironment({QStringLiteral("TERM=xterm-256color")});
    term->startShellProgram();
    return term;
}

// Hides the other top-level windows (an obscured X window is not painted at all), shows `window`.
bool showOnly(QWidget *window, const QList<QWidget *> &others)
{
    for (QWidget *other : others) {
        if (other && other != window)
            other->hide();
    }
    window->move(0, 0);
    window->show();
    window->raise();
    window->activateWindow();
    const bool exposed = QTest::qWaitForWindowExposed(window, 10000);
    spinFor(300);
    return exposed;
}

void typeLine(QWidget *display, const QString &text)
{
    QTest::keyClicks(display, text);
    QTest::keyClick(display, Qt::Key_Return);
}

// ---------------------------------------------------------------------------------------------
// Setup

api::Container containerValue(const QString &id)
{
    api::Container container;
    container.id = id;
    container.name = QStringLiteral("bench");
    container.status = QStringLiteral("running");
    return container;
}

bool waitReady(TerminalTab &tab, int timeoutMs = 30000)
{
    return spinUntil(
        [&] {
            const auto panes = tab.panes();
            return !panes.isEmpty() && std::all_of(panes.begin(), panes.end(), [](TerminalPane *pane) {
                return pane->session() && pane->session()->state() == TerminalSession::State::Ready;
            });
        },
        timeoutMs);
}

// ---------------------------------------------------------------------------------------------
// 1. Throughput and 2a. responsiveness during the flood

struct FloodRun {
    double seconds = -1;
    qint64 bytes = 0;
    double longestGapMs = 0;
    double cpuSeconds = 0;       // this process
    double serverCpuSeconds = 0; // rexec-local
    FlowSampler::Sample maxFlow;
    qint64 maxInFlight = 0;
    QString error;
};

struct Remote {
    TerminalPane *pane = nullptr;
    quint16 port = 0;
    pid_t serverPid = -1;
};

FloodRun remoteCat(const Remote &remote, TerminalProbe &probe, int run)
{
    FloodRun result;
    QWidget *display = probe.display();
    QTest::keyClicks(display, QStringLiteral("cat /home/user/throughput; printf '%s%s\\n' TPDONE %1").arg(run));
    probe.waitQuiet(300);
    TimerGapWatch gaps(kGapTimerMs);
    FlowSampler flow(remote.pane, remote.port);
    const double cpu = cpuSeconds(::getpid()).value_or(0);
    const double serverCpu = cpuSeconds(remote.serverPid).value_or(0);
    probe.arm(QStringLiteral("TPDONE%1\r").arg(run));
    gaps.start();
    flow.start();
    const qint64 start = probe.now();
    QTest::keyClick(display, Qt::Key_Return);
    const bool done = spinUntil([&] { return probe.paintNs() >= 0; }, 300000);
    gaps.stop();
    flow.stop();
    result.cpuSeconds = cpuSeconds(::getpid()).value_or(0) - cpu;
    result.serverCpuSeconds = cpuSeconds(remote.serverPid).value_or(0) - serverCpu;
    result.maxFlow = flow.maximum();
    result.maxInFlight = flow.maximumTotal();
    result.longestGapMs = gaps.longestGapMs();
    result.bytes = probe.bytes();
    if (!done)
        result.error = QStringLiteral("the end marker did not appear in 300 s (%1 bytes arrived)").arg(probe.bytes());
    else
        result.seconds = double(probe.paintNs() - start) / 1e9;
    probe.waitQuiet(500, 30000); // the prompt after the marker
    return result;
}

FloodRun localFeed(QTermWidget &term, TerminalProbe &probe, const QByteArray &content, int run)
{
    FloodRun result;
    SlaveFeeder feeder(term.getPtySlaveFd());
    const QByteArray marker = "LPDONE" + QByteArray::number(run);
    TimerGapWatch gaps(kGapTimerMs);
    probe.arm(QString::fromLatin1(marker + '\r'));
    gaps.start();
    const double cpu = cpuSeconds(::getpid()).value_or(0);
    const qint64 start = probe.now();
    feeder.feed({content, marker + "\r\n"});
    const bool done = spinUntil([&] { return probe.paintNs() >= 0; }, 300000);
    gaps.stop();
    result.cpuSeconds = cpuSeconds(::getpid()).value_or(0) - cpu;
    result.longestGapMs = gaps.longestGapMs();
    result.bytes = probe.bytes();
    if (!done)
        result.error = QStringLiteral("the end marker did not appear in 300 s (%1 bytes arrived)").arg(probe.bytes());
    else
        result.seconds = double(probe.paintNs() - start) / 1e9;
    probe.waitQuiet(300);
    return result;
}

void benchThroughput(TerminalTab &tab, const Remote &remote, const QByteArray &content, QList<QWidget *> windows,
                     ResultTable &table)
{
    const QString name = QStringLiteral("tab throughput, cat 64 MiB");
    TerminalPane *pane = remote.pane;
    TerminalProbe remoteProbe(pane->terminal());

    // The baseline: the same widget, set up as TerminalPane sets it up, of the same size.
    QTermWidget local(0);
    applyPaneAppearance(local);
    local.startTerminalTeletype();
    local.resize(pane->terminal()->size());
    local.setWindowTitle(QStringLiteral("baseline: QTermWidget fed from this process"));
    TerminalProbe localProbe(&local);
    windows << &local;

    QList<double> remoteRates;
    QList<double> localRates;
    QList<double> remoteGaps;
    QList<double> localGaps;
    QList<double> clientCpu;
    QList<double> serverCpu;
    QList<double> localCpu;
    qint64 maxInFlight = 0;
    FlowSampler::Sample maxFlow;
    QStringList runs;
    for (int run = 1; run <= kThroughputRuns; ++run) {
        if (!showOnly(&local, windows)) {
            table.addError(name, QStringLiteral("the baseline terminal was never exposed"));
            return;
        }
        const FloodRun l = localFeed(local, localProbe, content, run);
        if (!showOnly(&tab, windows)) {
            table.addError(name, QStringLiteral("the tab was never exposed"));
            return;
        }
        const FloodRun r = remoteCat(remote, remoteProbe, run);
        for (const FloodRun *f : {&l, &r}) {
            if (!f->error.isEmpty() || f->bytes < kFileBytes) {
                table.addError(name, QStringLiteral("%1: %2 (%3 bytes)")
                                         .arg(f == &l ? QStringLiteral("local") : QStringLiteral("tab"),
                                              f->error.isEmpty() ? QStringLiteral("bytes missing") : f->error)
                                         .arg(f->bytes));
                return;
            }
        }
        remoteRates << double(kFileBytes) / kMB / r.seconds;
        localRates << double(kFileBytes) / kMB / l.seconds;
        remoteGaps << r.longestGapMs;
        localGaps << l.longestGapMs;
        clientCpu << r.cpuSeconds;
        serverCpu << r.serverCpuSeconds;
        localCpu << l.cpuSeconds;
        maxInFlight = std::max(maxInFlight, r.maxInFlight);
        maxFlow.pane = std::max(maxFlow.pane, r.maxFlow.pane);
        maxFlow.clientKernel = std::max(maxFlow.clientKernel, r.maxFlow.clientKernel);
        maxFlow.serverKernel = std::max(maxFlow.serverKernel, r.maxFlow.serverKernel);
        say(QStringLiteral("throughput run %1/%2: tab %3 MB/s (%4 s, longest timer gap %5 ms, CPU here %6 s, rexec-local %7 s; "
                           "waiting at most: pane %8 MiB, client kernel %9 MiB, server kernel %10 MiB, all %11 MiB), "
                           "local %12 MB/s (%13 s, gap %14 ms, CPU %15 s)")
                .arg(run).arg(kThroughputRuns)
                .arg(fixed(remoteRates.last()), fixed(r.seconds, 2), fixed(r.longestGapMs), fixed(r.cpuSeconds, 2),
                     fixed(r.serverCpuSeconds, 2), mebibytes(r.maxFlow.pane), mebibytes(r.maxFlow.clientKernel),
                     mebibytes(r.maxFlow.serverKernel), mebibytes(r.maxInFlight))
                .arg(fixed(localRates.last()), fixed(l.seconds, 2), fixed(l.longestGapMs), fixed(l.cpuSeconds, 2)));
        runs << QStringLiteral("%1/%2").arg(fixed(remoteRates.last()), fixed(localRates.last()));
    }
    const double figure = median(remoteRates);
    const double baseline = median(localRates);
    table.add({name, QStringLiteral("MB/s"), figure, baseline, QStringLiteral(">= %1x local").arg(fixed(kThroughputGoalRatio, 2)),
               figure >= kThroughputGoalRatio * baseline ? Verdict::Pass : Verdict::Miss,
               QStringLiteral("median of %1 runs (tab/local: %2); %3 MiB of 100-column lines, from the Return key (local: "
                              "the first write) to the end marker painted; widget %4x%5 px (%6x%7 cells), %8 lines of "
                              "scrollback; local = the same QTermWidget fed through its PTY slave by this process; CPU "
                              "a run (median): this process %9 s (local %10 s), rexec-local %11 s")
                   .arg(kThroughputRuns).arg(runs.join(QStringLiteral(", "))).arg(kFileBytes / kMiB)
                   .arg(pane->terminal()->width()).arg(pane->terminal()->height())
                   .arg(pane->terminal()->screenColumnsCount()).arg(pane->terminal()->screenLinesCount())
                   .arg(kScrollback)
                   .arg(fixed(median(clientCpu), 2), fixed(median(localCpu), 2), fixed(median(serverCpu), 2))});
    const double worst = maximum(remoteGaps);
    table.add({QStringLiteral("longest 10 ms timer gap, flood"), QStringLiteral("ms"), worst, maximum(localGaps),
               QStringLiteral("< %1 ms").arg(kGapGoalMs), worst < kGapGoalMs ? Verdict::Pass : Verdict::Miss,
               QStringLiteral("the worst of the %1 runs (per run, tab: %2 ms); bytes waiting between the server's PTY and "
                              "the emulator, at most: %3 MiB (the pane's buffer %4 MiB, the client's kernel queue %5 MiB, the "
                              "server's %6 MiB)")
                   .arg(kThroughputRuns)
                   .arg([&] {
                       QStringList each;
                       for (double gap : remoteGaps)
                           each << fixed(gap);
                       return each.join(QStringLiteral(", "));
                   }())
                   .arg(mebibytes(maxInFlight), mebibytes(maxFlow.pane), mebibytes(maxFlow.clientKernel),
                        mebibytes(maxFlow.serverKernel))});
}

// ---------------------------------------------------------------------------------------------
// 2b. Ctrl+C in the middle of the flood

struct InterruptRun {
    std::optional<FlowSampler::Sample> waitingAtKey; // the tab: what was on its way when the key was typed
    double parsedMs = -1;  // key to the prompt in the emulator's screen
    double paintedMs = -1; // key to the prompt painted
    qint64 bytesBeforeKey = 0;
    qint64 bytesAfterKey = 0;
    double longestGapMs = 0;
    bool catFinished = false;
    QString error;
};

// Types `command` (a flood), waits for half the file on screen, types Ctrl+C into the display.
InterruptRun interruptFlood(TerminalProbe &probe, const QString &command, const Remote *remote)
{
    InterruptRun result;
    QWidget *display = probe.display();
    QTest::keyClicks(display, command);
    probe.waitQuiet(300);
    TimerGapWatch gaps(kGapTimerMs);
    probe.arm(QString::fromLatin1(kPrompt));
    gaps.start();
    QTest::keyClick(display, Qt::Key_Return);
    if (!spinUntil([&] { return probe.bytes() >= kInterruptAfterBytes || probe.markerNs() >= 0; }, 120000)
        || probe.markerNs() >= 0) {
        gaps.stop();
        result.error = QStringLiteral("the flood did not reach %1 MiB (%2 bytes)").arg(kInterruptAfterBytes / kMiB).arg(probe.bytes());
        return result;
    }
    if (remote)
        result.waitingAtKey = FlowSampler(remote->pane, remote->port).now();
    const qint64 key = probe.now();
    result.bytesBeforeKey = probe.bytes();
    QTest::keyClick(display, Qt::Key_C, Qt::ControlModifier);
    const bool done = spinUntil([&] { return probe.paintNs() >= 0; }, 60000);
    gaps.stop();
    result.longestGapMs = gaps.longestGapMs();
    result.bytesAfterKey = probe.bytes() - result.bytesBeforeKey;
    result.catFinished = probe.bytes() >= kFileBytes;
    if (!done) {
        result.error = QStringLiteral("no prompt within 60 s of Ctrl+C (%1 bytes after the key)").arg(result.bytesAfterKey);
        return result;
    }
    result.parsedMs = double(probe.markerNs() - key) / 1e6;
    result.paintedMs = double(probe.paintNs() - key) / 1e6;
    probe.waitQuiet(500);
    return result;
}

void benchInterrupt(TerminalTab &tab, const Remote &remote, QTermWidget &localShell, const QString &localFile,
                    QList<QWidget *> windows, ResultTable &table)
{
    const QString name = QStringLiteral("Ctrl+C in the flood, to the prompt");
    TerminalProbe remoteProbe(tab.currentPane()->terminal());
    TerminalProbe localProbe(&localShell);
    if (!showOnly(&tab, windows)) {
        table.addError(name, QStringLiteral("the tab was never exposed"));
        return;
    }
    const InterruptRun r = interruptFlood(remoteProbe, QStringLiteral("cat /home/user/throughput"), &remote);
    if (!showOnly(&localShell, windows)) {
        table.addError(name, QStringLiteral("the local terminal was never exposed"));
        return;
    }
    const InterruptRun l = interruptFlood(localProbe, QStringLiteral("cat ") + localFile, nullptr);
    for (const InterruptRun *run : {&r, &l}) {
        if (!run->error.isEmpty()) {
            table.addError(name, QStringLiteral("%1: %2").arg(run == &r ? QStringLiteral("tab") : QStringLiteral("local"), run->error));
            return;
        }
        say(QStringLiteral("interrupt, %1: prompt parsed %2 ms and painted %3 ms after Ctrl+C; %4 KiB arrived after the "
                           "key (%5 MiB before it); cat %6; longest timer gap %7 ms")
                .arg(run == &r ? QStringLiteral("tab") : QStringLiteral("local"))
                .arg(fixed(run->parsedMs), fixed(run->paintedMs))
                .arg(run->bytesAfterKey / 1024).arg(run->bytesBeforeKey / kMiB)
                .arg(run->catFinished ? QStringLiteral("had finished by itself") : QStringLiteral("was interrupted"))
                .arg(fixed(run->longestGapMs)));
    }
    const bool met = r.paintedMs < kInterruptGoalMs && !r.catFinished;
    table.add({name, QStringLiteral("ms"), r.paintedMs, l.paintedMs, QStringLiteral("< %1 ms").arg(kInterruptGoalMs),
               met ? Verdict::Pass : Verdict::Miss,
               QStringLiteral("Ctrl+C typed into the terminal display after %1 MiB; to the prompt painted (in the "
                              "emulator: tab %2 ms, local %3 ms); output after the key: tab %4 KiB, local %5 KiB; "
                              "longest timer gap in this run: tab %6 ms; waiting at the key: %8 MiB (the pane's buffer %9, "
                              "the client's kernel queue %10, the server's %11); local = `cat` in a QTermWidget's own bash%7")
                   .arg(r.bytesBeforeKey / kMiB)
                   .arg(fixed(r.parsedMs), fixed(l.parsedMs))
                   .arg(r.bytesAfterKey / 1024).arg(l.bytesAfterKey / 1024)
                   .arg(fixed(r.longestGapMs))
                   .arg(r.catFinished ? QStringLiteral("; the tab's cat had FINISHED before the prompt: not interrupted")
                                      : QString())
                   .arg(mebibytes(r.waitingAtKey->total()), mebibytes(r.waitingAtKey->pane),
                        mebibytes(r.waitingAtKey->clientKernel), mebibytes(r.waitingAtKey->serverKernel))});
}

// ---------------------------------------------------------------------------------------------
// 3. Echo latency

struct EchoResult {
    QList<double> parsedMs;
    QList<double> paintedMs;
    int lost = 0;
};

EchoResult measureEcho(TerminalProbe &probe)
{
    EchoResult result;
    QWidget *display = probe.display();
    for (int i = 0; i < kEchoKeys; ++i) {
        if (i % kKillLineEvery == 0) {
            QTest::keyClick(display, Qt::Key_U, Qt::ControlModifier);
            probe.waitQuiet(150, 5000);
        }
        const char key = char('a' + i % 26);
        probe.arm(QString(QLatin1Char(key)));
        const qint64 start = probe.now();
        QTest::keyClick(display, key);
        if (!spinUntil([&] { return probe.paintNs() >= 0; }, 2000)) {
            ++result.lost;
            probe.waitQuiet(300, 5000);
            continue;
        }
        result.parsedMs << double(probe.markerNs() - start) / 1e6;
        result.paintedMs << double(probe.paintNs() - start) / 1e6;
    }
    QTest::keyClick(display, Qt::Key_U, Qt::ControlModifier);
    probe.waitQuiet(200, 5000);
    return result;
}

void benchEcho(TerminalTab &tab, QTermWidget &localShell, QList<QWidget *> windows, ResultTable &table)
{
    const QString name = QStringLiteral("echo latency");
    TerminalProbe remoteProbe(tab.currentPane()->terminal());
    TerminalProbe localProbe(&localShell);
    if (!showOnly(&tab, windows)) {
        table.addError(name, QStringLiteral("the tab was never exposed"));
        return;
    }
    remoteProbe.waitQuiet(300);
    const EchoResult r = measureEcho(remoteProbe);
    if (!showOnly(&localShell, windows)) {
        table.addError(name, QStringLiteral("the local terminal was never exposed"));
        return;
    }
    localProbe.waitQuiet(300);
    const EchoResult l = measureEcho(localProbe);
    for (const EchoResult *e : {&r, &l}) {
        say(QStringLiteral("echo, %1: %2 keys, %3 lost; in the emulator p50 %4 ms p99 %5 ms max %6 ms; painted p50 %7 ms "
                           "p99 %8 ms")
                .arg(e == &r ? QStringLiteral("tab") : QStringLiteral("local"))
                .arg(kEchoKeys).arg(e->lost)
                .arg(fixed(percentile(e->parsedMs, 50), 2), fixed(percentile(e->parsedMs, 99), 2),
                     fixed(maximum(e->parsedMs), 2), fixed(percentile(e->paintedMs, 50), 2),
                     fixed(percentile(e->paintedMs, 99), 2)));
    }
    if (r.parsedMs.isEmpty() || l.parsedMs.isEmpty()) {
        table.addError(name, QStringLiteral("no echo at all (tab lost %1, local lost %2)").arg(r.lost).arg(l.lost));
        return;
    }
    const QString ms = QStringLiteral("ms");
    const double p50 = percentile(r.parsedMs, 50);
    const double p99 = percentile(r.parsedMs, 99);
    table.add({name + QStringLiteral(" p50, in the emulator"), ms, p50, percentile(l.parsedMs, 50),
               QStringLiteral("< %1 ms").arg(kEchoGoalP50Ms), p50 < kEchoGoalP50Ms && !r.lost ? Verdict::Pass : Verdict::Miss,
               QStringLiteral("%1 keys (QTest::keyClick into the terminal display) to the echoed character parsed into "
                              "the emulator's screen (QTermWidget::receivedData, emitted after Emulation::receiveData); "
                              "%2 lost; local = a QTermWidget running bash on this computer")
                   .arg(kEchoKeys).arg(r.lost)});
    table.add({name + QStringLiteral(" p99, in the emulator"), ms, p99, percentile(l.parsedMs, 99),
               QStringLiteral("< %1 ms").arg(kEchoGoalP99Ms), p99 < kEchoGoalP99Ms && !r.lost ? Verdict::Pass : Verdict::Miss, {}});
    table.add({name + QStringLiteral(" p50, painted"), ms, percentile(r.paintedMs, 50), percentile(l.paintedMs, 50), {},
               Verdict::Info,
               QStringLiteral("to the display's next paint of a changed line; QTermWidget's emulation redraws 10 ms after "
                              "the last block it parsed (its bulk timer), on both sides")});
    table.add({name + QStringLiteral(" p99, painted"), ms, percentile(r.paintedMs, 99), percentile(l.paintedMs, 99), {},
               Verdict::Info, {}});
}

// ---------------------------------------------------------------------------------------------
// 4. Idle tabs, each side in a process of its own

struct IdleFigures {
    int ready = 0;
    qint64 rssBeforeKiB = 0;
    qint64 rssOneKiB = 0;
    qint64 rssAfterKiB = 0;
    double cpuSeconds = 0;
    double wallSeconds = 0;
    QString error;
};

// In the worker: 20 tabs in a QTabWidget (the main window's work area), the first one shown.
int runIdleWorker(const QStringList &arguments)
{
    const bool remote = arguments.value(arguments.indexOf(QStringLiteral("--idle-worker")) + 1) == u"remote";
    const int seconds = arguments.value(arguments.indexOf(QStringLiteral("--seconds")) + 1).toInt();
    const QString url = arguments.value(arguments.indexOf(QStringLiteral("--url")) + 1);
    const QString container = arguments.value(arguments.indexOf(QStringLiteral("--container")) + 1);
    auto answer = [](const IdleFigures &f) {
        std::printf("IDLE %d %lld %lld %lld %.3f %.3f %s\n", f.ready, f.rssBeforeKiB, f.rssOneKiB, f.rssAfterKiB,
                    f.cpuSeconds, f.wallSeconds, qPrintable(f.error.isEmpty() ? QStringLiteral("ok") : f.error));
        std::fflush(stdout);
        return f.error.isEmpty() ? 0 : 1;
    };
    IdleFigures figures;
    std::unique_ptr<api::RestClient> rest;
    if (remote) {
        char line[256] = {};
        if (!std::fgets(line, sizeof line, stdin)) {
            figures.error = QStringLiteral("no token on standard input");
            return answer(figures);
        }
        rest = std::make_unique<api::RestClient>(QUrl(url));
        rest->setToken(QString::fromLatin1(QByteArray(line).trimmed()));
    }
    QTabWidget work;
    work.setDocumentMode(true);
    work.resize(kTabWidth, kTabHeight);
    work.show();
    if (!QTest::qWaitForWindowExposed(&work, 10000)) {
        figures.error = QStringLiteral("the window was never exposed");
        return answer(figures);
    }
    spinFor(1000);
    const pid_t self = ::getpid();
    figures.rssBeforeKiB = residentKiB(self).value_or(0);
    std::vector<std::unique_ptr<QTermWidget>> locals;
    QList<TerminalTab *> tabs;
    auto ready = [&] {
        if (!remote)
            return int(locals.size()); // a local shell is there once started
        return int(std::count_if(tabs.begin(), tabs.end(), [](TerminalTab *tab) { return tab->isConnected(); }));
    };
    for (int i = 0; i < kIdleTabs; ++i) {
        if (remote) {
            auto *tab = new TerminalTab(*rest, containerValue(container));
            tabs << tab;
            work.addTab(tab, QStringLiteral("tab %1").arg(i + 1));
        } else {
            locals.push_back(localShellTerminal());
            work.addTab(locals.back().get(), QStringLiteral("tab %1").arg(i + 1));
        }
        if (i == 0) {
            spinUntil([&] { return ready() == 1; }, 30000);
            spinFor(1000);
            figures.rssOneKiB = residentKiB(self).value_or(0);
        }
    }
    spinUntil([&] { return ready() == kIdleTabs; }, 60000);
    spinFor(3000); // prompts drawn, first stats frames in
    figures.ready = ready();
    figures.rssAfterKiB = residentKiB(self).value_or(0);
    const double cpuBefore = cpuSeconds(self).value_or(0);
    QElapsedTimer wall;
    wall.start();
    spinFor(seconds * 1000);
    figures.cpuSeconds = cpuSeconds(self).value_or(0) - cpuBefore;
    figures.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    if (figures.ready != kIdleTabs)
        figures.error = QStringLiteral("only %1 of %2 tabs ready").arg(figures.ready).arg(kIdleTabs);
    const int code = answer(figures);
    // Closed as the main window closes them; the local shells are asked to exit first.
    for (const auto &term : locals)
        term->sendText(QStringLiteral("exit\r"));
    spinFor(locals.empty() ? 0 : 500);
    while (work.count() > 0) {
        QWidget *page = work.widget(0);
        work.removeTab(0);
        if (remote)
            delete page;
    }
    locals.clear();
    return code;
}

IdleFigures parseIdle(const QByteArray &out)
{
    IdleFigures f;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith("IDLE "))
            continue;
        const QList<QByteArray> w = line.split(' ');
        if (w.size() < 8)
            break;
        f.ready = w.at(1).toInt();
        f.rssBeforeKiB = w.at(2).toLongLong();
        f.rssOneKiB = w.at(3).toLongLong();
        f.rssAfterKiB = w.at(4).toLongLong();
        f.cpuSeconds = w.at(5).toDouble();
        f.wallSeconds = w.at(6).toDouble();
        const QByteArray status = w.mid(7).join(' ');
        if (status != "ok")
            f.error = QString::fromUtf8(status);
        return f;
    }
    f.error = QStringLiteral("no result line");
    return f;
}

void benchIdle(LocalServerProcess &server, const QString &container, int seconds, ResultTable &table)
{
    const QString name = QStringLiteral("20 idle tabs, process CPU");
    // Both sides at once, each in a fresh process: nothing else runs here meanwhile.
    QProcess remote;
    QProcess local;
    for (QProcess *p : {&remote, &local}) {
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const bool isRemote = p == &remote;
        QStringList arguments{QStringLiteral("--idle-worker"), isRemote ? QStringLiteral("remote") : QStringLiteral("local"),
                              QStringLiteral("--seconds"), QString::number(seconds)};
        if (isRemote)
            arguments << QStringLiteral("--url") << server.url().toString() << QStringLiteral("--container") << container;
        p->start(QCoreApplication::applicationFilePath(), arguments);
        if (!p->waitForStarted(10000)) {
            table.addError(name, QStringLiteral("the worker did not start: %1").arg(p->errorString()));
            return;
        }
        if (isRemote)
            p->write(server.token() + '\n');
        p->closeWriteChannel();
    }
    const pid_t serverPid = pid_t(server.process().processId());
    const double serverCpuBefore = cpuSeconds(serverPid).value_or(0);
    say(QStringLiteral("idle: %1 tabs in each of two worker processes, %2 s").arg(kIdleTabs).arg(seconds));
    const bool finished = spinUntil([&] { return remote.state() == QProcess::NotRunning && local.state() == QProcess::NotRunning; },
                                    (seconds + 180) * 1000);
    const double serverCpu = cpuSeconds(serverPid).value_or(0) - serverCpuBefore;
    if (!finished) {
        for (QProcess *p : {&remote, &local}) {
            p->kill();
            p->waitForFinished(5000);
        }
        table.addError(name, QStringLiteral("the workers did not finish"));
        return;
    }
    const IdleFigures r = parseIdle(remote.readAllStandardOutput());
    const IdleFigures l = parseIdle(local.readAllStandardOutput());
    for (const IdleFigures *f : {&r, &l}) {
        say(QStringLiteral("idle, %1: %2 ready; RSS %3 MiB before, %4 MiB with one, %5 MiB with %6; CPU %7 s in %8 s%9")
                .arg(f == &r ? QStringLiteral("tabs") : QStringLiteral("local terminals"))
                .arg(f->ready)
                .arg(fixed(double(f->rssBeforeKiB) / 1024), fixed(double(f->rssOneKiB) / 1024),
                     fixed(double(f->rssAfterKiB) / 1024))
                .arg(kIdleTabs)
                .arg(fixed(f->cpuSeconds, 3), fixed(f->wallSeconds))
                .arg(f->error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f->error)));
    }
    if (!r.error.isEmpty() || !l.error.isEmpty() || r.wallSeconds <= 0 || l.wallSeconds <= 0) {
        table.addError(name, QStringLiteral("tabs: %1; local: %2").arg(r.error, l.error));
        return;
    }
    const double cpu = 100 * r.cpuSeconds / r.wallSeconds;
    table.add({name, QStringLiteral("%"), cpu, 100 * l.cpuSeconds / l.wallSeconds,
               QStringLiteral("< %1 %").arg(kIdleCpuGoalPercent), cpu < kIdleCpuGoalPercent ? Verdict::Pass : Verdict::Miss,
               QStringLiteral("user+system CPU of the process over %1 s, %2 tabs in a QTabWidget (one shown); rexec-local "
                              "used %3 % meanwhile; local = %2 QTermWidgets each with a bash of this computer")
                   .arg(seconds).arg(kIdleTabs).arg(fixed(100 * serverCpu / r.wallSeconds, 2))});
    const double perTab = double(r.rssAfterKiB - r.rssBeforeKiB) / kIdleTabs / 1024;
    const double perLocal = double(l.rssAfterKiB - l.rssBeforeKiB) / kIdleTabs / 1024;
    table.add({QStringLiteral("memory per idle tab"), QStringLiteral("MiB"), perTab, perLocal, {}, Verdict::Info,
               QStringLiteral("(RSS with %1 tabs - RSS before) / %1: tabs %2 -> %3 MiB, local %4 -> %5 MiB; each one after "
                              "the first: tabs %6 MiB, local %7 MiB")
                   .arg(kIdleTabs)
                   .arg(fixed(double(r.rssBeforeKiB) / 1024), fixed(double(r.rssAfterKiB) / 1024),
                        fixed(double(l.rssBeforeKiB) / 1024), fixed(double(l.rssAfterKiB) / 1024),
                        fixed(double(r.rssAfterKiB - r.rssOneKiB) / (kIdleTabs - 1) / 1024, 2),
                        fixed(double(l.rssAfterKiB - l.rssOneKiB) / (kIdleTabs - 1) / 1024, 2))});
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RexecBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_terminal"));
    ::signal(SIGPIPE, SIG_IGN);
    if (qEnvironmentVariableIsEmpty("REXEC_BIN_DIR"))
        qputenv("REXEC_BIN_DIR", QFile::encodeName(QDir(app.applicationDirPath() + QStringLiteral("/../bin")).absolutePath()));

    QStringList arguments = app.arguments().mid(1);
    if (arguments.contains(QStringLiteral("--idle-worker")))
        return runIdleWorker(arguments);

    int idleSeconds = kIdleDefaultSeconds;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--idle-seconds")); at >= 0) {
        bool ok = false;
        idleSeconds = arguments.value(at + 1).toInt(&ok);
        if (!ok || idleSeconds <= 0) {
            say(QStringLiteral("--idle-seconds needs a positive number of seconds"));
            return 2;
        }
        arguments.remove(at, 2);
    }
    const QStringList known{QStringLiteral("throughput"), QStringLiteral("interrupt"), QStringLiteral("echo"),
                            QStringLiteral("idle")};
    for (const QString &name : arguments) {
        if (!known.contains(name)) {
            say(QStringLiteral("unknown benchmark %1; known: %2, and --idle-seconds N").arg(name, known.join(QStringLiteral(", "))));
            return 2;
        }
    }
    auto wanted = [&](const QString &name) { return arguments.isEmpty() || arguments.contains(name); };
    // The panes' defaults are what is measured: no settings file of this run may change them.
    if (ui::TerminalAppearance::fromSettings().scrollback != kScrollback) {
        say(QStringLiteral("the terminal settings are not the defaults (scrollback %1)").arg(ui::TerminalAppearance::fromSettings().scrollback));
        return 1;
    }

    QElapsedTimer total;
    total.start();
    say(QStringLiteral("starting rexec-local"));
    LocalServerProcess server({QStringLiteral("--rate-limits"), QStringLiteral("0,0,0"), QStringLiteral("--container-limit"),
                               QStringLiteral("10")});
    QString error;
    if (!server.start(&error)) {
        say(QStringLiteral("rexec-local did not start: %1").arg(error));
        return 1;
    }
    HttpClient http(server.token());
    const QString container = rexec::test::createRunning(http, server, QStringLiteral("bench-terminal"));
    if (container.isEmpty()) {
        say(QStringLiteral("cannot create a container: %1").arg(QString::fromLocal8Bit(server.standardError())));
        return 1;
    }
    api::RestClient rest(server.url());
    rest.setToken(QString::fromLatin1(server.token()));

    ResultTable table;
    const bool flood = wanted(QStringLiteral("throughput")) || wanted(QStringLiteral("interrupt"));
    QByteArray content;
    QTemporaryDir dir;
    const QString localFile = dir.filePath(QStringLiteral("throughput"));
    if (flood) {
        content = letterLines(kFileBytes, kLineLetters);
        QFile file(localFile);
        if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            say(QStringLiteral("cannot write %1").arg(localFile));
            return 1;
        }
        file.close();
        const QString uploadError = uploadFile(server.url(QStringLiteral("/api/containers/%1/files?path=/home/user/").arg(container)),
                                           server.token(), "throughput", content);
        if (!uploadError.isEmpty()) {
            say(QStringLiteral("upload: %1").arg(uploadError));
            return 1;
        }
        say(QStringLiteral("64 MiB file in the container and in %1").arg(localFile));
    }

    if (flood || wanted(QStringLiteral("echo"))) {
        TerminalTab tab(rest, containerValue(container));
        tab.setWindowTitle(QStringLiteral("TerminalTab through rexec-local"));
        tab.resize(kTabWidth, kTabHeight);
        std::unique_ptr<QTermWidget> localShell = localShellTerminal();
        localShell->setWindowTitle(QStringLiteral("baseline: QTermWidget with a local bash"));
        const QList<QWidget *> windows{&tab, localShell.get()};
        if (!showOnly(&tab, windows) || !waitReady(tab)) {
            say(QStringLiteral("the tab's shell did not become ready"));
            return 1;
        }
        localShell->resize(tab.currentPane()->terminal()->size());
        {
            // The same prompt on both sides, for the interrupt benchmark to wait for.
            TerminalProbe remoteProbe(tab.currentPane()->terminal());
            remoteProbe.waitQuiet(500);
            typeLine(remoteProbe.display(), QString::fromLatin1(kPromptCommand));
            remoteProbe.waitQuiet(300);
            showOnly(localShell.get(), windows);
            TerminalProbe localProbe(localShell.get());
            localProbe.waitQuiet(500);
            typeLine(localProbe.display(), QString::fromLatin1(kPromptCommand));
            localProbe.waitQuiet(300);
        }
        say(QStringLiteral("tab ready: terminal %1x%2 px, %3x%4 cells")
                .arg(tab.currentPane()->terminal()->width()).arg(tab.currentPane()->terminal()->height())
                .arg(tab.currentPane()->terminal()->screenColumnsCount()).arg(tab.currentPane()->terminal()->screenLinesCount()));
        const Remote remote{tab.currentPane(), quint16(server.url().port()), pid_t(server.process().processId())};
        if (wanted(QStringLiteral("throughput")))
            benchThroughput(tab, remote, content, windows, table);
        if (wanted(QStringLiteral("interrupt")))
            benchInterrupt(tab, remote, *localShell, localFile, windows, table);
        if (wanted(QStringLiteral("echo")))
            benchEcho(tab, *localShell, windows, table);
        localShell->sendText(QStringLiteral("exit\r"));
        spinFor(300);
    }
    content = QByteArray();
    if (wanted(QStringLiteral("idle"))) {
        spinFor(500); // the server ends the tab's shell
        benchIdle(server, container, idleSeconds, table);
    }

    std::printf("\nTerminal tab benchmarks (%.0f s; baselines measured in the same run: the same QTermWidget fed by this "
                "process or running a local bash)\n%s",
                double(total.elapsed()) / 1000, qPrintable(table.render()));
    std::fflush(stdout);
    server.stop();
    return table.hasErrors() ? 1 : 0;
}
