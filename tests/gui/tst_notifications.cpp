#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "listings/ContainerModel.h"
#include "live/Refresher.h"
#include "notify/ContainerNotifications.h"
#include "notify/DesktopNotifier.h"
#include "notify/TrayIcon.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// dunstctl, the test bed's notification server's own client, on the test bed's bus: its
// output, or nullopt when it failed.
std::optional<QByteArray> dunstctl(const QStringList &args)
{
    QProcess p;
    p.start(u"dunstctl"_s, args);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return p.readAllStandardOutput();
}

int displayed()
{
    // "Currently displayed: N" (dunstctl count displayed prints the number alone).
    return dunstctl({u"count"_s, u"displayed"_s}).value_or("-1").trimmed().toInt();
}

// Summaries and bodies of the notifications dunst has closed, newest first.
QStringList history()
{
    const QJsonObject doc = QJsonDocument::fromJson(dunstctl({u"history"_s}).value_or("")).object();
    QStringList out;
    for (const QJsonValue &n : doc.value(u"data"_s).toArray().at(0).toArray()) {
        const QJsonObject o = n.toObject();
        out << o.value(u"summary"_s).toObject().value(u"data"_s).toString() + u" | "_s +
                   o.value(u"body"_s).toObject().value(u"data"_s).toString();
    }
    return out;
}

struct Harness {
    explicit Harness(const Endpoint &ep)
        : client(ep)
        , monitor(&client)
        , workspace(&client, &monitor)
    {
        workspace.start();
        monitor.start();
    }
    DockerClient client;
    ConnectionMonitor monitor;
    Workspace workspace;
};

} // namespace

class TestNotifications : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(testbed::available(), testbed::missingMessage());
        QVERIFY2(testbed::env("GANTRY_TEST_NOTIFICATIONS") == u"dunst"_s,
                 "the test bed's notification server (dunst) is not running");
        // The choices are kept in a settings file of this test's own.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"GantryTests"_s);
    }

    void init()
    {
        // dunst closes on its next turn. (Its history cannot be cleared with dunstctl 1.9:
        // the checks look for their own containers' unique names in it.)
        dunstctl({u"close-all"_s});
        QTRY_COMPARE(displayed(), 0);
    }

    void aCrashIsNotifiedAndClickingShowsTheContainer()
    {
        Harness h(testbed::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(h.workspace.notifications(), 20000);
        const QString asked = testbed::unique("gantry-stopped-");
        const QString crash = testbed::unique("gantry-crash-");
        const auto cleanup = qScopeGuard([&] {
            testbed::docker({u"rm"_s, u"-f"_s, asked, crash});
        });
        // Stopped by the user (here the CLI): no notification.
        QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, asked,
                                 testbed::env("GANTRY_TEST_IMAGE"), u"sleep"_s, u"300"_s}));
        QVERIFY(testbed::docker({u"stop"_s, u"-t"_s, u"0"_s, asked}));
        // Exits 3 by itself: a notification naming it.
        QSignalSpy shown(h.workspace.notifications()->notifier(), &DesktopNotifier::shown);
        QVERIFY(
            testbed::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, crash,
                             testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s, u"exit 3"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, 5000);
        const QString id = testbed::inspect(crash).value(u"Id"_s).toString();
        QCOMPARE(shown.at(0).at(0).toString(), id);

        // The window was elsewhere: the images page, the container filtered out.
        h.workspace.window()->showPage(u"imagesPage"_s);
        h.workspace.containersPage()->filterField()->setText(u"no such container"_s);
        QTRY_VERIFY(h.workspace.containerModel()->findKey(id).isValid());
        // Clicking the notification (dunst's default action) shows the container.
        QSignalSpy activated(h.workspace.notifications()->notifier(), &DesktopNotifier::activated);
        QVERIFY(dunstctl({u"action"_s, u"0"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
        QCOMPARE(h.workspace.window()->currentPage(), h.workspace.containersPage());
        QVERIFY(h.workspace.window()->isVisible());
        const QModelIndexList selected = h.workspace.containersPage()->selectedSourceRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(ContainerModel::IdRole).toString(), id);
        QVERIFY(h.workspace.containersPage()->filterField()->text().isEmpty());

        dunstctl({u"close-all"_s});
        QTRY_COMPARE(displayed(), 0);
        const QStringList seen = history().filter(crash);
        QCOMPARE(seen.size(), 1);
        QVERIFY2(seen.first().startsWith(crash + u" stopped unexpectedly | "_s),
                 qPrintable(seen.first()));
        QVERIFY2(seen.first().contains(u"code 3"_s), qPrintable(seen.first()));
    }

    void aKindTurnedOffInTheMenuIsQuietAndRemembered()
    {
        {
            Harness h(testbed::endpoint());
            QTRY_VERIFY_WITH_TIMEOUT(h.workspace.notifications(), 20000);
            QMenu *menu = h.workspace.notifications()->menu();
            QVERIFY(h.workspace.window()->menuBar()->actions().contains(menu->menuAction()));
            auto *died = menu->findChild<QAction *>(u"notifyDied"_s);
            QVERIFY(died && died->isChecked());
            died->trigger(); // off
            QVERIFY(!died->isChecked());

            const QString crash = testbed::unique("gantry-quiet-");
            const auto cleanup = qScopeGuard([&] { testbed::docker({u"rm"_s, u"-f"_s, crash}); });
            QSignalSpy shown(h.workspace.notifications()->notifier(), &DesktopNotifier::shown);
            QSignalSpy alerted(h.workspace.notifications()->alerts(), &ContainerAlerts::alert);
            QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s,
                                     crash, testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s,
                                     u"exit 5"_s}));
            // The death reached the window (its row shows Exited (5)) without a notification.
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const QModelIndex i = h.workspace.containerModel()->findKey(
                        testbed::inspect(crash).value(u"Id"_s).toString());
                    return i.isValid() && i.data(ContainerModel::ExitCodeRole).toInt() == 5;
                }(),
                20000);
            QTest::qWait(300);
            QCOMPARE(alerted.size(), 0);
            QCOMPARE(shown.size(), 0);
            QCOMPARE(displayed(), 0);
            QVERIFY(history().filter(crash).isEmpty());
        }
        // The next window remembers the choice; turning it on again is remembered too.
        Harness again(testbed::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(again.workspace.notifications(), 20000);
        auto *died = again.workspace.notifications()->menu()->findChild<QAction *>(u"notifyDied"_s);
        QVERIFY(!died->isChecked());
        QVERIFY(!again.workspace.notifications()->alerts()->isEnabled(ContainerAlerts::Kind::Died));
        died->trigger();
        QVERIFY(QSettings()
                    .value(ContainerNotifications::settingsKey(ContainerAlerts::Kind::Died))
                    .toBool());
    }

    void aBodyIsEscapedForAServerThatReadsMarkup()
    {
        // dunst (markup = full) says body-markup in its capabilities: text from outside is
        // sent escaped, so it reads as typed and never as markup or a link.
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        const QString title = testbed::unique("gantry-markup-");
        notifier.notify(title, u"<b>bold</b> & <a href=\"http://127.0.0.1/\">link</a>"_s, u"key"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        dunstctl({u"close-all"_s});
        QTRY_COMPARE(displayed(), 0);
        const QStringList seen = history().filter(title);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first(),
                 title + u" | &lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href=&quot;http://127.0.0.1/"
                         u"&quot;&gt;link&lt;/a&gt;"_s);
    }

    void twoWindowsOnOneEngineTellADeathOnceAndShareChoices()
    {
        Harness first(testbed::endpoint());
        Harness second(testbed::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(first.workspace.notifications(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(second.workspace.notifications(), 20000);
        QSignalSpy shownFirst(first.workspace.notifications()->notifier(), &DesktopNotifier::shown);
        QSignalSpy shownSecond(second.workspace.notifications()->notifier(),
                               &DesktopNotifier::shown);
        QSignalSpy alertedSecond(second.workspace.notifications()->alerts(),
                                 &ContainerAlerts::alert);
        const QString crash = testbed::unique("gantry-twice-");
        const auto cleanup = qScopeGuard([&] { testbed::docker({u"rm"_s, u"-f"_s, crash}); });
        QVERIFY(
            testbed::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, crash,
                             testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s, u"exit 4"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(alertedSecond.size(), 1, 20000); // both saw it...
        QTRY_COMPARE_WITH_TIMEOUT(shownFirst.size() + shownSecond.size(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(shownFirst.size() + shownSecond.size(), 1); // ...one told it

        // A choice in one window's menu is the choice of both.
        auto *oomFirst =
            first.workspace.notifications()->menu()->findChild<QAction *>(u"notifyOom"_s);
        auto *oomSecond =
            second.workspace.notifications()->menu()->findChild<QAction *>(u"notifyOom"_s);
        QVERIFY(oomFirst->isChecked() && oomSecond->isChecked());
        oomFirst->trigger();
        QVERIFY(!oomSecond->isChecked());
        QVERIFY(!second.workspace.notifications()->alerts()->isEnabled(
            ContainerAlerts::Kind::OutOfMemory));
        oomSecond->trigger();
        QVERIFY(oomFirst->isChecked());
        QVERIFY(first.workspace.notifications()->alerts()->isEnabled(
            ContainerAlerts::Kind::OutOfMemory));
    }

    void theTrayCountsRunningContainers()
    {
        Harness h(testbed::endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(h.workspace.refresher()->isFirstRefreshDone(), 20000);
        // The test bed has no tray host: the icon is tried on the model directly.
        TrayIcon tray(h.workspace.containerModel(), u"unix:///test.sock"_s, nullptr);
        const int before = tray.runningCount();
        QCOMPARE(before, TrayIcon::countRunning(h.workspace.containerModel()));
        const QString name = testbed::unique("gantry-tray-");
        const auto cleanup = qScopeGuard([&] { testbed::docker({u"rm"_s, u"-f"_s, name}); });
        QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, name,
                                 testbed::env("GANTRY_TEST_IMAGE"), u"sleep"_s, u"300"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(tray.runningCount(), before + 1, 20000);
        QVERIFY2(tray.toolTip().contains(QString::number(before + 1) + u" running container"_s),
                 qPrintable(tray.toolTip()));
        QVERIFY(tray.toolTip().contains(u"unix:///test.sock"_s));
        QVERIFY(testbed::docker({u"rm"_s, u"-f"_s, name}));
        QTRY_COMPARE_WITH_TIMEOUT(tray.runningCount(), before, 20000);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
