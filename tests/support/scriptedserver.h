// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace rexec::test {

// A hostile HTTP peer for what no honest server sends: each request gets the next scripted
// answer, written raw. Used for malformed, truncated, oversized, never-ending and odd replies.
class ScriptedServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Answer {
        QByteArray raw;          // written as is once the request head has arrived
        bool closeAfter = true;  // close the connection after writing
        bool neverFinish = false; // keep the connection open and silent after `raw`
        qint64 repeatBodyBytes = 0; // then write this many more 'x' bytes, in chunks
    };

    explicit ScriptedServer(QObject *parent = nullptr);

    void enqueue(Answer answer) { m_answers << std::move(answer); }
    static Answer json(int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    QUrl url() const;
    QList<QByteArray> requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QList<Answer> m_answers;
    QList<QByteArray> m_requests;
};

} // namespace rexec::test
