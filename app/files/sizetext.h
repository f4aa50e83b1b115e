// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rexec::files {

// "812 bytes", "47 kB", "1.8 MB", "180 MB" (no ".0"): sizes as file managers show them.
inline QString formatDataSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024 * 1024)
        return locale.formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
    QString text = locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    const QString zero = locale.decimalPoint() + locale.zeroDigit() + u' ';
    if (const qsizetype at = text.indexOf(zero); at > 0)
        text.remove(at, zero.size() - 1);
    return text;
}

// A time to the minute in the locale's short form: `ls` gives no seconds, so none are shown.
inline QString formatMinute(const QDateTime &time)
{
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return locale.toString(time, format);
}

} // namespace rexec::files
