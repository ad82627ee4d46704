// StatsOverviewModel: rows are the running containers (recorded listing), follow the
// container model, carry samples with raw values in SortRole so that a proxy sorts by CPU.
#include "Fixtures.h"
#include "api/Parsers.h"
#include "listings/ContainerModel.h"
#include "live/StatsOverviewModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QList<ContainerSummary> recorded()
{
    return parse::containers(fixture("containers_v1.41.json")).value();
}

QString idOf(const QList<ContainerSummary> &list, const QString &name)
{
    for (const ContainerSummary &c : list) {
        if (c.names.value(0) == name)
            return c.id;
    }
    qFatal("no container %s", qPrintable(name));
}

StatsSample sample(double cpu, qint64 memory, qint64 limit = 64 * 1024 * 1024)
{
    StatsSample s = parse::stats(fixture("stats_v1.41_cgroup1_busy.json")).value();
    s.cpuPercent = cpu;
    s.memoryUsage = memory;
    s.memoryLimit = limit;
    s.memoryPercent = double(memory) / double(limit) * 100;
    return s;
}

QStringList column(const QAbstractItemModel &m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out;
}

} // namespace

class TestStatsOverviewModel : public QObject {
    Q_OBJECT
private slots:
    void rowsAreTheRunningContainers()
    {
        StatsOverviewModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setContainers(recorded());
        QCOMPARE(m.rowCount(), 3); // udp, shop-db-1, web (not paused, exited, created)
        QCOMPARE(m.columnCount(), int(StatsOverviewModel::ColumnCount));
        QStringList names = column(m, StatsOverviewModel::NameColumn);
        names.sort();
        QCOMPARE(names, (QStringList{u"shop-db-1"_s, u"udp"_s, u"web"_s}));
        QCOMPARE(m.index(0, StatsOverviewModel::CpuColumn).data().toString(), u"\u2013"_s);
        QCOMPARE(m.index(0, StatsOverviewModel::CpuColumn).data(StatsOverviewModel::SortRole),
                 QVariant(-1.0));
        QVERIFY(!m.index(0, 0).data(StatsOverviewModel::HasSampleRole).toBool());
        QCOMPARE(m.headerData(StatsOverviewModel::CpuColumn, Qt::Horizontal).toString(),
                 u"CPU %"_s);
    }

    void samplesShowAndSortByValue()
    {
        const QList<ContainerSummary> list = recorded();
        StatsOverviewModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setContainers(list);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m);
        proxy.setSortRole(StatsOverviewModel::SortRole);
        proxy.sort(StatsOverviewModel::CpuColumn, Qt::DescendingOrder);

        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setSample(idOf(list, u"udp"_s), sample(9.5, 1000));
        m.setSample(idOf(list, u"web"_s), sample(150.25, 2000));
        QCOMPARE(changed.size(), 2);
        // By value, not by text ("9.50%" > "150.25%" as strings); no sample yet: last.
        QCOMPARE(column(proxy, StatsOverviewModel::NameColumn),
                 (QStringList{u"web"_s, u"udp"_s, u"shop-db-1"_s}));
        QCOMPARE(column(proxy, StatsOverviewModel::CpuColumn).first(), u"150.25%"_s);

        m.setSample(idOf(list, u"shop-db-1"_s), sample(20, 64 * 1024 * 1024));
        QCOMPARE(column(proxy, StatsOverviewModel::NameColumn),
                 (QStringList{u"web"_s, u"shop-db-1"_s, u"udp"_s}));
        proxy.sort(StatsOverviewModel::MemoryUsageColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, StatsOverviewModel::NameColumn).first(), u"shop-db-1"_s);

        const QModelIndex web = m.findKey(idOf(list, u"web"_s));
        QCOMPARE(web.siblingAtColumn(StatsOverviewModel::MemoryLimitColumn).data().toString(),
                 u"64.00 MiB"_s);
        QCOMPARE(web.siblingAtColumn(StatsOverviewModel::MemoryLimitColumn)
                     .data(StatsOverviewModel::SortRole)
                     .toLongLong(),
                 64 * 1024 * 1024);
        QCOMPARE(web.siblingAtColumn(StatsOverviewModel::NetIoColumn).data().toString(),
                 u"726 bytes / 0 bytes"_s);
        QCOMPARE(web.siblingAtColumn(StatsOverviewModel::PidsColumn).data().toInt(), 1);
        QVERIFY(web.data(StatsOverviewModel::HasSampleRole).toBool());

        // A sample for a container without a row is ignored.
        m.setSample(u"nope"_s, sample(1, 1));
        QVERIFY(!m.sample(u"nope"_s));
    }

    void followsTheContainerModel()
    {
        QList<ContainerSummary> list = recorded();
        ContainerModel containers;
        containers.setContainers(list);
        StatsOverviewModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.followContainers(&containers);
        QCOMPARE(m.rowCount(), 3);
        const QString web = idOf(list, u"web"_s);
        m.setSample(web, sample(1, 1));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);

        // web stops, paused resumes: one row goes (with its sample), one comes.
        for (ContainerSummary &c : list) {
            if (c.id == web)
                c.state = u"exited"_s;
            if (c.names.value(0) == u"paused"_s)
                c.state = u"running"_s;
        }
        containers.setContainers(list);
        QTRY_VERIFY(!m.findKey(web).isValid());
        QVERIFY(m.findKey(idOf(list, u"paused"_s)).isValid());
        QCOMPARE(m.rowCount(), 3);
        QVERIFY(!m.sample(web));
        QCOMPARE(reset.size(), 0);

        containers.setContainers({});
        QTRY_COMPARE(m.rowCount(), 0);
    }
};

QTEST_MAIN(TestStatsOverviewModel)
#include "tst_stats_overview_model.moc"
