// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Self-signed certificates for 127.0.0.1 and localhost, made once with `openssl req -x509 -newkey ec
// -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 -subj "/CN=rexec-test-one/O=Rexec Desktop
// tests" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost"` (and rexec-test-two).
// Their keys protect nothing but these tests.
namespace rexec::test {

struct TestCertificate {
    QByteArray certificatePem;
    QByteArray keyPem;
};

inline TestCertificate testCertificateOne()
{
    return {QByteArrayLiteral(R"PEM(-----BEGIN CERTIFICATE-----
MIIB4jCCAYegAwIBAgIUFWETMhTB5F2JfrLiuT10IeNM9ccwCgYIKoZIzj0EAwIw
NzEXMBUGA1UEAwwOcmV4ZWMtdGVzdC1vbmUxHDAaBgNVBAoME1JleGVjIERlc2t0
b3AgdGVzdHMwIBcNMjYxMTI2MTYwNjM5WhgPMjEyNjExMDIxNjA2MzlaMDcxFzAV
BgNVBAMMDnJleGVjLXRlc3Qtb25lMRwwGgYDVQQKDBNSZXhlYyBEZXNrdG9wIHRl
c3RzMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE6N/IbN6waEekG3CZVyU8I2+I
rb4bpHI5tfwPVhMAX1TQU+go8rOZwMybbgoGxnuph2DnB1T8/aI8zgGz2G8EtqNv
MG0wHQYDVR0OBBYEFOq/nIQs24KxEeRH0pRFrdwVVUN9MB8GA1UdIwQYMBaAFOq/
nIQs24KxEeRH0pRFrdwVVUN9MA8GA1UdEwEB/wQFMAMBAf8wGgYDVR0RBBMwEYcE
fwAAAYIJbG9jYWxob3N0MAoGCCqGSM49BAMCA0kAMEYCIQD1jIELQq6h5BLHU0px
b0DERc/rk7AbMxp+E7L0rQkHdgIhAKZPNpX4MGUeJgV4t0ytQespg9eFWmXzjSAj
bun6lw7E
-----END CERTIFICATE-----
)PEM"), QByteArrayLiteral(R"PEM(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgwtU3akp/hoYN5Wff
l383CieDUsbiHJez47WC6VYdW7yhRANCAATo38hs3rBoR6QbcJlXJTwjb4itvhuk
cjm1/A9WEwBfVNBT6Cjys5nAzJtuCgbGe6mHYOcHVPz9ojzOAbPYbwS2
-----END PRIVATE KEY-----
)PEM")};
}

inline TestCertificate testCertificateTwo()
{
    return {QByteArrayLiteral(R"PEM(-----BEGIN CERTIFICATE-----
MIIB4jCCAYegAwIBAgIUCIgA/cSEAUfm2glbVla20PV1nZQwCgYIKoZIzj0EAwIw
NzEXMBUGA1UEAwwOcmV4ZWMtdGVzdC10d28xHDAaBgNVBAoME1JleGVjIERlc2t0
b3AgdGVzdHMwIBcNMjYxMTI2MTYwNjM5WhgPMjEyNjExMDIxNjA2MzlaMDcxFzAV
BgNVBAMMDnJleGVjLXRlc3QtdHdvMRwwGgYDVQQKDBNSZXhlYyBEZXNrdG9wIHRl
c3RzMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEwCYJlkmDnr1erFcQQPWnLAs4
BqJTjwQZ3ZfgGbITQED7SkI5KLEyOYgqaBjYBQoj9qFi4cEHM2GBAx8IO/W1nqNv
MG0wHQYDVR0OBBYEFGse+6v3tA2wh1QZAovNpxONgmY3MB8GA1UdIwQYMBaAFGse
+6v3tA2wh1QZAovNpxONgmY3MA8GA1UdEwEB/wQFMAMBAf8wGgYDVR0RBBMwEYcE
fwAAAYIJbG9jYWxob3N0MAoGCCqGSM49BAMCA0kAMEYCIQDsLjzhc45xmK/t92Gz
1byiRvuUwgJrPv50+smFSgTL2gIhAJGi2DeEjH6L5JrqAxdZpOPFecZYpgMR7bDq
fB7N0qvW
-----END CERTIFICATE-----
)PEM"), QByteArrayLiteral(R"PEM(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg4pMDW0nArAJgNX+P
5fAy1bwoU/MMYHP8E2s8izyOim2hRANCAATAJgmWSYOevV6sVxBA9acsCzgGolOP
BBndl+AZshNAQPtKQjkosTI5iCpoGNgFCiP2oWLhwQczYYEDHwg79bWe
-----END PRIVATE KEY-----
)PEM")};
}

} // namespace rexec::test
