// LogView: search with highlighted matches and F3 / Shift+F3, the filter, wrapping, save,
// clear, since validation, follow; then live in the details panel against the test bed:
// streaming only while the Logs tab is shown, a compose project's containers merged.
#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "details/DetailsPanel.h"
#include "listings/ContainerModel.h"
#include "live/LogModel.h"
#include "live/Refresher.h"
#include "live/StatsPool.h"
#include "logs/LogLineDelegate.h"
#include "logs/LogView.h"
#include "stats/StatsOverviewPage.h"
#include "stats/StatsView.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kBase = Q_INT64_C(1'700'000'000'000'000'000);

Endpoint nowhere()
{
    Endpoint ep;
    ep.socketPath = u"/nonexistent/gantry-logs.sock"_s;
    return ep;
}

// 50 lines; rows 5, 20 and 40 hold the word NEEDLE, row 30 is long, 7 is on stderr.
QList<LogLine> sampleLines()
{
    QList<LogLine> lines;
    for (int i = 0; i < 50; ++i) {
        QString text = u"line %1"_s.arg(i);
        if (i == 5 || i == 20 || i == 40)
            text += u" has a NEEDLE here"_s;
        if (i == 30)
            text += u" "_s + QString(600, u'w').replace(u"wwwww"_s, u"word "_s);
        lines.append({kBase + qint64(i) * 1000,
                      i == 7 ? LogStreamKind::Stderr : LogStreamKind::Stdout, text});
    }
    return lines;
}

template <typename W> W *child(QWidget *root, const char *name)
{
    W *w = root->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

// Antialiased glyphs rarely have the exact colour: a clearly red pixel is enough.
bool containsReddish(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 120 && c.red() > c.green() + 60 && c.red() > c.blue() + 60)
                return true;
        }
    }
    return false;
}

bool containsColour(const QImage &image, QRgb colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (colour & 0xffffff))
                return true;
        }
    }
    return false;
}

struct Offline {
    Offline()
        : client(nowhere())
        , view(&client)
    {
        view.resize(700, 500);
        view.show();
        view.activateWindow();
        view.model()->append(u"web"_s, sampleLines());
    }
    DockerClient client;
    LogView view;
};

} // namespace

class TestLogView : public QObject {
    Q_OBJECT
private slots:
    void everyControlIsNamed()
    {
        Offline o;
        const QStringList unnamed = unnamedActionableWidgets(&o.view);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        QVERIFY(byAccessibleName<QLineEdit>(&o.view, u"Search the log"_s));
        QVERIFY(byAccessibleName<QLineEdit>(&o.view, u"Show only lines containing"_s));
    }

    void searchHighlightsAndMovesWithF3()
    {
        Offline o;
        QVERIFY(QTest::qWaitForWindowActive(&o.view));
        QTreeView *lines = o.view.view();
        QTest::keyClicks(child<QLineEdit>(&o.view, "logsSearch"), u"needle"_s);
        QCOMPARE(o.view.matchCount(), 3);
        QCOMPARE(child<QLabel>(&o.view, "logsMatches")->text(),
                 u"3 matching line(s)"_s);        // no translator: the source form
        QCOMPARE(lines->currentIndex().row(), 5); // incremental: the first match

        // The match is highlighted: its range in the painted text, and on screen.
        const QModelIndex row5 = o.view.proxy()->index(5, 0);
        const QList<QTextLayout::FormatRange> ranges =
            o.view.delegate()->formats(row5, lines->palette(), false);
        const QString shown = o.view.delegate()->lineText(row5);
        const auto hit = std::find_if(ranges.begin(), ranges.end(), [](const auto &r) {
            return r.format.background().color() == QColor(0xff, 0xd8, 0x4d);
        });
        QVERIFY(hit != ranges.end());
        QCOMPARE(shown.mid(hit->start, hit->length), u"NEEDLE"_s);
        lines->clearSelection(); // the selection colour would cover the highlight
        lines->scrollTo(row5);
        QVERIFY(containsColour(lines->viewport()->grab().toImage(), qRgb(0xff, 0xd8, 0x4d)));

        lines->setFocus();
        QTest::keyClick(lines, Qt::Key_F3);
        QCOMPARE(lines->currentIndex().row(), 20);
        QTest::keyClick(lines, Qt::Key_F3);
        QCOMPARE(lines->currentIndex().row(), 40);
        QTest::keyClick(lines, Qt::Key_F3);
        QCOMPARE(lines->currentIndex().row(), 5); // wraps around
        QTest::keyClick(lines, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(lines->currentIndex().row(), 40);
        child<QToolButton>(&o.view, "logsPrevious")->click();
        QCOMPARE(lines->currentIndex().row(), 20);
        child<QToolButton>(&o.view, "logsNext")->click();
        QCOMPARE(lines->currentIndex().row(), 40);

        QTest::keyClicks(child<QLineEdit>(&o.view, "logsSearch"), u"zzz"_s);
        QCOMPARE(o.view.matchCount(), 0);
        QCOMPARE(child<QLabel>(&o.view, "logsMatches")->text(), u"No match"_s);
        QVERIFY(!child<QToolButton>(&o.view, "logsNext")->isEnabled());
    }

    void stderrIsDistinct()
    {
        Offline o;
        QTreeView *lines = o.view.view();
        QVERIFY(LogLineDelegate::stderrColour(lines->palette()).red() > 150);
        QTRY_VERIFY(lines->verticalScrollBar()->maximum() > 0); // laid out
        lines->scrollToTop();
        QVERIFY(containsReddish(lines->viewport()->grab().toImage())); // row 7 is on screen
        // Without the stderr line on screen, no red at all.
        lines->scrollToBottom();
        QVERIFY(!containsReddish(lines->viewport()->grab().toImage()));
        QCOMPARE(o.view.proxy()->index(7, 0).data(LogModel::StreamRole).toInt(),
                 int(LogStreamKind::Stderr));
    }

    void filterShowsOnlyMatchingLines()
    {
        Offline o;
        auto *filter = child<QLineEdit>(&o.view, "logsFilter");
        QTest::keyClicks(filter, u"NeEdLe"_s);
        QCOMPARE(o.view.proxy()->rowCount(), 3);
        QCOMPARE(o.view.proxy()->index(1, 0).data().toString(), u"line 20 has a NEEDLE here"_s);
        // New lines are filtered as they come.
        o.view.model()->append(u"web"_s, {{kBase + 999999, LogStreamKind::Stdout, u"x"_s},
                                          {kBase + 999999, LogStreamKind::Stdout, u"needle 2"_s}});
        QCOMPARE(o.view.proxy()->rowCount(), 4);
        filter->clear();
        QCOMPARE(o.view.proxy()->rowCount(), 52);
    }

    void wrapToggle()
    {
        Offline o;
        QTreeView *lines = o.view.view();
        const QModelIndex longRow = o.view.proxy()->index(30, 0);
        const QModelIndex shortRow = o.view.proxy()->index(29, 0);
        lines->scrollTo(longRow);
        const int oneLine = lines->visualRect(shortRow).height();
        QCOMPARE(lines->visualRect(longRow).height(), oneLine);
        QVERIFY(lines->horizontalScrollBar()->maximum() > 0); // the long line scrolls

        auto *wrap = child<QCheckBox>(&o.view, "logsWrap");
        wrap->click();
        QVERIFY(lines->wordWrap());
        lines->scrollTo(longRow);
        QTRY_VERIFY(lines->visualRect(longRow).height() > 3 * oneLine);
        QCOMPARE(lines->visualRect(shortRow).height(), oneLine);
        QCOMPARE(lines->horizontalScrollBar()->maximum(), 0);

        wrap->click();
        QVERIFY(!lines->wordWrap());
        QTRY_COMPARE(lines->visualRect(longRow).height(), oneLine);
    }

    void timestampsOnAndOff()
    {
        Offline o;
        const QModelIndex first = o.view.proxy()->index(0, 0);
        const QString local = QDateTime::fromMSecsSinceEpoch(kBase / 1'000'000, Qt::UTC)
                                  .toLocalTime()
                                  .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        QCOMPARE(o.view.delegate()->lineText(first), local + u" line 0"_s);
        child<QCheckBox>(&o.view, "logsTimestamps")->click();
        QCOMPARE(o.view.delegate()->lineText(first), u"line 0"_s);
    }

    void saveWritesWhatIsKept()
    {
        Offline o;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"web.log"_s);
        child<QLineEdit>(&o.view, "logsFilter")->setText(u"needle"_s); // does not limit saving
        child<QToolButton>(&o.view, "logsSave")->click();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = o.view.findChild<QFileDialog *>(u"logsSaveDialog"_s)));
        QVERIFY(dialog->isVisible());
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> written = file.readAll().split('\n');
        QCOMPARE(written.size(), 51); // 50 lines and the final newline
        QCOMPARE(written[0], "2023-11-14T22:13:20.000000000Z line 0"_ba);
        QCOMPARE(written[5], "2023-11-14T22:13:20.000005000Z line 5 has a NEEDLE here"_ba);
        QVERIFY(o.view.findChild<MessageBanner *>(u"logsBanner"_s)
                    ->text()
                    .contains(u"Saved 50 line(s)"_s));

        // Without timestamps, the text alone.
        child<QCheckBox>(&o.view, "logsTimestamps")->click();
        QVERIFY(o.view.saveTo(path));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(), "line 0\n"_ba);

        QString error;
        QVERIFY(!o.view.saveTo(dir.filePath(u"missing/dir/x.log"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void clearForgetsTheLines()
    {
        Offline o;
        child<QToolButton>(&o.view, "logsClear")->click();
        QCOMPARE(o.view.model()->rowCount(), 0);
        QCOMPARE(o.view.proxy()->rowCount(), 0);
    }

    void sinceIsValidatedWhereTyped()
    {
        Offline o;
        auto *since = child<QLineEdit>(&o.view, "logsSince");
        auto *error = child<QLabel>(&o.view, "logsSinceError");
        auto *apply = child<QToolButton>(&o.view, "logsApply");
        QTest::keyClicks(since, u"yesterday"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"yesterday"_s));
        QVERIFY(!apply->isEnabled());
        QCOMPARE(since->text(), u"yesterday"_s); // kept as typed
        since->setText(u"10m"_s);
        QVERIFY(!error->isVisible());
        QVERIFY(apply->isEnabled());
    }

    void followKeepsTheNewestLineInView()
    {
        Offline o;
        QScrollBar *bar = o.view.view()->verticalScrollBar();
        QList<LogLine> more;
        for (int i = 0; i < 300; ++i)
            more.append({kBase + 100000 + i, LogStreamKind::Stdout, u"more %1"_s.arg(i)});
        o.view.model()->append(u"web"_s, more);
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        // Scrolled up by the user: new lines do not pull the view down.
        bar->setValue(0);
        o.view.model()->append(u"web"_s, {{kBase + 900000, LogStreamKind::Stdout, u"last"_s}});
        QTest::qWait(50);
        QCOMPARE(bar->value(), 0);
    }

    void liveInTheDetailsPanel()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        DockerClient client(testbed::endpoint());
        const QString a = run(u"echo hello-a; sleep 600"_s);
        const QString b = run(u"sleep 0.3; echo hello-b >&2; sleep 600"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());

        DetailsPanel panel(&client);
        panel.resize(500, 600);
        panel.show();
        LogView *logs = panel.logView();
        QStringList tabs;
        for (int i = 0; i < panel.count(); ++i)
            tabs << panel.tabText(i);
        QCOMPARE(tabs, (QStringList{u"Inspect"_s, u"Logs"_s, u"Terminal"_s, u"Stats"_s, u"Health"_s,
                                    u"History"_s}));
        panel.showContainer(a, a, u"running"_s);
        QVERIFY(!logs->feed()->isActive()); // the Logs tab is not shown yet: nothing streams
        panel.setCurrentWidget(logs);
        QTRY_VERIFY(logs->feed()->isActive());
        QTRY_COMPARE(logs->model()->rowCount(), 1);
        QCOMPARE(logs->model()->index(0).data().toString(), u"hello-a"_s);
        QCOMPARE(logs->feed()->runningCount(), 1);
        QCOMPARE(child<QLabel>(logs, "logsCommand")->text(),
                 u"docker logs -f -t --tail 200 "_s + a);

        // Another tab: the stream is cancelled. Back: it starts over.
        panel.setCurrentIndex(0);
        QVERIFY(!logs->feed()->isActive());
        QCOMPARE(logs->feed()->runningCount(), 0);
        panel.setCurrentWidget(logs);
        QTRY_COMPARE(logs->feed()->runningCount(), 1);
        QTRY_COMPARE(logs->model()->rowCount(), 1);

        // A compose project: both containers, merged by time, each line with its name.
        panel.showProject(u"demo"_s, {{a, a}, {b, b}});
        QTRY_COMPARE(logs->model()->rowCount(), 2);
        QCOMPARE(logs->feed()->runningCount(), 2);
        QCOMPARE(logs->model()->index(0).data(LogModel::SourceRole).toString(), a);
        QCOMPARE(logs->model()->index(1).data(LogModel::SourceRole).toString(), b);
        QCOMPARE(logs->model()->index(1).data(LogModel::StreamRole).toInt(),
                 int(LogStreamKind::Stderr));
        QVERIFY(
            logs->delegate()->lineText(logs->proxy()->index(1, 0)).contains(b + u" | hello-b"_s));

        // The selection moves elsewhere: the streams stop.
        panel.showImage(testbed::env("GANTRY_TEST_IMAGE"));
        QCOMPARE(logs->feed()->runningCount(), 0);
        QCOMPARE(logs->model()->rowCount(), 0);
        const QStringList unnamed = unnamedActionableWidgets(&panel);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void projectRowShowsItsContainersMerged()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        // Two containers of one compose project, as compose labels them.
        const QString project =
            u"gantrylogs"_s + QUuid::createUuid().toString(QUuid::Id128).left(6);
        const QStringList label{u"--label"_s, u"com.docker.compose.project="_s + project};
        const QString web = run(u"echo from-web; sleep 600"_s, label);
        const QString db = run(u"sleep 0.2; echo from-db; sleep 600"_s, label);
        QVERIFY(!web.isEmpty() && !db.isEmpty());

        DockerClient client(testbed::endpoint());
        ConnectionMonitor monitor(&client);
        Workspace workspace(&client, &monitor);
        workspace.start();
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.refresher()->isFirstRefreshDone(), 10000);
        ContainerModel *containers = workspace.containerModel();
        QTRY_VERIFY(containers->findKey(u"project:"_s + project).isValid());

        LogView *logs = workspace.details()->logView();
        workspace.details()->setCurrentWidget(logs);
        ContainersPage *page = workspace.containersPage();
        auto *proxy = static_cast<QSortFilterProxyModel *>(page->view()->model());
        const QModelIndex row = proxy->mapFromSource(containers->findKey(u"project:"_s + project));
        QVERIFY(row.isValid());
        page->view()->setCurrentIndex(row);

        QTRY_COMPARE(logs->feed()->targets().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(logs->model()->rowCount(), 2, 10000);
        QStringList texts{logs->model()->index(0).data().toString(),
                          logs->model()->index(1).data().toString()};
        QCOMPARE(texts, (QStringList{u"from-web"_s, u"from-db"_s})); // in time order
        QCOMPARE(logs->model()->index(1).data(LogModel::SourceRole).toString(), db);
        QCOMPARE(logs->feed()->runningCount(), 2);

        // The Stats page is in the sidebar; it streams only while shown.
        StatsOverviewPage *stats = workspace.statsPage();
        QVERIFY(stats);
        QCOMPARE(stats->pool()->activeCount(), 0);
        workspace.window()->showPage(u"statsPage"_s);
        QTRY_VERIFY(stats->pool()->activeCount() > 0);
        workspace.window()->showPage(u"containersPage"_s);
        QCOMPARE(stats->pool()->activeCount(), 0);
    }

    // Stopping the shown container ends its log and disables Stats; starting it again
    // resumes the log and the statistics without selecting it anew.
    void detailsFollowTheContainerState()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        const QString name = run(u"echo started; sleep 600"_s);
        QVERIFY(!name.isEmpty());
        DockerClient client(testbed::endpoint());
        ConnectionMonitor monitor(&client);
        Workspace workspace(&client, &monitor);
        workspace.start();
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.refresher()->isFirstRefreshDone(), 10000);
        workspace.containersPage()->findChild<QCheckBox *>()->setChecked(true); // show all
        const QString id =
            QString::fromUtf8(
                testbed::docker({u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, name}).value_or(QByteArray()))
                .trimmed();
        ContainerModel *containers = workspace.containerModel();
        QTRY_VERIFY(containers->findKey(id).isValid());
        ContainersPage *page = workspace.containersPage();
        auto *proxy = static_cast<QSortFilterProxyModel *>(page->view()->model());
        page->view()->setCurrentIndex(proxy->mapFromSource(containers->findKey(id)));
        DetailsPanel *details = workspace.details();
        LogView *logs = details->logView();
        details->setCurrentWidget(logs);
        QTRY_COMPARE(logs->model()->rowCount(), 1);
        const int statsTab = details->indexOf(details->statsView());
        QVERIFY(details->isTabEnabled(statsTab));

        QVERIFY(testbed::docker({u"stop"_s, u"-t"_s, u"0"_s, name}));
        QTRY_VERIFY_WITH_TIMEOUT(!details->isTabEnabled(statsTab), 10000);
        QTRY_COMPARE(logs->feed()->runningCount(), 0);

        QVERIFY(testbed::docker({u"start"_s, name}));
        QTRY_VERIFY_WITH_TIMEOUT(details->isTabEnabled(statsTab), 10000);
        QTRY_COMPARE(logs->feed()->runningCount(), 1);
        QTRY_COMPARE(logs->model()->rowCount(), 2); // both runs' lines
        QCOMPARE(logs->model()->index(1).data().toString(), u"started"_s);
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_created))
            testbed::docker({u"rm"_s, u"-f"_s, name});
    }

private:
    QString run(const QString &script, const QStringList &options = {})
    {
        const QString name =
            u"gantry-logview-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QStringList args{u"run"_s, u"-d"_s, u"--name"_s, name};
        args << options << testbed::env("GANTRY_TEST_IMAGE") << u"sh"_s << u"-c"_s << script;
        if (!testbed::docker(args))
            return {};
        m_created << name;
        return name;
    }

    QStringList m_created;
};

QTEST_MAIN(TestLogView)
#include "tst_log_view.moc"
