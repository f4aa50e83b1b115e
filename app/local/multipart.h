// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace rexec::local {

// One part of a multipart/form-data body, pointing into the body (no copy of the file's bytes).
struct FormPart {
    QByteArray name;
    QByteArray filename;
    QByteArrayView data;
};

// The first part named `field` in a multipart/form-data `body`, given the request's Content-Type.
std::optional<FormPart> findFormPart(QByteArrayView contentType, QByteArrayView body, QByteArrayView field);

} // namespace rexec::local
