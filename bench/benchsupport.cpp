// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include <QDeadlineTimer>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

#include <unistd.h>

namespace rexec::bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    const QDeadlineTimer deadline(timeoutMs);
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

void spinFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 utf8Length(QStringView text)
{
    qint64 bytes = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

std::optional<qint64> residentKiB(pid_t pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray key(field);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith(key))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(key.size()).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? std::optional<qint64>(kib) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> cpuSeconds(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th.
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (close < 0 || fields.size() < 13)
        return std::nullopt;
    const double ticks = double(fields.at(11).toULongLong() + fields.at(12).toULongLong());
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

QList<pid_t> childProcesses(pid_t pid)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<pid_t> out;
    if (!children.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &word : children.readAll().simplified().split(' ')) {
        bool ok = false;
        const int child = word.toInt(&ok);
        if (ok)
            out << pid_t(child);
    }
    return out;
}

TcpQueues tcpQueues(quint16 serverPort)
{
    TcpQueues queues;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            // sl local_address rem_address st tx_queue:rx_queue ...; addresses as HEXIP:HEXPORT
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() < 5 || fields.at(3) != "01") // established only
                continue;
            auto port = [](const QByteArray &address) { return address.mid(address.lastIndexOf(':') + 1).toUInt(nullptr, 16); };
            const QList<QByteArray> queue = fields.at(4).split(':');
            if (queue.size() != 2)
                continue;
            if (port(fields.at(1)) == serverPort) {
                queues.serverSend += queue.at(0).toLongLong(nullptr, 16);
                ++queues.connections;
            } else if (port(fields.at(2)) == serverPort) {
                queues.clientReceive += queue.at(1).toLongLong(nullptr, 16);
            }
        }
    }
    return queues;
}

TimerGapWatch::TimerGapWatch(int intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

void TimerGapWatch::start()
{
    m_longestNs = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void TimerGapWatch::stop()
{
    tick();
    m_timer.stop();
}

void TimerGapWatch::tick()
{
    if (!m_clock.isValid())
        return;
    const qint64 now = m_clock.nsecsElapsed();
    m_longestNs = std::max(m_longestNs, now - m_lastNs);
    m_lastNs = now;
    ++m_ticks;
}

void ResultTable::addError(const QString &name, const QString &why)
{
    add({name, {}, std::nullopt, std::nullopt, {}, Verdict::Error, why});
}

bool ResultTable::hasErrors() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.verdict == Verdict::Error; });
}

QString ResultTable::render() const
{
    auto number = [](const std::optional<double> &value, const QString &unit) {
        if (!value)
            return QStringLiteral("-");
        const int decimals = std::abs(*value) >= 100 ? 0 : 2;
        return QString::number(*value, 'f', decimals) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
    };
    auto verdict = [](Verdict v) {
        switch (v) {
        case Verdict::Pass: return QStringLiteral("PASS");
        case Verdict::Miss: return QStringLiteral("MISS");
        case Verdict::Info: return QStringLiteral("info");
        case Verdict::Error: return QStringLiteral("ERROR");
        }
        return QString();
    };

    const QStringList header{QStringLiteral("Benchmark"), QStringLiteral("Figure"), QStringLiteral("Baseline"),
                             QStringLiteral("Ratio"), QStringLiteral("Goal"), QStringLiteral("Result")};
    QList<QStringList> cells{header};
    QStringList notes;
    for (const Row &row : m_rows) {
        QString ratio = QStringLiteral("-");
        if (row.figure && row.baseline && *row.baseline != 0)
            ratio = QString::number(*row.figure / *row.baseline, 'f', 2) + QLatin1Char('x');
        cells.append({row.name, number(row.figure, row.unit), number(row.baseline, row.unit), ratio,
                      row.goal.isEmpty() ? QStringLiteral("-") : row.goal, verdict(row.verdict)});
        if (!row.note.isEmpty())
            notes << QStringLiteral("  %1: %2").arg(row.name, row.note);
    }

    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : cells) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QString out;
    auto emitLine = [&](const QStringList &line) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i) {
            // Names left-aligned, figures right-aligned, so that columns of numbers line up.
            const bool left = i == 0 || i == 4 || i == 5;
            const QString cell = left ? line.at(i).leftJustified(widths.at(i)) : line.at(i).rightJustified(widths.at(i));
            text += (i ? QStringLiteral(" | ") : QString()) + cell;
        }
        out += text.trimmed() + QLatin1Char('\n');
    };
    emitLine(cells.first());
    QString rule;
    for (qsizetype i = 0; i < widths.size(); ++i)
        rule += (i ? QStringLiteral("-+-") : QString()) + QString(widths.at(i), QLatin1Char('-'));
    out += rule + QLatin1Char('\n');
    for (qsizetype i = 1; i < cells.size(); ++i)
        emitLine(cells.at(i));
    if (!notes.isEmpty())
        out += QStringLiteral("Notes:\n") + notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

QByteArray letterLines(qint64 bytes, int lineLetters)
{
    QByteArray content;
    content.reserve(bytes + lineLetters + 2);
    for (int line = 0; content.size() < bytes; ++line) {
        for (int i = 0; i < lineLetters; ++i)
            content.append(char('a' + (line + i) % 26));
        content.append("\r\n");
    }
    content.truncate(bytes);
    return content;
}

QString uploadFile(const QUrl &url, const QByteArray &token, const QByteArray &fileName, const QByteArray &content)
{
    QNetworkAccessManager network;
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"") + fileName + '"');
    part.setBody(content);
    multipart->append(part);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    std::unique_ptr<QNetworkReply> reply(network.post(request, multipart));
    multipart->setParent(reply.get());
    if (!spinUntil([&] { return reply->isFinished(); }, 120000))
        return QStringLiteral("timed out");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status == 200 ? QString() : QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(reply->readAll()));
}

} // namespace rexec::bench
