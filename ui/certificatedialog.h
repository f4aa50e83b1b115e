// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace rexec::ui {

// Shows a certificate TLS refused (who it names, who issued it, when it is valid, its SHA-256
// fingerprint, and why it was refused) and lets the user trust exactly it for one server.
// Accepted means "trust it".
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &serverName, const QSslCertificate &certificate, const QList<QSslError> &errors,
                      QWidget *parent = nullptr);

    QSslCertificate certificate() const { return m_certificate; }
    // "AB:CD:…", as browsers show it.
    static QString fingerprint(const QSslCertificate &certificate);

private:
    QSslCertificate m_certificate;
};

} // namespace rexec::ui
