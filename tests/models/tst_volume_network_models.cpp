#include "Fixtures.h"
#include "api/Parsers.h"
#include "api/ResourceUsage.h"
#include "listings/NetworkModel.h"
#include "listings/VolumeModel.h"
#include "live/VolumeNetworkRefresher.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// Recorded from dockerd 20.10 (API 1.41): volumes data, cache, spare and an anonymous one;
// networks backend (172.30.0.0/16) and isolated (internal) besides the built-in ones;
// containers web (running: data, cache; backend, isolated), db (created: data; backend)
// and scratch (created: the anonymous volume; network none).
QList<VolumeSummary> volumes()
{
    return parse::volumes(fixture("volumes_used_v1.41.json")).value();
}

QList<NetworkSummary> networks()
{
    return parse::networks(fixture("networks_used_v1.41.json")).value();
}

QList<ContainerUsage> usage()
{
    return parse::containerUsage(fixture("containers_usage_v1.41.json")).value();
}

const QString kAnonymous = u"36eec3755d0e931d3fe7f9813ab99abfc66084d3e7faca032c3960b112b5fd25"_s;

// Counts what a model emits; any reset or layout change is a failure of the keyed diff.
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
    int total() const { return int(inserted.size() + removed.size() + changed.size()); }
    QSignalSpy inserted, removed, changed, reset, layout;
};

QVariant cell(const QAbstractItemModel &model, const QModelIndex &row, int column,
              int role = Qt::DisplayRole)
{
    return model.index(row.row(), column).data(role);
}

QString networkId(const QString &name)
{
    for (const NetworkSummary &n : networks()) {
        if (n.name == name)
            return n.id;
    }
    qFatal("no network %s in the fixture", qPrintable(name));
}

EngineEvent engineEvent(const QString &type, const QString &action)
{
    EngineEvent e;
    e.type = type;
    e.action = action;
    return e;
}

} // namespace

class TestVolumeNetworkModels : public QObject {
    Q_OBJECT
private slots:
    void usageComesFromTheContainerListing()
    {
        const QList<ContainerUsage> list = usage();
        QCOMPARE(list.size(), 3);
        QHash<QString, ContainerUsage> byName;
        for (const ContainerUsage &c : list)
            byName.insert(c.name, c);
        QStringList webVolumes = byName[u"web"_s].volumes;
        webVolumes.sort();
        QCOMPARE(webVolumes, (QStringList{u"cache"_s, u"data"_s}));
        QCOMPARE(byName[u"db"_s].volumes, QStringList{u"data"_s});
        QCOMPARE(byName[u"scratch"_s].volumes, QStringList{kAnonymous});
        QCOMPARE(byName[u"web"_s].state, u"running"_s);
        // A container that never ran has no endpoint yet: matched by the network's name.
        QVERIFY(byName[u"db"_s].usesNetwork(networkId(u"backend"_s), u"backend"_s));
        QVERIFY(byName[u"web"_s].usesNetwork(networkId(u"isolated"_s), u"isolated"_s));
        QVERIFY(!byName[u"web"_s].usesNetwork(networkId(u"bridge"_s), u"bridge"_s));
    }

    void malformedUsageIsAnErrorValue()
    {
        for (const QByteArray &bad :
             {QByteArray("{"), QByteArray("{}"), QByteArray("[{\"Names\": [\"/x\"]}]"),
              QByteArray("[1, 2]")}) {
            const auto r = parse::containerUsage(bad);
            QVERIFY2(!r.ok(), bad.constData());
            QCOMPARE(r.error().kind(), EngineError::Kind::Protocol);
        }
        // Missing Mounts or NetworkSettings are no error: nothing is used.
        const auto r = parse::containerUsage(R"([{"Id": "abc", "Names": ["/x"]}])");
        QVERIFY(r.ok());
        QVERIFY(r->first().volumes.isEmpty() && r->first().networks.isEmpty());
    }

    void volumesShowWhoUsesThem()
    {
        VolumeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isLoaded());
        model.setVolumes(volumes());
        model.setUsage(usage());
        QVERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(VolumeModel::ColumnCount));

        const QModelIndex data = model.findKey(u"data"_s);
        QVERIFY(data.isValid());
        QCOMPARE(data.data(VolumeModel::UsedByRole).toStringList(),
                 (QStringList{u"db"_s, u"web"_s}));
        QCOMPARE(cell(model, data, VolumeModel::UsedByColumn).toString(), u"db, web"_s);
        QCOMPARE(cell(model, data, VolumeModel::UsedByColumn, VolumeModel::SortRole).toInt(), 2);
        QCOMPARE(cell(model, data, VolumeModel::DriverColumn).toString(), u"local"_s);
        QVERIFY(cell(model, data, VolumeModel::MountpointColumn)
                    .toString()
                    .endsWith(u"/volumes/data/_data"_s));
        QCOMPARE(cell(model, data, VolumeModel::CreatedColumn, VolumeModel::SortRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 29), QTime(11, 53, 14), Qt::UTC));
        QVERIFY(data.data(VolumeModel::InUseRole).toBool());

        const QModelIndex spare = model.findKey(u"spare"_s);
        QVERIFY(!spare.data(VolumeModel::InUseRole).toBool());
        QCOMPARE(cell(model, spare, VolumeModel::UsedByColumn, VolumeModel::SortRole).toInt(), 0);
        QCOMPARE(cell(model, spare, VolumeModel::UsedByColumn).toString(), u"unused"_s);

        const QModelIndex anonymous = model.findKey(kAnonymous);
        QVERIFY(anonymous.data(VolumeModel::AnonymousRole).toBool());
        QVERIFY(!data.data(VolumeModel::AnonymousRole).toBool());
        QCOMPARE(anonymous.data(VolumeModel::UsedByRole).toStringList(), QStringList{u"scratch"_s});

        QCOMPARE(model.unusedVolumes(), QStringList{u"spare"_s});
        QCOMPARE(model.usersOf(u"cache"_s), QStringList{u"web"_s});
        QCOMPARE(model.volume(data)->name, u"data"_s);
        QCOMPARE(model.volume(QModelIndex()), nullptr);
    }

    void olderFixtureWithoutUsage()
    {
        VolumeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVolumes(parse::volumes(fixture("volumes_v1.41.json")).value());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.unusedVolumes(), QStringList{u"data"_s});
    }

    void volumeDiffsAreKeyedNeverAReset()
    {
        VolumeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<VolumeSummary> list = volumes();
        QList<ContainerUsage> users = usage();
        model.setVolumes(list);
        model.setUsage(users);
        QItemSelectionModel selection(&model);
        selection.select(model.findKey(u"spare"_s),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        SignalLog log(&model);

        // Same data again: nothing.
        model.setVolumes(list);
        model.setUsage(users);
        QCOMPARE(log.total(), 0);

        // Appears: one insert.
        VolumeSummary fresh = list.first();
        fresh.name = u"fresh"_s;
        list.append(fresh);
        model.setVolumes(list);
        QCOMPARE(log.inserted.size(), 1);
        QCOMPARE(log.removed.size() + log.changed.size(), 0);
        QVERIFY(model.findKey(u"fresh"_s).isValid());

        // A container starts using it: dataChanged of that row only.
        log.clear();
        users.first().volumes.append(u"fresh"_s);
        model.setUsage(users);
        QCOMPARE(log.changed.size(), 1);
        const QModelIndex freshRow = model.findKey(u"fresh"_s);
        QCOMPARE(log.changed.first().at(0).toModelIndex().row(), freshRow.row());
        QCOMPARE(log.changed.first().at(1).toModelIndex().row(), freshRow.row());
        QCOMPARE(log.inserted.size() + log.removed.size(), 0);
        QVERIFY(freshRow.data(VolumeModel::InUseRole).toBool());

        // Goes: one remove; the selection of another row survives.
        log.clear();
        list.removeIf([](const VolumeSummary &v) { return v.name == u"cache"_s; });
        model.setVolumes(list);
        QCOMPARE(log.removed.size(), 1);
        QCOMPARE(log.inserted.size() + log.changed.size(), 0);
        QVERIFY(!model.findKey(u"cache"_s).isValid());
        QVERIFY(selection.isRowSelected(model.findKey(u"spare"_s).row()));

        QCOMPARE(log.reset.size(), 0);
        QCOMPARE(log.layout.size(), 0);
    }

    void networksShowTheirContainers()
    {
        NetworkModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNetworks(networks());
        model.setUsage(usage());
        QCOMPARE(model.rowCount(), 5);

        const QModelIndex backend = model.findKey(networkId(u"backend"_s));
        QVERIFY(backend.isValid());
        QCOMPARE(model.findName(u"backend"_s), backend);
        QCOMPARE(backend.data(NetworkModel::ContainersRole).toStringList(),
                 (QStringList{u"db"_s, u"web"_s}));
        QCOMPARE(cell(model, backend, NetworkModel::SubnetColumn).toString(), u"172.30.0.0/16"_s);
        QCOMPARE(cell(model, backend, NetworkModel::DriverColumn).toString(), u"bridge"_s);
        QCOMPARE(cell(model, backend, NetworkModel::ScopeColumn).toString(), u"local"_s);
        QCOMPARE(cell(model, backend, NetworkModel::ContainersColumn).toString(), u"db, web"_s);
        QCOMPARE(
            cell(model, backend, NetworkModel::ContainersColumn, NetworkModel::SortRole).toInt(),
            2);
        QCOMPARE(cell(model, backend, NetworkModel::InternalColumn).toString(), u"No"_s);
        QVERIFY(!backend.data(NetworkModel::BuiltInRole).toBool());

        const QModelIndex isolated = model.findName(u"isolated"_s);
        QCOMPARE(cell(model, isolated, NetworkModel::InternalColumn).toString(), u"Yes"_s);
        QCOMPARE(
            cell(model, isolated, NetworkModel::InternalColumn, NetworkModel::SortRole).toBool(),
            true);
        QCOMPARE(isolated.data(NetworkModel::ContainersRole).toStringList(), QStringList{u"web"_s});

        const QModelIndex bridge = model.findName(u"bridge"_s);
        QVERIFY(bridge.data(NetworkModel::BuiltInRole).toBool());
        QVERIFY(bridge.data(NetworkModel::ContainersRole).toStringList().isEmpty());
        QCOMPARE(model.findName(u"none"_s).data(NetworkModel::ContainersRole).toStringList(),
                 QStringList{u"scratch"_s});
        QCOMPARE(model.containers().size(), 3);
        QCOMPARE(model.network(bridge)->name, u"bridge"_s);
    }

    void olderFixtureOfBuiltInNetworks()
    {
        NetworkModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNetworks(parse::networks(fixture("networks_v1.41.json")).value());
        QCOMPARE(model.rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QVERIFY(model.index(r, 0).data(NetworkModel::BuiltInRole).toBool());
        QCOMPARE(cell(model, model.findName(u"bridge"_s), NetworkModel::SubnetColumn).toString(),
                 u"172.17.0.0/16"_s);
    }

    void networkDiffsAreKeyedNeverAReset()
    {
        NetworkModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<NetworkSummary> list = networks();
        QList<ContainerUsage> users = usage();
        model.setNetworks(list);
        model.setUsage(users);
        SignalLog log(&model);

        model.setNetworks(list);
        model.setUsage(users);
        QCOMPARE(log.total(), 0);

        // A container is disconnected from isolated: that row changes, nothing else.
        for (ContainerUsage &c : users) {
            if (c.name == u"web"_s)
                c.networks.removeIf(
                    [](const ContainerUsage::Network &n) { return n.name == u"isolated"_s; });
        }
        model.setUsage(users);
        QCOMPARE(log.changed.size(), 1);
        QCOMPARE(log.changed.first().at(0).toModelIndex().row(),
                 model.findName(u"isolated"_s).row());
        QCOMPARE(log.inserted.size() + log.removed.size(), 0);

        // A network goes, another comes.
        log.clear();
        NetworkSummary fresh = list.last();
        fresh.id = u"f00d"_s.repeated(16);
        fresh.name = u"fresh"_s;
        list.removeIf([](const NetworkSummary &n) { return n.name == u"isolated"_s; });
        list.append(fresh);
        model.setNetworks(list);
        QCOMPARE(log.removed.size(), 1);
        QCOMPARE(log.inserted.size(), 1);
        QCOMPARE(log.changed.size(), 0);
        QVERIFY(model.findKey(fresh.id).isValid());
        QVERIFY(!model.findName(u"isolated"_s).isValid());
        QCOMPARE(log.reset.size(), 0);
        QCOMPARE(log.layout.size(), 0);
    }

    void proxiesSortByRawValues()
    {
        VolumeModel model;
        model.setVolumes(volumes());
        model.setUsage(usage());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(VolumeModel::SortRole);
        proxy.sort(VolumeModel::UsedByColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, VolumeModel::NameColumn).data().toString(), u"data"_s);  // 2
        QCOMPARE(proxy.index(3, VolumeModel::NameColumn).data().toString(), u"spare"_s); // 0
    }

    void eventsRefreshOnlyWhatTheyTouch()
    {
        using R = VolumeNetworkRefresher;
        QCOMPARE(R::affectedBy(engineEvent(u"volume"_s, u"create"_s)), R::Resources(R::Volumes));
        QCOMPARE(R::affectedBy(engineEvent(u"volume"_s, u"destroy"_s)), R::Resources(R::Volumes));
        QCOMPARE(R::affectedBy(engineEvent(u"volume"_s, u"mount"_s)), R::Resources());
        QCOMPARE(R::affectedBy(engineEvent(u"network"_s, u"create"_s)), R::Resources(R::Networks));
        QCOMPARE(R::affectedBy(engineEvent(u"network"_s, u"destroy"_s)), R::Resources(R::Networks));
        QCOMPARE(R::affectedBy(engineEvent(u"network"_s, u"connect"_s)), R::Resources(R::Usage));
        QCOMPARE(R::affectedBy(engineEvent(u"network"_s, u"disconnect"_s)), R::Resources(R::Usage));
        QCOMPARE(R::affectedBy(engineEvent(u"container"_s, u"create"_s)), R::Resources(R::Usage));
        QCOMPARE(R::affectedBy(engineEvent(u"container"_s, u"destroy"_s)), R::Resources(R::Usage));
        QCOMPARE(R::affectedBy(engineEvent(u"container"_s, u"start"_s)), R::Resources());
        QCOMPARE(R::affectedBy(engineEvent(u"container"_s, u"exec_start: sh"_s)), R::Resources());
        QCOMPARE(R::affectedBy(engineEvent(u"image"_s, u"tag"_s)), R::Resources());
        // Podman's verb for destroy (tests/fixtures/events_podman4.3.jsonl).
        QCOMPARE(R::affectedBy(engineEvent(u"volume"_s, u"remove"_s)), R::Resources(R::Volumes));
        QCOMPARE(R::affectedBy(engineEvent(u"container"_s, u"remove"_s)), R::Resources(R::Usage));
    }
};

QTEST_GUILESS_MAIN(TestVolumeNetworkModels)
#include "tst_volume_network_models.moc"
