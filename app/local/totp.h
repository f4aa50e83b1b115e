// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rexec::local {

// RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA1, 30-second
// steps, 6 digits. The terminal MFA lock checks its codes with this.
namespace totp {

constexpr qint64 kStepSeconds = 30;
constexpr int kDigits = 6;

// An RFC 4648 base32 secret, as authenticator apps show it: letters in either case, spaces and
// '=' padding ignored. Nothing when a character is not base32 or nothing is left.
std::optional<QByteArray> decodeBase32(QStringView text);

// The code of one time step (`unixSeconds / kStepSeconds`), `digits` long with leading zeros.
QString code(const QByteArray &key, qint64 step, int digits = kDigits);

// Whether `given` is the code of the current step or of the one before or after, as common servers
// accept (a clock a little off, a code typed as it changed). Compared in constant time.
bool verify(const QByteArray &key, QStringView given, qint64 unixSeconds);

} // namespace totp
} // namespace rexec::local
