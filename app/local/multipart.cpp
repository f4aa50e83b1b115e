// SPDX-License-Identifier: GPL-3.0-or-later
// multipart/form-data as the real server reads it: Go's mime.ParseMediaType for the headers'
// parameters and mime/multipart's Reader for the body, so that a name with ';', quotes or
// backslashes is stored as the real server would store it.
#include "local/multipart.h"

#include <QMap>

#include <cctype>

namespace rexec::local {

namespace {

constexpr int kMaxParts = 1000; // Go's ReadForm refuses more ("multipart: message too large")

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// RFC 2045 tspecials.
bool isTSpecial(char c)
{
    return c != '\0' && QByteArrayView("()<>@,;:\\\"/[]?=").contains(c);
}

bool isTokenChar(char c)
{
    const auto u = uchar(c);
    return u > 0x20 && u < 0x7f && !isTSpecial(c);
}

QByteArrayView trimLeft(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v.slice(1);
    return v;
}

QByteArrayView consumeToken(QByteArrayView *v)
{
    qsizetype n = 0;
    while (n < v->size() && isTokenChar(v->at(n)))
        ++n;
    const QByteArrayView token = v->first(n);
    v->slice(n);
    return token;
}

// A token or a quoted-string; std::nullopt (and `v` unchanged) when neither is there.
std::optional<QByteArray> consumeValue(QByteArrayView *v)
{
    if (v->isEmpty())
        return std::nullopt;
    if (v->front() != '"') {
        const QByteArrayView token = consumeToken(v);
        return token.isEmpty() ? std::nullopt : std::optional<QByteArray>(token.toByteArray());
    }
    QByteArray value;
    for (qsizetype i = 1; i < v->size(); ++i) {
        const char c = v->at(i);
        if (c == '"') {
            v->slice(i + 1);
            return value;
        }
        // A backslash escapes a tspecial only: "C:\dev\x.txt" from old browsers keeps its
        // backslashes, as Go keeps them.
        if (c == '\\' && i + 1 < v->size() && isTSpecial(v->at(i + 1))) {
            value += v->at(++i);
            continue;
        }
        if (c == '\r' || c == '\n')
            return std::nullopt;
        value += c;
    }
    return std::nullopt; // no closing quote
}

struct Parameter {
    QByteArray name;
    QByteArray value;
};

// "; name=value", or std::nullopt with `v` unchanged.
std::optional<Parameter> consumeParameter(QByteArrayView *v)
{
    QByteArrayView rest = trimLeft(*v);
    if (!rest.startsWith(';'))
        return std::nullopt;
    rest = trimLeft(rest.sliced(1));
    const QByteArray name = consumeToken(&rest).toByteArray().toLower();
    if (name.isEmpty())
        return std::nullopt;
    rest = trimLeft(rest);
    if (!rest.startsWith('='))
        return std::nullopt;
    rest = trimLeft(rest.sliced(1));
    auto value = consumeValue(&rest);
    if (!value)
        return std::nullopt;
    *v = rest;
    return Parameter{name, *value};
}

bool isValidMediaType(QByteArrayView type)
{
    if (consumeToken(&type).isEmpty())
        return false;
    if (type.isEmpty())
        return true; // a disposition ("form-data") has no subtype
    if (!type.startsWith('/'))
        return false;
    type.slice(1);
    return !consumeToken(&type).isEmpty() && type.isEmpty();
}

std::optional<QByteArray> percentUnescape(QByteArrayView v)
{
    QByteArray out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) != '%') {
            out += v.at(i);
            continue;
        }
        if (i + 2 >= v.size() || !isxdigit(uchar(v.at(i + 1))) || !isxdigit(uchar(v.at(i + 2))))
            return std::nullopt;
        out += char(QByteArrayView(v.sliced(i + 1, 2)).toInt(nullptr, 16));
        i += 2;
    }
    return out;
}

// RFC 2231: charset'language'percent-encoded; only US-ASCII and UTF-8, as Go.
std::optional<QByteArray> decodeExtended(QByteArrayView v)
{
    const qsizetype first = v.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : v.indexOf('\'', first + 1);
    if (second < 0)
        return std::nullopt;
    const QByteArray charset = v.first(first).toByteArray().toLower();
    if (charset != "us-ascii" && charset != "utf-8")
        return std::nullopt;
    return percentUnescape(v.sliced(second + 1));
}

bool isLwsp(char c)
{
    return c == ' ' || c == '\t';
}

// One line of `body` from `pos`, with its line ending (or what is left, at the end).
QByteArrayView lineAt(QByteArrayView body, qsizetype pos)
{
    const qsizetype end = body.indexOf('\n', pos);
    return end < 0 ? body.sliced(pos) : body.sliced(pos, end - pos + 1);
}

QByteArrayView skipLwsp(QByteArrayView v)
{
    while (!v.isEmpty() && isLwsp(v.front()))
        v.slice(1);
    return v;
}

} // namespace

std::optional<MediaType> parseMediaType(QByteArrayView value)
{
    const qsizetype semicolon = value.indexOf(';');
    const QByteArrayView base = semicolon < 0 ? value : value.first(semicolon);
    MediaType out;
    out.type = base.toByteArray().toLower().trimmed();
    if (!isValidMediaType(out.type))
        return std::nullopt;

    // Names with a '*' (RFC 2231) are gathered by base name, then stitched together.
    QMap<QByteArray, QHash<QByteArray, QByteArray>> extended;
    QByteArrayView rest = value.sliced(base.size());
    while (true) {
        rest = trimLeft(rest);
        if (rest.isEmpty())
            break;
        const auto parameter = consumeParameter(&rest);
        if (!parameter) {
            if (rest.trimmed() == ";")
                break; // a trailing semicolon is allowed
            return std::nullopt;
        }
        const qsizetype star = parameter->name.indexOf('*');
        auto &target = star < 0 ? out.parameters : extended[parameter->name.left(star)];
        const auto existing = target.constFind(parameter->name);
        if (existing != target.cend() && *existing != parameter->value)
            return std::nullopt; // a duplicate name is allowed only with the same value
        target.insert(parameter->name, parameter->value);
    }
    for (auto it = extended.cbegin(); it != extended.cend(); ++it) {
        const QByteArray &name = it.key();
        const auto &pieces = it.value();
        if (const auto single = pieces.constFind(name + '*'); single != pieces.cend()) {
            if (const auto decoded = decodeExtended(*single))
                out.parameters.insert(name, *decoded);
            continue;
        }
        QByteArray joined;
        bool any = false;
        for (int n = 0;; ++n) {
            const QByteArray plain = name + '*' + QByteArray::number(n);
            if (const auto piece = pieces.constFind(plain); piece != pieces.cend()) {
                joined += *piece;
                any = true;
                continue;
            }
            const auto encoded = pieces.constFind(plain + '*');
            if (encoded == pieces.cend())
                break;
            any = true;
            const auto decoded = n == 0 ? decodeExtended(*encoded) : percentUnescape(*encoded);
            if (decoded)
                joined += *decoded;
        }
        if (any)
            out.parameters.insert(name, joined);
    }
    return out;
}

std::optional<FormPart> findFormPart(QByteArrayView contentType, QByteArrayView body, QByteArrayView field,
                                     QByteArray *error)
{
    auto fail = [error](const char *text) -> std::optional<FormPart> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    const auto type = parseMediaType(contentType);
    if (!type || type->type != "multipart/form-data")
        return fail("request Content-Type isn't multipart/form-data");
    const auto boundaryParameter = type->parameters.constFind("boundary");
    if (boundaryParameter == type->parameters.cend())
        return fail("no multipart boundary param in Content-Type");
    if (boundaryParameter->isEmpty())
        return fail("multipart: boundary is empty");
    const QByteArray dashBoundary = "--" + *boundaryParameter;
    QByteArray newline = "\r\n"; // a body whose first boundary line ends in "\n" alone uses "\n"

    auto isFinalBoundary = [&](QByteArrayView line) {
        if (!line.startsWith(dashBoundary + "--"))
            return false;
        const QByteArrayView rest = skipLwsp(line.sliced(dashBoundary.size() + 2));
        return rest.isEmpty() || rest == newline;
    };
    auto isDelimiter = [&](QByteArrayView line, bool first) {
        if (!line.startsWith(dashBoundary))
            return false;
        const QByteArrayView rest = skipLwsp(line.sliced(dashBoundary.size()));
        if (first && rest == "\n")
            newline = "\n";
        return rest == newline;
    };

    // The preamble, up to the first boundary.
    qsizetype pos = 0;
    while (true) {
        const QByteArrayView line = lineAt(body, pos);
        if (isFinalBoundary(line))
            return fail("http: no such file"); // an empty form
        if (!line.endsWith('\n'))
            return fail("multipart: NextPart: EOF");
        pos += line.size();
        if (isDelimiter(line, true))
            break;
    }

    std::optional<FormPart> found;
    for (int parts = 1;; ++parts) {
        if (parts > kMaxParts)
            return fail("multipart: message too large");
        // The part's headers, up to an empty line; folded lines continue the one before.
        QByteArray disposition;
        bool haveDisposition = false;
        QByteArray headerName;
        QByteArray headerValue;
        auto takeHeader = [&] {
            if (!haveDisposition && headerName == "content-disposition") {
                disposition = headerValue;
                haveDisposition = true;
            }
            headerName.clear();
        };
        while (true) {
            const QByteArrayView line = lineAt(body, pos);
            if (!line.endsWith('\n'))
                return fail("unexpected EOF");
            pos += line.size();
            if (line == "\n" || line == "\r\n")
                break;
            if (isLwsp(line.front()) && !headerName.isEmpty()) {
                headerValue += ' ' + line.trimmed().toByteArray();
                continue;
            }
            takeHeader();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return fail("malformed MIME header line");
            headerName = line.first(colon).trimmed().toByteArray().toLower();
            headerValue = line.sliced(colon + 1).trimmed().toByteArray();
        }
        takeHeader();

        // The data, up to a newline and the boundary followed by "--", blanks or a line end.
        const qsizetype dataStart = pos;
        const QByteArray delimiter = newline + dashBoundary;
        qsizetype end = dataStart;
        while (true) {
            end = body.indexOf(delimiter, end);
            if (end < 0)
                return fail("unexpected EOF");
            const QByteArrayView after = body.sliced(end + delimiter.size());
            if (after.isEmpty() || isLwsp(after.front()) || after.front() == '\r' || after.front() == '\n'
                || after.startsWith("--"))
                break;
            ++end;
        }

        // Go's FormName needs the "form-data" disposition; a malformed one has no parameters,
        // so its part has no name and is skipped, as the real server skips it.
        if (!found && haveDisposition) {
            const auto parsed = parseMediaType(disposition);
            if (parsed && parsed->type == "form-data" && parsed->parameters.value("name") == field) {
                const QByteArray filename = parsed->parameters.value("filename");
                if (!filename.isEmpty()) // without a file name, Go keeps a form value, not a file
                    found = FormPart{field.toByteArray(), filename, body.sliced(dataStart, end - dataStart)};
            }
        }

        pos = end + newline.size();
        const QByteArrayView line = lineAt(body, pos);
        if (isFinalBoundary(line))
            break;
        if (!line.endsWith('\n') || !isDelimiter(line, false))
            return fail("multipart: NextPart: EOF");
        pos += line.size();
    }
    if (!found)
        return fail("http: no such file");
    return found;
}

} // namespace rexec::local
