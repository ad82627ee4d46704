#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "details/DetailsPanel.h"
#include "live/LogFeed.h"
#include "live/LogModel.h"
#include "live/Refresher.h"
#include "live/VolumeNetworkRefresher.h"
#include "logs/LogView.h"
#include "networks/NetworksPage.h"
#include "stats/StatsOverviewPage.h"
#include "stats/StatsView.h"
#include "volumes/VolumesPage.h"
#include "widgets/MessageBanner.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

struct Harness {
    explicit Harness(const Endpoint &ep)
        : client(ep)
        , monitor(&client)
        , workspace(&client, &monitor)
    {
        monitor.setRetryDelays(50, 300);
        monitor.setHealthInterval(200);
        workspace.start();
        monitor.start();
    }
    MainWindow *window() { return workspace.window(); }
    // Builds the pages made on first show, so that checks over the window see every page.
    void buildEveryPage()
    {
        for (const QString &name : {u"volumesPage"_s, u"networksPage"_s, u"portsPage"_s,
                                    u"diskUsagePage"_s, u"statsPage"_s, u"swarmPage"_s})
            QVERIFY(window()->page(name));
    }
    QString status() { return window()->connectionLabel()->text(); }

    DockerClient client;
    ConnectionMonitor monitor;
    Workspace workspace;
};

Endpoint nowhere()
{
    Endpoint ep;
    ep.socketPath = u"/nonexistent/gantry-gui.sock"_s;
    return ep;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void sidebarListsThePages()
    {
        Harness h(nowhere());
        auto *sidebar = byAccessibleName<QListWidget>(h.window(), u"Pages"_s);
        QVERIFY(sidebar);
        QStringList titles;
        for (int i = 0; i < sidebar->count(); ++i)
            titles << sidebar->item(i)->text();
        QCOMPARE(titles, (QStringList{u"Containers"_s, u"Images"_s, u"Volumes"_s, u"Networks"_s,
                                      u"Ports"_s, u"Disk usage"_s, u"Stats"_s, u"Swarm"_s}));
        sidebar->setCurrentRow(2);
        QCOMPARE(h.window()->currentPage()->objectName(), u"volumesPage"_s);
    }

    // Start-up builds what the first listing needs; the other pages (Qt Charts among them)
    // and the volume and network listings wait until their page is first shown.
    void pagesTheFirstListingDoesNotNeedAreBuiltWhenShown()
    {
        Harness h(nowhere());
        QVERIFY(!h.window()->findChild<QWidget *>(u"statsPage"_s));
        QVERIFY(!h.window()->findChild<QWidget *>(u"diskUsagePage"_s));
        QVERIFY(!h.window()->findChild<QWidget *>(u"volumesPage"_s));
        QVERIFY(!h.window()->findChild<VolumeNetworkRefresher *>());
        QVERIFY(!h.workspace.findChild<VolumeNetworkRefresher *>());
        QVERIFY(!h.window()->findChild<StatsView *>()); // the details' charts too
        DetailsPanel *details = h.workspace.details();
        const auto tabTitles = [details] {
            QStringList titles;
            for (int i = 0; i < details->count(); ++i)
                titles << details->tabText(i);
            return titles;
        };
        const QStringList titles = tabTitles();
        QCOMPARE(titles.size(), 6); // Inspect, Logs, Terminal, Stats, Health, History
        details->setCurrentIndex(titles.indexOf(u"Stats"_s)); // as a click on its tab
        auto *statsView = h.window()->findChild<StatsView *>();
        QVERIFY(statsView);
        QCOMPARE(details->currentWidget(), statsView);
        QCOMPARE(details->statsView(), statsView);
        QCOMPARE(tabTitles(), titles); // in its place
        QCOMPARE(details->indexOf(statsView), titles.indexOf(u"Stats"_s));

        h.window()->showPage(u"statsPage"_s);
        QWidget *stats = h.window()->currentPage();
        QCOMPARE(stats->objectName(), u"statsPage"_s);
        QVERIFY(qobject_cast<StatsOverviewPage *>(stats));
        QCOMPARE(h.workspace.statsPage(), stats); // built once
        h.window()->showPage(u"containersPage"_s);
        h.window()->showPage(u"statsPage"_s);
        QCOMPARE(h.window()->currentPage(), stats);

        // The accessor builds the page too, and its refresher with it, started.
        VolumesPage *volumes = h.workspace.volumesPage();
        QVERIFY(volumes);
        QCOMPARE(h.window()->findChild<QWidget *>(u"volumesPage"_s), volumes);
        QCOMPARE(h.window()->currentPage(), stats); // not shown for all that
        QVERIFY(h.workspace.findChild<VolumeNetworkRefresher *>());
        QCOMPARE(h.workspace.volumeNetworkRefresher(),
                 h.workspace.findChild<VolumeNetworkRefresher *>());
        QVERIFY(h.workspace.volumeNetworkRefresher()->isRunning());
        QCOMPARE(h.workspace.networksPage()->objectName(), u"networksPage"_s);
        QCOMPARE(h.workspace.findChildren<VolumeNetworkRefresher *>().size(), 1);
    }

    void unreachableEngineGivesAdviceAndRetries()
    {
        Harness h(nowhere());
        QTRY_COMPARE(h.monitor.state(), ConnectionMonitor::State::Unreachable);
        MessageBanner *banner = h.window()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"Is Docker running?"_s));
        QVERIFY2(
            banner->text().contains(u"The socket /nonexistent/gantry-gui.sock does not exist"_s),
            qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"does not exist"_s));
        QVERIFY(h.status().contains(u"Not connected"_s));

        auto *retry = byAccessibleName<QPushButton>(h.window(), u"Retry now"_s);
        QVERIFY(retry);
        QSignalSpy changed(&h.monitor, &ConnectionMonitor::stateChanged);
        retry->click(); // still unreachable: the window stays, nothing hangs
        QTest::qWait(100);
        QCOMPARE(h.monitor.state(), ConnectionMonitor::State::Unreachable);
        QVERIFY(h.window()->isVisible());
    }

    void everyActionableWidgetHasAnAccessibleName()
    {
        Harness h(nowhere());
        QTRY_VERIFY(h.window()->banner()->isVisible());
        h.buildEveryPage();
        const QStringList unnamed = unnamedActionableWidgets(h.window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void connectsToTheTestBed()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        Harness h(testbed::endpoint());
        QTRY_COMPARE(h.monitor.state(), ConnectionMonitor::State::Connected);
        QVERIFY(!h.window()->banner()->isVisible());
        QVERIFY2(h.status().startsWith(u"Connected to "_s + testbed::env("GANTRY_TEST_HOST")),
                 qPrintable(h.status()));
        QVERIFY(h.status().contains(h.monitor.version().version));
        h.buildEveryPage();
        const QStringList unnamed = unnamedActionableWidgets(h.window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void reconnectsWhenTheEngineComesBack()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        Harness h(testbed::endpoint());
        QTRY_COMPARE(h.monitor.state(), ConnectionMonitor::State::Connected);
        QVERIFY(testbed::script(u"kill-dockerd"_s));
        QTRY_VERIFY_WITH_TIMEOUT(h.window()->banner()->isVisible(), 5000);
        QVERIFY(h.window()->banner()->text().contains(u"Is Docker running?"_s));
        QVERIFY(testbed::script(u"start-dockerd"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!h.window()->banner()->isVisible(), 20000);
        QVERIFY(h.status().startsWith(u"Connected"_s));
    }

    void logsFollowAgainWhenTheEngineComesBack()
    {
        // Found by the soak run (scripts/soak.sh): dockerd killed and started again brings a
        // --restart always container back running; its state in the listing never changes,
        // and the Logs tab stayed cut until the container was selected again.
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        const QString name = testbed::unique("gantry-logs-back-");
        const auto removed = qScopeGuard([&] { testbed::docker({u"rm"_s, u"-f"_s, name}); });
        QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--restart"_s, u"always"_s, u"--network"_s,
                                 u"none"_s, u"--name"_s, name, testbed::env("GANTRY_TEST_IMAGE"),
                                 u"sh"_s, u"-c"_s,
                                 u"r=$(cat /proc/sys/kernel/random/uuid); i=0; "
                                 u"while :; do i=$((i+1)); echo \"$r $i\"; sleep 0.1; done"_s}));
        const QString id = testbed::inspect(name).value("Id"_L1).toString();
        QVERIFY(!id.isEmpty());
        Harness h(testbed::endpoint());
        QTRY_COMPARE(h.monitor.state(), ConnectionMonitor::State::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(h.workspace.refresher()->isFirstRefreshDone(), 10000);
        DetailsPanel *details = h.workspace.details();
        LogView *logs = details->logView();
        // A short tail: starting over after the crash would show other first lines.
        logs->feed()->setOptions(QString(), 5);
        details->showContainer(id, name, ContainerState(ContainerState::Running));
        details->setCurrentWidget(details->logView());
        int lines = 0;
        QObject counting; // gone before `lines`: the window's teardown still flushes lines
        connect(logs->model(), &QAbstractItemModel::rowsInserted, &counting,
                [&lines](const QModelIndex &, int first, int last) { lines += last - first + 1; });
        QTRY_VERIFY_WITH_TIMEOUT(lines > 15, 10000);
        QCOMPARE(logs->feed()->runningCount(), 1);
        const LogLine first = logs->model()->line(0);

        QVERIFY(testbed::script(u"kill-dockerd"_s));
        QTRY_COMPARE_WITH_TIMEOUT(logs->feed()->runningCount(), 0, 5000);
        QVERIFY(logs->feed()->isInterrupted());
        QVERIFY(testbed::script(u"start-dockerd"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            testbed::inspect(name).value("State"_L1).toObject().value("Running"_L1).toBool(),
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(logs->feed()->runningCount(), 1, 20000);
        lines = 0;
        QTRY_VERIFY_WITH_TIMEOUT(lines > 0, 10000); // new lines, not only the restart's tail
        const int after = lines;
        QTRY_VERIFY_WITH_TIMEOUT(lines > after, 5000);
        QVERIFY(!logs->feed()->isInterrupted());
        // Resumed, not started over: the lines from before the crash are still there, the
        // first one first, and none came twice (each line carries its own number and run).
        LogModel *model = logs->model();
        QCOMPARE(model->line(0), first);
        QSet<QString> seen;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->line(row).text;
            QVERIFY2(!seen.contains(text), qPrintable(u"shown twice: "_s + text));
            seen.insert(text);
            if (row > 0)
                QVERIFY(model->line(row).timeNs > model->line(row - 1).timeNs);
        }
    }

    void anIdleWindowAsksTheEngineNothing()
    {
        // Counted at the socket (the benchmark's proxy): once the window shows its listing, a
        // quiet engine is asked nothing besides the event stream, even with the health check
        // every 200 ms. The health check comes back when the stream ends.
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        QTemporaryDir dir;
        const QString socket = dir.filePath(u"proxy.sock"_s), log = dir.filePath(u"log"_s);
        QProcess proxy;
        proxy.start(u"python3"_s,
                    {QStringLiteral(GANTRY_SOURCE_DIR "/tests/bench/count_requests.py"), socket,
                     testbed::endpoint().socketPath, log});
        QTRY_VERIFY(QFileInfo::exists(socket));
        const auto requests = [&] {
            QFile f(log);
            QStringList lines;
            if (f.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : f.readAll().split('\n')) {
                    if (!line.isEmpty() && !line.contains("/events"))
                        lines << QString::fromUtf8(line.mid(line.indexOf(' ') + 1));
                }
            }
            return lines;
        };
        Endpoint ep;
        ep.socketPath = socket;
        {
            Harness h(ep);
            QTRY_COMPARE(h.monitor.state(), ConnectionMonitor::State::Connected);
            QTRY_VERIFY_WITH_TIMEOUT(h.workspace.refresher()->isFirstRefreshDone(), 10000);
            QTest::qWait(1000); // the first listings of every page
            const QStringList settled = requests();
            QVERIFY(!settled.isEmpty()); // the proxy does see the listings
            QTest::qWait(2000);
            QCOMPARE(requests().mid(settled.size()), QStringList{});

            // The stream gone (its proxy connection cut), the engine is checked again.
            proxy.kill();
            proxy.waitForFinished();
            QTRY_VERIFY_WITH_TIMEOUT(h.window()->banner()->isVisible(), 5000);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
