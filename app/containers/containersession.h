// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/containers.h"
#include "api/events.h"
#include "containers/containereventsclient.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

namespace rexec::api {
class RestClient;
}

namespace rexec::containers {

class ContainerModel;
class CreateTracker;

// The containers of one server profile: the model, kept live by the events client, and the
// actions on it. Actions update the model at once (a pending mark, the new row of a creation)
// and then from the server's replies; failures come back as api::ApiError, whose userMessage()
// is for people. The RestClient must outlive the session.
class ContainerSession : public QObject
{
    Q_OBJECT
public:
    enum class Action { Refresh, Start, Stop, Remove, Create };
    Q_ENUM(Action)

    // Called once per id; `error.isError()` is false on success. `id` is the container's id
    // after the action (a start may give a new one).
    using Completion = std::function<void(const QString &id, const api::ApiError &error)>;

    explicit ContainerSession(api::RestClient &rest, QObject *parent = nullptr);
    ~ContainerSession() override;

    ContainerModel *model() const { return m_model; }
    ContainerEventsClient *events() const { return m_events; }
    api::RestClient &rest() const { return m_rest; }
    ContainerEventsClient::Mode mode() const;

    // Live updates: the events socket, or polling when it cannot be had.
    void startUpdates();
    void stopUpdates();
    // GET /api/containers now.
    void refresh();

    // Containers named by any of their ids (id, db_id or stable key), or by model rows.
    void start(const QStringList &ids, QObject *context = nullptr, Completion done = {});
    void start(const QList<int> &rows, QObject *context = nullptr, Completion done = {});
    void stop(const QStringList &ids, QObject *context = nullptr, Completion done = {});
    void stop(const QList<int> &rows, QObject *context = nullptr, Completion done = {});
    void remove(const QStringList &ids, QObject *context = nullptr, Completion done = {});
    void remove(const QList<int> &rows, QObject *context = nullptr, Completion done = {});

    // POST /api/containers. The row appears with the 202 reply and follows the creation; the
    // tracker belongs to the session and deletes itself after finished() unless told not to.
    CreateTracker *create(const api::CreateContainerRequest &request);
    QList<CreateTracker *> activeCreations() const;

    // How often a creation is polled while events do not tell about it, and how long without a
    // progress event counts as "not telling". For tests.
    void setCreatePolling(std::chrono::milliseconds interval, std::chrono::milliseconds stallTimeout);

signals:
    void modeChanged(rexec::containers::ContainerEventsClient::Mode mode);
    void actionFailed(rexec::containers::ContainerSession::Action action, const QString &id,
                      const rexec::api::ApiError &error);

private:
    enum class Kind { Start, Stop, Remove };
    void act(Kind kind, const QStringList &ids, QObject *context, const Completion &done);
    QStringList idsForRows(const QList<int> &rows) const;
    void onEvent(const api::ContainerEvent &event);
    void onListFetched(const api::ContainerList &list);
    void onRowsInserted(int first, int last);
    void routeToTrackers(const api::ContainerEvent &event);
    void checkTrackersAgainstModel();
    void pollCreations();
    void track(CreateTracker *tracker);
    void untrack(CreateTracker *tracker);
    CreateTracker *trackerFor(const QString &anyId) const;
    void remember(const QString &id, const api::ContainerEvent &event, bool modelHasIt);
    void scheduleReconcile();

    api::RestClient &m_rest;
    ContainerModel *m_model;
    ContainerEventsClient *m_events;

    QList<QPointer<CreateTracker>> m_trackers; // accepted, not finished
    QTimer m_createPoll;
    std::chrono::milliseconds m_createStall{10'000};
    QTimer m_reconcileSoon; // coalesces "the model met an unknown id"

    // Progress events no tracker took: the socket may beat the 202 reply, with or without a
    // `created` event first. The row and the tracker catch up from these when they come.
    struct Early {
        api::ContainerEvent event;
        bool modelHasIt = false;
    };
    QHash<QString, QList<Early>> m_early;
    QStringList m_earlyOrder;
};

} // namespace rexec::containers
