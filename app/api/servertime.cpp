// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/servertime.h"

#include "api/jsonread.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rexec::api {

namespace {

// The last second of year 9999: QDateTime and RFC 3339 both end there.
constexpr qint64 kMaxUnixSeconds = 253402300799;

QDateTime fromUnixSeconds(qint64 seconds)
{
    // 0 is what an unset Go int64 marshals to; nothing the server sends predates 1970.
    if (seconds <= 0 || seconds > kMaxUnixSeconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
}

QDateTime fromRfc3339(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral(
            R"(^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))?$)"));
    const QRegularExpressionMatch m = pattern.matchView(input);
    if (!m.hasMatch())
        return {};
    const auto number = [&m](int group) { return m.capturedView(group).toInt(); };

    const QDate date(number(1), number(2), number(3));
    int msec = 0;
    if (m.hasCaptured(7)) {
        // Qt keeps milliseconds: take the first three digits, padded ("5" is 500 ms).
        QString fraction = m.captured(7).left(3);
        while (fraction.size() < 3)
            fraction.append(QLatin1Char('0'));
        msec = fraction.toInt();
    }
    const QTime time(number(4), number(5), number(6), msec);
    if (!date.isValid() || !time.isValid())
        return {};

    QTimeZone zone(QTimeZone::UTC);
    if (m.hasCaptured(9)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return {};
        const int offset = (hours * 3600 + minutes * 60) * (m.capturedView(9) == u'-' ? -1 : 1);
        zone = QTimeZone::fromSecondsAheadOfUtc(offset);
    }
    const QDateTime result = QDateTime(date, time, zone).toUTC();
    // Go's zero time (year 1) means "never"; no real event happened before year 2.
    if (!result.isValid() || result.date().year() < 2)
        return {};
    return result;
}

// Go's unit table, in nanoseconds.
std::optional<qint64> unitNanoseconds(QByteArrayView unit)
{
    if (unit == "ns")
        return 1;
    // "us", MICRO SIGN and GREEK SMALL LETTER MU, as Go accepts all three.
    if (unit == "us" || unit == "\xc2\xb5s" || unit == "\xce\xbcs")
        return 1000;
    if (unit == "ms")
        return 1000 * 1000;
    if (unit == "s")
        return qint64(1000) * 1000 * 1000;
    if (unit == "m")
        return qint64(60) * 1000 * 1000 * 1000;
    if (unit == "h")
        return qint64(3600) * 1000 * 1000 * 1000;
    return std::nullopt;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<std::chrono::milliseconds> fromHttpDate(QByteArrayView text, const QDateTime &now)
{
    // IMF-fixdate only ("Sun, 06 Nov 1994 08:49:37 GMT"); the obsolete forms are not worth it here.
    static const QRegularExpression pattern(QStringLiteral(
            R"(^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT$)"));
    static const QStringList months = QStringLiteral("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
                                              .split(QLatin1Char(' '));
    const QString input = QString::fromLatin1(text);
    const QRegularExpressionMatch m = pattern.matchView(input);
    if (!m.hasMatch())
        return std::nullopt;
    const auto number = [&m](int group) { return m.capturedView(group).toInt(); };
    const QDate date(number(3), int(months.indexOf(m.captured(2))) + 1, number(1));
    const QTime time(number(4), number(5), number(6));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(QDateTime(date, time, QTimeZone::UTC));
    return std::chrono::milliseconds(ms > 0 ? ms : 0);
}

} // namespace

QDateTime parseServerTime(const QJsonValue &value)
{
    if (value.isDouble()) {
        const auto seconds = json::toInt64(value);
        return seconds ? fromUnixSeconds(*seconds) : QDateTime();
    }
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (!text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; })) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        return ok ? fromUnixSeconds(seconds) : QDateTime();
    }
    return fromRfc3339(text);
}

std::optional<std::chrono::milliseconds> parseGoDuration(QByteArrayView text)
{
    // Follows the grammar of Go's time.ParseDuration: [-+]? ( number unit )+ | "0".
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    if (text.sliced(i) == "0")
        return std::chrono::milliseconds(0);
    if (i == n)
        return std::nullopt;

    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 total = 0;
    while (i < n) {
        // Whole part, then an optional fraction; at least one digit overall.
        qint64 whole = 0;
        bool digits = false;
        while (i < n && isDigit(text[i])) {
            const int d = text[i] - '0';
            if (whole > (kMax - d) / 10)
                return std::nullopt;
            whole = whole * 10 + d;
            digits = true;
            ++i;
        }
        double fraction = 0.0;
        if (i < n && text[i] == '.') {
            ++i;
            double scale = 1.0;
            while (i < n && isDigit(text[i])) {
                // Digits beyond double precision no longer change the value; skipping them keeps
                // `scale` from underflowing.
                if (scale > 1e-18) {
                    scale /= 10.0;
                    fraction += (text[i] - '0') * scale;
                }
                digits = true;
                ++i;
            }
        }
        if (!digits)
            return std::nullopt;

        const qsizetype unitStart = i;
        while (i < n && text[i] != '.' && !isDigit(text[i]))
            ++i;
        const auto unit = unitNanoseconds(text.sliced(unitStart, i - unitStart));
        if (!unit)
            return std::nullopt;

        if (whole > kMax / *unit)
            return std::nullopt;
        qint64 part = whole * *unit;
        const double extra = std::round(fraction * static_cast<double>(*unit));
        if (extra >= static_cast<double>(kMax - part))
            return std::nullopt;
        part += static_cast<qint64>(extra);
        if (part > kMax - total)
            return std::nullopt;
        total += part;
    }
    // Round up: waiting a little longer than asked is harmless, retrying early is not.
    const qint64 ms = total / 1000000 + (total % 1000000 != 0 ? 1 : 0);
    return std::chrono::milliseconds(negative ? -ms : ms);
}

std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView header, const QDateTime &now)
{
    const QByteArrayView text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    if (std::all_of(text.begin(), text.end(), isDigit)) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        if (!ok || seconds > std::numeric_limits<qint64>::max() / 1000)
            return std::nullopt;
        return std::chrono::milliseconds(seconds * 1000);
    }
    if (const auto duration = parseGoDuration(text))
        return duration->count() >= 0 ? duration : std::nullopt;
    return fromHttpDate(text, now);
}

} // namespace rexec::api
