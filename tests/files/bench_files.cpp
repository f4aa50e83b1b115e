// SPDX-License-Identifier: GPL-3.0-or-later
// Transfer throughput and memory: a 1 GiB download and a 99 MiB upload through the app's
// TransferQueue against rexec-local, beside curl on the same server and file. Not a test: run
//
//     build/<dir>/tests/files/bench_files [runs]
//
// in the build root. It prints a table: MB/s of each, their ratio (goal: at least 0.8 of curl)
// and how much this process's peak RSS grew during the transfer (goal: under 64 MiB whatever
// the size). rexec-local runs with --upload-limit-mb 2000 and --download-deadline 0 (no 30 s
// cut-off as on the real server), so the 1 GiB download runs to its end. BENCH_THREADS=1 prints
// each thread's CPU time after each transfer (cumulative), to see where the time goes.
// BENCH_ONLY=up or BENCH_ONLY=down runs one direction only. Beside the peak RSS growth it
// prints the peak of the anonymous (private heap) part and of the file-backed part (mapped
// files), sampled every 2 ms while the transfer runs (BENCH_NO_SAMPLER=1 turns that off), and
// the CPU time rexec-local spent on each transfer.
#include "../local/localtestutil.h"
#include "api/restclient.h"
#include "filestestutil.h"
#include "files/transferqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace rexec;
using namespace rexec::test;

namespace {

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Peak RSS since the last reset: "5" to clear_refs resets VmHWM to the current RSS.
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

struct Sample {
    double seconds = 0;
    double cpu = 0;
    double serverCpu = 0;
    qint64 rssGrowthKiB = 0;
    qint64 anonGrowthKiB = 0; // RssAnon: heap and other private memory
    qint64 fileGrowthKiB = 0; // RssFile: pages of mapped files (shared with the page cache)
    bool ok = false;
};

// CPU seconds (user + system) of another process, e.g. rexec-local.
double processCpu(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

qint64 g_serverPid = 0;

// Samples RssAnon and RssFile every few milliseconds on this thread's event loop; keeps the peaks.
class MemorySampler
{
public:
    MemorySampler()
        : m_anonBase(statusKiB("RssAnon"))
        , m_fileBase(statusKiB("RssFile"))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_anonPeak = std::max(m_anonPeak, statusKiB("RssAnon"));
            m_filePeak = std::max(m_filePeak, statusKiB("RssFile"));
        });
        if (!qEnvironmentVariableIsSet("BENCH_NO_SAMPLER"))
            m_timer.start(2);
    }
    qint64 anonGrowth() const { return std::max<qint64>(0, m_anonPeak - m_anonBase); }
    qint64 fileGrowth() const { return std::max<qint64>(0, m_filePeak - m_fileBase); }

private:
    QTimer m_timer;
    qint64 m_anonBase;
    qint64 m_fileBase;
    qint64 m_anonPeak = 0;
    qint64 m_filePeak = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// CPU seconds of each thread of this process, by name, for finding where time goes.
QMap<QString, double> threadCpu()
{
    QMap<QString, double> result;
    const long ticks = sysconf(_SC_CLK_TCK);
    for (const QString &task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        const QString name = QString::fromLatin1(line.mid(open + 1, close - open - 1)) + u'#' + task;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        result[name] += (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(ticks);
    }
    return result;
}

Sample timeQueue(files::TransferQueue &queue, const std::function<quint64()> &start)
{
    queue.clearFinished();
    resetPeak();
    const qint64 before = statusKiB("VmRSS");
    QElapsedTimer clock;
    const double cpu = cpuSeconds(RUSAGE_SELF);
    const double serverCpu = processCpu(g_serverPid);
    MemorySampler memory;
    clock.start();
    const quint64 batch = start();
    Sample sample;
    sample.ok = waitForBatch(queue, batch, 600000);
    sample.seconds = clock.nsecsElapsed() / 1e9;
    sample.cpu = cpuSeconds(RUSAGE_SELF) - cpu;
    sample.serverCpu = processCpu(g_serverPid) - serverCpu;
    sample.anonGrowthKiB = memory.anonGrowth();
    sample.fileGrowthKiB = memory.fileGrowth();
    if (qEnvironmentVariableIsSet("BENCH_THREADS")) {
        const auto cpuByThread = threadCpu();
        for (auto it = cpuByThread.begin(); it != cpuByThread.end(); ++it)
            std::printf("  thread %s: %.2f s\n", qPrintable(it.key()), it.value());
    }
    sample.rssGrowthKiB = statusKiB("VmHWM") - before;
    const auto summary = queue.batchSummary(batch);
    sample.ok = sample.ok && summary.done == 1 && summary.failed == 0;
    return sample;
}

Sample timeCurl(const QStringList &arguments)
{
    QProcess curl;
    QElapsedTimer clock;
    const double cpu = cpuSeconds(RUSAGE_CHILDREN);
    const double serverCpu = processCpu(g_serverPid);
    clock.start();
    // --fail: an HTTP error is a failed baseline, not a fast one.
    curl.start(QStringLiteral("curl"), QStringList{QStringLiteral("--fail-with-body")} + arguments);
    Sample sample;
    sample.ok = curl.waitForFinished(600000) && curl.exitCode() == 0;
    sample.seconds = clock.nsecsElapsed() / 1e9;
    sample.cpu = cpuSeconds(RUSAGE_CHILDREN) - cpu;
    sample.serverCpu = processCpu(g_serverPid) - serverCpu;
    if (!sample.ok)
        std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
    return sample;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, argc > 1 ? QByteArray(argv[1]).toInt() : 3);
    if (qEnvironmentVariableIsEmpty("REXEC_BIN_DIR"))
        qputenv("REXEC_BIN_DIR", QFile::encodeName(QCoreApplication::applicationDirPath() + QStringLiteral("/../../bin")));

    // No 30 s download deadline: the 1 GiB download is measured, not cut.
    LocalServerProcess server({QStringLiteral("--upload-limit-mb"), QStringLiteral("2000"),
                               QStringLiteral("--download-deadline"), QStringLiteral("0")});
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "rexec-local: %s\n", qPrintable(error));
        return 1;
    }
    g_serverPid = server.process().processId();
    const QByteArray only = qgetenv("BENCH_ONLY");
    const bool doDown = only != "up";
    const bool doUp = only != "down";
    HttpClient http(server.token());
    const QString id = createRunning(http, server, QStringLiteral("bench"));
    const QString dbId = http.get(server.url(QStringLiteral("/api/containers/") + id)).json.value(u"db_id").toString();
    const QString home = server.dataDir() + QStringLiteral("/data/containers/%1/fs/home").arg(dbId);
    if (id.isEmpty() || !QFileInfo(home).isDir()) {
        std::fprintf(stderr, "no running container\n");
        return 1;
    }

    constexpr qint64 kDownload = qint64(1024) * 1024 * 1024;
    constexpr qint64 kUpload = qint64(99) * 1024 * 1024;
    QTemporaryDir work;
    std::printf("preparing %lld MiB on the server and %lld MiB here...\n", kDownload >> 20, kUpload >> 20);
    std::fflush(stdout);
    if ((doDown && !makeFile(home + QStringLiteral("/big.bin"), kDownload, 1))
        || !makeFile(work.filePath(QStringLiteral("up.bin")), kUpload, 2))
        return 1;
    const QByteArray bigHash = doDown ? fileHash(home + QStringLiteral("/big.bin")) : QByteArray();

    api::RestClient client(server.url());
    client.setToken(QString::fromLatin1(server.token()));
    files::TransferQueue queue;
    queue.setUploadLimit(0);
    const files::RemoteTarget target{&client, id, QStringLiteral("bench")};
    api::FileEntry entry;
    entry.name = QStringLiteral("big.bin");
    entry.path = QStringLiteral("/home/user/big.bin");
    entry.size = kDownload;
    entry.mode = QStringLiteral("-rw-r--r--");
    const QByteArray auth = "Authorization: Bearer " + server.token();
    const QString base = server.url().toString() + QStringLiteral("/api/containers/") + id + QStringLiteral("/files");

    QList<double> appDown, curlDown, appUp, curlUp;
    qint64 downRss = 0, upRss = 0, downAnon = 0, upAnon = 0, downFile = 0, upFile = 0;
    bool allOk = true;
    for (int run = 0; run < runs; ++run) {
        std::printf("run %d:", run);
        if (doDown) {
            const QString into = work.filePath(QStringLiteral("down%1").arg(run));
            const Sample a = timeQueue(queue, [&] { return queue.download(target, {entry}, into); });
            allOk = allOk && a.ok && fileHash(into + QStringLiteral("/big.bin")) == bigHash;
            QDir(into).removeRecursively();
            appDown << a.seconds;
            std::printf(" app down %.2f s (cpu %.2f s, server %.2f s)", a.seconds, a.cpu, a.serverCpu);
            downRss = std::max(downRss, a.rssGrowthKiB);
            downAnon = std::max(downAnon, a.anonGrowthKiB);
            downFile = std::max(downFile, a.fileGrowthKiB);

            const Sample c = timeCurl({QStringLiteral("-sS"), QStringLiteral("-o"), work.filePath(QStringLiteral("curl.bin")),
                                       QStringLiteral("-H"), QString::fromLatin1(auth),
                                       base + QStringLiteral("?path=%2Fhome%2Fuser%2Fbig.bin")});
            allOk = allOk && c.ok;
            QFile::remove(work.filePath(QStringLiteral("curl.bin")));
            curlDown << c.seconds;
            std::printf(", curl down %.2f s (cpu %.2f s, server %.2f s)", c.seconds, c.cpu, c.serverCpu);
        }
        if (doUp) {
            const QString dir = QStringLiteral("/home/user/up%1").arg(run);
            QDir().mkpath(home + QStringLiteral("/up%1").arg(run));
            const Sample u = timeQueue(queue, [&] { return queue.upload(target, {work.filePath(QStringLiteral("up.bin"))}, dir); });
            allOk = allOk && u.ok && fileHash(home + QStringLiteral("/up%1/up.bin").arg(run)) == fileHash(work.filePath(QStringLiteral("up.bin")));
            appUp << u.seconds;
            std::printf(" app up %.2f s (cpu %.2f s, server %.2f s)", u.seconds, u.cpu, u.serverCpu);
            upRss = std::max(upRss, u.rssGrowthKiB);
            upAnon = std::max(upAnon, u.anonGrowthKiB);
            upFile = std::max(upFile, u.fileGrowthKiB);

            // The same work as the app's: into a folder that exists (the server does not make it).
            QDir().mkpath(home + QStringLiteral("/curl-up"));
            const Sample cu = timeCurl({QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                        QStringLiteral("-H"), QString::fromLatin1(auth), QStringLiteral("-F"),
                                        QStringLiteral("file=@") + work.filePath(QStringLiteral("up.bin")),
                                        base + QStringLiteral("?path=%2Fhome%2Fuser%2Fcurl-up")});
            allOk = allOk && cu.ok
                && fileHash(home + QStringLiteral("/curl-up/up.bin")) == fileHash(work.filePath(QStringLiteral("up.bin")));
            curlUp << cu.seconds;
            std::printf(", curl up %.2f s (cpu %.2f s, server %.2f s)", cu.seconds, cu.cpu, cu.serverCpu);
            QDir(home + QStringLiteral("/up%1").arg(run)).removeRecursively();
            QDir(home + QStringLiteral("/curl-up")).removeRecursively();
        }
        std::printf("\n");
        std::fflush(stdout);
    }

    const auto mbps = [](qint64 bytes, double seconds) { return seconds > 0 ? bytes / seconds / 1e6 : 0; };
    const double dApp = mbps(kDownload, median(appDown)), dCurl = mbps(kDownload, median(curlDown));
    const double uApp = mbps(kUpload, median(appUp)), uCurl = mbps(kUpload, median(curlUp));
    std::printf("\n%d run(s), medians; rexec-local on loopback\n\n", runs);
    std::printf("| transfer        | size     | app MB/s | curl MB/s | app/curl | peak RSS growth | of it anon | of it file |\n");
    std::printf("|-----------------|----------|----------|-----------|----------|-----------------|------------|------------|\n");
    if (doDown)
        std::printf("| download        | 1 GiB    | %8.1f | %9.1f | %8.2f | %11.1f MiB | %6.1f MiB | %6.1f MiB |\n", dApp, dCurl,
                    dApp / dCurl, downRss / 1024.0, downAnon / 1024.0, downFile / 1024.0);
    if (doUp)
        std::printf("| upload          | 99 MiB   | %8.1f | %9.1f | %8.2f | %11.1f MiB | %6.1f MiB | %6.1f MiB |\n", uApp, uCurl,
                    uApp / uCurl, upRss / 1024.0, upAnon / 1024.0, upFile / 1024.0);
    std::printf("\ncontents verified: %s\n", allOk ? "yes" : "NO");
    return allOk ? 0 : 1;
}
