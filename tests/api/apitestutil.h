// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QtGlobal>

// Fixtures are JSON text, as the server sends it. moc reads raw string literals as ordinary ones,
// so a raw fixture must not contain "//" or an escaped quote (use "\/" or an ordinary literal),
// or moc silently finds no test class. A fixture that does not parse is a bug in the
// test itself, so it stops the run loudly instead of silently testing an empty object.
namespace rexec::test {

inline QJsonDocument jsonDocument(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad fixture: %s in %s", qPrintable(error.errorString()), text);
    return document;
}

inline QJsonObject jsonObject(const char *text)
{
    const QJsonDocument document = jsonDocument(text);
    if (!document.isObject())
        qFatal("fixture is not an object: %s", text);
    return document.object();
}

inline QJsonArray jsonArray(const char *text)
{
    const QJsonDocument document = jsonDocument(text);
    if (!document.isArray())
        qFatal("fixture is not an array: %s", text);
    return document.array();
}

// The value of {"v": <text>}, to get scalars such as 1e300 or 9223372036854775807 exactly as the
// JSON parser makes them.
inline QJsonValue jsonValue(const char *text)
{
    const QByteArray wrapped = QByteArray("{\"v\":") + text + '}';
    return jsonObject(wrapped.constData()).value(QLatin1StringView("v"));
}

} // namespace rexec::test
