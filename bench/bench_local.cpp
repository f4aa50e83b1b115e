// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of rexec-local, each beside a baseline measured in the same run:
//   1. terminal output throughput: `cat` of 64 MiB through the terminal socket vs. a local PTY;
//   2. keystroke echo latency with 50 terminals at once vs. 50 local PTYs;
//   3. a 1 GiB download: rexec-local's RSS growth, and the throughput vs. curl.
// Figures are printed as a table with PASS/MISS against each goal; a miss does not fail the process
// (only a benchmark that cannot run does). Run by the `bench` target, never by ctest.
//   bench_local [throughput] [echo] [download]     (no argument: all three)
#include "benchsupport.h"
#include "httpclient.h"
#include "localserverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace rexec::bench;
using rexec::test::HttpClient;
using rexec::test::LocalServerProcess;
using Verdict = ResultTable::Verdict;

namespace {

constexpr double kMB = 1e6;
constexpr qint64 kMiB = 1024 * 1024;

constexpr qint64 kThroughputFileBytes = 64 * kMiB;
constexpr int kThroughputRuns = 3;
constexpr int kLineLetters = 99; // then CR LF: measurements.md's 100-column lines

constexpr int kEchoTerminals = 50;
constexpr int kEchoContainers = 2;
constexpr int kEchoSamples = 300;      // per terminal
constexpr int kEchoIntervalMs = 15;    // one keystroke per terminal this often
constexpr int kKillLineEvery = 50;     // every 50th keystroke is Ctrl-U, so that lines never wrap
constexpr double kEchoGoalP99Ms = 20;

constexpr qint64 kDownloadBytes = 1024 * kMiB;
constexpr int kDownloadRuns = 3;
constexpr qint64 kRssGoalKiB = 64 * 1024;
constexpr int kRssSampleMs = 20;

void say(const QString &text)
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    std::fprintf(stderr, "bench [%5.1f s]: %s\n", double(clock.elapsed()) / 1000, qPrintable(text));
    std::fflush(stderr);
}

QString megabytesPerSecond(double value)
{
    return QString::number(value, 'f', 1);
}

// ---------------------------------------------------------------------------------------------
// Shells, remote and local, spoken to the same way.

// A shell on a terminal. Output goes to a hook while one is set (what a benchmark measures), and
// into a bounded text otherwise (for waiting on markers while setting up).
class ShellChannel : public QObject
{
public:
    using OutputHook = std::function<void(QStringView)>;
    static constexpr qsizetype kRecentLimit = 64 * 1024;

    virtual void type(const QString &text) = 0;
    virtual bool isReady() const = 0;
    virtual QString error() const = 0;

    void setHook(OutputHook hook) { m_hook = std::move(hook); }
    const QString &recent() const { return m_recent; }
    void clearRecent() { m_recent.clear(); }

protected:
    void deliver(QStringView text)
    {
        if (m_hook) {
            m_hook(text);
            return;
        }
        m_recent.append(text);
        if (m_recent.size() > kRecentLimit)
            m_recent.remove(0, m_recent.size() - kRecentLimit);
    }

private:
    OutputHook m_hook;
    QString m_recent;
};

// A terminal socket of rexec-local, handled as the app handles one: every frame's text parsed as
// JSON, the `data` of `output` frames taken from it.
class TerminalChannel : public ShellChannel
{
public:
    TerminalChannel(const QUrl &url, const QByteArray &token, quint16 cols, quint16 rows)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this, cols, rows] {
            send({{QStringLiteral("type"), QStringLiteral("resize")}, {QStringLiteral("cols"), cols},
                  {QStringLiteral("rows"), rows}});
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &TerminalChannel::onMessage);
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            if (m_error.isEmpty())
                m_error = QStringLiteral("closed with %1").arg(int(m_socket.closeCode()));
        });
        connect(&m_socket, &QWebSocket::errorOccurred, this, [this] { m_error = m_socket.errorString(); });
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("rexec.v1")});
        m_socket.open(request, options);
    }

    void type(const QString &text) override
    {
        send({{QStringLiteral("type"), QStringLiteral("input")}, {QStringLiteral("data"), text}});
    }
    bool isReady() const override { return m_shellReady; }
    QString error() const override { return m_error; }

private:
    void send(const QJsonObject &message)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    void onMessage(const QString &text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = frame.value(u"type").toString();
        if (type == u"output")
            deliver(frame.value(u"data").toString());
        else if (type == u"shell_ready")
            m_shellReady = true;
        else if (type == u"error")
            m_error = frame.value(u"data").toString();
    }

    QWebSocket m_socket;
    bool m_shellReady = false;
    QString m_error;
};

// The environment of a child started with forkpty, prepared before the fork: after it, the child
// may only make async-signal-safe calls.
struct ChildEnvironment {
    QList<QByteArray> strings;
    std::vector<char *> pointers;

    ChildEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
        for (const QString &entry : environment.toStringList())
            strings << entry.toLocal8Bit();
        for (QByteArray &s : strings)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
    }
};

// bash on a PTY of this computer, read through the event loop like the server reads its PTYs:
// the baseline of what the machine itself gives.
class LocalPtyChannel : public ShellChannel
{
public:
    LocalPtyChannel(quint16 cols, quint16 rows)
    {
        static const ChildEnvironment environment;
        static char bash[] = "/bin/bash";
        static char noProfile[] = "--noprofile";
        static char noRc[] = "--norc";
        static char interactive[] = "-i";
        static char *const argv[] = {bash, noProfile, noRc, interactive, nullptr};
        struct winsize size {};
        size.ws_col = cols;
        size.ws_row = rows;
        const pid_t pid = ::forkpty(&m_master, nullptr, nullptr, &size);
        if (pid == 0) {
            ::execve(argv[0], argv, environment.pointers.data());
            ::_exit(127);
        }
        if (pid < 0) {
            m_error = QStringLiteral("forkpty: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_pid = pid;
        ::fcntl(m_master, F_SETFD, FD_CLOEXEC);
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
        m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &LocalPtyChannel::readOutput);
    }

    ~LocalPtyChannel() override
    {
        m_notifier.reset();
        if (m_master >= 0)
            ::close(m_master);
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }

    void type(const QString &text) override
    {
        // Keystrokes are a few bytes: the terminal's input queue never refuses them here.
        const QByteArray bytes = text.toUtf8();
        if (::write(m_master, bytes.constData(), size_t(bytes.size())) != bytes.size())
            m_error = QStringLiteral("short write to the local PTY");
    }
    bool isReady() const override { return m_pid > 0; }
    QString error() const override { return m_error; }

private:
    void readOutput()
    {
        char buffer[64 * 1024];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            const QString text = m_decoder.decode(QByteArrayView(buffer, n));
            deliver(text);
        } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
            m_notifier->setEnabled(false);
            m_error = QStringLiteral("the local shell ended");
        }
    }

    int m_master = -1;
    pid_t m_pid = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_error;
};

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

// Types `command`, then a marker that its echo cannot contain (printf joins it from two words),
// and waits for the marker in the output.
bool runCommand(ShellChannel &shell, const QString &command, int timeoutMs)
{
    static int serial = 0;
    const QString tag = QString::number(++serial);
    shell.clearRecent();
    shell.type(command + QStringLiteral("; printf '%s%s\\n' MARK %1\r").arg(tag));
    const QString marker = QStringLiteral("MARK") + tag + QStringLiteral("\r\n");
    return spinUntil([&] { return shell.recent().contains(marker) || !shell.error().isEmpty(); }, timeoutMs)
        && shell.error().isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Setup

// Creates a container on the host image and waits until it runs; its 64-hex id, or empty.
QString createRunning(HttpClient &http, const LocalServerProcess &server, const QString &name)
{
    const auto created = http.postJson(server.url(QStringLiteral("/api/containers")),
                                       {{QStringLiteral("image"), QStringLiteral("host")}, {QStringLiteral("name"), name}});
    if (created.status != 202) {
        say(QStringLiteral("creating %1: HTTP %2 %3").arg(name).arg(created.status).arg(QString::fromUtf8(created.body)));
        return {};
    }
    const QString uuid = created.json.value(u"id").toString();
    QString id;
    spinUntil(
        [&] {
            const auto got = http.get(server.url(QStringLiteral("/api/containers/") + uuid));
            if (got.json.value(u"status").toString() != u"running")
                return false;
            id = got.json.value(u"id").toString();
            return true;
        },
        30000);
    return id;
}

QUrl terminalUrl(const LocalServerProcess &server, const QString &container, const QString &session)
{
    return server.webSocketUrl(QStringLiteral("/ws/terminal/%1?id=%2").arg(container, session));
}

// ---------------------------------------------------------------------------------------------
// 1. Terminal output throughput

// `cat` of the file on a PTY of this computer, its master read as fast as a blocking loop can;
// the seconds it took, or a negative number.
double localPtyCat(const QString &path, qint64 *bytes)
{
    const QByteArray file = QFile::encodeName(path);
    static char cat[] = "cat";
    std::vector<char> fileArgument(file.begin(), file.end());
    fileArgument.push_back('\0');
    char *const argv[] = {cat, fileArgument.data(), nullptr};
    struct winsize size {};
    size.ws_col = 100;
    size.ws_row = 40;
    int master = -1;
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, &size);
    if (pid == 0) {
        ::execvp(argv[0], argv);
        ::_exit(127);
    }
    if (pid < 0)
        return -1;
    std::vector<char> buffer(64 * 1024);
    *bytes = 0;
    for (;;) {
        const ssize_t n = ::read(master, buffer.data(), buffer.size());
        if (n > 0)
            *bytes += n;
        else if (n < 0 && errno == EINTR)
            continue;
        else
            break; // EIO: the child closed its side
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(master);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? seconds : -1;
}

// `cat` of the file through the terminal socket; the seconds from typing the command to the marker
// after it, with the decoded bytes of every `output` frame in between.
double terminalCat(TerminalChannel &terminal, int run, qint64 *bytes, qint64 *frames)
{
    const QString tag = QStringLiteral("TPDONE%1").arg(run);
    MarkerWatch watch(tag + QStringLiteral("\r\n"));
    QElapsedTimer clock;
    qint64 endNs = -1;
    *bytes = 0;
    *frames = 0;
    terminal.setHook([&](QStringView text) {
        *bytes += utf8Length(text);
        ++*frames;
        if (endNs < 0 && watch.feed(text))
            endNs = clock.nsecsElapsed();
    });
    clock.start();
    terminal.type(QStringLiteral("cat /home/user/throughput; printf '%s%s\\n' TPDONE %1\r").arg(run));
    const bool done = spinUntil([&] { return endNs >= 0 || !terminal.error().isEmpty(); }, 180000) && endNs >= 0;
    terminal.setHook({});
    spinFor(200); // the prompt after the marker, so that it is not counted in the next run
    terminal.clearRecent();
    return done ? double(endNs) / 1e9 : -1;
}

void benchThroughput(LocalServerProcess &server, const QString &container,
                     TerminalChannel &terminal, ResultTable &table)
{
    const pid_t serverPid = pid_t(server.process().processId());
    const QString name = QStringLiteral("terminal output, cat 64 MiB");
    const QByteArray content = letterLines(kThroughputFileBytes, kLineLetters);
    // Every LF leaves the PTY as CR LF (ONLCR), on both paths alike.
    const qint64 expected = content.size() + content.count('\n');

    QTemporaryDir dir;
    const QString localFile = dir.filePath(QStringLiteral("throughput"));
    QFile file(localFile);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        table.addError(name, QStringLiteral("cannot write %1").arg(localFile));
        return;
    }
    file.close();
    const QString uploadError = uploadFile(
        server.url(QStringLiteral("/api/containers/%1/files?path=/home/user/").arg(container)), server.token(),
        "throughput", content);
    if (!uploadError.isEmpty()) {
        table.addError(name, QStringLiteral("upload: %1").arg(uploadError));
        return;
    }
    if (const auto rss = residentKiB(serverPid))
        say(QStringLiteral("throughput: file uploaded; rexec-local VmRSS %1 MiB").arg(double(*rss) / 1024, 0, 'f', 1));

    QList<double> remote;
    QList<double> local;
    QStringList runs;
    QList<double> serverCpuRuns;
    QList<double> clientCpuRuns;
    qint64 frames = 0;
    qint64 remoteBytes = 0;
    for (int run = 1; run <= kThroughputRuns; ++run) {
        qint64 localBytes = 0;
        const double localSeconds = localPtyCat(localFile, &localBytes);
        qint64 runFrames = 0;
        // CPU used by each side of the socket: where the time goes when the machine is busy.
        const auto serverCpu = cpuSeconds(serverPid);
        const auto clientCpu = cpuSeconds(::getpid());
        const double remoteSeconds = terminalCat(terminal, run, &remoteBytes, &runFrames);
        const double serverCpuUsed = serverCpu ? cpuSeconds(serverPid).value_or(*serverCpu) - *serverCpu : 0;
        const double clientCpuUsed = clientCpu ? cpuSeconds(::getpid()).value_or(*clientCpu) - *clientCpu : 0;
        if (localSeconds <= 0 || remoteSeconds <= 0) {
            table.addError(name, localSeconds <= 0 ? QStringLiteral("local cat failed")
                                                   : QStringLiteral("terminal cat did not finish: %1").arg(terminal.error()));
            return;
        }
        if (remoteBytes < expected || localBytes < expected) {
            table.addError(name, QStringLiteral("bytes missing: terminal %1, local %2, expected at least %3")
                                     .arg(remoteBytes).arg(localBytes).arg(expected));
            return;
        }
        frames += runFrames;
        serverCpuRuns << serverCpuUsed;
        clientCpuRuns << clientCpuUsed;
        remote << double(remoteBytes) / kMB / remoteSeconds;
        local << double(localBytes) / kMB / localSeconds;
        say(QStringLiteral("throughput run %1/%2: terminal socket %3 MB/s (%4 frames; CPU: rexec-local %5 s, client %6 s "
                           "in %7 s), local PTY %8 MB/s")
                .arg(run).arg(kThroughputRuns)
                .arg(megabytesPerSecond(remote.last())).arg(runFrames)
                .arg(serverCpuUsed, 0, 'f', 2).arg(clientCpuUsed, 0, 'f', 2).arg(remoteSeconds, 0, 'f', 2)
                .arg(megabytesPerSecond(local.last())));
        runs << QStringLiteral("%1/%2").arg(megabytesPerSecond(remote.last()), megabytesPerSecond(local.last()));
    }
    const double figure = median(remote);
    const double baseline = median(local);
    table.add({name, QStringLiteral("MB/s"), figure, baseline, QStringLiteral(">= 0.50x local PTY"),
               figure >= baseline / 2 ? Verdict::Pass : Verdict::Miss,
               QStringLiteral("median of %1 runs (terminal/local: %2); %3 bytes a run, %4 bytes per frame on average; "
                              "CPU a run (median): rexec-local %5 s, this client %6 s (it parses every frame with "
                              "QJsonDocument, as the app does)")
                   .arg(kThroughputRuns).arg(runs.join(QStringLiteral(", "))).arg(remoteBytes)
                   .arg(remoteBytes * kThroughputRuns / std::max<qint64>(1, frames))
                   .arg(median(serverCpuRuns), 0, 'f', 2).arg(median(clientCpuRuns), 0, 'f', 2)});
}

// ---------------------------------------------------------------------------------------------
// 2. Keystroke echo with 50 terminals

struct EchoResult {
    QList<double> latenciesMs;
    qint64 sent = 0;
    qint64 lost = 0;       // never echoed before the end
    qint64 unexpected = 0; // echoes of nothing typed: the measurement would be wrong
    QString error;
};

// Readline echo at a `$ ` prompt that contains no `x`; waits until every shell is there.
bool preparePrompts(const QList<ShellChannel *> &shells, QString *error)
{
    if (!spinUntil([&] { return std::all_of(shells.begin(), shells.end(), [](ShellChannel *s) {
                           return s->isReady() || !s->error().isEmpty(); }); },
                   60000)) {
        *error = QStringLiteral("shells not ready in time");
        return false;
    }
    for (qsizetype i = 0; i < shells.size(); ++i) {
        if (!shells.at(i)->error().isEmpty()) {
            *error = shells.at(i)->error();
            return false;
        }
        shells.at(i)->clearRecent();
        shells.at(i)->type(QStringLiteral("unset PROMPT_COMMAND; PS1='$ '; printf '%s%s\\n' READY %1\r").arg(i));
    }
    // The marker, then the new prompt after it: readline is reading from here on.
    const bool ready = spinUntil(
        [&] {
            for (qsizetype i = 0; i < shells.size(); ++i) {
                const QString &text = shells.at(i)->recent();
                const qsizetype at = text.indexOf(QStringLiteral("READY%1\r\n").arg(i));
                if (at < 0 || text.indexOf(QStringLiteral("$ "), at) < 0)
                    return false;
            }
            return true;
        },
        60000);
    if (!ready)
        *error = QStringLiteral("prompts did not appear in time");
    spinFor(300);
    return ready;
}

// Every shell types an `x` every kEchoIntervalMs, the shells staggered across the interval. The
// schedule never waits for echoes (a slow echo must not delay the next keystroke and hide itself):
// the n-th `x` seen in a shell's output is the echo of the n-th typed.
EchoResult measureEcho(const QList<ShellChannel *> &shells)
{
    struct Typist {
        std::deque<qint64> pending; // when each not yet echoed keystroke was typed
        int ticks = 0;
        int sent = 0;
        QTimer timer;
    };
    EchoResult result;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Typist>> typists;
    for (qsizetype i = 0; i < shells.size(); ++i) {
        ShellChannel *shell = shells.at(i);
        Typist *typist = typists.emplace_back(std::make_unique<Typist>()).get();
        shell->setHook([&result, &clock, typist](QStringView text) {
            const qint64 now = clock.nsecsElapsed();
            for (qsizetype n = text.count(u'x'); n > 0; --n) {
                if (typist->pending.empty()) {
                    ++result.unexpected;
                    continue;
                }
                result.latenciesMs << double(now - typist->pending.front()) / 1e6;
                typist->pending.pop_front();
            }
        });
        typist->timer.setTimerType(Qt::PreciseTimer);
        typist->timer.setInterval(kEchoIntervalMs);
        QObject::connect(&typist->timer, &QTimer::timeout, shell, [&clock, typist, shell] {
            if (typist->sent >= kEchoSamples) {
                typist->timer.stop();
                return;
            }
            if (++typist->ticks % kKillLineEvery == 0) {
                shell->type(QStringLiteral("\x15")); // Ctrl-U: readline clears the line, printing no `x`
                return;
            }
            typist->pending.push_back(clock.nsecsElapsed());
            ++typist->sent;
            shell->type(QStringLiteral("x"));
        });
        const int offset = int(i * kEchoIntervalMs / shells.size());
        QTimer::singleShot(offset, Qt::PreciseTimer, &typist->timer, [timer = &typist->timer] { timer->start(); });
    }
    const int budgetMs = kEchoSamples * kEchoIntervalMs * 2 + 20000;
    spinUntil(
        [&] {
            return std::all_of(typists.begin(), typists.end(),
                               [](const auto &t) { return t->sent >= kEchoSamples && t->pending.empty(); });
        },
        budgetMs);
    for (qsizetype i = 0; i < shells.size(); ++i) {
        shells.at(i)->setHook({});
        result.sent += typists.at(i)->sent;
        result.lost += qint64(typists.at(i)->pending.size());
        if (result.error.isEmpty() && !shells.at(i)->error().isEmpty())
            result.error = shells.at(i)->error();
    }
    return result;
}

void benchEcho(const LocalServerProcess &server, const QStringList &containers, ResultTable &table)
{
    const QString name = QStringLiteral("echo latency, 50 terminals");
    EchoResult remote;
    {
        std::vector<std::unique_ptr<TerminalChannel>> terminals;
        QList<ShellChannel *> shells;
        for (int i = 0; i < kEchoTerminals; ++i) {
            terminals.push_back(std::make_unique<TerminalChannel>(
                terminalUrl(server, containers.at(i % containers.size()), QStringLiteral("echo-%1").arg(i)),
                server.token(), 120, 40));
            shells << terminals.back().get();
        }
        QString error;
        if (!preparePrompts(shells, &error)) {
            table.addError(name, QStringLiteral("terminal sockets: %1").arg(error));
            return;
        }
        say(QStringLiteral("echo: %1 terminal sockets on %2 containers ready, typing").arg(kEchoTerminals).arg(containers.size()));
        remote = measureEcho(shells);
    }
    spinFor(500); // the server ends those shells
    EchoResult local;
    {
        std::vector<std::unique_ptr<LocalPtyChannel>> ptys;
        QList<ShellChannel *> shells;
        for (int i = 0; i < kEchoTerminals; ++i) {
            ptys.push_back(std::make_unique<LocalPtyChannel>(120, 40));
            shells << ptys.back().get();
        }
        QString error;
        if (!preparePrompts(shells, &error)) {
            table.addError(name, QStringLiteral("local PTYs: %1").arg(error));
            return;
        }
        say(QStringLiteral("echo: %1 local PTYs ready, typing").arg(kEchoTerminals));
        local = measureEcho(shells);
    }
    for (const auto &[label, r] : {std::pair{QStringLiteral("terminal sockets"), &remote},
                                   std::pair{QStringLiteral("local PTYs"), &local}}) {
        say(QStringLiteral("echo, %1: %2 keystrokes, %3 echoed, %4 lost, %5 unexpected; p50 %6 ms, p99 %7 ms, max %8 ms")
                .arg(label).arg(r->sent).arg(r->latenciesMs.size()).arg(r->lost).arg(r->unexpected)
                .arg(percentile(r->latenciesMs, 50), 0, 'f', 2).arg(percentile(r->latenciesMs, 99), 0, 'f', 2)
                .arg(maximum(r->latenciesMs), 0, 'f', 2));
    }
    if (remote.latenciesMs.isEmpty() || local.latenciesMs.isEmpty() || remote.unexpected || local.unexpected) {
        table.addError(name, QStringLiteral("no usable samples (terminal: %1; local: %2)")
                                 .arg(remote.error.isEmpty() ? QStringLiteral("ok") : remote.error,
                                      local.error.isEmpty() ? QStringLiteral("ok") : local.error));
        return;
    }
    const QString ms = QStringLiteral("ms");
    const double p99 = percentile(remote.latenciesMs, 99);
    // A keystroke never echoed counts against the goal: it is worse than any latency.
    const bool met = p99 < kEchoGoalP99Ms && remote.lost == 0;
    table.add({name + QStringLiteral(", p50"), ms, percentile(remote.latenciesMs, 50), percentile(local.latenciesMs, 50),
               {}, Verdict::Info, {}});
    table.add({name + QStringLiteral(", p99"), ms, p99, percentile(local.latenciesMs, 99),
               QStringLiteral("< %1 ms").arg(kEchoGoalP99Ms), met ? Verdict::Pass : Verdict::Miss,
               QStringLiteral("%1 keystrokes over %2 sockets on %3 containers, one per socket every %4 ms, staggered; "
                              "%5 lost (local PTYs: %6 lost)")
                   .arg(remote.sent).arg(kEchoTerminals).arg(containers.size()).arg(kEchoIntervalMs)
                   .arg(remote.lost).arg(local.lost)});
    table.add({name + QStringLiteral(", max"), ms, maximum(remote.latenciesMs), maximum(local.latenciesMs), {},
               Verdict::Info, {}});
}

// ---------------------------------------------------------------------------------------------
// 3. A 1 GiB download

// rexec-local's VmRSS every kRssSampleMs while it runs.
class RssSampler
{
public:
    explicit RssSampler(pid_t pid)
        : m_pid(pid)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kRssSampleMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { sample(); });
    }
    void start()
    {
        sample();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        sample();
    }
    qint64 peakKiB() const { return m_peakKiB; }
    int samples() const { return m_samples; }

private:
    void sample()
    {
        if (const auto kib = residentKiB(m_pid)) {
            m_peakKiB = std::max(m_peakKiB, *kib);
            ++m_samples;
        }
    }

    pid_t m_pid;
    QTimer m_timer;
    qint64 m_peakKiB = 0;
    int m_samples = 0;
};

struct Download {
    double seconds = -1;
    qint64 bytes = 0;
    QString error;
};

// QNetworkAccessManager, read as the data arrives into one small buffer: nothing is kept.
Download downloadWithQt(QNetworkAccessManager &network, const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept-Encoding", "identity");
    Download result;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    reply->setReadBufferSize(256 * 1024); // so that Qt, too, holds little of it
    auto drain = [&] {
        qint64 n = 0;
        while ((n = reply->read(buffer.data(), buffer.size())) > 0)
            result.bytes += n;
    };
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), drain);
    spinUntil([&] { return reply->isFinished(); }, 300000);
    drain();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!reply->isFinished())
        result.error = QStringLiteral("timed out");
    else if (reply->error() != QNetworkReply::NoError || status != 200)
        result.error = QStringLiteral("HTTP %1: %2").arg(status).arg(reply->errorString());
    else
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

// curl -o /dev/null of the same URL; the token goes in on standard input, not on the command line.
Download downloadWithCurl(const QUrl &url, const QByteArray &token)
{
    Download result;
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-H"),
                QStringLiteral("@-"), QStringLiteral("-H"), QStringLiteral("Accept-Encoding: identity"), QStringLiteral("-w"),
                QStringLiteral("%{http_code} %{size_download} %{time_total}"), url.toString()});
    if (!curl.waitForStarted(10000)) {
        result.error = QStringLiteral("curl did not start: %1").arg(curl.errorString());
        return result;
    }
    curl.write("Authorization: Bearer " + token + '\n');
    curl.closeWriteChannel();
    spinUntil([&] { return curl.state() == QProcess::NotRunning; }, 300000);
    if (curl.state() != QProcess::NotRunning) {
        curl.kill();
        curl.waitForFinished(5000);
        result.error = QStringLiteral("curl timed out");
        return result;
    }
    const QList<QByteArray> fields = curl.readAllStandardOutput().trimmed().split(' ');
    if (curl.exitCode() != 0 || fields.size() != 3 || fields.at(0) != "200") {
        result.error = QStringLiteral("curl: exit %1, %2 %3")
                           .arg(curl.exitCode())
                           .arg(QString::fromUtf8(fields.join(' ')), QString::fromLocal8Bit(curl.readAllStandardError()));
        return result;
    }
    result.bytes = fields.at(1).toLongLong();
    result.seconds = fields.at(2).toDouble();
    return result;
}

void benchDownload(LocalServerProcess &server, const QString &container, TerminalChannel &terminal, ResultTable &table)
{
    const QString name = QStringLiteral("1 GiB download");
    say(QStringLiteral("download: writing 1 GiB of /dev/urandom in the container"));
    if (!runCommand(terminal,
                    QStringLiteral("head -c %1 /dev/urandom > /home/user/big && sync /home/user/big").arg(kDownloadBytes),
                    120000)) {
        table.addError(name, QStringLiteral("could not make the file: %1").arg(terminal.error()));
        return;
    }
    const QUrl url = server.url(QStringLiteral("/api/containers/%1/files?path=/home/user/big").arg(container));
    const pid_t pid = pid_t(server.process().processId());
    spinFor(500); // let the server settle after the earlier benchmarks
    const auto before = residentKiB(pid);
    if (!before) {
        table.addError(name, QStringLiteral("cannot read /proc/%1/status").arg(pid));
        return;
    }
    RssSampler sampler(pid);
    sampler.start();
    QNetworkAccessManager network;
    QList<double> qt;
    QList<double> curl;
    for (int run = 1; run <= kDownloadRuns; ++run) {
        const Download a = downloadWithQt(network, url, server.token());
        const Download b = downloadWithCurl(url, server.token());
        for (const Download *d : {&a, &b}) {
            const QString what = d == &a ? QStringLiteral("QNetworkAccessManager") : QStringLiteral("curl");
            if (!d->error.isEmpty() || d->bytes != kDownloadBytes) {
                sampler.stop();
                table.addError(name, QStringLiteral("%1: %2 (%3 bytes)").arg(what, d->error).arg(d->bytes));
                return;
            }
        }
        qt << double(a.bytes) / kMB / a.seconds;
        curl << double(b.bytes) / kMB / b.seconds;
        say(QStringLiteral("download run %1/%2: QNetworkAccessManager %3 MB/s, curl %4 MB/s, rexec-local peak RSS so far %5 MiB")
                .arg(run).arg(kDownloadRuns).arg(megabytesPerSecond(qt.last()), megabytesPerSecond(curl.last()))
                .arg(double(sampler.peakKiB()) / 1024, 0, 'f', 1));
    }
    sampler.stop();
    const qint64 growthKiB = sampler.peakKiB() - *before;
    const auto highWater = residentKiB(pid, "VmHWM:");
    table.add({name + QStringLiteral(", rexec-local peak RSS"), QStringLiteral("MiB"), double(sampler.peakKiB()) / 1024,
               double(*before) / 1024, {}, Verdict::Info,
               QStringLiteral("baseline: RSS just before the first download; peak of %1 samples every %2 ms over %3 "
                              "downloads; VmHWM over the whole life %4 MiB")
                   .arg(sampler.samples()).arg(kRssSampleMs).arg(kDownloadRuns * 2)
                   .arg(highWater ? QString::number(double(*highWater) / 1024, 'f', 1) : QStringLiteral("?"))});
    table.add({name + QStringLiteral(", rexec-local RSS growth"), QStringLiteral("MiB"), double(growthKiB) / 1024,
               std::nullopt, QStringLiteral("< 64 MiB"), growthKiB < kRssGoalKiB ? Verdict::Pass : Verdict::Miss, {}});
    table.add({name + QStringLiteral(", QNetworkAccessManager vs curl"), QStringLiteral("MB/s"), median(qt), median(curl),
               {}, Verdict::Info,
               QStringLiteral("median of %1 runs each, alternating; curl -o /dev/null as the baseline").arg(kDownloadRuns)});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ::signal(SIGPIPE, SIG_IGN);
    // The `bench` target says where rexec-local is; run by hand, it is beside this build's bench/.
    if (qEnvironmentVariableIsEmpty("REXEC_BIN_DIR"))
        qputenv("REXEC_BIN_DIR", QFile::encodeName(QDir(app.applicationDirPath() + QStringLiteral("/../bin")).absolutePath()));

    // Arguments name the benchmarks to run (throughput, echo, download); none: all of them.
    const QStringList selected = app.arguments().mid(1);
    for (const QString &name : selected) {
        if (name != u"throughput" && name != u"echo" && name != u"download") {
            say(QStringLiteral("unknown benchmark %1; known: throughput, echo, download").arg(name));
            return 2;
        }
    }
    auto wanted = [&](QStringView name) { return selected.isEmpty() || selected.contains(name); };

    QElapsedTimer total;
    total.start();
    say(QStringLiteral("starting rexec-local"));
    // Limits raised: 50 terminal sockets in a minute and repeated downloads are the point here.
    // No 30 s download deadline either: a 1 GiB download is measured, not cut.
    LocalServerProcess server({QStringLiteral("--rate-limits"), QStringLiteral("0,0,0"), QStringLiteral("--container-limit"),
                               QStringLiteral("10"), QStringLiteral("--download-deadline"), QStringLiteral("0")});
    QString error;
    if (!server.start(&error)) {
        say(QStringLiteral("rexec-local did not start: %1").arg(error));
        return 1;
    }
    HttpClient http(server.token());
    QStringList containers;
    for (int i = 0; i < kEchoContainers; ++i) {
        const QString id = createRunning(http, server, QStringLiteral("bench-%1").arg(i + 1));
        if (id.isEmpty()) {
            say(QStringLiteral("cannot create a container: %1").arg(QString::fromLocal8Bit(server.standardError())));
            return 1;
        }
        containers << id;
    }
    say(QStringLiteral("rexec-local at %1, %2 containers running").arg(server.url().toString()).arg(containers.size()));

    ResultTable table;
    {
        // One terminal carries the throughput runs and then makes the file to download.
        TerminalChannel terminal(terminalUrl(server, containers.first(), QStringLiteral("throughput")), server.token(), 100, 40);
        if (!spinUntil([&] { return terminal.isReady() || !terminal.error().isEmpty(); }, 30000)
            || !runCommand(terminal, QStringLiteral("true"), 30000)) {
            say(QStringLiteral("the throughput terminal did not start: %1").arg(terminal.error()));
            return 1;
        }
        // rexec-local's memory between benchmarks: context for the download's baseline.
        const pid_t pid = pid_t(server.process().processId());
        auto logMemory = [pid](const QString &when) {
            const auto rss = residentKiB(pid);
            const auto hwm = residentKiB(pid, "VmHWM:");
            say(QStringLiteral("rexec-local %1: VmRSS %2 MiB, VmHWM %3 MiB")
                    .arg(when)
                    .arg(rss ? double(*rss) / 1024 : 0.0, 0, 'f', 1)
                    .arg(hwm ? double(*hwm) / 1024 : 0.0, 0, 'f', 1));
        };
        logMemory(QStringLiteral("before the benchmarks"));
        if (wanted(u"throughput")) {
            benchThroughput(server, containers.first(), terminal, table);
            logMemory(QStringLiteral("after the throughput runs"));
        }
        if (wanted(u"echo")) {
            benchEcho(server, containers, table);
            logMemory(QStringLiteral("after the echo runs"));
        }
        if (wanted(u"download"))
            benchDownload(server, containers.first(), terminal, table);
    }

    std::printf("\nrexec-local benchmarks (%.0f s; baselines measured in the same run: a local PTY in this process, curl)\n%s",
                double(total.elapsed()) / 1000, qPrintable(table.render()));
    std::fflush(stdout);
    server.stop();
    return table.hasErrors() ? 1 : 0;
}
