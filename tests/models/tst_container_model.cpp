#include "Fixtures.h"
#include "api/Parsers.h"
#include "core/StatusAge.h"
#include "listings/ContainerFilterModel.h"
#include "listings/ContainerModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QList<ContainerSummary> recorded()
{
    return parse::containers(fixture("containers_v1.41.json")).value();
}

ContainerSummary byName(const QList<ContainerSummary> &list, const QString &name)
{
    for (const ContainerSummary &c : list) {
        if (c.names.value(0) == name)
            return c;
    }
    qFatal("no container %s in the fixture", qPrintable(name));
}

// Counts what a model emits, and fails on any reset.
struct SignalLog {
    explicit SignalLog(QAbstractItemModel *m)
        : inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , reset(m, &QAbstractItemModel::modelReset)
        , layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        changed.clear();
    }
    QSignalSpy inserted, removed, changed, reset, layout;
};

} // namespace

class TestContainerModel : public QObject {
    Q_OBJECT
private slots:
    void groupsByComposeProject()
    {
        ContainerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers(recorded());
        QCOMPARE(model.rowCount(), 4); // project "shop" + udp, paused, failed
        const QModelIndex shop = model.findKey(u"project:shop"_s);
        QVERIFY(shop.isValid());
        QVERIFY(shop.data(ContainerModel::IsProjectRole).toBool());
        QCOMPARE(model.rowCount(shop), 3);
        QCOMPARE(model.index(shop.row(), ContainerModel::StateColumn).data().toString(),
                 u"2 of 3 running"_s);
        QStringList services;
        for (int r = 0; r < 3; ++r)
            services << model.index(r, ContainerModel::ServiceColumn, shop).data().toString();
        services.sort();
        QCOMPARE(services, (QStringList{u"db"_s, u"web"_s, u"worker"_s}));
    }

    // Container rows never have rows below (views keep no expansion state for them); projects
    // may.
    void onlyProjectsMayHaveChildren()
    {
        ContainerModel model;
        model.setContainers(recorded());
        const QModelIndex shop = model.findKey(u"project:shop"_s);
        QVERIFY(!(model.flags(shop) & Qt::ItemNeverHasChildren));
        QVERIFY(model.flags(model.index(0, 0, shop)) & Qt::ItemNeverHasChildren);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex row = model.index(r, 0);
            QCOMPARE(bool(model.flags(row) & Qt::ItemNeverHasChildren), row != shop);
        }
    }

    void columnsShowWhatDockerPsShows()
    {
        ContainerModel model;
        model.setContainers(recorded());
        const auto cell = [&](const QString &name, int column, int role = Qt::DisplayRole) {
            const QModelIndex i = model.findKey(byName(recorded(), name).id);
            return model.index(i.row(), column, i.parent()).data(role);
        };
        QCOMPARE(cell(u"failed"_s, ContainerModel::StateColumn).toString(), u"Exited (3)"_s);
        QCOMPARE(cell(u"failed"_s, 0, ContainerModel::ExitCodeRole).toInt(), 3);
        QCOMPARE(cell(u"paused"_s, ContainerModel::StateColumn).toString(), u"Paused"_s);
        QCOMPARE(cell(u"shop-worker-1"_s, ContainerModel::StateColumn).toString(), u"Created"_s);
        QCOMPARE(cell(u"udp"_s, ContainerModel::PortsColumn).toString(),
                 u"9000/tcp, 127.0.0.1:15353->53/udp"_s);
        QCOMPARE(cell(u"web"_s, ContainerModel::PortsColumn).toString(),
                 u"127.0.0.1:18081->80/tcp"_s);
        QCOMPARE(cell(u"web"_s, ContainerModel::ImageColumn).toString(),
                 u"gantry-seed/busybox:latest"_s);
        QVERIFY(cell(u"web"_s, ContainerModel::CreatedColumn, ContainerModel::SortRole)
                    .toDateTime()
                    .isValid());
        // State colours: running green, failed red, clean exit grey.
        QCOMPARE(cell(u"udp"_s, ContainerModel::StateColumn, Qt::DecorationRole).value<QColor>(),
                 ContainerModel::stateColour(u"running"_s, -1));
        QVERIFY(ContainerModel::stateColour(u"exited"_s, 3) !=
                ContainerModel::stateColour(u"exited"_s, 0));
    }

    void exitCodeParsing()
    {
        QCOMPARE(ContainerModel::exitCode(u"Exited (137) 5 minutes ago"_s), 137);
        QCOMPARE(ContainerModel::exitCode(u"Exited (0) Less than a second ago"_s), 0);
        QCOMPARE(ContainerModel::exitCode(u"Up 3 hours"_s), -1);
        QCOMPARE(ContainerModel::exitCode(u"Exited (-1) 2 days ago"_s), -1);
        QCOMPARE(ContainerModel::exitCode(u"Exited (255) 2 days ago"_s), 255);
        QCOMPARE(ContainerModel::exitCode(u"Exited (x) 2 days ago"_s), -1);
        QCOMPARE(ContainerModel::exitCode(u"Exited (12"_s), -1); // no closing parenthesis
        QCOMPARE(ContainerModel::exitCode(u"Exited (99999999999) ago"_s), -1); // beyond int
        QCOMPARE(ContainerModel::exitCode(QString()), -1);
    }

    void noChangeRefreshEmitsNothing()
    {
        ContainerModel model;
        model.setContainers(recorded());
        SignalLog log(&model);
        model.setContainers(recorded());
        QCOMPARE(log.inserted.size() + log.removed.size() + log.changed.size(), 0);
        QCOMPARE(log.reset.size(), 0);
    }

    void agesAdvanceWithoutANewListing()
    {
        // The engine said "Up 5 seconds" once; some seconds later the model says more, and
        // says that the Status cell changed, with no listing in between. A listing applied in
        // place brings the engine's own text back, counted from then.
        QList<ContainerSummary> list = recorded();
        list[0].status = u"Up 5 seconds"_s;
        list[0].labels.clear(); // a top-level row
        ContainerModel model;
        QAbstractItemModelTester tester(&model);
        model.setContainers(list);
        const QModelIndex status =
            model.findKey(list[0].id).siblingAtColumn(ContainerModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"Up 5 seconds"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto shownSeconds = [&] {
            return parseHumanDuration(status.data().toString().mid(3)).value_or(-1);
        };
        QTRY_VERIFY_WITH_TIMEOUT(shownSeconds() >= 7, 5000);
        QVERIFY(!changed.isEmpty());
        const QModelIndex from = changed.last().at(0).toModelIndex();
        QCOMPARE(from.column(), int(ContainerModel::StatusColumn));
        // The raw text stays the engine's: the exit code and sorting do not depend on the tick.
        QCOMPARE(model.container(status)->status, u"Up 5 seconds"_s);

        list[0].status = u"Exited (0) Less than a second ago"_s;
        QVERIFY(model.updateContainers({list[0]}));
        QCOMPARE(status.data().toString(), u"Exited (0) Less than a second ago"_s);
        list[0].status = u"Up 1 second"_s;
        QVERIFY(model.updateContainers({list[0]}));
        model.listingSeen(); // an unchanged listing: the same
        QCOMPARE(status.data().toString(), u"Up 1 second"_s);
    }

    void containerAppearsDisappearsChanges()
    {
        ContainerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ContainerSummary> list = recorded();
        model.setContainers(list);

        QItemSelectionModel selection(&model);
        const QString pausedId = byName(list, u"paused"_s).id;
        selection.select(model.findKey(pausedId),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);

        SignalLog log(&model);
        // Appears: one insert at the top level, nothing else.
        ContainerSummary fresh = byName(list, u"udp"_s);
        fresh.id = u"f00d"_s.repeated(16);
        fresh.names = {u"fresh"_s};
        list.append(fresh);
        model.setContainers(list);
        QCOMPARE(log.inserted.size(), 1);
        QCOMPARE(log.inserted.first().at(0).toModelIndex(), QModelIndex());
        QCOMPARE(log.removed.size(), 0);
        QCOMPARE(log.changed.size(), 0);
        QVERIFY(model.findKey(fresh.id).isValid());

        // Changes state: exactly that row.
        log.clear();
        for (ContainerSummary &c : list) {
            if (c.id == fresh.id) {
                c.state = u"exited"_s;
                c.status = u"Exited (0) 1 second ago"_s;
            }
        }
        model.setContainers(list);
        QCOMPARE(log.changed.size(), 1);
        QCOMPARE(log.changed.first().at(0).toModelIndex().row(), model.findKey(fresh.id).row());
        QCOMPARE(log.changed.first().at(1).toModelIndex().row(), model.findKey(fresh.id).row());
        QCOMPARE(log.inserted.size() + log.removed.size(), 0);

        // Disappears: one remove, the selection of another row survives.
        log.clear();
        list.removeIf([&](const ContainerSummary &c) { return c.names.value(0) == u"failed"_s; });
        model.setContainers(list);
        QCOMPARE(log.removed.size(), 1);
        QCOMPARE(log.inserted.size(), 0);
        QVERIFY(!model.findKey(byName(recorded(), u"failed"_s).id).isValid());
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(ContainerModel::IdRole).toString(),
                 pausedId);
        QCOMPARE(log.reset.size() + log.layout.size(), 0);
    }

    void projectMembersAndCounts()
    {
        ContainerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ContainerSummary> list = recorded();
        model.setContainers(list);
        const QModelIndex shop = model.findKey(u"project:shop"_s);
        SignalLog log(&model);

        ContainerSummary extra = byName(list, u"shop-db-1"_s);
        extra.id = u"beef"_s.repeated(16);
        extra.names = {u"shop-db-2"_s};
        list.append(extra);
        model.setContainers(list);
        QCOMPARE(log.inserted.size(), 1);
        QCOMPARE(log.inserted.first().at(0).toModelIndex(), shop); // under its project
        QCOMPARE(log.changed.size(), 1);                           // the project's count
        QCOMPARE(model.index(shop.row(), ContainerModel::StateColumn).data().toString(),
                 u"3 of 4 running"_s);

        // The last container of a project goes: the project row goes with it.
        log.clear();
        list.removeIf([](const ContainerSummary &c) {
            return c.labels.value(u"com.docker.compose.project"_s) == u"shop"_s;
        });
        model.setContainers(list);
        QVERIFY(!model.findKey(u"project:shop"_s).isValid());
        QCOMPARE(log.removed.size(), 1);
        QCOMPARE(log.removed.first().at(0).toModelIndex(), QModelIndex());
    }

    void filterRunningOrAllAndText()
    {
        ContainerModel model;
        model.setContainers(recorded());
        ContainerFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);

        const auto visibleNames = [&] {
            QStringList names;
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < filter.rowCount(parent); ++r) {
                    const QModelIndex i = filter.index(r, 0, parent);
                    if (!i.data(ContainerModel::IsProjectRole).toBool())
                        names << i.data().toString();
                    walk(i);
                }
            };
            walk({});
            names.sort();
            return names;
        };
        // docker ps: running, paused included.
        QCOMPARE(visibleNames(), (QStringList{u"paused"_s, u"shop-db-1"_s, u"udp"_s, u"web"_s}));
        filter.setShowAll(true); // docker ps -a
        QCOMPARE(visibleNames().size(), 6);
        filter.setText(u"SHOP"_s); // by project, case-insensitive
        QCOMPARE(visibleNames(), (QStringList{u"shop-db-1"_s, u"shop-worker-1"_s, u"web"_s}));
        filter.setText(u"15353"_s); // by published port
        QCOMPARE(visibleNames(), QStringList{u"udp"_s});
        filter.setText({});
        filter.setShowAll(false);
        QCOMPARE(visibleNames().size(), 4);
    }

    // Health from the listing's status text: a column, a role, a sort by value and a filter.
    void healthColumnAndFilter()
    {
        QList<ContainerSummary> list = recorded();
        const ContainerSummary udp = list[0];
        ContainerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers(list);
        ContainerFilterModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setShowAll(true);
        const QModelIndex at = model.findKey(udp.id);
        QCOMPARE(at.data(ContainerModel::HealthRole).toString(), u"none"_s);
        QCOMPARE(at.siblingAtColumn(ContainerModel::HealthColumn).data().toString(), QString());
        filter.setHealth(ContainerHealth::Healthy);
        QCOMPARE(filter.rowCount(), 0);

        // Its check starts passing: one row changes, nothing is reset.
        SignalLog log(&model);
        const auto parsed = parse::containers(fixture("containers_v1.41.json")
                                                  .replace("\"Up 1 second\"",
                                                           "\"Up 1 second (healthy)\""));
        QVERIFY(parsed);
        model.setContainers(parsed.value());
        QCOMPARE(log.reset.count(), 0);
        QVERIFY(!log.changed.isEmpty());
        const QModelIndex healthy = model.findKey(udp.id);
        QCOMPARE(healthy.data(ContainerModel::HealthRole).toString(), u"healthy"_s);
        const QModelIndex cell = healthy.siblingAtColumn(ContainerModel::HealthColumn);
        QCOMPARE(cell.data().toString(), ContainerModel::healthText(ContainerHealth::Healthy));
        QCOMPARE(cell.data(ContainerModel::SortRole).toInt(), int(ContainerHealth::Healthy));
        QVERIFY(cell.data(Qt::ForegroundRole).isValid());
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(ContainerModel::IdRole).toString(), udp.id);
        filter.setHealth(ContainerHealth::Unhealthy);
        QCOMPARE(filter.rowCount(), 0);
        filter.setHealth(ContainerHealth::None); // those without a health check
        QCOMPARE(filter.rowCount(), 3); // project shop, paused, failed
        filter.setHealth(std::nullopt);
        QCOMPARE(filter.rowCount(), 4);
    }

    void sortsByRawValues()
    {
        QList<ContainerSummary> list = recorded();
        list[0].created = QDateTime::fromSecsSinceEpoch(9, Qt::UTC);
        list[1].created = QDateTime::fromSecsSinceEpoch(10, Qt::UTC);
        ContainerModel model;
        model.setContainers(list);
        ContainerFilterModel filter;
        filter.setSourceModel(&model);
        filter.setShowAll(true);
        filter.sort(ContainerModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data(ContainerModel::IdRole).toString(), list[0].id);
    }
};

QTEST_GUILESS_MAIN(TestContainerModel)
#include "tst_container_model.moc"
