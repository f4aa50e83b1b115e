// SPDX-License-Identifier: GPL-3.0-or-later
#include "containers/createtracker.h"

#include "containers/containermodel.h"

using namespace Qt::Literals::StringLiterals;

namespace rexec::containers {

using Kind = api::Container::StatusKind;

CreateTracker::CreateTracker(const api::CreateContainerRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
}

CreateTracker::Settings CreateTracker::settingsNotKept() const
{
    Settings notKept;
    // Only what the server shows can be checked: a server that keeps the values echoes them back.
    if (!m_request.environment.isEmpty() && m_container.environment != m_request.environment)
        notKept |= Setting::Environment;
    if (!m_request.labels.isEmpty() && m_container.labels != m_request.labels)
        notKept |= Setting::Labels;
    return notKept;
}

void CreateTracker::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CreateTracker::setFinalId(const QString &id)
{
    if (id.isEmpty() || id == m_finalId || id == m_uuid)
        return;
    m_finalId = id;
    emit idChanged(id);
}

void CreateTracker::setStage(const QString &stage, const QString &message, double serverPercent)
{
    m_serverPercent = serverPercent;
    if (stage != m_stage || message != m_message) {
        m_stage = stage;
        m_message = message;
        emit stageChanged(stage, message);
    }
    const int percent = ContainerModel::overallPercent(stage, serverPercent, m_percent);
    if (percent != m_percent) {
        m_percent = percent;
        emit percentageChanged(percent);
    }
}

void CreateTracker::accept(const api::Container &reply)
{
    if (isFinished())
        return;
    m_container = reply;
    m_uuid = reply.dbId.isEmpty() ? reply.id : reply.dbId;
    m_sinceNews.start();
    setState(State::Creating);
    setFinalId(reply.hasDockerId() ? reply.id : QString());
    // A server that creates synchronously answers with a container that is already usable.
    if (reply.hasDockerId() && reply.canOpenTerminal())
        succeed(reply);
}

void CreateTracker::reject(const api::ApiError &error)
{
    m_apiError = error;
    fail(error.userMessage());
}

void CreateTracker::applyProgress(const api::ProgressEvent &event, const api::Container &current)
{
    if (isFinished())
        return;
    m_sinceNews.start();
    m_sawEvent = true;
    m_container = current;
    if (event.container)
        setFinalId(event.container->id);
    setFinalId(event.containerId);
    if (event.failed()) {
        m_stage = event.stage;
        m_message = event.message;
        emit stageChanged(m_stage, m_message);
        fail(event.error.isEmpty() ? event.message : event.error);
        return;
    }
    setStage(event.stage, event.message, event.progress);
    if (event.succeeded())
        succeed(current);
}

void CreateTracker::applyContainer(const api::Container &container, bool polled)
{
    if (isFinished())
        return;
    m_container = container;
    if (container.hasDockerId())
        setFinalId(container.id);
    switch (container.statusKind()) {
    case Kind::Running:
    case Kind::Configuring:
        // The terminal works from "configuring" on: that is ready enough.
        setStage(u"ready"_s, tr("Container ready"), 100);
        succeed(container);
        break;
    case Kind::Error: {
        const QString reason = container.raw.value(u"error").toString();
        fail(reason.isEmpty() ? tr("The server could not create the container.") : reason);
        break;
    }
    case Kind::Creating:
    case Kind::Starting:
        // Polling knows the status only: it stands in for the stage when no event tells more.
        if (polled && !m_sawEvent)
            setStage(container.status, QString(), m_percent);
        break;
    case Kind::Stopped:
    case Kind::Paused:
    case Kind::Offline:
    case Kind::Unknown:
    case Kind::Other:
        break;
    }
}

void CreateTracker::fail(const QString &text)
{
    if (isFinished())
        return;
    m_errorText = text.isEmpty() ? tr("The container could not be created.") : text;
    setState(State::Failed);
    emit finished(false, m_container);
    if (m_autoDelete)
        deleteLater();
}

void CreateTracker::succeed(const api::Container &container)
{
    if (isFinished())
        return;
    m_container = container;
    if (m_percent != 100) {
        m_percent = 100;
        emit percentageChanged(100);
    }
    setState(State::Succeeded);
    emit finished(true, m_container);
    if (m_autoDelete)
        deleteLater();
}

} // namespace rexec::containers
