// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>

#include <chrono>
#include <optional>

// Time values as the Rexec server (Go) writes them.
namespace rexec::api {

// A Go time.Time from JSON, returned in UTC. Accepts RFC 3339 with "Z" or "±hh:mm" and 0 to 9
// fractional digits (kept to the millisecond), the same without a zone (taken as UTC, as `ls`
// times are), an integer of Unix seconds (user.expires_at) as a number or a digit string, and
// the zero time 0001-01-01T00:00:00Z, which means "never" and gives an invalid QDateTime. Any
// other input, including 0 or negative seconds, gives an invalid QDateTime.
QDateTime parseServerTime(const QJsonValue &value);

// A Go time.Duration string: "1m0s", "1h2m3.5s", "500ms", "-1.5h", "0". Units ns, us, µs, ms,
// s, m, h. Rounded up to whole milliseconds. nullopt for anything else or on overflow.
std::optional<std::chrono::milliseconds> parseGoDuration(QByteArrayView text);

// The Retry-After header: integer seconds ("60"), a Go duration (the Rexec server sends "1m0s"),
// or an HTTP-date (IMF-fixdate), measured from `now` and never negative. Negative or malformed
// values give nullopt.
std::optional<std::chrono::milliseconds> parseRetryAfter(
        QByteArrayView header, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace rexec::api
