// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <optional>

namespace rexec::local {

// One part of a multipart/form-data body, pointing into the body (no copy of the file's bytes).
struct FormPart {
    QByteArray name;
    QByteArray filename; // as sent, unquoted; not yet reduced to a base name
    QByteArrayView data;
};

// A media type or a Content-Disposition value, parsed as Go's mime.ParseMediaType does: the type
// in lower case, parameter names in lower case, values as tokens or RFC 2045 quoted-strings
// (backslash escapes), and RFC 2231 extended values (`filename*=UTF-8''a%20b`, continuations).
struct MediaType {
    QByteArray type;
    QHash<QByteArray, QByteArray> parameters;
};
// std::nullopt where Go's parser returns an error (the real server then sees no parameters at all).
std::optional<MediaType> parseMediaType(QByteArrayView value);

// The first file part named `field` in a multipart/form-data `body`, given the request's
// Content-Type, found as Go's Request.FormFile finds it. Otherwise std::nullopt, with `error` set
// to the Go error text the real server puts after "no file uploaded: ".
std::optional<FormPart> findFormPart(QByteArrayView contentType, QByteArrayView body, QByteArrayView field,
                                     QByteArray *error = nullptr);

} // namespace rexec::local
