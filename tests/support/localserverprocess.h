// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace rexec::test {

// A real rexec-local, as a child process on a free loopback port with its own data folder.
// Every client test talks to one over real TCP.
class LocalServerProcess
{
public:
    explicit LocalServerProcess(QStringList extraArguments = {});
    ~LocalServerProcess();

    // Starts it and waits for its "listening on" line; false with `error` set otherwise.
    bool start(QString *error);
    // SIGTERM, then waits for it to end; its exit code, or -1 when it did not end in time.
    int stop();

    QUrl url() const { return m_url; }
    QUrl url(const QString &path) const;
    QUrl webSocketUrl(const QString &path) const;
    QByteArray token() const { return m_token; }
    QString dataDir() const { return m_dataDir.path(); }
    QProcess &process() { return m_process; }
    QByteArray standardError();

private:
    QStringList m_arguments;
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QUrl m_url;
    QByteArray m_token;
};

} // namespace rexec::test
