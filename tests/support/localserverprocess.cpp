// SPDX-License-Identifier: GPL-3.0-or-later
#include "localserverprocess.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

namespace rexec::test {

LocalServerProcess::LocalServerProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{
}

LocalServerProcess::~LocalServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

bool LocalServerProcess::start(QString *error)
{
    if (!m_dataDir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString program = binaryDir() + QStringLiteral("/rexec-local");
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                          m_dataDir.path() + QStringLiteral("/data")};
    arguments += m_arguments;
    // REXEC_TEST_SERVER_LOG=1: what rexec-local says goes straight to the test's output.
    m_process.setProcessChannelMode(qEnvironmentVariableIsSet("REXEC_TEST_SERVER_LOG") ? QProcess::ForwardedErrorChannel
                                                                                     : QProcess::SeparateChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    static const QRegularExpression line(QStringLiteral("^rexec-local listening on (http://\\S+)$"));
    QByteArray out;
    const QDeadlineTimer deadline(20000);
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || (!m_process.waitForReadyRead(int(deadline.remainingTime())) && m_process.state() != QProcess::Running)) {
            *error = QStringLiteral("rexec-local did not say where it listens: %1")
                         .arg(QString::fromLocal8Bit(out + m_process.readAllStandardError()));
            return false;
        }
        out += m_process.readAllStandardOutput();
    }
    const auto match = line.match(QString::fromUtf8(out.left(out.indexOf('\n'))));
    if (!match.hasMatch()) {
        *error = QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(out));
        return false;
    }
    m_url = QUrl(match.captured(1));
    const qsizetype tokenOption = m_arguments.indexOf(QStringLiteral("--token-file"));
    QFile tokenFile(tokenOption >= 0 && tokenOption + 1 < m_arguments.size() ? m_arguments.at(tokenOption + 1)
                                                                             : m_dataDir.path() + QStringLiteral("/data/token"));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no token file: %1").arg(tokenFile.errorString());
        return false;
    }
    m_token = tokenFile.readAll().trimmed();
    return true;
}

int LocalServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QUrl LocalServerProcess::url(const QString &path) const
{
    QUrl u = m_url;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    u.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        u.setQuery(path.mid(question + 1));
    return u;
}

QUrl LocalServerProcess::webSocketUrl(const QString &path) const
{
    QUrl u = url(path);
    u.setScheme(QStringLiteral("ws"));
    return u;
}

QByteArray LocalServerProcess::standardError()
{
    return m_process.readAllStandardError();
}

} // namespace rexec::test
