// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rexec::ui {

namespace {

QString names(const QSslCertificate &certificate, bool issuer)
{
    const auto field = [&](QSslCertificate::SubjectInfo info) {
        return (issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info)).join(QStringLiteral(", "));
    };
    QString common = field(QSslCertificate::CommonName);
    const QString organization = field(QSslCertificate::Organization);
    if (common.isEmpty())
        return organization;
    return organization.isEmpty() ? common : CertificateDialog::tr("%1 (%2)").arg(common, organization);
}

QLabel *value(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString CertificateDialog::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

CertificateDialog::CertificateDialog(const QString &serverName, const QSslCertificate &certificate,
                                     const QList<QSslError> &errors, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Untrusted Certificate"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("The secure connection to %1 was refused: its certificate is not trusted by this "
                                "computer. Trust it only if you know it is the server's own certificate, for "
                                "example by comparing the fingerprint with the one its administrator gave you.")
                                 .arg(serverName.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    QStringList reasons;
    for (const QSslError &error : errors) {
        if (!reasons.contains(error.errorString()))
            reasons << error.errorString();
    }
    const QLocale locale;
    auto *form = new QFormLayout;
    form->addRow(tr("Issued to:"), value(names(certificate, false), QStringLiteral("certificateSubject")));
    form->addRow(tr("Issued by:"), value(names(certificate, true), QStringLiteral("certificateIssuer")));
    form->addRow(tr("Valid:"), value(tr("from %1 to %2")
                                         .arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                                              locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat)),
                                     QStringLiteral("certificateValidity")));
    auto *digest = value(fingerprint(certificate), QStringLiteral("certificateFingerprint"));
    digest->setFont(QFont(QStringLiteral("monospace")));
    form->addRow(tr("SHA-256 fingerprint:"), digest);
    form->addRow(tr("Refused because:"), value(reasons.join(u'\n'), QStringLiteral("certificateErrors")));
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addSpacing(8);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *trust = buttons->addButton(tr("&Trust This Certificate"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificate"));
    // Trusting is a deliberate act: Enter cancels.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    trust->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, layout->heightForWidth(560) > 0 ? layout->heightForWidth(560) : sizeHint().height());
}

} // namespace rexec::ui
