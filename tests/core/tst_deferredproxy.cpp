// SPDX-License-Identifier: GPL-3.0-or-later
// The deferred libproxy (app/deferredproxy): nothing of the real libproxy is loaded until a proxy
// is asked for, a server on this computer never asks, and when a proxy is asked for, the system's
// settings still decide it. Linked like the executables; rexec-local itself is checked too.
// (Qt asks for no proxy to a loopback address, so a This computer session never loads it.)
#include "api/restclient.h"
#include "containers/containereventsclient.h"
#include "localserverprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray mapsOf(const QString &pid)
{
    QFile maps(u"/proc/%1/maps"_s.arg(pid));
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

#ifdef REXEC_SYSTEM_LIBPROXY
const QByteArray kRealLibproxy = QFile::encodeName(QFileInfo(QStringLiteral(REXEC_SYSTEM_LIBPROXY)).canonicalFilePath());
#endif

} // namespace

class TestDeferredProxy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
#ifndef REXEC_SYSTEM_LIBPROXY
        QSKIP("Qt Network does not link libproxy here: nothing is deferred");
#else
        QVERIFY(!kRealLibproxy.isEmpty());
        // The system's settings, as libproxy reads them: an HTTPS proxy, but not for this host.
        qputenv("https_proxy", "http://proxy.example:3128");
        qputenv("no_proxy", "direct.example");
#endif
    }

#ifdef REXEC_SYSTEM_LIBPROXY
    void notLoadedAtStart()
    {
        const QByteArray maps = mapsOf(u"self"_s);
        QVERIFY2(maps.contains("/rexec-desktop/libproxy.so.1"), "the stand-in is not what was loaded as libproxy");
        QVERIFY2(!maps.contains(kRealLibproxy), kRealLibproxy.constData());
        QVERIFY(!maps.contains("libcurl"));
    }

    // What a This computer session does first (GET the list, open the events socket) is answered,
    // and libproxy stays unloaded.
    void sessionWithThisComputer()
    {
        rexec::test::LocalServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        rexec::api::RestClient client(server.url());
        client.setToken(QString::fromLatin1(server.token()));
        std::optional<bool> answered;
        client.listContainers(this, [&](const auto &result) { answered = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), 10000);
        QVERIFY(*answered);
        {
            rexec::containers::ContainerEventsClient events(client);
            events.start();
            QTRY_COMPARE_WITH_TIMEOUT(events.mode(), rexec::containers::ContainerEventsClient::Mode::Live, 10000);
        }
        QVERIFY(!mapsOf(u"self"_s).contains(kRealLibproxy));

        // rexec-local, which never asks for a proxy, never loads it either.
        const QByteArray serverMaps = mapsOf(QString::number(server.process().processId()));
        QVERIFY(!serverMaps.isEmpty());
        QVERIFY(serverMaps.contains("/rexec-desktop/libproxy.so.1"));
        QVERIFY(!serverMaps.contains(kRealLibproxy));
        QVERIFY(!serverMaps.contains("libcurl"));
        QCOMPARE(server.stop(), 0);
    }

    // Asked for a proxy, the stand-in loads the real libproxy and answers as it does.
    void systemSettingsStillDecide()
    {
        const QList<QNetworkProxy> proxied =
            QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(QUrl(u"https://rexec.example/api"_s)));
        QVERIFY(!proxied.isEmpty());
        QCOMPARE(proxied.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxied.first().hostName(), u"proxy.example"_s);
        QCOMPARE(proxied.first().port(), 3128);
        QVERIFY(mapsOf(u"self"_s).contains(kRealLibproxy));

        const QList<QNetworkProxy> excluded =
            QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(QUrl(u"https://direct.example/api"_s)));
        QVERIFY(!excluded.isEmpty());
        QCOMPARE(excluded.first().type(), QNetworkProxy::NoProxy);
    }
#endif
};

QTEST_GUILESS_MAIN(TestDeferredProxy)
#include "tst_deferredproxy.moc"
