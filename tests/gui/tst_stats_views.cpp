// StatsView in the details panel (a container limited to 64 MiB: the limit shows; streaming
// only while the tab is shown) and the Stats overview page (sorting by CPU value; a stats
// stream only for the rows on screen, none while the page is hidden), on the test bed.
#include "AccessibilityCheck.h"
#include "TestBed.h"
#include "api/DockerClient.h"
#include "details/DetailsPanel.h"
#include "live/StatsOverviewModel.h"
#include "live/StatsPool.h"
#include "stats/StatsOverviewPage.h"
#include "stats/StatsView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

Endpoint nowhere()
{
    Endpoint ep;
    ep.socketPath = u"/nonexistent/gantry-stats.sock"_s;
    return ep;
}

ContainerSummary running(const QString &id, const QString &name)
{
    ContainerSummary c;
    c.id = id;
    c.names = {name};
    c.image = u"busybox"_s;
    c.state = u"running"_s;
    return c;
}

QStringList names(const QAbstractItemModel *m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, StatsOverviewModel::NameColumn).data().toString();
    return out;
}

} // namespace

class TestStatsViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_prefix = u"gantry-stats-"_s + QUuid::createUuid().toString(QUuid::Id128).left(6);
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_created))
            testbed::docker({u"rm"_s, u"-f"_s, name});
    }

    void statsViewShowsTheLimit()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        const QString name = run(u"limited"_s, {u"--memory"_s, u"64m"_s});
        QVERIFY(!name.isEmpty());
        DockerClient client(testbed::endpoint());
        DetailsPanel panel(&client);
        panel.resize(500, 700);
        panel.show();
        StatsView *stats = panel.statsView();
        panel.showContainer(name, name, u"running"_s);
        QVERIFY(!stats->isStreaming()); // its tab is not shown
        panel.setCurrentWidget(stats);
        QTRY_VERIFY(stats->isStreaming());
        QTRY_VERIFY_WITH_TIMEOUT(stats->memoryLabel()->text().contains(u"of 64.00 MiB"_s), 10000);
        QVERIFY(stats->cpuLabel()->text().endsWith(u'%'));
        QTRY_VERIFY(stats->cpuSeries()->count() >= 1);
        QCOMPARE(stats->memorySeries()->count(), stats->cpuSeries()->count());
        QCOMPARE(panel.findChild<QLabel *>(u"statsCommand"_s)->text(), u"docker stats "_s + name);
        const QStringList unnamed = unnamedActionableWidgets(stats);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        panel.setCurrentIndex(0); // another tab: the stream stops
        QVERIFY(!stats->isStreaming());
        panel.setCurrentWidget(stats);
        QTRY_VERIFY(stats->isStreaming());

        // A stopped container has no statistics: the tab is off and nothing streams.
        panel.showContainer(name, name, u"exited"_s);
        QVERIFY(!panel.isTabEnabled(panel.indexOf(stats)));
        QVERIFY(!stats->isStreaming());
    }

    void statsViewKeepsAFiveMinuteWindow()
    {
        DockerClient client(nowhere());
        StatsView view(&client);
        StatsSample s;
        s.read = QDateTime::currentDateTimeUtc().addSecs(-600);
        s.memoryLimit = 64 * 1024 * 1024;
        for (int i = 0; i < 600; ++i) {
            s.read = s.read.addSecs(1);
            s.cpuPercent = i % 100;
            s.memoryUsage = 1024 * i;
            view.showSample(s);
        }
        // One sample a second for ten minutes: only the last five minutes are kept.
        QVERIFY(view.cpuSeries()->count() <= StatsView::kWindowSeconds + 1);
        QVERIFY(view.cpuSeries()->count() >= StatsView::kWindowSeconds - 1);
        QCOMPARE(view.memorySeries()->count(), view.cpuSeries()->count());
        QVERIFY(view.memoryLabel()->text().contains(u"of 64.00 MiB"_s));
    }

    // The engine gives I/O totals; the chart shows KiB/s between consecutive samples.
    void ioIsChartedAsRates()
    {
        DockerClient client(nowhere());
        StatsView view(&client);
        StatsSample s;
        s.read = QDateTime::currentDateTimeUtc().addSecs(-10);
        s.netRx = 10000;
        s.blockWrite = 50000;
        view.showSample(s);
        QCOMPARE(view.networkSeries()->count(), 0); // one total is not a rate yet
        s.read = s.read.addSecs(2);
        s.netRx += 2048;
        s.netTx += 2048;       // 4 KiB in 2 s
        s.blockWrite += 20480; // 20 KiB in 2 s
        view.showSample(s);
        QCOMPARE(view.networkSeries()->count(), 1);
        QCOMPARE(view.networkSeries()->at(0).y(), 2.0);
        QCOMPARE(view.blockSeries()->at(0).y(), 10.0);
        view.setContainer(u"other"_s); // another container starts from nothing
        QCOMPARE(view.networkSeries()->count(), 0);
    }

    // A stream the engine cannot give is said on the page, not left as empty figures.
    void overviewSaysWhenStatsFail()
    {
        DockerClient client(nowhere());
        StatsOverviewModel model;
        model.setContainers({running(u"a"_s, u"alpha"_s)});
        StatsOverviewPage page(&client, &model);
        page.setWindowShown(true);
        page.resize(800, 400);
        page.show();
        auto *status = page.findChild<QLabel *>(u"statsOverviewStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY(status->text().contains(u"Statistics of a failed"_s));
    }

    void overviewSortsByCpuValue()
    {
        // No engine here: samples are put in by hand, as the streams would.
        DockerClient client(nowhere());
        StatsOverviewModel model;
        model.setContainers({running(u"a"_s, u"alpha"_s), running(u"b"_s, u"bravo"_s),
                             running(u"c"_s, u"charlie"_s), running(u"d"_s, u"delta"_s)});
        StatsOverviewPage page(&client, &model);
        page.resize(800, 400);
        page.show();
        auto sample = [](double cpu) {
            StatsSample s;
            s.read = QDateTime::currentDateTimeUtc();
            s.cpuPercent = cpu;
            return s;
        };
        model.setSample(u"a"_s, sample(9.5));
        model.setSample(u"b"_s, sample(150));
        model.setSample(u"c"_s, sample(20));
        QHeaderView *header = page.view()->header();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(StatsOverviewModel::CpuColumn) + 5,
                                 header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(StatsOverviewModel::CpuColumn));
        if (header->sortIndicatorOrder() == Qt::AscendingOrder)
            QCOMPARE(names(page.proxy()),
                     (QStringList{u"delta"_s, u"alpha"_s, u"charlie"_s, u"bravo"_s}));
        page.view()->sortByColumn(StatsOverviewModel::CpuColumn, Qt::DescendingOrder);
        // By value (150 > 20 > 9.5, not "9.50%" > "20.00%" > "150.00%"); no figures last.
        QCOMPARE(names(page.proxy()),
                 (QStringList{u"bravo"_s, u"charlie"_s, u"alpha"_s, u"delta"_s}));
        model.setSample(u"d"_s, sample(500));
        QCOMPARE(names(page.proxy()).first(), u"delta"_s); // re-sorted as figures change
        const QStringList unnamed = unnamedActionableWidgets(&page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void overviewStreamsOnlyForVisibleRows()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        DockerClient client(testbed::endpoint());
        QList<ContainerSummary> containers;
        for (int i = 0; i < 8; ++i) {
            const QString name = run(u"row%1"_s.arg(i), {});
            QVERIFY(!name.isEmpty());
            const QString id =
                QString::fromUtf8(testbed::docker({u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, name})
                                      .value_or(QByteArray())
                                      .trimmed());
            containers << running(id, name);
        }
        StatsOverviewModel model;
        model.setContainers(containers);
        QCOMPARE(model.rowCount(), 8);

        QWidget window; // the page among others, as in the main window
        StatsOverviewPage page(&client, &model, &window);
        QTreeView *view = page.view();
        const int rowHeight = view->sizeHintForRow(0);
        // Room for three rows and a half.
        auto viewHeight = [&](double rows) {
            return view->header()->sizeHint().height() + int(rows * rowHeight) +
                   2 * view->frameWidth() + view->horizontalScrollBar()->sizeHint().height();
        };
        view->setFixedHeight(viewHeight(3.5));
        window.resize(800, 600);
        page.resize(800, 600);
        window.show();
        QTRY_VERIFY(page.pool()->activeCount() > 0);
        const QStringList visible = page.visibleContainerIds();
        QVERIFY2(
            visible.size() >= 3 && visible.size() <= 5,
            qPrintable(u"%1 rows visible, row height %2"_s.arg(visible.size()).arg(rowHeight)));
        QTRY_COMPARE(page.pool()->activeCount(), visible.size());
        QStringList active = page.pool()->activeIds();
        active.sort();
        QStringList expected = visible;
        expected.sort();
        QCOMPARE(active, expected);
        QCOMPARE(visible.first(), containers.first().id); // sorted by name: row0 first

        // Samples arrive for the rows on screen only.
        QTRY_VERIFY_WITH_TIMEOUT(model.sample(visible.first()), 10000);
        QVERIFY(!model.sample(containers.last().id));

        // Scrolled to the bottom: the streams follow the rows.
        view->scrollToBottom();
        QTRY_VERIFY(page.visibleContainerIds().contains(containers.last().id));
        QTRY_VERIFY(page.pool()->activeIds().contains(containers.last().id));
        QTRY_COMPARE(page.pool()->activeCount(), page.visibleContainerIds().size());
        QVERIFY(!page.pool()->activeIds().contains(containers.first().id));

        // Hidden page (another page chosen) or minimised window: nothing streams.
        page.hide();
        QCOMPARE(page.pool()->activeCount(), 0);
        page.show();
        QTRY_COMPARE(page.pool()->activeCount(), page.visibleContainerIds().size());
        page.setWindowShown(false);
        QCOMPARE(page.pool()->activeCount(), 0);
        page.setWindowShown(true);
        QTRY_VERIFY(page.pool()->activeCount() > 0);

        // Taller: more rows, more streams (all eight fit).
        view->setFixedHeight(viewHeight(10));
        QTRY_COMPARE(page.pool()->activeCount(), 8);
        const QStringList unnamed = unnamedActionableWidgets(&page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

private:
    QString run(const QString &suffix, const QStringList &options)
    {
        const QString name = m_prefix + u'-' + suffix;
        QStringList args{u"run"_s, u"-d"_s, u"--name"_s, name};
        args << options << testbed::env("GANTRY_TEST_IMAGE") << u"sleep"_s << u"600"_s;
        if (!testbed::docker(args))
            return {};
        m_created << name;
        return name;
    }

    QString m_prefix;
    QStringList m_created;
};

QTEST_MAIN(TestStatsViews)
#include "tst_stats_views.moc"
