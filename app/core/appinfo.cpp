// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appinfo.h"

#include <rexec/version.h>

#include <QCoreApplication>

namespace rexec {

void initApplicationInfo(const char *applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rexec"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rexec.github.io"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

} // namespace rexec
