// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

#include <sys/types.h>

namespace rexec::bench {

// Statistics over one benchmark's samples. These machines are noisy: report medians of several
// runs and compare figures with a baseline measured in the same run, never with fixed numbers.
double median(QList<double> values);
// Nearest-rank percentile, `p` in [0, 100]; 0 for no samples.
double percentile(QList<double> values, double p);
double maximum(const QList<double> &values);

// Runs the event loop until `done()` holds or `timeoutMs` passes; true when it held. The predicate
// is polled every few milliseconds: what is measured is timed in the slots, never by this poll.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);
// Runs the event loop for `ms` milliseconds.
void spinFor(int ms);

// Bytes of `text` in UTF-8, without converting it.
qint64 utf8Length(QStringView text);

// VmRSS of a process in KiB, from /proc/<pid>/status; nullopt when it cannot be read.
std::optional<qint64> residentKiB(pid_t pid, const char *field = "VmRSS:");

// CPU time (user and system) a process has used so far, in seconds, from /proc/<pid>/stat.
std::optional<double> cpuSeconds(pid_t pid);

// The ids of a process's children, from /proc/<pid>/task/<pid>/children.
QList<pid_t> childProcesses(pid_t pid);

// Bytes queued in the kernel on the TCP connections to a local port (from /proc/net/tcp and tcp6):
// what the server side has not had acknowledged yet, and what the client side has not read yet.
struct TcpQueues {
    qint64 serverSend = 0;
    qint64 clientReceive = 0;
    int connections = 0;
};
TcpQueues tcpQueues(quint16 serverPort);

// How long the event loop of this thread was away: a timer asks to run every `intervalMs`, and
// the longest time between two of its runs is what a user would have felt as a freeze.
class TimerGapWatch
{
public:
    explicit TimerGapWatch(int intervalMs = 10);
    void start();
    void stop();
    double longestGapMs() const { return double(m_longestNs) / 1e6; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_ticks = 0;
};

// The table the `bench` target prints: one row per figure, beside its baseline and its goal.
class ResultTable
{
public:
    enum class Verdict { Pass, Miss, Info, Error };

    struct Row {
        QString name;
        QString unit;
        std::optional<double> figure;
        std::optional<double> baseline;
        QString goal;     // empty: reported for information only
        Verdict verdict = Verdict::Info;
        QString note;
    };

    void add(Row row) { m_rows.append(std::move(row)); }
    // A benchmark that could not run: its rows say so, and the process fails.
    void addError(const QString &name, const QString &why);
    bool hasErrors() const;
    QString render() const;

private:
    QList<Row> m_rows;
};

// `bytes` of text in lines of `lineLetters` letters and CR LF (measurements.md's 100-column
// lines for 99 letters): what the terminal benchmarks `cat`.
QByteArray letterLines(qint64 bytes, int lineLetters);

// Uploads through the files API while the event loop runs; an error, or empty. (The tests'
// HttpClient waits with QTest::qWaitFor, which sleeps between event batches: 64 MiB took 40 s.)
QString uploadFile(const QUrl &url, const QByteArray &token, const QByteArray &fileName, const QByteArray &content);

} // namespace rexec::bench
