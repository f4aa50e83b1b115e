// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/localcli.h"


#include "local/localimage.h"
#include "local/localserver.h"
#include "local/totp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace rexec::local {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop; the destructors then end every sandbox.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
}

bool parseListen(const QString &value, LocalConfig *config)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    const QHostAddress address = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull())
        return false;
    config->address = address;
    config->port = quint16(port);
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "rexec-local: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int runLocalServerCli(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("rexec-local",
                                   "A Rexec-compatible server with sandboxes on this computer.\n"
                                   "  rexec-local [options]                serve\n"
                                   "  rexec-local image add KEY PATH       register a root file system: a folder, or a\n"
                                   "                                       tarball (.tar, .tar.gz, .tar.xz…) unpacked\n"
                                   "                                       once into the data folder"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QCoreApplication::translate("rexec-local", "Address and port (port 0: any free one)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption listenFd(
        QStringLiteral("listen-fd"),
        QCoreApplication::translate("rexec-local", "Serve on the listening TCP socket open as this file descriptor "
                                                   "instead of --listen (the desktop app binds it first, so that it "
                                                   "knows the address before rexec-local runs)."),
        QStringLiteral("fd"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("rexec-local", "Where containers and settings live."),
                                     QStringLiteral("dir"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        QCoreApplication::translate("rexec-local", "The accepted token; made (mode 0600) when missing."),
        QStringLiteral("file"));
    const QCommandLineOption containerLimit(QStringLiteral("container-limit"),
                                            QCoreApplication::translate("rexec-local", "Most containers at once."),
                                            QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption uploadLimit(QStringLiteral("upload-limit-mb"),
                                         QCoreApplication::translate("rexec-local", "Largest upload, in MiB."),
                                         QStringLiteral("mib"), QStringLiteral("100"));
    const QCommandLineOption downloadDeadline(
        QStringLiteral("download-deadline"),
        QCoreApplication::translate("rexec-local", "Seconds a file download may take before its connection is cut, "
                                                   "as the real server does (0: no limit)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption rateLimits(
        QStringLiteral("rate-limits"),
        QCoreApplication::translate("rexec-local", "Requests a minute: API, container creation, WebSocket (0: no limit)."),
        QStringLiteral("api,create,ws"), QStringLiteral("500,120,100"));
    const QCommandLineOption tokenStdin(
        QStringLiteral("token-stdin"),
        QCoreApplication::translate("rexec-local", "Read the accepted token from the first line of standard input "
                                                   "(the app passes its keychain's token this way; no file is written)."));
    const QCommandLineOption mfaSecret(
        QStringLiteral("mfa-secret"),
        QCoreApplication::translate("rexec-local", "Give the user two-factor authentication with this TOTP secret "
                                                   "(base32, as authenticator apps take it), so that terminals can be "
                                                   "MFA-locked. Without it the user has no MFA."),
        QStringLiteral("base32"));
    parser.addOptions({listen, listenFd, dataDir, tokenFile, tokenStdin, containerLimit, uploadLimit, downloadDeadline, rateLimits,
                       mfaSecret});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("image add KEY PATH"), QStringLiteral("[command]"));
    parser.process(app);

    LocalConfig config;
    config.dataDir = parser.isSet(dataDir)
        ? QDir(parser.value(dataDir)).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/rexec-local");

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.size() != 4 || positional.at(0) != u"image" || positional.at(1) != u"add")
            return fail(QStringLiteral("unknown command; see --help"));
        QString error;
        if (QFileInfo(positional.at(3)).isFile()) {
            std::printf("unpacking %s...\n", qPrintable(positional.at(3)));
            std::fflush(stdout);
        }
        if (!ImageCatalog::addImage(QDir(config.dataDir).filePath(QStringLiteral("images.json")), positional.at(2),
                                    positional.at(3), &error))
            return fail(error);
        std::printf("image %s registered\n", qPrintable(positional.at(2)));
        return 0;
    }

    if (!parseListen(parser.value(listen), &config))
        return fail(QStringLiteral("--listen takes host:port, e.g. 127.0.0.1:8080"));
    if (parser.isSet(listenFd)) {
        bool ok = false;
        config.listenFd = parser.value(listenFd).toInt(&ok);
        if (!ok || config.listenFd < 0)
            return fail(QStringLiteral("--listen-fd takes a file descriptor number"));
    }
    bool ok = false;
    config.containerLimit = parser.value(containerLimit).toInt(&ok);
    if (!ok || config.containerLimit < 0)
        return fail(QStringLiteral("--container-limit takes a number"));
    config.uploadLimitBytes = parser.value(uploadLimit).toLongLong(&ok) * 1024 * 1024;
    if (!ok || config.uploadLimitBytes <= 0)
        return fail(QStringLiteral("--upload-limit-mb takes a positive number"));
    config.downloadDeadlineSeconds = parser.value(downloadDeadline).toInt(&ok);
    if (!ok || config.downloadDeadlineSeconds < 0)
        return fail(QStringLiteral("--download-deadline takes a number of seconds (0: no limit)"));
    const QStringList rates = parser.value(rateLimits).split(QLatin1Char(','));
    if (rates.size() != 3)
        return fail(QStringLiteral("--rate-limits takes three numbers"));
    config.apiRatePerMinute = rates.at(0).toInt();
    config.containerRatePerMinute = rates.at(1).toInt();
    config.webSocketRatePerMinute = rates.at(2).toInt();
    if (parser.isSet(mfaSecret)) {
        const auto key = totp::decodeBase32(parser.value(mfaSecret));
        if (!key)
            return fail(QStringLiteral("--mfa-secret takes a base32 secret (letters A-Z and digits 2-7)"));
        config.mfaKey = *key;
    }

    quitOnSignals(app);
    // rexec-local speaks plain HTTP only, yet Qt builds a QSslConfiguration inside every
    // QHttpServerRequest and QWebSocket: with the OpenSSL backend the first one loads OpenSSL and
    // reads the CA folders, 30-60 ms that the first request waited for (the embedded server's
    // first client is the window's container list). Choosing Qt's certificate-only backend still
    // loaded every TLS plugin, OpenSSL's included, to list them: 5-7 ms of a 12 ms start. With no
    // plugin folder there is no TLS backend at all, and a QSslConfiguration costs nothing; Qt
    // then says so on each request, which is no news for a server without TLS. It needs no other
    // plugin.
    QCoreApplication::setLibraryPaths({});
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.ssl.warning=false"));
    LocalServer server(config);
    QString error;
    QString tokenPath;
    QByteArray stdinToken;
    if (parser.isSet(tokenStdin)) {
        char line[256] = {};
        if (!std::fgets(line, sizeof line, stdin))
            return fail(QStringLiteral("--token-stdin: nothing on standard input"));
        stdinToken = QByteArray(line).trimmed();
        if (!TokenStore::isWellFormed(stdinToken))
            return fail(QStringLiteral("--token-stdin: not a token (rexec_ and 64 lowercase hex characters)"));
    } else {
        tokenPath = parser.isSet(tokenFile) ? parser.value(tokenFile) : QDir(config.dataDir).filePath(QStringLiteral("token"));
    }
    if (!server.initialize(tokenPath, &error))
        return fail(error);
    if (!stdinToken.isEmpty())
        server.tokens().addPrimaryToken(QString::fromLatin1(stdinToken));
    if (!server.listen(&error))
        return fail(error);
    std::printf("rexec-local listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace rexec::local
