// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "local/localimage.h"

#include <QMap>
#include <QObject>
#include <QProcess>

#include <sys/types.h>

namespace rexec::local {

// One container's sandbox: a bubblewrap process with its own PID, IPC and UTS namespaces, the
// image's system as read-only lower layers with a private writable layer on top, and a private
// home. Its files live in `stateDir` and survive stop and start; stop ends every process in it.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    struct Spec {
        QString hostname;
        LocalImage image;
        QString stateDir;
        QMap<QString, QString> environment;
    };

    explicit Sandbox(Spec spec, QObject *parent = nullptr);
    ~Sandbox() override;

    void start();
    void stop();
    // Running: its first process is in place, with every mount made (it said so itself).
    bool isRunning() const { return m_namespacePid > 0 && m_ready; }
    bool isStarting() const { return m_process && !isRunning() && !m_stopping; }
    bool isStopping() const { return m_process && m_stopping; }

    // The host's pid of the sandbox's first process: its namespaces are the sandbox's.
    pid_t namespacePid() const { return m_namespacePid; }
    // The environment every process started in the sandbox gets.
    QStringList processEnvironment() const;

    // Removes every file of a stopped sandbox, however its permissions were left.
    static bool removeState(const QString &stateDir, QString *error);

signals:
    void started();
    void failed(const QString &reason);
    void stopped();

private:
    QStringList bubblewrapArguments(int infoFd, int readyFd) const;
    void readInfo();
    void readReady();
    void closeReadEnds();
    void onFinished();

    Spec m_spec;
    QProcess *m_process = nullptr;
    int m_infoRead = -1;
    int m_infoWrite = -1;
    int m_readyRead = -1;
    QByteArray m_info;
    bool m_ready = false;
    pid_t m_namespacePid = -1;
    bool m_stopping = false;
};

} // namespace rexec::local
