// SPDX-License-Identifier: GPL-3.0-or-later
// ContainerModel with fixtures: diffing without resets, rows that keep their identity through id
// changes, partial updates that touch only what changed, unknown statuses, agents and shared
// terminals. A QAbstractItemModelTester (Fatal) watches every model of every test.
#include "containers/containerformat.h"
#include "containers/containermodel.h"

#include "containertestutil.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <set>

using namespace rexec::test;
using namespace Qt::Literals::StringLiterals;
using rexec::api::Container;
using rexec::containers::ContainerFormat;
using rexec::containers::ContainerModel;
using Column = ContainerModel::Column;

namespace {

// One dataChanged emission, flattened for assertions.
struct Change {
    int row;
    int firstColumn;
    int lastColumn;
    QList<int> roles;
    bool coversColumn(Column column) const { return firstColumn <= int(column) && int(column) <= lastColumn; }
};

QList<Change> changesOf(const QSignalSpy &spy)
{
    QList<Change> changes;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        Q_ASSERT(topLeft.row() == bottomRight.row()); // the model never spans rows in one signal
        changes << Change{topLeft.row(), topLeft.column(), bottomRight.column(), args.at(2).value<QList<int>>()};
    }
    return changes;
}

// Was the text of `column` (DisplayRole) said to change?
bool displayChanged(const QList<Change> &changes, Column column)
{
    return std::any_of(changes.begin(), changes.end(), [column](const Change &c) {
        return c.coversColumn(column) && (c.roles.isEmpty() || c.roles.contains(Qt::DisplayRole));
    });
}

bool roleChanged(const QList<Change> &changes, int role)
{
    return std::any_of(changes.begin(), changes.end(),
                       [role](const Change &c) { return c.roles.isEmpty() || c.roles.contains(role); });
}

const QDateTime kNow(QDate(2025, 12, 1), QTime(12, 0), QTimeZone::UTC);

} // namespace

class TestContainerModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ContainerModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString text(int row, Column column, int role = Qt::DisplayRole) const
    {
        return m_model->data(m_model->index(row, int(column)), role).toString();
    }
    QVariant value(int row, int role) const { return m_model->data(m_model->index(row, 0), role); }

private slots:
    void initTestCase()
    {
        // Figures and dates independent of the machine's language.
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        m_model = std::make_unique<ContainerModel>();
        m_model->setClock([] { return kNow; });
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void headersAndColumns()
    {
        QCOMPARE(m_model->columnCount(), 6);
        QCOMPARE(m_model->headerData(int(Column::Status), Qt::Horizontal).toString(), QStringLiteral("Status"));
        QCOMPARE(m_model->headerData(int(Column::LastUsed), Qt::Horizontal).toString(), QStringLiteral("Last used"));
        QVERIFY(m_model->roleNames().contains(ContainerModel::StableKeyRole));
    }

    void firstListInsertsRowsWithoutReset()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        m_model->resetFromList(listOf({containerJson(1), containerJson(2, QStringLiteral("stopped")),
                                       agentJson(uuid(90))}));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);

        QCOMPARE(text(0, Column::Status), QStringLiteral("running"));
        QCOMPARE(text(0, Column::Name), QStringLiteral("box-1"));
        QCOMPARE(text(0, Column::Image), QStringLiteral("ubuntu"));
        QCOMPARE(text(0, Column::Role), QStringLiteral("standard"));
        QCOMPARE(text(0, Column::Resources), QStringLiteral("2 GiB · 2 vCPU · 10 GiB"));
        QCOMPARE(text(0, Column::LastUsed), QStringLiteral("1 hour(s) ago"));
        QCOMPARE(text(1, Column::Status), QStringLiteral("stopped"));

        QCOMPARE(value(0, ContainerModel::IdRole).toString(), dockerId(1));
        QCOMPARE(value(0, ContainerModel::DbIdRole).toString(), uuid(1));
        QCOMPARE(value(0, ContainerModel::StableKeyRole).toString(), uuid(1));
        QCOMPARE(value(0, ContainerModel::StatusKindRole).value<Container::StatusKind>(), Container::StatusKind::Running);
        QCOMPARE(value(1, ContainerModel::StatusKindRole).value<Container::StatusKind>(), Container::StatusKind::Stopped);
        // Views read the kind as a plain number too.
        QCOMPARE(value(1, ContainerModel::StatusKindRole).toInt(), int(Container::StatusKind::Stopped));
        QCOMPARE(value(0, ContainerModel::PendingActionRole).toInt(), int(ContainerModel::PendingAction::None));
        QCOMPARE(value(0, ContainerModel::ContainerRole).value<Container>().name, QStringLiteral("box-1"));
        QVERIFY(!value(0, ContainerModel::ProgressRole).isValid());
        // Row-wide roles are the same on every column.
        QCOMPARE(m_model->data(m_model->index(0, int(Column::LastUsed)), ContainerModel::IdRole).toString(), dockerId(1));

        QCOMPARE(m_model->rowForKey(uuid(2)), 1);
        QCOMPARE(m_model->rowForId(dockerId(2)), 1);
        QCOMPARE(m_model->rowForId(uuid(2)), 1);
        QCOMPARE(m_model->rowForId(QStringLiteral("nope")), -1);
        QCOMPARE(m_model->rowForKey(dockerId(2)), -1); // a key, not any id
        QCOMPARE(m_model->containerAt(2).id, QStringLiteral("agent:") + uuid(90));
    }

    void listDiffInsertsRemovesAndChangesRows()
    {
        m_model->resetFromList(listOf({containerJson(1), containerJson(2), containerJson(3)}));
        const QPersistentModelIndex second(m_model->index(1, int(Column::Name)));
        const QPersistentModelIndex third(m_model->index(2, int(Column::Name)));

        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutAboutToBeChanged);

        // 1 is gone, 2 stopped, 3 unchanged, 4 is new; the server's order differs from ours.
        m_model->resetFromList(listOf({containerJson(4), containerJson(3), containerJson(2, QStringLiteral("stopped"))}));

        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(m_model->rowCount(), 3);

        // Persistent indexes (and so selections) follow their rows.
        QVERIFY(second.isValid());
        QCOMPARE(second.row(), 0);
        QCOMPARE(second.data().toString(), QStringLiteral("box-2"));
        QCOMPARE(third.row(), 1);
        QCOMPARE(m_model->containerAt(2).name, QStringLiteral("box-4"));

        // Changes are told before the removal, while box-2 is still row 1; box-3 is left alone.
        const QList<Change> changes = changesOf(changed);
        QVERIFY(!changes.isEmpty());
        for (const Change &c : changes)
            QCOMPARE(c.row, 1);
        QVERIFY(displayChanged(changes, Column::Status));
        QVERIFY(!displayChanged(changes, Column::Name));
        QCOMPARE(text(0, Column::Status), QStringLiteral("stopped"));
    }

    void sameListChangesNothing()
    {
        const auto list = listOf({containerJson(1), containerJson(2), agentJson(uuid(90))});
        m_model->resetFromList(list);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->resetFromList(list);
        m_model->applyEvent(containerEvent(QStringLiteral("list"), QJsonObject{{QStringLiteral("containers"),
                                                                       QJsonArray{containerJson(1), containerJson(2),
                                                                                  agentJson(uuid(90))}}}));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void listWithNullContainersEmptiesTheModel()
    {
        m_model->resetFromList(listOf({containerJson(1), containerJson(2)}));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        m_model->applyEvent(containerEvent(QStringLiteral("list"), QJsonObject{{QStringLiteral("containers"), QJsonValue()},
                                                                      {QStringLiteral("count"), 0}}));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void duplicateEntriesMakeOneRow()
    {
        m_model->resetFromList(listOf({containerJson(1), containerJson(1), containerJson(2)}));
        QCOMPARE(m_model->rowCount(), 2);
        m_model->resetFromList(listOf({containerJson(2), containerJson(3), containerJson(3)}));
        QCOMPARE(m_model->rowCount(), 2);
    }

    void creationIdChangeKeepsTheRow()
    {
        m_model->resetFromList(listOf({containerJson(1)}));
        const int row = m_model->addCreated(Container::fromJson(createdReplyJson(7)));
        QCOMPARE(row, 1);
        QCOMPARE(value(row, ContainerModel::IdRole).toString(), uuid(7));
        QCOMPARE(text(row, Column::Status), QStringLiteral("creating"));
        const QPersistentModelIndex persistent(m_model->index(row, int(Column::Status)));

        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy idChanged(m_model.get(), &ContainerModel::idChanged);

        m_model->applyEvent(progressEvent(uuid(7), QStringLiteral("validating"), 10));
        QCOMPARE(value(row, ContainerModel::StageRole).toString(), QStringLiteral("validating"));
        QCOMPARE(value(row, ContainerModel::ProgressRole).toInt(), 10);
        m_model->applyEvent(progressEvent(uuid(7), QStringLiteral("creating"), 35));
        m_model->applyEvent(progressEvent(uuid(7), QStringLiteral("starting"), 85,
                                          {{QStringLiteral("container_id"), dockerId(7)}}));
        // The Docker ID is known from "starting" on: same row, new id, same key.
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(value(row, ContainerModel::IdRole).toString(), dockerId(7));
        QCOMPARE(value(row, ContainerModel::StableKeyRole).toString(), uuid(7));
        QCOMPARE(m_model->rowForId(dockerId(7)), row);
        QCOMPARE(m_model->rowForId(uuid(7)), row);
        QCOMPARE(m_model->rowForKey(uuid(7)), row);
        QCOMPARE(idChanged.size(), 1);
        QCOMPARE(idChanged.first().at(0).toString(), uuid(7));
        QCOMPARE(idChanged.first().at(1).toString(), uuid(7));
        QCOMPARE(idChanged.first().at(2).toString(), dockerId(7));

        // The real server's figures go back (85, then 55); the row's do not.
        m_model->applyEvent(progressEvent(uuid(7), QStringLiteral("starting"), 55,
                                          {{QStringLiteral("container_id"), dockerId(7)}}));
        QVERIFY(value(row, ContainerModel::ProgressRole).toInt() >= 85);
        m_model->applyEvent(progressEvent(uuid(7), QStringLiteral("configuring"), 90,
                                          {{QStringLiteral("container_id"), dockerId(7)}}));
        QCOMPARE(value(row, ContainerModel::ProgressRole).toInt(), 90);

        QJsonObject ready = containerJson(7, QStringLiteral("configuring"));
        ready.remove(QStringLiteral("role"));
        ready.insert(QStringLiteral("ip_address"), QStringLiteral("172.17.0.5"));
        m_model->applyEvent(progressEvent(uuid(7), QStringLiteral("ready"), 100,
                                          {{QStringLiteral("container_id"), dockerId(7)},
                                           {QStringLiteral("complete"), true},
                                           {QStringLiteral("container"), ready}}));
        QVERIFY(!value(row, ContainerModel::ProgressRole).isValid());
        QVERIFY(!value(row, ContainerModel::StageRole).isValid());
        QCOMPARE(text(row, Column::Status), QStringLiteral("configuring"));
        QCOMPARE(m_model->containerAt(row).ipAddress, QStringLiteral("172.17.0.5"));
        QCOMPARE(m_model->containerAt(row).role, QStringLiteral("standard")); // kept: ready has none

        m_model->applyEvent(containerEvent(QStringLiteral("updated"), {{QStringLiteral("id"), dockerId(7)},
                                                              {QStringLiteral("db_id"), uuid(7)},
                                                              {QStringLiteral("status"), QStringLiteral("running")},
                                                              {QStringLiteral("role"), QStringLiteral("python")}}));
        QCOMPARE(text(row, Column::Status), QStringLiteral("running"));
        QCOMPARE(text(row, Column::Role), QStringLiteral("python"));

        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(persistent.isValid());
        QCOMPARE(persistent.row(), row);
        QCOMPARE(idChanged.size(), 1);
    }

    void startAfterRecreationKeepsTheRow()
    {
        m_model->resetFromList(listOf({containerJson(1), containerJson(2)}));
        const QPersistentModelIndex persistent(m_model->index(1, 0));
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy idChanged(m_model.get(), &ContainerModel::idChanged);

        QVERIFY(m_model->changeId(dockerId(2), dockerId(22)));
        QCOMPARE(m_model->rowForId(dockerId(22)), 1);
        QCOMPARE(m_model->rowForId(dockerId(2)), -1);
        QCOMPARE(m_model->rowForKey(uuid(2)), 1);
        QCOMPARE(persistent.row(), 1);
        QCOMPARE(idChanged.size(), 1);
        // When the `started` event got there first, the reply changes nothing more.
        QVERIFY(m_model->changeId(dockerId(2), dockerId(22)));
        QCOMPARE(idChanged.size(), 1);

        // An `updated` event naming both a new id and the db_id moves the row along too.
        m_model->applyEvent(containerEvent(QStringLiteral("updated"), {{QStringLiteral("id"), dockerId(23)},
                                                              {QStringLiteral("db_id"), uuid(2)},
                                                              {QStringLiteral("status"), QStringLiteral("running")},
                                                              {QStringLiteral("restarted"), true}}));
        QCOMPARE(m_model->rowForId(dockerId(23)), 1);
        QCOMPARE(value(1, ContainerModel::IdRole).toString(), dockerId(23));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(m_model->rowCount(), 2);

        // A list with the new id finds the row by its db_id.
        QJsonObject listed = containerJson(2);
        listed.insert(QStringLiteral("id"), dockerId(24));
        m_model->resetFromList(listOf({containerJson(1), listed}));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(value(1, ContainerModel::IdRole).toString(), dockerId(24));
        QCOMPARE(persistent.row(), 1);
    }

    void partialUpdateChangesOnlyItsColumns()
    {
        m_model->resetFromList(listOf({containerJson(1), containerJson(2)}));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->applyEvent(containerEvent(QStringLiteral("updated"),
                                  {{QStringLiteral("id"), dockerId(2)}, {QStringLiteral("status"), QStringLiteral("stopped")}}));
        QList<Change> changes = changesOf(changed);
        QVERIFY(displayChanged(changes, Column::Status));
        for (Column other : {Column::Name, Column::Image, Column::Role, Column::Resources, Column::LastUsed})
            QVERIFY2(!displayChanged(changes, other), QMetaEnum::fromType<Column>().valueToKey(int(other)));
        QVERIFY(roleChanged(changes, ContainerModel::StatusKindRole));
        QVERIFY(roleChanged(changes, ContainerModel::ContainerRole));
        QVERIFY(!roleChanged(changes, ContainerModel::IdRole));
        QVERIFY(!roleChanged(changes, ContainerModel::IsAgentRole));
        for (const Change &c : changes)
            QCOMPARE(c.row, 1);
        QCOMPARE(text(1, Column::Status), QStringLiteral("stopped"));
        QCOMPARE(text(1, Column::Name), QStringLiteral("box-2")); // untouched by the partial payload

        // The same again: nothing changed, nothing said.
        changed.clear();
        m_model->applyEvent(containerEvent(QStringLiteral("updated"),
                                  {{QStringLiteral("id"), dockerId(2)}, {QStringLiteral("status"), QStringLiteral("stopped")}}));
        QCOMPARE(changed.size(), 0);

        changed.clear();
        m_model->applyEvent(containerEvent(QStringLiteral("updated"),
                                  {{QStringLiteral("id"), dockerId(2)},
                                   {QStringLiteral("resources"), QJsonObject{{QStringLiteral("memory_mb"), 4096}}}}));
        changes = changesOf(changed);
        QVERIFY(displayChanged(changes, Column::Resources));
        QVERIFY(!displayChanged(changes, Column::Status));
        QVERIFY(!displayChanged(changes, Column::Name));
        QCOMPARE(text(1, Column::Resources), QStringLiteral("4 GiB · 2 vCPU · 10 GiB"));

        changed.clear();
        m_model->applyEvent(containerEvent(QStringLiteral("updated"),
                                  {{QStringLiteral("id"), dockerId(2)}, {QStringLiteral("name"), QStringLiteral("renamed")},
                                   {QStringLiteral("image"), QStringLiteral("debian")}}));
        changes = changesOf(changed);
        QVERIFY(displayChanged(changes, Column::Name));
        QVERIFY(displayChanged(changes, Column::Image));
        QVERIFY(!displayChanged(changes, Column::Status));
        QVERIFY(!displayChanged(changes, Column::Resources));
        QCOMPARE(text(1, Column::Name), QStringLiteral("renamed"));
    }

    void unknownStatusIsShownAsSent()
    {
        m_model->resetFromList(listOf({containerJson(1, QStringLiteral("hibernating")), containerJson(2, QString())}));
        QCOMPARE(text(0, Column::Status), QStringLiteral("hibernating"));
        QCOMPARE(value(0, ContainerModel::StatusKindRole).value<Container::StatusKind>(), Container::StatusKind::Other);
        QCOMPARE(value(0, ContainerModel::StatusRole).toString(), QStringLiteral("hibernating"));
        QCOMPARE(text(1, Column::Status), ContainerFormat::missingStatus());
        QCOMPARE(value(1, ContainerModel::StatusKindRole).value<Container::StatusKind>(), Container::StatusKind::Unknown);
        m_model->applyEvent(containerEvent(QStringLiteral("updated"), {{QStringLiteral("id"), dockerId(1)},
                                                              {QStringLiteral("status"), QStringLiteral("Frozen")}}));
        QCOMPARE(text(0, Column::Status), QStringLiteral("Frozen"));
    }

    void agents()
    {
        const QString agent = uuid(90);
        const QString agentId = QStringLiteral("agent:") + agent;
        m_model->resetFromList(listOf({agentJson(agent), containerJson(1)}));
        QVERIFY(value(0, ContainerModel::IsAgentRole).toBool());
        QVERIFY(!value(1, ContainerModel::IsAgentRole).toBool());
        QCOMPARE(value(0, ContainerModel::StableKeyRole).toString(), agentId);
        QCOMPARE(text(0, Column::Role), QStringLiteral("agent"));
        QCOMPARE(text(0, Column::Image), QStringLiteral("linux/amd64"));
        QCOMPARE(text(0, Column::Resources), QStringLiteral("16 GiB · 8 vCPU · 500 GiB")); // num_cpu × 1024
        QVERIFY(text(0, Column::Image, Qt::ToolTipRole).contains(QStringLiteral("Debian 13")));

        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->applyEvent(containerEvent(QStringLiteral("agent_disconnected"), {{QStringLiteral("id"), agentId}}));
        QCOMPARE(text(0, Column::Status), QStringLiteral("offline"));
        QCOMPARE(value(0, ContainerModel::StatusKindRole).value<Container::StatusKind>(), Container::StatusKind::Offline);
        m_model->applyEvent(containerEvent(QStringLiteral("agent_connected"), agentJson(agent, QStringLiteral("online"))));
        QCOMPARE(text(0, Column::Status), QStringLiteral("online"));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        // Agent stats do not touch the list.
        m_model->applyEvent(containerEvent(QStringLiteral("agent_stats"), {{QStringLiteral("id"), agentId},
                                                                  {QStringLiteral("stats"), QJsonObject()}}));
        // A new agent comes in whole.
        m_model->applyEvent(containerEvent(QStringLiteral("agent_connected"), agentJson(uuid(91))));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowForKey(QStringLiteral("agent:") + uuid(91)), 2);
        m_model->applyEvent(containerEvent(QStringLiteral("deleted"), {{QStringLiteral("id"), agentId}}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowForId(agentId), -1);
        QCOMPARE(m_model->rowCount(), 2);
    }

    void sharedTerminals()
    {
        m_model->resetFromList(listOf({containerJson(1), sharedJson(2)}));
        QVERIFY(!value(0, ContainerModel::IsSharedRole).toBool());
        QVERIFY(value(1, ContainerModel::IsSharedRole).toBool());
        QVERIFY(text(1, Column::Name, Qt::ToolTipRole).contains(QStringLiteral("alice")));
        QVERIFY(!m_model->containerAt(1).canControl());
    }

    void deletedEvents()
    {
        m_model->resetFromList(listOf({containerJson(1), containerJson(2), containerJson(3)}));
        m_model->addCreated(Container::fromJson(createdReplyJson(4)));
        // By Docker ID with db_id, by db_id alone, and by the UUID a failed creation keeps as id.
        m_model->applyEvent(containerEvent(QStringLiteral("deleted"), {{QStringLiteral("id"), dockerId(2)},
                                                              {QStringLiteral("db_id"), uuid(2)}}));
        QCOMPARE(m_model->rowCount(), 3);
        m_model->applyEvent(containerEvent(QStringLiteral("deleted"), {{QStringLiteral("id"), uuid(4)}}));
        QCOMPARE(m_model->rowCount(), 2);
        m_model->applyEvent(containerEvent(QStringLiteral("deleted"), {{QStringLiteral("id"), dockerId(99)}}));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowForKey(uuid(3)), 1);
        QCOMPARE(m_model->rowForId(dockerId(3)), 1);
    }

    void createdEventInsertsOnce()
    {
        m_model->resetFromList(listOf({containerJson(1)}));
        QJsonObject created = createdReplyJson(5);
        created.insert(QStringLiteral("ip_address"), QStringLiteral("127.0.0.1"));
        m_model->applyEvent(containerEvent(QStringLiteral("created"), created));
        QCOMPARE(m_model->rowCount(), 2);
        // The 202 reply after the event: the same row.
        QCOMPARE(m_model->addCreated(Container::fromJson(createdReplyJson(5))), 1);
        QCOMPARE(m_model->rowCount(), 2);
    }

    void rowsAddedHereSurviveListsThatDoNotKnowThemYet()
    {
        m_model->resetFromList(listOf({containerJson(1)}));
        m_model->addCreated(Container::fromJson(createdReplyJson(6)));
        // A list fetched just before the creation.
        m_model->resetFromList(listOf({containerJson(1)}));
        QCOMPARE(m_model->rowCount(), 2);
        // Once the server has shown it, it goes when the server stops listing it.
        QJsonObject listed = createdReplyJson(6);
        m_model->resetFromList(listOf({containerJson(1), listed}));
        QCOMPARE(m_model->rowCount(), 2);
        m_model->resetFromList(listOf({containerJson(1)}));
        QCOMPARE(m_model->rowCount(), 1);
    }

    void unknownIdsAskForAReconcile()
    {
        m_model->resetFromList(listOf({containerJson(1)}));
        QSignalSpy reconcile(m_model.get(), &ContainerModel::reconcileNeeded);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->applyEvent(containerEvent(QStringLiteral("updated"), {{QStringLiteral("id"), dockerId(8)},
                                                              {QStringLiteral("status"), QStringLiteral("running")}}));
        QCOMPARE(reconcile.size(), 1);
        m_model->applyEvent(progressEvent(uuid(8), QStringLiteral("validating"), 10));
        QCOMPARE(reconcile.size(), 2);
        QCOMPARE(inserted.size(), 0);
        QVERIFY(!m_model->merge(dockerId(8), {{QStringLiteral("status"), QStringLiteral("x")}}));
    }

    void failedCreationKeepsItsError()
    {
        m_model->addCreated(Container::fromJson(createdReplyJson(3)));
        m_model->applyEvent(progressEvent(uuid(3), QStringLiteral("pulling"), 15));
        m_model->applyEvent(progressEvent(uuid(3), QStringLiteral("error"), 35,
                                          {{QStringLiteral("error"), QStringLiteral("failed to pull image")},
                                           {QStringLiteral("complete"), true}}));
        QCOMPARE(value(0, ContainerModel::StageRole).toString(), QStringLiteral("error"));
        QCOMPARE(value(0, ContainerModel::ProgressErrorRole).toString(), QStringLiteral("failed to pull image"));
        m_model->applyEvent(containerEvent(QStringLiteral("updated"), {{QStringLiteral("id"), uuid(3)},
                                                              {QStringLiteral("db_id"), uuid(3)},
                                                              {QStringLiteral("status"), QStringLiteral("error")},
                                                              {QStringLiteral("error"), QStringLiteral("failed to pull image")}}));
        QCOMPARE(text(0, Column::Status), QStringLiteral("error"));
        QCOMPARE(value(0, ContainerModel::ProgressErrorRole).toString(), QStringLiteral("failed to pull image"));
        QVERIFY(text(0, Column::Status, Qt::ToolTipRole).contains(QStringLiteral("failed to pull image")));
    }

    void missedReadyEndsProgressFromTheList()
    {
        m_model->addCreated(Container::fromJson(createdReplyJson(3)));
        m_model->applyEvent(progressEvent(uuid(3), QStringLiteral("creating"), 35));
        QVERIFY(value(0, ContainerModel::ProgressRole).isValid());
        // The socket was down during "ready"; the list after the reconnect says running.
        QJsonObject listed = containerJson(3);
        m_model->resetFromList(listOf({listed}));
        QVERIFY(!value(0, ContainerModel::ProgressRole).isValid());
        QCOMPARE(value(0, ContainerModel::IdRole).toString(), dockerId(3));
    }

    void overallPercentNeverGoesBack_data()
    {
        QTest::addColumn<QStringList>("stages");
        QTest::addColumn<QList<double>>("figures");
        QTest::newRow("real server") << QStringList{u"validating"_s, u"pulling"_s, u"creating"_s, u"starting"_s,
                                                    u"starting"_s, u"configuring"_s, u"ready"_s}
                                     << QList<double>{10, 15, 35, 85, 55, 90, 100};
        QTest::newRow("pulling per stage") << QStringList{u"validating"_s, u"pulling"_s, u"pulling"_s, u"pulling"_s,
                                                          u"creating"_s, u"ready"_s}
                                           << QList<double>{10, 0, 50, 100, 35, 100};
        QTest::newRow("unknown stages") << QStringList{u"thinking"_s, u"thinking"_s, u"done"_s}
                                        << QList<double>{40, 20, 70};
    }

    void overallPercentNeverGoesBack()
    {
        QFETCH(QStringList, stages);
        QFETCH(QList<double>, figures);
        int percent = 0;
        for (qsizetype i = 0; i < stages.size(); ++i) {
            const int next = ContainerModel::overallPercent(stages.at(i), figures.at(i), percent);
            QVERIFY2(next >= percent, qPrintable(stages.at(i)));
            QVERIFY(next >= 0 && next <= 100);
            if (stages.at(i) == u"pulling")
                QVERIFY(next >= 15 && next <= 35);
            percent = next;
        }
        if (stages.last() == u"ready")
            QCOMPARE(percent, 100);
    }

    void pendingActionsShowInTheStatusColumn()
    {
        m_model->resetFromList(listOf({containerJson(1)}));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setPendingAction(uuid(1), ContainerModel::PendingAction::Stopping));
        QCOMPARE(text(0, Column::Status), QStringLiteral("stopping…"));
        QCOMPARE(value(0, ContainerModel::StatusRole).toString(), QStringLiteral("running")); // the server's word
        QCOMPARE(value(0, ContainerModel::PendingActionRole).value<ContainerModel::PendingAction>(),
                 ContainerModel::PendingAction::Stopping);
        QVERIFY(displayChanged(changesOf(changed), Column::Status));
        QVERIFY(!displayChanged(changesOf(changed), Column::Name));
        QVERIFY(m_model->setPendingAction(dockerId(1), ContainerModel::PendingAction::None));
        QCOMPARE(text(0, Column::Status), QStringLiteral("running"));
    }

    void formatting()
    {
        using rexec::api::ContainerResources;
        QCOMPARE(ContainerFormat::resources(ContainerResources{2048, 2000, 10240}, false),
                 QStringLiteral("2 GiB · 2 vCPU · 10 GiB"));
        QCOMPARE(ContainerFormat::resources(ContainerResources{512, 500, 1536}, false),
                 QStringLiteral("512 MiB · 0.5 vCPU · 1.5 GiB"));
        QCOMPARE(ContainerFormat::resources(ContainerResources{0, 0, 0}, false), QString());
        QCOMPARE(ContainerFormat::resources(ContainerResources{0, 4096, 0}, true), QStringLiteral("4 vCPU"));

        QCOMPARE(ContainerFormat::relativeTime(kNow.addSecs(-30), kNow), QStringLiteral("just now"));
        QCOMPARE(ContainerFormat::relativeTime(kNow.addSecs(20), kNow), QStringLiteral("just now")); // clock skew
        QCOMPARE(ContainerFormat::relativeTime(kNow.addSecs(-5 * 60), kNow), QStringLiteral("5 minute(s) ago"));
        QCOMPARE(ContainerFormat::relativeTime(kNow.addSecs(-3 * 3600), kNow), QStringLiteral("3 hour(s) ago"));
        QCOMPARE(ContainerFormat::relativeTime(kNow.addDays(-3), kNow), QStringLiteral("3 day(s) ago"));
        QCOMPARE(ContainerFormat::relativeTime(kNow.addDays(-30), kNow),
                 QLocale().toString(kNow.addDays(-30).toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(ContainerFormat::relativeTime(QDateTime(), kNow), QStringLiteral("never"));
    }

    void sortRoleSortsByFigures()
    {
        QJsonObject small = containerJson(1);
        small.insert(QStringLiteral("resources"), QJsonObject{{QStringLiteral("memory_mb"), 512}});
        small.insert(QStringLiteral("last_used_at"), QStringLiteral("2025-11-01T00:00:00Z"));
        QJsonObject big = containerJson(2);
        big.insert(QStringLiteral("resources"), QJsonObject{{QStringLiteral("memory_mb"), 4096}});
        big.insert(QStringLiteral("last_used_at"), QStringLiteral("2025-12-01T11:59:00Z"));
        QJsonObject mid = containerJson(3);
        mid.insert(QStringLiteral("resources"), QJsonObject{{QStringLiteral("memory_mb"), 1024}});
        m_model->resetFromList(listOf({big, small, mid}));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(ContainerModel::SortRole);
        proxy.sort(int(Column::Resources), Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, int(Column::Name)).data().toString();
        QCOMPARE(names, (QStringList{u"box-1"_s, u"box-3"_s, u"box-2"_s}));

        proxy.sort(int(Column::LastUsed), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, int(Column::Name)).data().toString(), QStringLiteral("box-2"));
        QCOMPARE(proxy.index(2, int(Column::Name)).data().toString(), QStringLiteral("box-1"));
        QCOMPARE(m_model->data(m_model->index(0, int(Column::LastUsed)), ContainerModel::SortRole).typeId(),
                 QMetaType::LongLong);

        // A status change re-sorts the proxy with no reset of the source.
        proxy.sort(int(Column::Status), Qt::AscendingOrder);
        m_model->applyEvent(containerEvent(QStringLiteral("updated"), {{QStringLiteral("id"), dockerId(3)},
                                                              {QStringLiteral("status"), QStringLiteral("stopped")}}));
        QCOMPARE(proxy.index(2, int(Column::Name)).data().toString(), QStringLiteral("box-3"));
    }

    // What a filter box searches: the words a user knows a container by, case-folded, rebuilt when
    // one of them changes and announced with FilterTextRole only then.
    void filterTextFollowsChanges()
    {
        QJsonObject box = containerJson(1);
        box.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("Course"), QStringLiteral("CS101")}});
        m_model->resetFromList(listOf({box}));
        const QString before = value(0, ContainerModel::FilterTextRole).toString();
        for (const QString &word : {u"box-1"_s, u"course=cs101"_s, text(0, Column::Image).toCaseFolded()})
            QVERIFY2(before.contains(word), qPrintable(word + u" in "_s + before));
        // Neither the id (matched by prefix by the filter) nor the relative time, which the clock changes.
        QVERIFY(!before.contains(dockerId(1).left(12)));
        QVERIFY(!before.contains(text(0, Column::LastUsed)));

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->applyEvent(containerEvent(QStringLiteral("updated"),
                                           {{QStringLiteral("id"), dockerId(1)},
                                            {QStringLiteral("last_used_at"), QStringLiteral("2025-12-01T11:30:00Z")}}));
        QVERIFY(!changed.isEmpty());
        QVERIFY(!roleChanged(changesOf(changed), ContainerModel::FilterTextRole));

        changed.clear();
        m_model->applyEvent(containerEvent(QStringLiteral("updated"), {{QStringLiteral("id"), dockerId(1)},
                                                              {QStringLiteral("name"), QStringLiteral("Renamed")}}));
        QVERIFY(roleChanged(changesOf(changed), ContainerModel::FilterTextRole));
        const QString after = value(0, ContainerModel::FilterTextRole).toString();
        QVERIFY(after.contains(u"renamed"_s));
        QVERIFY(!after.contains(u"box-1"_s));

        changed.clear();
        QVERIFY(m_model->setPendingAction(dockerId(1), ContainerModel::PendingAction::Stopping));
        QVERIFY(roleChanged(changesOf(changed), ContainerModel::FilterTextRole));
        QVERIFY(value(0, ContainerModel::FilterTextRole).toString().contains(u"stopping"_s));
    }

    void relativeTimesAreRefreshed()
    {
        m_model->resetFromList(listOf({containerJson(1)}));
        QDateTime now = kNow;
        m_model->setClock([&now] { return now; });
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setRelativeTimeRefreshInterval(std::chrono::milliseconds(10));
        now = kNow.addSecs(3600);
        QTRY_VERIFY(!changed.isEmpty());
        const QList<Change> changes = changesOf(changed);
        QVERIFY(displayChanged(changes, Column::LastUsed));
        QVERIFY(!displayChanged(changes, Column::Status));
        QCOMPARE(text(0, Column::LastUsed), QStringLiteral("2 hour(s) ago"));
        m_model->setRelativeTimeRefreshInterval(std::chrono::milliseconds(0));
    }

    // Random lists in a row: the rows always match the latest list, and no update is a reset.
    void randomListsStayConsistent()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QRandomGenerator random(20251201);
        for (int round = 0; round < 60; ++round) {
            QList<QJsonObject> items;
            std::set<int> seeds;
            const int count = int(random.bounded(0, 40));
            for (int i = 0; i < count; ++i)
                seeds.insert(int(random.bounded(0, 60)));
            for (int seed : seeds) {
                QJsonObject item = containerJson(seed, random.bounded(2) ? QStringLiteral("running")
                                                                         : QStringLiteral("stopped"));
                if (seed % 7 == 0) // some ids change between rounds
                    item.insert(QStringLiteral("id"), dockerId(100000 + seed * 10 + int(random.bounded(3))));
                items << item;
            }
            m_model->resetFromList(listOf(items));
            QCOMPARE(m_model->rowCount(), int(seeds.size()));
            for (int seed : seeds) {
                const int row = m_model->rowForKey(uuid(seed));
                QVERIFY2(row >= 0, qPrintable(QStringLiteral("round %1, seed %2").arg(round).arg(seed)));
                QCOMPARE(m_model->containerAt(row).name, QStringLiteral("box-%1").arg(seed));
            }
        }
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContainerModel)
#include "tst_containermodel.moc"
