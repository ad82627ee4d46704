#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "swarm/NodeModel.h"
#include "swarm/SwarmObjectDialog.h"
#include "swarm/SwarmPage.h"
#include "swarm/SwarmRefresher.h"
#include "widgets/ConfirmDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

// The Swarm page against the test bed's engine: not in a swarm, initialised from the page,
// a secret made from typed text (its value in no log), the tokens shown, left again.
// SERIAL: swarm init and leave change the shared engine.
class TestSwarmPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        testbed::docker({u"swarm"_s, u"leave"_s, u"--force"_s}); // a crashed run's
    }

    void cleanupTestCase() { testbed::docker({u"swarm"_s, u"leave"_s, u"--force"_s}); }

    void initialiseCreateSecretLeave()
    {
        DockerClient client(testbed::endpoint());
        ConnectionMonitor monitor(&client);
        Workspace workspace(&client, &monitor);
        workspace.start();
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Connected, 10000);
        MainWindow *window = workspace.window();
        window->resize(1100, 700);
        window->showPage(u"swarmPage"_s);
        SwarmPage *page = workspace.swarmPage();
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->shownView(), u"setup"_s, 10000);
        QVERIFY(byAccessibleName<QWidget>(page, u"This engine is not in a swarm"_s));
        QVERIFY2(unnamedActionableWidgets(page).isEmpty(),
                 qPrintable(unnamedActionableWidgets(page).join(u", "_s)));
        snap(window, u"swarm-setup"_s);

        // Initialise, on a port of our own (2377 may be another engine's).
        auto *advertise = byAccessibleName<QComboBox>(page, u"Advertise address"_s);
        QVERIFY(advertise);
        QVERIFY(advertise->findText(u"127.0.0.1"_s) >= 0);
        advertise->setCurrentText(u"127.0.0.1"_s);
        const QString listen = u"127.0.0.1:"_s + QString::number(testbed::freePort());
        byAccessibleName<QLineEdit>(page, u"Listen address for initialising"_s)->setText(listen);
        byAccessibleName<QPushButton>(page, u"Initialise a swarm"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->shownView(), u"manager"_s, 15000);
        CommandLog *log = workspace.commandLog();
        QVERIFY(
            logHas(log, u"docker swarm init --advertise-addr 127.0.0.1 --listen-addr "_s + listen));
        // Services and Stacks come first: the nodes are a tab away.
        page->tabs()->setCurrentWidget(page->findChild<QWidget *>(u"nodesTab"_s));
        auto *nodes = byAccessibleName<QTreeView>(page, u"Swarm nodes"_s);
        QVERIFY(nodes);
        QTRY_COMPARE_WITH_TIMEOUT(nodes->model()->rowCount(), 1, 10000);
        snap(window, u"swarm-nodes"_s);

        // A node change from its buttons: the log has the CLI line, the list follows.
        nodes->setCurrentIndex(nodes->model()->index(0, 0));
        const QString nodeId = nodes->model()->index(0, 0).data(NodeModel::IdRole).toString();
        byAccessibleName<QPushButton>(page, u"Pause"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            nodes->model()->index(0, NodeModel::AvailabilityColumn).data().toString(), u"pause"_s,
            10000);
        QVERIFY(logHas(log, u"docker node update --availability pause "_s + nodeId));
        QTRY_VERIFY(byAccessibleName<QPushButton>(page, u"Activate"_s)->isEnabled());
        byAccessibleName<QPushButton>(page, u"Activate"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            nodes->model()->index(0, NodeModel::AvailabilityColumn).data().toString(), u"active"_s,
            10000);

        // A secret from typed text: the log says `-`, the value is nowhere.
        auto *tabs = page->tabs();
        tabs->setCurrentWidget(page->findChild<QWidget *>(u"secretsTab"_s));
        byAccessibleName<QPushButton>(page, u"Create secret…"_s)->click();
        auto *dialog = window->findChild<SwarmObjectDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        const QString name = testbed::unique("gui");
        const QString value = u"value-that-must-not-leak-42"_s;
        byAccessibleName<QLineEdit>(dialog, u"Secret name"_s)->setText(name);
        byAccessibleName<QRadioButton>(dialog, u"Typed here"_s)->setChecked(true);
        byAccessibleName<QPlainTextEdit>(dialog, u"Secret value"_s)->setPlainText(value);
        snap(dialog, u"swarm-secret-dialog"_s);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        auto *secrets = byAccessibleName<QTreeView>(page, u"Swarm secrets"_s);
        QTRY_COMPARE_WITH_TIMEOUT(secrets->model()->rowCount(), 1, 10000);
        QVERIFY(logHas(log, u"docker secret create "_s + name + u" -"_s));
        for (int i = 0; i < log->rowCount(); ++i)
            QVERIFY(!log->commandAt(i).contains(value));
        QVERIFY(testbed::docker({u"secret"_s, u"inspect"_s, name}));

        // The tokens are shown, with the join command.
        tabs->setCurrentWidget(page->findChild<QWidget *>(u"clusterTab"_s));
        auto *worker = byAccessibleName<QLineEdit>(page, u"Worker join token"_s);
        QTRY_VERIFY_WITH_TIMEOUT(worker->text().startsWith(u"SWMTKN-1-"_s), 10000);
        const auto cliToken = testbed::docker({u"swarm"_s, u"join-token"_s, u"-q"_s, u"worker"_s});
        QVERIFY(cliToken);
        QCOMPARE(worker->text(), QString::fromUtf8(cliToken->trimmed()));
        auto *command = byAccessibleName<QLineEdit>(page, u"Worker join command"_s);
        QVERIFY(command);
        QTRY_COMPARE_WITH_TIMEOUT(command->text(),
                                  u"docker swarm join --token "_s + worker->text() + u' ' + listen,
                                  10000);
        QVERIFY2(unnamedActionableWidgets(page).isEmpty(),
                 qPrintable(unnamedActionableWidgets(page).join(u", "_s)));
        snap(window, u"swarm-cluster"_s);

        // Leave: the warning names what goes; confirmed, the page is back to the setup.
        byAccessibleName<QPushButton>(page, u"Leave the swarm"_s)->click();
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = window->findChild<ConfirmDialog *>(u"confirmLeaveDialog"_s)));
        // The last manager loses every secret for good: each is named.
        auto *lost = confirm->findChild<QListWidget *>(u"confirmItems"_s);
        QVERIFY(lost);
        QVERIFY(!lost->findItems(u"secret "_s + name, Qt::MatchExactly).isEmpty());
        snap(confirm, u"swarm-leave"_s);
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(page->shownView(), u"setup"_s, 15000);
        QVERIFY(logHas(log, u"docker swarm leave --force"_s));
    }

    void workerAndLockedEnginesSayWhy()
    {
        SwarmPage page;
        page.resize(800, 400);
        page.show();
        QCOMPARE(page.shownView(), u"unknown"_s);
        SwarmMembership m;
        m.state = SwarmMembership::State::Active;
        m.nodeId = u"zr97"_s;
        page.setMembership(m);
        QCOMPARE(page.shownView(), u"worker"_s);
        auto *note = page.findChild<QLabel *>(u"swarmWorkerNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"only a manager"_s));
        snap(&page, u"swarm-worker"_s);
        m.state = SwarmMembership::State::Locked;
        page.setMembership(m);
        QVERIFY(note->text().contains(u"docker swarm unlock"_s));
        m.state = SwarmMembership::State::Inactive;
        page.setMembership(m);
        QCOMPARE(page.shownView(), u"setup"_s);
    }

private:
    static bool logHas(CommandLog *log, const QString &line)
    {
        for (int i = 0; i < log->rowCount(); ++i) {
            if (log->commandAt(i) == line)
                return true;
        }
        qWarning() << "not in the command log:" << line;
        return false;
    }
};

QTEST_MAIN(TestSwarmPage)
#include "tst_swarm_page.moc"
