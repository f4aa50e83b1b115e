// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appinfo.h"
#include "local/localcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rexec::initApplicationInfo("rexec-local");
    return rexec::local::runLocalServerCli(app);
}
