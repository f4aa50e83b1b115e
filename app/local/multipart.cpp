// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/multipart.h"

#include <QList>

namespace rexec::local {

namespace {

QByteArray parameter(QByteArrayView header, QByteArrayView name)
{
    for (const QByteArray &piece : header.toByteArray().split(';')) {
        const QByteArray trimmed = piece.trimmed();
        const qsizetype eq = trimmed.indexOf('=');
        if (eq <= 0 || trimmed.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray value = trimmed.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            value = value.mid(1, value.size() - 2);
            value.replace("\\\"", "\"");
            value.replace("\\\\", "\\");
        }
        return value;
    }
    return {};
}

} // namespace

std::optional<FormPart> findFormPart(QByteArrayView contentType, QByteArrayView body, QByteArrayView field)
{
    if (!contentType.toByteArray().toLower().trimmed().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200)
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray nextDelimiter = "\r\n--" + boundary;

    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.sliced(pos).startsWith("--"))
            return std::nullopt; // the closing delimiter
        if (!body.sliced(pos).startsWith("\r\n"))
            return std::nullopt;
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return std::nullopt;
        FormPart part;
        for (const QByteArray &line : body.sliced(pos, headersEnd - pos).toByteArray().split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-disposition:")) {
                const QByteArray value = trimmed.mid(20);
                part.name = parameter(value, "name");
                part.filename = parameter(value, "filename");
            }
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype dataEnd = body.indexOf(nextDelimiter, dataStart);
        if (dataEnd < 0)
            return std::nullopt; // truncated
        part.data = body.sliced(dataStart, dataEnd - dataStart);
        if (part.name == field)
            return part;
        pos = dataEnd + 2;
    }
    return std::nullopt;
}

} // namespace rexec::local
