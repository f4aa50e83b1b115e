// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Tolerant readers shared by the API value types. The server builds its replies as ad-hoc maps,
// other deployments may differ, and a proxy may answer instead: a reader never fails, it says
// "no usable value" (nullopt or an empty result) and the caller keeps its default.
namespace rexec::api::json {

// A string; numbers become their decimal text (some servers send numeric ids). Null, bools,
// arrays and objects give nullopt.
std::optional<QString> toString(const QJsonValue &value);

// A whole number from a JSON number or a numeric string ("512", " 512 ", "512.0", "1e3").
// Fractions are dropped toward zero; NaN, infinities and values outside qint64 give nullopt.
std::optional<qint64> toInt64(const QJsonValue &value);

// A finite double from a JSON number or a numeric string.
std::optional<double> toDouble(const QJsonValue &value);

// A bool, also from the strings "true"/"false" and the numbers 0 and 1.
std::optional<bool> toBool(const QJsonValue &value);

// The strings of an array (other elements skipped); a single string becomes a one-element list.
QStringList toStringList(const QJsonValue &value);

// An object of scalar values as text; nested objects, arrays and nulls are skipped.
QMap<QString, QString> toStringMap(const QJsonValue &value);

// The array under `key`, also when the value is null or missing (then empty).
QJsonArray arrayAt(const QJsonObject &object, QLatin1StringView key);

} // namespace rexec::api::json
