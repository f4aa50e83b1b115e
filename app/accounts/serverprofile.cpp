// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/serverprofile.h"

#include <QCoreApplication>

namespace rexec::accounts {

QString ServerProfile::displayName() const
{
    if (userName.isEmpty())
        return name;
    if (tier.isEmpty())
        return QCoreApplication::translate("ServerProfile", "%1 — %2").arg(name, userName);
    return QCoreApplication::translate("ServerProfile", "%1 — %2 (%3)").arg(name, userName, tier);
}

QUrl normalizedServerUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    // The base URL is the origin plus an optional path prefix; no query, fragment or user info.
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace rexec::accounts
