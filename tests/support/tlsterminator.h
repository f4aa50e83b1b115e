// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testcertificates.h"

#include <QSslServer>
#include <QUrl>

namespace rexec::test {

// HTTPS (and WSS) in front of a plain-HTTP server, as a reverse proxy terminating TLS does: every
// client connection is decrypted here and relayed to `target` over loopback TCP. Serves one of the
// self-signed test certificates, which no client trusts until told to.
class TlsTerminator : public QSslServer
{
    Q_OBJECT
public:
    TlsTerminator(const QUrl &target, const TestCertificate &certificate, QObject *parent = nullptr);

    QUrl url() const; // https://127.0.0.1:<this port>
    QSslCertificate certificate() const;

private:
    QUrl m_target;
};

} // namespace rexec::test
