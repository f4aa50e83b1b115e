// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/outputframe.h"

namespace rexec::terminal {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Unescapes a JSON string body; nullopt on anything malformed (an unescaped quote or control
// character, a bad escape), so that the caller falls back to the general parser.
std::optional<QString> unescape(QStringView body)
{
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c == u'"' || c.unicode() < 0x20)
            return std::nullopt;
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (++i >= body.size())
            return std::nullopt;
        switch (body[i].unicode()) {
        case u'"': out += u'"'; break;
        case u'\\': out += u'\\'; break;
        case u'/': out += u'/'; break;
        case u'b': out += u'\b'; break;
        case u'f': out += u'\f'; break;
        case u'n': out += u'\n'; break;
        case u'r': out += u'\r'; break;
        case u't': out += u'\t'; break;
        case u'u': {
            if (i + 4 >= body.size())
                return std::nullopt;
            int value = 0;
            for (int k = 1; k <= 4; ++k) {
                const int digit = hexValue(body[i + k]);
                if (digit < 0)
                    return std::nullopt;
                value = value * 16 + digit;
            }
            out += QChar(char16_t(value)); // surrogate halves pair up as UTF-16 does
            i += 4;
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return out;
}

} // namespace

std::optional<QString> fastOutputData(QStringView frame)
{
    static constexpr QStringView goPrefix = u"{\"type\":\"output\",\"data\":\"";
    static constexpr QStringView goSuffix = u"\"}";
    static constexpr QStringView sortedPrefix = u"{\"data\":\"";
    static constexpr QStringView sortedSuffix = u"\",\"type\":\"output\"}";
    if (frame.startsWith(goPrefix) && frame.endsWith(goSuffix) && frame.size() >= goPrefix.size() + goSuffix.size())
        return unescape(frame.mid(goPrefix.size(), frame.size() - goPrefix.size() - goSuffix.size()));
    if (frame.startsWith(sortedPrefix) && frame.endsWith(sortedSuffix)
        && frame.size() >= sortedPrefix.size() + sortedSuffix.size())
        return unescape(frame.mid(sortedPrefix.size(), frame.size() - sortedPrefix.size() - sortedSuffix.size()));
    return std::nullopt;
}

} // namespace rexec::terminal
