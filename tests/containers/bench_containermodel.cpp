// SPDX-License-Identifier: GPL-3.0-or-later
// A benchmark, not a test: how ContainerModel copes with a large account.
//   1. A list of 10,000 containers: parse the JSON document and fill a new model (median of 5).
//   2. Then 1,000 `updated` frames applied one by one (frame parse + applyEvent), each timed.
// It also checks that no update was a model reset. Exit code 1 when a goal is missed.
#include "api/containers.h"
#include "api/events.h"
#include "containers/containermodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <memory>

using rexec::api::ContainerEvent;
using rexec::api::ContainerList;
using rexec::containers::ContainerModel;

namespace {

constexpr int kContainers = 10'000;
constexpr int kEvents = 1'000;
constexpr int kRuns = 5;
constexpr double kFillGoalMs = 200.0;
constexpr double kEventGoalMs = 1.0;

QString dockerId(int n)
{
    return QStringLiteral("%1").arg(quint64(n) * 0x9e3779b97f4a7c15ull, 16, 16, QLatin1Char('0')).repeated(4);
}

QString uuid(int n)
{
    return QStringLiteral("%1-0000-4000-8000-%2").arg(n, 8, 16, QLatin1Char('0')).arg(n, 12, 16, QLatin1Char('0'));
}

// The list as the real server sends it (§2.2): own containers with every field, some agents.
QByteArray listDocument()
{
    static const char *const statuses[] = {"running", "stopped", "configuring", "error", "paused"};
    static const char *const images[] = {"ubuntu", "debian", "alpine", "archlinux", "fedora", "kali"};
    QJsonArray items;
    for (int i = 0; i < kContainers; ++i) {
        if (i % 100 == 99) {
            items.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("agent:") + uuid(i)},
                {QStringLiteral("name"), QStringLiteral("agent-%1").arg(i)},
                {QStringLiteral("image"), QStringLiteral("linux/amd64")},
                {QStringLiteral("status"), i % 200 == 199 ? QStringLiteral("offline") : QStringLiteral("running")},
                {QStringLiteral("session_type"), QStringLiteral("agent")},
                {QStringLiteral("created_at"), QStringLiteral("2025-11-01T08:00:00Z")},
                {QStringLiteral("last_used_at"), QStringLiteral("2025-12-01T09:00:00Z")},
                {QStringLiteral("os"), QStringLiteral("linux")},
                {QStringLiteral("arch"), QStringLiteral("amd64")},
                {QStringLiteral("shell"), QStringLiteral("/bin/bash")},
                {QStringLiteral("mfa_locked"), false},
            });
            continue;
        }
        items.append(QJsonObject{
            {QStringLiteral("id"), dockerId(i)},
            {QStringLiteral("db_id"), uuid(i)},
            {QStringLiteral("user_id"), QStringLiteral("6f1c2a9e-0d4b-4c3a-9e8f-1a2b3c4d5e6f")},
            {QStringLiteral("name"), QStringLiteral("box-%1").arg(i)},
            {QStringLiteral("image"), QLatin1StringView(images[i % 6])},
            {QStringLiteral("role"), QStringLiteral("standard")},
            {QStringLiteral("status"), QLatin1StringView(statuses[i % 5])},
            {QStringLiteral("created_at"), QStringLiteral("2025-12-01T10:20:30.123456789Z")},
            {QStringLiteral("last_used_at"), QStringLiteral("2025-12-01T11:%1:00Z").arg(i % 60, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("idle_seconds"), double(i % 1000) + 0.5},
            {QStringLiteral("mfa_locked"), i % 17 == 0},
            {QStringLiteral("resources"),
             QJsonObject{{QStringLiteral("memory_mb"), 512 << (i % 4)},
                         {QStringLiteral("cpu_shares"), 500 * (1 + i % 4)},
                         {QStringLiteral("disk_mb"), 1024 * (1 + i % 10)}}},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("containers"), items},
                                     {QStringLiteral("count"), items.size()},
                                     {QStringLiteral("limit"), 20}})
        .toJson(QJsonDocument::Compact);
}

// `updated` frames as the socket delivers them: partial payloads of the kinds the server sends.
QList<QByteArray> updatedFrames()
{
    QRandomGenerator random(42);
    QList<QByteArray> frames;
    for (int n = 0; n < kEvents; ++n) {
        int i = int(random.bounded(kContainers));
        if (i % 100 == 99)
            --i; // agents get agent_* events, not `updated`
        QJsonObject payload{{QStringLiteral("id"), dockerId(i)}, {QStringLiteral("db_id"), uuid(i)}};
        switch (n % 4) {
        case 0:
            payload.insert(QStringLiteral("status"), n % 8 == 0 ? QStringLiteral("stopped") : QStringLiteral("running"));
            break;
        case 1:
            payload.insert(QStringLiteral("status"), QStringLiteral("running"));
            payload.insert(QStringLiteral("role"), QStringLiteral("python"));
            break;
        case 2:
            payload.insert(QStringLiteral("resources"),
                           QJsonObject{{QStringLiteral("memory_mb"), 4096}, {QStringLiteral("cpu_shares"), 4000}});
            payload.insert(QStringLiteral("restarted"), true);
            break;
        case 3:
            payload.insert(QStringLiteral("name"), QStringLiteral("renamed-%1").arg(n));
            break;
        }
        frames << QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("updated")},
                                            {QStringLiteral("container"), payload},
                                            {QStringLiteral("timestamp"), QStringLiteral("2025-12-01T12:00:00.5Z")}})
                      .toJson(QJsonDocument::Compact);
    }
    return frames;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

struct Figures {
    QList<double> parse;
    QList<double> fill;
    QList<double> total;
    QList<double> events;
    qsizetype resets = 0;
    int rows = 0;
};

// One full measurement; `withProxy` puts a sorting proxy on the model, as a view would.
Figures measure(const QByteArray &document, const QList<QByteArray> &frames, bool withProxy)
{
    Figures figures;
    std::unique_ptr<ContainerModel> model;
    std::unique_ptr<QSortFilterProxyModel> proxy;
    for (int run = 0; run < kRuns; ++run) {
        proxy.reset();
        model = std::make_unique<ContainerModel>();
        if (withProxy) {
            proxy = std::make_unique<QSortFilterProxyModel>();
            proxy->setSortRole(ContainerModel::SortRole);
            proxy->setSourceModel(model.get());
            proxy->sort(int(ContainerModel::Column::Status));
        }
        QElapsedTimer timer;
        timer.start();
        const ContainerList list = ContainerList::fromJson(QJsonDocument::fromJson(document).object());
        const qint64 parsed = timer.nsecsElapsed();
        model->resetFromList(list);
        const qint64 filled = timer.nsecsElapsed();
        figures.parse << ms(parsed);
        figures.fill << ms(filled - parsed);
        figures.total << ms(filled);
        figures.rows = model->rowCount();
    }

    // The events go to the last model, as they would after a connect.
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelAboutToBeReset);
    for (const QByteArray &frame : frames) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<ContainerEvent> event = ContainerEvent::fromFrame(frame);
        if (event)
            model->applyEvent(*event);
        figures.events << ms(timer.nsecsElapsed());
    }
    figures.resets = resets.size();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray document = listDocument();
    const QList<QByteArray> frames = updatedFrames();

    bool allMet = true;
    const auto row = [&out, &allMet](const QString &what, double value, const QString &unit, double goal) {
        const bool met = goal <= 0 || value < goal;
        allMet = allMet && met;
        out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(12) << Qt::right
            << QString::number(value, 'f', unit == u"ms" ? 3 : 0) + u' ' + unit << qSetFieldWidth(0) << "   "
            << qSetFieldWidth(12) << Qt::left
            << (goal > 0 ? QStringLiteral("< %1 %2").arg(goal).arg(unit) : QStringLiteral("-"))
            << qSetFieldWidth(0) << (goal > 0 ? (met ? "ok" : "MISSED") : "") << Qt::endl;
    };

    for (const bool withProxy : {false, true}) {
        const Figures f = measure(document, frames, withProxy);
        out << Qt::endl
            << "ContainerModel, " << f.rows << " rows from a " << document.size() / 1024 << " KiB list, "
            << frames.size() << " updated events"
            << (withProxy ? ", with a sorting QSortFilterProxyModel attached" : ", model alone") << Qt::endl;
        out << QString(76, u'-') << Qt::endl;
        row(QStringLiteral("parse list JSON (median of %1)").arg(kRuns), median(f.parse), QStringLiteral("ms"), 0);
        row(QStringLiteral("fill model (median of %1)").arg(kRuns), median(f.fill), QStringLiteral("ms"), 0);
        row(QStringLiteral("parse + fill (median of %1)").arg(kRuns), median(f.total), QStringLiteral("ms"),
            withProxy ? 0 : kFillGoalMs);
        row(QStringLiteral("updated event: median"), median(f.events), QStringLiteral("ms"), withProxy ? 0 : kEventGoalMs);
        row(QStringLiteral("updated event: p99"), percentile(f.events, 99), QStringLiteral("ms"), withProxy ? 0 : kEventGoalMs);
        row(QStringLiteral("updated event: max"), percentile(f.events, 100), QStringLiteral("ms"), withProxy ? 0 : kEventGoalMs);
        out << qSetFieldWidth(44) << Qt::left << "modelAboutToBeReset during events" << qSetFieldWidth(12)
            << Qt::right << f.resets << qSetFieldWidth(0) << "   " << qSetFieldWidth(12) << Qt::left << "0"
            << qSetFieldWidth(0) << (f.resets == 0 ? "ok" : "MISSED") << Qt::endl;
        allMet = allMet && f.resets == 0;
    }
    out << Qt::endl << (allMet ? "All goals met." : "Some goals were missed.") << Qt::endl;
    return allMet ? 0 : 1;
}
