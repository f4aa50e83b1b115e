// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rexec::initApplicationInfo("rexec-local");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A Rexec-compatible server with local bubblewrap sandboxes"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
