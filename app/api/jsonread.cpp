// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/jsonread.h"

#include <QLocale>
#include <QVariant>

#include <cmath>

namespace rexec::api::json {

namespace {

// 2^63 exactly; every double below it (and at or above -2^63) converts to qint64 without overflow.
constexpr double kInt64Bound = 9223372036854775808.0;

std::optional<qint64> fromDouble(double d)
{
    if (!std::isfinite(d))
        return std::nullopt;
    d = std::trunc(d);
    if (d >= kInt64Bound || d < -kInt64Bound)
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

std::optional<QString> toString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return QString::number(v.toLongLong());
        const double d = value.toDouble();
        if (std::isfinite(d))
            return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return std::nullopt;
}

std::optional<qint64> toInt64(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Integers that fit are stored exactly; going through double would lose digits above 2^53.
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return v.toLongLong();
        return fromDouble(value.toDouble());
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 whole = text.toLongLong(&ok);
        if (ok)
            return whole;
        const double d = text.toDouble(&ok);
        if (ok)
            return fromDouble(d);
    }
    return std::nullopt;
}

std::optional<double> toDouble(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional(d) : std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<bool> toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0)
            return false;
        return std::nullopt;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == 0.0)
            return false;
        if (d == 1.0)
            return true;
    }
    return std::nullopt;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString()) {
        list.append(value.toString());
        return list;
    }
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

QMap<QString, QString> toStringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue item = it.value();
        if (item.isBool())
            map.insert(it.key(), item.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (const auto text = toString(item))
            map.insert(it.key(), *text);
    }
    return map;
}

QJsonArray arrayAt(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toArray();
}

} // namespace rexec::api::json
