// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal socket on a real shell in a real sandbox: every message type, the handshake quirks,
// session replacement by id, 4100 on stop, and isolation between containers and from the host.
#include "localtestutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace rexec::test;

class TestLocalTerminal : public QObject
{
    Q_OBJECT

    LocalServerProcess m_server;
    HttpClient m_http;
    QString m_id;
    QString m_otherId;

    QUrl terminalUrl(const QString &id, const QString &session) const
    {
        return m_server.webSocketUrl(QStringLiteral("/ws/terminal/%1?id=%2").arg(id, session));
    }

    // Opens a terminal and waits until its shell is ready.
    bool openShell(WebSocketClient &client, const QString &id, const QString &session)
    {
        if (!client.open(terminalUrl(id, session), m_server.token()))
            return false;
        client.sendJson({{QStringLiteral("type"), QStringLiteral("resize")}, {QStringLiteral("cols"), 120}, {QStringLiteral("rows"), 40}});
        return !client.waitFor(QStringLiteral("shell_ready")).isEmpty();
    }

    void type(WebSocketClient &client, const QString &text)
    {
        client.sendJson({{QStringLiteral("type"), QStringLiteral("input")}, {QStringLiteral("data"), text}});
    }

    // Runs a command and returns what it printed between two markers.
    QString run(WebSocketClient &client, const QString &command)
    {
        const QString marker = QStringLiteral("M%1").arg(QRandomGenerator::global()->generate());
        client.clearOutput();
        // printf joins each marker from two words, so that the echoed command line never matches it.
        type(client, QStringLiteral("printf '%s%s\\n' %1 B; %2; printf '%s%s\\n' %1 E\r").arg(marker, command));
        if (!client.waitForOutput(marker + QStringLiteral("E\r\n"), 15000))
            return QStringLiteral("<timed out: %1>").arg(client.output());
        const QString out = client.output();
        const qsizetype begin = out.lastIndexOf(marker + QStringLiteral("B\r\n"));
        const qsizetype end = out.lastIndexOf(marker + QStringLiteral("E\r\n"));
        return out.mid(begin + marker.size() + 3, end - begin - marker.size() - 3).trimmed();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_http.setToken(m_server.token());
        m_id = createRunning(m_http, m_server, QStringLiteral("alpha"),
                             {{QStringLiteral("environment"), QJsonObject{{QStringLiteral("GREETING"), QStringLiteral("hello from env")}}}});
        m_otherId = createRunning(m_http, m_server, QStringLiteral("beta"));
        QVERIFY(!m_id.isEmpty());
        QVERIFY(!m_otherId.isEmpty());
    }

    void handshakeAndMessageSequence()
    {
        WebSocketClient client;
        QVERIFY2(client.open(terminalUrl(m_id, QStringLiteral("seq")), m_server.token()), qPrintable(client.error()));
        QCOMPARE(client.socket().subprotocol(), QStringLiteral("rexec.v1"));
        QCOMPARE(client.waitFor(QStringLiteral("connected")).value(u"data").toString(), QStringLiteral("Terminal session established"));
        QCOMPARE(client.waitFor(QStringLiteral("container_status")).value(u"data").toString(), QStringLiteral("running"));
        QVERIFY(!client.waitFor(QStringLiteral("shell_starting")).isEmpty());
        QVERIFY(!client.waitFor(QStringLiteral("shell_ready")).isEmpty());
        const QList<QJsonObject> first = client.messages().mid(0, 4);
        QStringList order;
        for (const auto &m : first)
            order << m.value(u"type").toString();
        QCOMPARE(order, (QStringList{QStringLiteral("connected"), QStringLiteral("container_status"),
                                     QStringLiteral("shell_starting"), QStringLiteral("shell_ready")}));
    }

    void noSubprotocolOfferedNoneEchoed()
    {
        WebSocketClient client;
        QVERIFY(client.open(terminalUrl(m_id, QStringLiteral("plain")), m_server.token(), {}));
        QCOMPARE(client.socket().subprotocol(), QString());
    }

    void shellWorks()
    {
        WebSocketClient client;
        QVERIFY(openShell(client, m_id, QStringLiteral("shell")));
        QCOMPARE(run(client, QStringLiteral("echo $((6*7))")), QStringLiteral("42"));
        QCOMPARE(run(client, QStringLiteral("hostname")), QStringLiteral("alpha"));
        QCOMPARE(run(client, QStringLiteral("pwd")), QStringLiteral("/home/user"));
        QCOMPARE(run(client, QStringLiteral("echo $HOME $TERM $LANG")), QStringLiteral("/home/user xterm-256color C.UTF-8"));
        QCOMPARE(run(client, QStringLiteral("echo \"$GREETING\"")), QStringLiteral("hello from env"));
        QCOMPARE(run(client, QStringLiteral("stty size")), QStringLiteral("40 120"));
        client.sendJson({{QStringLiteral("type"), QStringLiteral("resize")}, {QStringLiteral("cols"), 100}, {QStringLiteral("rows"), 30}});
        QCOMPARE(run(client, QStringLiteral("stty size")), QStringLiteral("30 100"));
    }

    void onlyItsOwnProcessesAreVisible()
    {
        WebSocketClient client;
        QVERIFY(openShell(client, m_id, QStringLiteral("ps")));
        const QString ps = run(client, QStringLiteral("ps -e -o comm= | sort | tr '\\n' ' '"));
        QVERIFY2(!ps.contains(QStringLiteral("rexec-local")), qPrintable(ps));
        QVERIFY2(!ps.contains(QStringLiteral("tst_local")), qPrintable(ps));
        QVERIFY2(ps.contains(QStringLiteral("bash")) || ps.contains(QStringLiteral("sh")), qPrintable(ps));
        // Few processes: the sandbox's init, its keeper, this shell and ps.
        QVERIFY2(ps.split(u' ', Qt::SkipEmptyParts).size() < 12, qPrintable(ps));
    }

    void filesAreIsolated()
    {
        const QString token = QStringLiteral("isolated-%1").arg(QRandomGenerator::global()->generate());
        WebSocketClient alpha;
        QVERIFY(openShell(alpha, m_id, QStringLiteral("iso-a")));
        QCOMPARE(run(alpha, QStringLiteral("echo %1 > /home/user/mark; echo %1 > /tmp/mark; echo %1 > /etc/mark; cat /etc/mark").arg(token)), token);

        WebSocketClient beta;
        QVERIFY(openShell(beta, m_otherId, QStringLiteral("iso-b")));
        QCOMPARE(run(beta, QStringLiteral("cat /home/user/mark /tmp/mark /etc/mark 2>/dev/null | wc -l")), QStringLiteral("0"));
        // Nor does the host see it: /etc and /tmp are the sandbox's own layers.
        QVERIFY(!QFile::exists(QStringLiteral("/etc/mark")));
        QFile hostTmp(QStringLiteral("/tmp/mark"));
        QVERIFY(!hostTmp.exists() || !(hostTmp.open(QIODevice::ReadOnly) && hostTmp.readAll().contains(token.toUtf8())));
    }

    void statsCarryRealFigures()
    {
        WebSocketClient client;
        QVERIFY(openShell(client, m_id, QStringLiteral("stats")));
        const QJsonObject stats = client.waitFor(QStringLiteral("stats"), 5000);
        QVERIFY(!stats.isEmpty());
        // `data` is a string that holds JSON.
        QVERIFY(stats.value(u"data").isString());
        const QJsonObject figures = QJsonDocument::fromJson(stats.value(u"data").toString().toUtf8()).object();
        QVERIFY(figures.value(u"memory").toDouble() > 0);
        QVERIFY(figures.value(u"memory_limit").toDouble() > 0);
        QVERIFY(figures.contains(u"cpu_percent"));
        QVERIFY(figures.contains(u"disk_usage"));
    }

    void pingPong()
    {
        WebSocketClient client;
        QVERIFY(openShell(client, m_id, QStringLiteral("ping")));
        client.sendJson({{QStringLiteral("type"), QStringLiteral("ping")}});
        QVERIFY(!client.waitFor(QStringLiteral("pong")).isEmpty());
    }

    void looseFramesAreTypedAsRawInput()
    {
        WebSocketClient client;
        QVERIFY(openShell(client, m_id, QStringLiteral("raw")));
        client.clearOutput();
        // Not JSON: typed into the shell as it is (the legacy path of the Go CLI).
        client.socket().sendTextMessage(QStringLiteral("echo raw-$((2+3))\r"));
        QVERIFY(client.waitForOutput(QStringLiteral("raw-5")));
        // A wrong type makes Go's decoder refuse the message: the whole text is typed.
        client.clearOutput();
        client.socket().sendTextMessage(QStringLiteral("{\"type\":\"resize\",\"cols\":80.5,\"rows\":24}"));
        QVERIFY(client.waitForOutput(QStringLiteral("80.5")));
        type(client, QStringLiteral("\x03"));
    }

    void utf8SurvivesReadBoundaries()
    {
        WebSocketClient client;
        QVERIFY(openShell(client, m_id, QStringLiteral("utf8")));
        // 40,000 three-byte characters: far more than one 64 KiB read, so some split across reads.
        const QString out = run(client, QStringLiteral("head -c 120000 /dev/zero | tr '\\0' 'x' | sed 's/x/中/g' | wc -m; "
                                                        "head -c 40000 /dev/zero | tr '\\0' 'x' | sed 's/x/中/g'; echo"));
        QVERIFY2(out.startsWith(QStringLiteral("120000")), qPrintable(out.left(40)));
        QCOMPARE(out.count(QChar(0xfffd)), 0);
        QCOMPARE(out.count(QChar(0x4e2d)), 40000);
        QCOMPARE(run(client, QStringLiteral("printf '%s\\n' 'é 😀 中文'")), QStringLiteral("é 😀 中文"));
    }

    void sameSessionIdReplacesTheFirstSocket()
    {
        WebSocketClient first;
        QVERIFY(openShell(first, m_id, QStringLiteral("shared-id")));
        WebSocketClient second;
        QVERIFY(openShell(second, m_id, QStringLiteral("shared-id")));
        QVERIFY(first.waitForClose());
        QCOMPARE(first.closeCode(), 1000);
        QCOMPARE(first.socket().closeReason(), QStringLiteral("session ended"));
        QCOMPARE(run(second, QStringLiteral("echo still-here")), QStringLiteral("still-here"));
        // Different ids are independent sessions.
        WebSocketClient third;
        QVERIFY(openShell(third, m_id, QStringLiteral("another-id")));
        QCOMPARE(run(second, QStringLiteral("echo both")), QStringLiteral("both"));
    }

    void exitedShellIsRestarted()
    {
        WebSocketClient client;
        QVERIFY(openShell(client, m_id, QStringLiteral("exit")));
        client.clearOutput();
        type(client, QStringLiteral("exit\r"));
        QVERIFY(client.waitForOutput(QStringLiteral("[Starting new session...]")));
        QCOMPARE(run(client, QStringLiteral("echo back")), QStringLiteral("back"));
    }

    void refusals()
    {
        HttpClient anonymous;
        const QList<QPair<QByteArray, QByteArray>> upgrade{{"Connection", "Upgrade"},
                                                           {"Upgrade", "websocket"},
                                                           {"Sec-WebSocket-Version", "13"},
                                                           {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}};
        auto attempt = [&](const QString &path, const QByteArray &token) {
            auto headers = upgrade;
            if (!token.isEmpty())
                headers.append({"Authorization", "Bearer " + token});
            return anonymous.send("GET", m_server.url(path), {}, headers);
        };
        QCOMPARE(attempt(QStringLiteral("/ws/terminal/") + m_id, {}).status, 401);
        const HttpResult missing = attempt(QStringLiteral("/ws/terminal/") + QString(64, QLatin1Char('f')), m_server.token());
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(u"code").toString(), QStringLiteral("container_not_found"));
        QCOMPARE(attempt(QStringLiteral("/ws/agent/%1/terminal").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_server.token()).status, 404);
    }

    void stoppingClosesWith4100()
    {
        WebSocketClient client;
        QVERIFY(openShell(client, m_otherId, QStringLiteral("stop")));
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/stop").arg(m_otherId)), {}).status, 200);
        QVERIFY(!client.waitFor(QStringLiteral("container_restart_required")).isEmpty());
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), 4100);

        // A stopped container refuses new terminals with the real server's 400.
        HttpClient anonymous;
        const HttpResult refused = anonymous.send("GET", m_server.url(QStringLiteral("/ws/terminal/") + m_otherId), {},
                                                  {{"Connection", "Upgrade"}, {"Upgrade", "websocket"},
                                                   {"Sec-WebSocket-Version", "13"}, {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="},
                                                   {"Authorization", "Bearer " + m_server.token()}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(u"code").toString(), QStringLiteral("container_stopped"));
        QCOMPARE(refused.json.value(u"action_required").toString(), QStringLiteral("start"));

        // Start brings it back with its files.
        QCOMPARE(m_http.post(m_server.url(QStringLiteral("/api/containers/%1/start").arg(m_otherId)), {}).status, 200);
        WebSocketClient again;
        QTRY_VERIFY_WITH_TIMEOUT(openShell(again, m_otherId, QStringLiteral("stop-2")), 10000);
    }

    // Plain HTTP and WebSocket only: after all the requests and terminals above, the server has
    // loaded no Qt plugin, the TLS backends included (Qt builds a QSslConfiguration for each of
    // them; with a TLS backend that is OpenSSL and every CA certificate), and no TLS library. It
    // runs with no plugin folder, so a plugin it needed would otherwise fail unseen.
    void noPluginLoaded()
    {
        QFile maps(QStringLiteral("/proc/%1/maps").arg(m_server.process().processId()));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray loaded = maps.readAll();
        QVERIFY(loaded.contains("libQt6Network"));
        for (const char *library : {"/plugins/", "libssl", "libcrypto.so", "libgnutls"})
            QVERIFY2(!loaded.contains(library), library);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalTerminal)
#include "tst_local_terminal.moc"
