// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/totp.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace rexec::local::totp {

std::optional<QByteArray> decodeBase32(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        int value = -1;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'a' && u <= u'z')
            value = u - u'a';
        else if (u >= u'2' && u <= u'7')
            value = u - u'2' + 26;
        else if (u == u' ' || u == u'=')
            continue;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

QString code(const QByteArray &key, qint64 step, int digits)
{
    // RFC 4226: HMAC of the counter as 8 big-endian bytes, dynamic truncation, modulo 10^digits.
    char counter[8];
    qToBigEndian(quint64(step), counter);
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArrayView(counter, sizeof counter), key,
                                                            QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
        | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i)
        modulo *= 10;
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0'));
}

bool verify(const QByteArray &key, QStringView given, qint64 unixSeconds)
{
    given = given.trimmed();
    if (key.isEmpty() || given.size() != kDigits)
        return false;
    const qint64 step = unixSeconds / kStepSeconds;
    // Every candidate is computed and compared in full, so that the time taken says nothing about
    // how much of the code, or which step, matched.
    char16_t matched = 0;
    for (qint64 candidate = step - 1; candidate <= step + 1; ++candidate) {
        const QString expected = code(key, candidate);
        char16_t difference = 0;
        for (int i = 0; i < kDigits; ++i)
            difference |= char16_t(expected.at(i).unicode() ^ given.at(i).unicode());
        matched |= char16_t(difference == 0);
    }
    return matched != 0;
}

} // namespace rexec::local::totp
