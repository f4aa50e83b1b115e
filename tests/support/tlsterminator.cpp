// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsterminator.h"

#include "tcpproxy.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace rexec::test {

TlsTerminator::TlsTerminator(const QUrl &target, const TestCertificate &certificate, QObject *parent)
    : QSslServer(parent)
    , m_target(target)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.certificatePem, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(certificate.keyPem, QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    setSslConfiguration(configuration);
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *client = nextPendingConnection())
            relayTo(client, m_target);
    });
}

QUrl TlsTerminator::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort()));
}

QSslCertificate TlsTerminator::certificate() const
{
    return sslConfiguration().localCertificate();
}

} // namespace rexec::test
