// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/containers.h"
#include "api/events.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace rexec::containers {

class ContainerSession;

// One creation, from POST /api/containers to a usable container: the 202 reply's DB UUID, the
// `progress` events keyed by it (or GET /api/containers/<uuid> while there are none), up to the
// `ready` stage and the Docker ID. ContainerSession makes and feeds it; by default it deletes
// itself after finished() (later, from the event loop, so a slot of finished() may still read it).
class CreateTracker : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Submitting, // POST sent, no reply yet
        Creating,   // 202 received: the container exists and is being made
        Succeeded,
        Failed,
    };
    Q_ENUM(State)

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Succeeded || m_state == State::Failed; }

    // The DB UUID of the 202 reply; empty while submitting.
    QString uuid() const { return m_uuid; }
    // The Docker ID (64 hex) once the server names it; the one to use everywhere.
    QString finalId() const { return m_finalId; }
    // finalId(), else uuid().
    QString currentId() const { return m_finalId.isEmpty() ? m_uuid : m_finalId; }

    // The server's stage word ("validating", "pulling", "creating", "starting", "configuring",
    // "ready", "error"; open) and its message.
    QString stage() const { return m_stage; }
    QString stageMessage() const { return m_message; }
    // 0-100, never going back (see ContainerModel::overallPercent).
    int percentage() const { return m_percent; }
    // The server's own figure of the latest event, which may go back.
    double serverPercentage() const { return m_serverPercent; }

    // Why it failed, for people; empty unless Failed.
    QString errorText() const { return m_errorText; }
    // The REST error when a request failed (isError() false otherwise).
    const api::ApiError &apiError() const { return m_apiError; }
    // The container as last known: the 202 reply, then what events and polls said.
    const api::Container &container() const { return m_container; }

    // What the request asked for that the container, as the server shows it, does not have: the
    // real server silently ignores environment and labels (they are not in its request model).
    enum class Setting { Environment = 1, Labels = 2 };
    Q_DECLARE_FLAGS(Settings, Setting)
    Settings settingsNotKept() const;

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

signals:
    void stateChanged(rexec::containers::CreateTracker::State state);
    void stageChanged(const QString &stage, const QString &message);
    void percentageChanged(int percentage);
    void idChanged(const QString &id);
    void finished(bool ok, const rexec::api::Container &container);

private:
    friend class ContainerSession;
    CreateTracker(const api::CreateContainerRequest &request, QObject *parent);

    void accept(const api::Container &reply);
    void reject(const api::ApiError &error);
    void applyProgress(const api::ProgressEvent &event, const api::Container &current);
    // A GET (polled) or an event told the container's state.
    void applyContainer(const api::Container &container, bool polled = false);
    void fail(const QString &text);
    void succeed(const api::Container &container);
    void setStage(const QString &stage, const QString &message, double serverPercent);
    void setFinalId(const QString &id);
    void setState(State state);
    // How long nothing was heard of it (the 202 reply or a progress event); polling takes
    // over when events stall.
    qint64 millisecondsSinceNews() const { return m_sinceNews.isValid() ? m_sinceNews.elapsed() : 0; }
    bool sawProgressEvent() const { return m_sawEvent; }

    State m_state = State::Submitting;
    QString m_uuid;
    QString m_finalId;
    QString m_stage;
    QString m_message;
    int m_percent = 0;
    double m_serverPercent = 0;
    QString m_errorText;
    api::ApiError m_apiError;
    api::Container m_container;
    api::CreateContainerRequest m_request;
    QElapsedTimer m_sinceNews;
    bool m_sawEvent = false;
    bool m_pollInFlight = false;
    bool m_autoDelete = true;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CreateTracker::Settings)

} // namespace rexec::containers
