// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace rexec::local {

// Everything rexec-local can be told; the defaults are the real server's.
struct LocalConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    int listenFd = -1; // a listening socket already open (--listen-fd): served instead of address:port
    QString dataDir;
    QString tier = QStringLiteral("pro");
    int containerLimit = 10;                    // the real server's limit for the pro tier
    qint64 uploadLimitBytes = 100LL * 1024 * 1024;
    qint64 jsonBodyLimitBytes = 1024 * 1024;
    int downloadDeadlineSeconds = 30;           // the real server cuts downloads off after 30 s; 0: never
    int apiRatePerMinute = 500;
    int containerRatePerMinute = 120;
    int webSocketRatePerMinute = 100;
    int terminalPingSeconds = 15;
    int eventsPingSeconds = 30;
    int statsIntervalMs = 1000;
    int createStepMs = 40;                      // pause between creation stages, so that clients see each one
    QByteArray mfaKey;                          // the user's TOTP secret (decoded); empty: no MFA, as by default
};

} // namespace rexec::local
