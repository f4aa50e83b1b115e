// SPDX-License-Identifier: GPL-3.0-or-later
#include "containers/containersession.h"

#include "api/restclient.h"
#include "containers/containermodel.h"
#include "containers/createtracker.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace rexec::containers {

using api::ApiError;
using api::Container;
using api::ContainerEvent;
using api::Result;
using Pending = ContainerModel::PendingAction;

namespace {

constexpr auto kCreatePollInterval = 2s; // as the web embed's waitForContainer
constexpr auto kReconcileDelay = 500ms;
constexpr qsizetype kMaxEarlyIds = 64;
constexpr qsizetype kMaxEarlyEventsPerId = 32;

} // namespace

ContainerSession::ContainerSession(api::RestClient &rest, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_model(new ContainerModel(this))
    , m_events(new ContainerEventsClient(rest, this))
{
    connect(m_events, &ContainerEventsClient::eventReceived, this, &ContainerSession::onEvent);
    connect(m_events, &ContainerEventsClient::listFetched, this, &ContainerSession::onListFetched);
    connect(m_events, &ContainerEventsClient::fetchFailed, this,
            [this](const ApiError &error) { emit actionFailed(Action::Refresh, {}, error); });
    connect(m_events, &ContainerEventsClient::modeChanged, this, &ContainerSession::modeChanged);

    connect(m_model, &ContainerModel::reconcileNeeded, this, &ContainerSession::scheduleReconcile);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });

    m_reconcileSoon.setSingleShot(true);
    m_reconcileSoon.setInterval(kReconcileDelay);
    connect(&m_reconcileSoon, &QTimer::timeout, this, &ContainerSession::refresh);

    m_createPoll.setInterval(kCreatePollInterval);
    connect(&m_createPoll, &QTimer::timeout, this, &ContainerSession::pollCreations);
}

ContainerSession::~ContainerSession() = default;

ContainerEventsClient::Mode ContainerSession::mode() const
{
    return m_events->mode();
}

void ContainerSession::startUpdates()
{
    m_events->start();
}

void ContainerSession::stopUpdates()
{
    m_events->stop();
}

void ContainerSession::refresh()
{
    if (m_events->isRunning()) {
        m_events->fetchNow();
        return;
    }
    m_rest.listContainers(this, [this](const Result<api::ContainerList> &result) {
        if (result)
            onListFetched(result.value());
        else
            emit actionFailed(Action::Refresh, {}, result.error());
    });
}

void ContainerSession::scheduleReconcile()
{
    if (!m_reconcileSoon.isActive())
        m_reconcileSoon.start();
}

// --- start, stop, remove ----------------------------------------------------------------------

QStringList ContainerSession::idsForRows(const QList<int> &rows) const
{
    QStringList ids;
    for (int row : rows) {
        const QString key = m_model->stableKeyAt(row);
        if (!key.isEmpty() && !ids.contains(key))
            ids << key;
    }
    return ids;
}

void ContainerSession::start(const QStringList &ids, QObject *context, Completion done)
{
    act(Kind::Start, ids, context, done);
}

void ContainerSession::start(const QList<int> &rows, QObject *context, Completion done)
{
    act(Kind::Start, idsForRows(rows), context, done);
}

void ContainerSession::stop(const QStringList &ids, QObject *context, Completion done)
{
    act(Kind::Stop, ids, context, done);
}

void ContainerSession::stop(const QList<int> &rows, QObject *context, Completion done)
{
    act(Kind::Stop, idsForRows(rows), context, done);
}

void ContainerSession::remove(const QStringList &ids, QObject *context, Completion done)
{
    act(Kind::Remove, ids, context, done);
}

void ContainerSession::remove(const QList<int> &rows, QObject *context, Completion done)
{
    act(Kind::Remove, idsForRows(rows), context, done);
}

void ContainerSession::act(Kind kind, const QStringList &ids, QObject *context, const Completion &done)
{
    const Action action = kind == Kind::Start ? Action::Start : kind == Kind::Stop ? Action::Stop : Action::Remove;
    const Pending pending = kind == Kind::Start ? Pending::Starting : kind == Kind::Stop ? Pending::Stopping
                                                                                          : Pending::Removing;
    const bool hasContext = context != nullptr;
    const QPointer<QObject> guard(context);

    for (const QString &id : ids) {
        const int row = m_model->rowForId(id);
        // Start, stop and delete want the Docker ID: the row knows the current one.
        const QString target = row >= 0 ? m_model->containerAt(row).id : id;
        // The key finds the row later, whatever its id has become meanwhile.
        const QString key = row >= 0 ? m_model->stableKeyAt(row) : id;
        m_model->setPendingAction(key, pending);

        auto finish = [this, action, key, guard, hasContext, done](const QString &resultId, const ApiError &error) {
            m_model->setPendingAction(key, Pending::None);
            if (error.isError())
                emit actionFailed(action, resultId, error);
            if (done && (!hasContext || guard))
                done(resultId, error);
        };

        switch (kind) {
        case Kind::Start:
            m_rest.startContainer(target, this, [this, key, target, finish](const Result<api::StartResult> &result) {
                if (!result) {
                    if (result.error().httpStatus == 404)
                        scheduleReconcile();
                    finish(target, result.error());
                    return;
                }
                // After a recreation the server names a new Docker ID; the row keeps its place.
                const QString newId = result->id.isEmpty() ? target : result->id;
                m_model->changeId(key, newId);
                if (!result->status.isEmpty())
                    m_model->merge(key, {{"status"_L1, result->status}});
                finish(newId, {});
            });
            break;
        case Kind::Stop:
            m_rest.stopContainer(target, this, [this, key, target, finish](const Result<QJsonObject> &result) {
                if (!result) {
                    if (result.error().httpStatus == 404)
                        scheduleReconcile();
                    finish(target, result.error());
                    return;
                }
                // The real server's Stop sends no event: the reply is all there is.
                const QString status = result->value(u"status").toString();
                if (!status.isEmpty())
                    m_model->merge(key, {{"status"_L1, status}});
                finish(target, {});
            });
            break;
        case Kind::Remove:
            m_rest.deleteContainer(target, this, [this, key, target, finish](const Result<QJsonObject> &result) {
                // Gone already is what was asked for.
                if (result || result.error().httpStatus == 404) {
                    m_model->remove(key);
                    finish(target, {});
                    return;
                }
                finish(target, result.error());
            });
            break;
        }
    }
}

// --- creation ---------------------------------------------------------------------------------

CreateTracker *ContainerSession::create(const api::CreateContainerRequest &request)
{
    auto *tracker = new CreateTracker(request, this);
    const QPointer<CreateTracker> guard(tracker);
    m_rest.createContainer(request, this, [this, guard](const Result<Container> &result) {
        if (!result) {
            emit actionFailed(Action::Create, {}, result.error());
            if (guard)
                guard->reject(result.error());
            return;
        }
        const Container &reply = result.value();
        const QString uuid = reply.dbId.isEmpty() ? reply.id : reply.dbId;
        if (guard) {
            guard->accept(reply);
            if (!guard->isFinished())
                track(guard);
        }
        // The row appears now; progress events that beat the reply are replayed onto it...
        m_model->addCreated(reply);
        const int row = m_model->rowForId(uuid);
        // ...and onto the tracker.
        const QList<Early> early = m_early.take(uuid);
        m_earlyOrder.removeOne(uuid);
        for (const Early &e : early) {
            if (guard)
                guard->applyProgress(e.event.progress(), m_model->containerAt(m_model->rowForId(uuid)));
        }
        if (row >= 0 && m_model->containerAt(row).isCreating() && !m_model->creationProgressAt(row))
            m_model->setCreationProgress(uuid, ContainerModel::CreationProgress{reply.status, {}, {}, 0});
    });
    return tracker;
}

QList<CreateTracker *> ContainerSession::activeCreations() const
{
    QList<CreateTracker *> list;
    for (const auto &tracker : m_trackers) {
        if (tracker && !tracker->isFinished())
            list << tracker;
    }
    return list;
}

void ContainerSession::setCreatePolling(std::chrono::milliseconds interval, std::chrono::milliseconds stallTimeout)
{
    m_createPoll.setInterval(interval);
    m_createStall = stallTimeout;
}

void ContainerSession::track(CreateTracker *tracker)
{
    m_trackers.append(tracker);
    connect(tracker, &CreateTracker::finished, this, [this, tracker](bool ok) {
        // The row's progress ends with the tracker, whichever way the news came.
        const QString uuid = tracker->uuid();
        if (ok) {
            m_model->setCreationProgress(uuid, std::nullopt);
        } else if (const int row = m_model->rowForId(uuid); row >= 0) {
            const auto progress = m_model->creationProgressAt(row);
            if (!progress || !progress->failed()) {
                ContainerModel::CreationProgress failed = progress.value_or(ContainerModel::CreationProgress());
                failed.stage = u"error"_s;
                failed.error = tracker->errorText();
                m_model->setCreationProgress(uuid, failed);
            }
        }
        untrack(tracker);
    });
    if (!m_createPoll.isActive())
        m_createPoll.start();
}

void ContainerSession::untrack(CreateTracker *tracker)
{
    m_trackers.removeIf([tracker](const QPointer<CreateTracker> &t) { return !t || t == tracker; });
    if (m_trackers.isEmpty())
        m_createPoll.stop();
}

CreateTracker *ContainerSession::trackerFor(const QString &anyId) const
{
    if (anyId.isEmpty())
        return nullptr;
    for (const auto &tracker : m_trackers) {
        if (tracker && !tracker->isFinished() && (tracker->uuid() == anyId || tracker->finalId() == anyId))
            return tracker;
    }
    return nullptr;
}

void ContainerSession::pollCreations()
{
    const bool live = m_events->mode() == ContainerEventsClient::Mode::Live;
    const QList<QPointer<CreateTracker>> trackers = m_trackers;
    for (const QPointer<CreateTracker> &tracker : trackers) {
        if (!tracker || tracker->isFinished() || tracker->m_pollInFlight)
            continue;
        // While progress events flow there is nothing to ask.
        if (live && tracker->millisecondsSinceNews() < m_createStall.count())
            continue;
        tracker->m_pollInFlight = true;
        const QString uuid = tracker->uuid();
        m_rest.getContainer(uuid, this, [this, tracker, uuid](const Result<Container> &result) {
            if (!tracker || tracker->isFinished())
                return;
            tracker->m_pollInFlight = false;
            if (!result) {
                const ApiError &error = result.error();
                if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
                    m_model->remove(uuid);
                    tracker->fail(tr("The container was deleted before it was ready."));
                } else if (!error.isTransient()) {
                    tracker->m_apiError = error;
                    tracker->fail(error.userMessage());
                }
                return;
            }
            // GET by id has no role: a merge keeps the one the row has.
            if (m_model->rowForId(uuid) >= 0)
                m_model->merge(uuid, result->raw.isEmpty() ? QJsonObject{{"status"_L1, result->status}} : result->raw);
            const int row = m_model->rowForId(uuid);
            tracker->applyContainer(row >= 0 ? m_model->containerAt(row) : result.value(), true);
            if (tracker && !tracker->isFinished() && !tracker->sawProgressEvent())
                m_model->setCreationProgress(uuid, ContainerModel::CreationProgress{tracker->stage(), {}, {},
                                                                                    tracker->percentage()});
        });
    }
}

// --- events -----------------------------------------------------------------------------------

void ContainerSession::onEvent(const ContainerEvent &event)
{
    if (event.kind == ContainerEvent::Kind::Progress) {
        const api::ProgressEvent progress = event.progress();
        const bool known = m_model->rowForId(progress.id) >= 0 || m_model->rowForId(progress.containerId) >= 0;
        if (known)
            m_model->applyEvent(event);
        else
            scheduleReconcile(); // the row comes with the 202 reply, a `created` event or the list
        if (CreateTracker *tracker = trackerFor(progress.id)) {
            const int row = m_model->rowForId(progress.id);
            tracker->applyProgress(progress, row >= 0 ? m_model->containerAt(row) : tracker->container());
        } else {
            remember(progress.id, event, known);
        }
        return;
    }
    m_model->applyEvent(event);
    if (event.kind == ContainerEvent::Kind::List)
        checkTrackersAgainstModel();
    else
        routeToTrackers(event);
}

void ContainerSession::onListFetched(const api::ContainerList &list)
{
    m_model->resetFromList(list);
    checkTrackersAgainstModel();
}

void ContainerSession::routeToTrackers(const ContainerEvent &event)
{
    if (m_trackers.isEmpty())
        return;
    CreateTracker *tracker = trackerFor(event.dbId());
    if (!tracker)
        tracker = trackerFor(event.containerId());
    if (!tracker)
        return;
    using Kind = ContainerEvent::Kind;
    switch (event.kind) {
    case Kind::Deleted:
        tracker->fail(tr("The container was deleted before it was ready."));
        break;
    case Kind::Created:
    case Kind::Updated:
    case Kind::Started:
    case Kind::Stopped:
        // Covers a missed `ready`: the model's row says where the container stands.
        if (const int row = m_model->rowForId(tracker->uuid()); row >= 0)
            tracker->applyContainer(m_model->containerAt(row));
        break;
    default:
        break;
    }
}

void ContainerSession::checkTrackersAgainstModel()
{
    const QList<QPointer<CreateTracker>> trackers = m_trackers;
    for (const QPointer<CreateTracker> &tracker : trackers) {
        if (!tracker || tracker->isFinished())
            continue;
        if (const int row = m_model->rowForId(tracker->uuid()); row >= 0)
            tracker->applyContainer(m_model->containerAt(row));
    }
}

void ContainerSession::remember(const QString &id, const ContainerEvent &event, bool modelHasIt)
{
    if (id.isEmpty())
        return;
    if (!m_early.contains(id)) {
        m_earlyOrder.append(id);
        if (m_earlyOrder.size() > kMaxEarlyIds)
            m_early.remove(m_earlyOrder.takeFirst());
    }
    QList<Early> &events = m_early[id];
    if (events.size() < kMaxEarlyEventsPerId)
        events.append(Early{event, modelHasIt});
}

void ContainerSession::onRowsInserted(int first, int last)
{
    if (m_early.isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        const Container c = m_model->containerAt(row);
        for (const QString &id : {c.dbId, c.id}) {
            const auto it = m_early.find(id);
            if (id.isEmpty() || it == m_early.end())
                continue;
            // Kept for a tracker that may still come; the model takes what it missed.
            for (Early &early : *it) {
                if (!early.modelHasIt) {
                    early.modelHasIt = true;
                    m_model->applyEvent(early.event);
                }
            }
        }
    }
}

} // namespace rexec::containers
