// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "localserverprocess.h"

#include <QJsonArray>
#include <QTest>

namespace rexec::test {

// Creates a container and waits until GET reports it running; returns its final (64-hex) id.
inline QString createRunning(HttpClient &http, LocalServerProcess &server, const QString &name,
                             QJsonObject request = {})
{
    if (!request.contains(u"image"))
        request.insert(QStringLiteral("image"), QStringLiteral("host"));
    request.insert(QStringLiteral("name"), name);
    const HttpResult created = http.postJson(server.url(QStringLiteral("/api/containers")), request);
    if (created.status != 202)
        return {};
    const QString uuid = created.json.value(u"id").toString();
    QString id;
    QByteArray last;
    QElapsedTimer sinceAsked;
    const bool running = QTest::qWaitFor(
        [&] {
            // Gently: every 50 ms, well inside the server's request rate limit.
            if (sinceAsked.isValid() && sinceAsked.elapsed() < 50)
                return false;
            sinceAsked.start();
            const HttpResult got = http.get(server.url(QStringLiteral("/api/containers/") + uuid));
            last = got.body;
            if (got.json.value(u"status").toString() != u"running")
                return false;
            id = got.json.value(u"id").toString();
            return true;
        },
        20000);
    if (!running) // say why, for the failure that follows
        qWarning("container %s never ran: %s\n%s", qPrintable(name), last.constData(),
                 server.standardError().constData());
    return id;
}

inline QJsonObject findByName(const QJsonObject &list, const QString &name)
{
    for (const auto &item : list.value(u"containers").toArray()) {
        if (item.toObject().value(u"name").toString() == name)
            return item.toObject();
    }
    return {};
}

} // namespace rexec::test
