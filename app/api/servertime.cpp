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

// By hand rather than with a regular expression: a list of 10,000 containers has 20,000 of these.
QDateTime fromRfc3339(QStringView s)
{
    const qsizetype size = s.size();
    const auto digits = [s, size](qsizetype pos, int count, int *out) {
        if (pos + count > size)
            return false;
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = s[pos + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        *out = value;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (size < 19 || !digits(0, 4, &year) || s[4] != u'-' || !digits(5, 2, &month) || s[7] != u'-'
        || !digits(8, 2, &day) || (s[10] != u'T' && s[10] != u't' && s[10] != u' ') || !digits(11, 2, &hour)
        || s[13] != u':' || !digits(14, 2, &minute) || s[16] != u':' || !digits(17, 2, &second))
        return {};
    qsizetype pos = 19;
    int msec = 0;
    if (pos < size && s[pos] == u'.') {
        // Up to nine digits; Qt keeps milliseconds: the first three, padded ("5" is 500 ms).
        ++pos;
        int count = 0;
        while (pos < size && s[pos] >= u'0' && s[pos] <= u'9') {
            if (count < 3)
                msec = msec * 10 + (s[pos].unicode() - u'0');
            ++count;
            ++pos;
        }
        if (count == 0 || count > 9)
            return {};
        for (int i = count; i < 3; ++i)
            msec *= 10;
    }
    int offsetSeconds = 0;
    if (pos < size && (s[pos] == u'Z' || s[pos] == u'z')) {
        ++pos;
    } else if (pos < size && (s[pos] == u'+' || s[pos] == u'-')) {
        const int sign = s[pos] == u'-' ? -1 : 1;
        int hours = 0, minutes = 0;
        if (!digits(pos + 1, 2, &hours) || pos + 3 >= size || s[pos + 3] != u':' || !digits(pos + 4, 2, &minutes)
            || hours > 23 || minutes > 59)
            return {};
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
        pos += 6;
    }
    if (pos != size)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    const QDateTime result = QDateTime(date, time, QTimeZone::UTC).addSecs(-offsetSeconds);
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
