#include "AccessibilityCheck.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "TestBed.h"
#include "Workspace.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "containers/LimitsController.h"
#include "containers/LimitsDialog.h"
#include "details/DetailsPanel.h"
#include "details/HealthView.h"
#include "listings/ContainerFilterModel.h"
#include "listings/ContainerModel.h"
#include "live/Refresher.h"
#include "run/RunController.h"
#include "run/RunDialog.h"
#include "streams/TerminalSession.h"
#include "terminal/TerminalPanel.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

bool screenHas(const TerminalWidget *t, const QString &line)
{
    for (int r = 0; r < t->rows(); ++r) {
        if (t->screenLine(r) == line)
            return true;
    }
    return false;
}

bool showsPrompt(const TerminalWidget *t)
{
    for (int r = 0; r < t->rows(); ++r) {
        if (t->screenLine(r).startsWith(u"/ #"_s))
            return true;
    }
    return false;
}

QString status(const QString &name)
{
    return testbed::inspect(name).value("State"_L1).toObject().value("Status"_L1).toString();
}

} // namespace

// Issue 18, items 4, 6 and 7 through the window's own parts: the run dialog's health check
// and the health column, filter and probes; the limits dialog; `docker run -it` in one step.
class TestHealthLimitsRun : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        m_client = new DockerClient(testbed::endpoint(), this);
        m_monitor = new ConnectionMonitor(m_client, this);
        m_workspace = new Workspace(m_client, m_monitor, this);
        m_workspace->start();
        m_monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->refresher()->isFirstRefreshDone(), 10000);
    }

    void cleanupTestCase()
    {
        for (const QString &n : std::as_const(m_names))
            testbed::docker({u"rm"_s, u"-f"_s, n});
        delete m_workspace;
    }

    // `docker run -it --name NAME IMAGE sh` from the dialog: the terminal opens attached at
    // once, what the container prints first is there, and `exit` stops the container.
    void runInteractiveTerminalInOneStep()
    {
        RunDialog *dialog = m_workspace->runController()->runNew(m_image);
        const QString name = testbed::unique("gantry-it-");
        m_names << name;
        dialog->findChild<QLineEdit *>(u"runName"_s)->setText(name);
        // Printed the moment it starts: lost if the terminal attached after the start.
        dialog->findChild<QLineEdit *>(u"runCommand"_s)
            ->setText(u"sh -c 'echo gantry-first-line; exec sh'"_s);
        dialog->findChild<QCheckBox *>(u"runInteractive"_s)->setChecked(true);
        dialog->findChild<QCheckBox *>(u"runTty"_s)->setChecked(true);
        const QString line = dialog->commandLine();
        QVERIFY2(line.startsWith(u"docker run -it --name "_s + name), qPrintable(line));
        QVERIFY(!line.contains(u" -d "_s));
        QVERIFY(!dialog->findChild<QLabel *>(u"runAttachNote"_s)->text().isEmpty());
        snap(dialog, u"run-dialog-it"_s);

        TerminalPanel *panel = m_workspace->details()->terminalPanel();
        const int tabs = panel->count();
        byAccessibleName<QPushButton>(dialog, u"Run"_s)->click();
        const QPointer<RunDialog> guard(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->count(), tabs + 1, 5000);
        TerminalTab *tab = panel->tab(panel->count() - 1);
        QCOMPARE(m_workspace->details()->currentWidget(), static_cast<QWidget *>(panel));
        QCOMPARE(m_workspace->commandLog()->commandAt(m_workspace->commandLog()->rowCount() - 1),
                 line);
        TerminalWidget *t = tab->terminal();
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(t, u"gantry-first-line"_s),
                                  qPrintable(tab->status() + u'\n' + t->screenText()), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(showsPrompt(t), qPrintable(t->screenText()), 10000);
        QCOMPARE(status(name), u"running"_s);

        QTest::keyClicks(t, u"echo hi"_s);
        QTest::keyClick(t, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(t, u"hi"_s), qPrintable(t->screenText()), 10000);
        QTest::keyClicks(t, u"exit"_s);
        QTest::keyClick(t, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(tab->hasEnded(), qPrintable(tab->status()), 10000);
        QCOMPARE(tab->status(), u"The container exited with code 0"_s);
        QCOMPARE(status(name), u"exited"_s); // the main process ended: the container stopped
    }

    // Ctrl+D on the shell of a `docker run -it`: end of input, the container stops too.
    void controlDStopsTheContainer()
    {
        RunDialog *dialog = m_workspace->runController()->runNew(m_image);
        const QString name = testbed::unique("gantry-it-d-");
        m_names << name;
        dialog->findChild<QLineEdit *>(u"runName"_s)->setText(name);
        dialog->findChild<QLineEdit *>(u"runCommand"_s)->setText(u"sh"_s);
        dialog->findChild<QCheckBox *>(u"runInteractive"_s)->setChecked(true);
        dialog->findChild<QCheckBox *>(u"runTty"_s)->setChecked(true);
        TerminalPanel *panel = m_workspace->details()->terminalPanel();
        const int tabs = panel->count();
        byAccessibleName<QPushButton>(dialog, u"Run"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel->count(), tabs + 1, 10000);
        TerminalTab *tab = panel->tab(panel->count() - 1);
        QTRY_VERIFY2_WITH_TIMEOUT(showsPrompt(tab->terminal()), qPrintable(tab->status()), 10000);
        QTest::keyClick(tab->terminal(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(tab->hasEnded(), qPrintable(tab->status()), 10000);
        QCOMPARE(status(name), u"exited"_s);
    }

    // A command the image does not have: the start fails, the tab says why (never hangs),
    // and the container stays created, as with docker run -it.
    void attachedRunWhoseStartFails()
    {
        RunDialog *dialog = m_workspace->runController()->runNew(m_image);
        const QString name = testbed::unique("gantry-it-fail-");
        m_names << name;
        dialog->findChild<QLineEdit *>(u"runName"_s)->setText(name);
        dialog->findChild<QLineEdit *>(u"runCommand"_s)->setText(u"/no/such/program"_s);
        dialog->findChild<QCheckBox *>(u"runInteractive"_s)->setChecked(true);
        dialog->findChild<QCheckBox *>(u"runTty"_s)->setChecked(true);
        TerminalPanel *panel = m_workspace->details()->terminalPanel();
        const int tabs = panel->count();
        byAccessibleName<QPushButton>(dialog, u"Run"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel->count(), tabs + 1, 10000);
        TerminalTab *tab = panel->tab(panel->count() - 1);
        QTRY_VERIFY_WITH_TIMEOUT(tab->hasEnded(), 15000);
        qInfo().noquote() << tab->status();
        QVERIFY2(tab->status().contains(u"no/such/program"_s) ||
                     tab->status().contains(u"code 127"_s),
                 qPrintable(tab->status()));
        QVERIFY(status(name) == u"created"_s || status(name) == u"exited"_s);
    }

    // Two health checks set in the run dialog, 1 s apart: one passes, one fails; the model
    // follows, the health filter narrows, the details show the probes and their output.
    void healthColumnFilterAndProbes()
    {
        const QString good = testbed::unique("gantry-healthy-");
        const QString bad = testbed::unique("gantry-unhealthy-");
        for (const QString &name : {good, bad}) {
            RunDialog *dialog = m_workspace->runController()->runNew(m_image);
            m_names << name;
            dialog->findChild<QLineEdit *>(u"runName"_s)->setText(name);
            dialog->findChild<QLineEdit *>(u"runCommand"_s)->setText(u"sleep 300"_s);
            dialog->findChild<QLineEdit *>(u"runHealthCmd"_s)
                ->setText(name == good ? u"echo probe-ok"_s
                                       : u"echo '<b>probe-failed</b>'; exit 1"_s);
            auto *interval = dialog->findChild<QLineEdit *>(u"runHealthInterval"_s);
            interval->setText(u"1x"_s); // checked as typed
            QVERIFY(!dialog->findChild<QLabel *>(u"runHealthIntervalError"_s)->isHidden());
            QVERIFY(!byAccessibleName<QPushButton>(dialog, u"Run"_s)->isEnabled());
            interval->setText(u"1s"_s);
            QVERIFY(dialog->findChild<QLabel *>(u"runHealthIntervalError"_s)->isHidden());
            dialog->findChild<QSpinBox *>(u"runHealthRetries"_s)->setValue(1);
            QVERIFY2(dialog->errors().isEmpty(), qPrintable(dialog->errors().join(u'\n')));
            QVERIFY2(dialog->commandLine().contains(u"--health-interval 1s --health-retries 1"_s),
                     qPrintable(dialog->commandLine()));
            if (name == bad) {
                auto *tabs = dialog->findChild<QTabWidget *>(u"runTabs"_s);
                tabs->setCurrentIndex(tabs->count() - 1);
                const QStringList unnamed = unnamedActionableWidgets(dialog);
                QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
                snap(dialog, u"run-dialog-health"_s);
            }
            byAccessibleName<QPushButton>(dialog, u"Run"_s)->click();
            const QPointer<RunDialog> guard(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        }

        ContainerModel *model = m_workspace->containerModel();
        const auto health = [model](const QString &name) {
            const QModelIndex i = findIn(model, name);
            return i.isValid() ? i.data(ContainerModel::HealthRole).toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(health(good), u"healthy"_s, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(health(bad), u"unhealthy"_s, 15000);
        const QModelIndex goodRow = findIn(model, good);
        QCOMPARE(goodRow.siblingAtColumn(ContainerModel::HealthColumn).data().toString(),
                 ContainerModel::healthText(ContainerHealth::Healthy));

        // The filter beside the text filter.
        ContainersPage *page = m_workspace->containersPage();
        QComboBox *filter = page->healthFilter();
        QCOMPARE(filter->accessibleName(), u"Health filter"_s);
        filter->setCurrentIndex(filter->findData(int(ContainerHealth::Unhealthy)));
        ContainerFilterModel *proxy = page->filterModel();
        QVERIFY(contains(proxy, bad));
        QVERIFY(!contains(proxy, good));
        filter->setCurrentIndex(filter->findData(int(ContainerHealth::Healthy)));
        QVERIFY(contains(proxy, good));
        QVERIFY(!contains(proxy, bad));
        filter->setCurrentIndex(0);
        QVERIFY(contains(proxy, good) && contains(proxy, bad));

        // The probes of the failing one, newest first, its output as plain text.
        DetailsPanel *details = m_workspace->details();
        const QModelIndex badRow = findIn(model, bad);
        details->showContainer(bad, bad, ContainerState::Running);
        HealthView *view = details->healthView();
        QTRY_VERIFY_WITH_TIMEOUT(details->isTabEnabled(details->indexOf(view)), 5000);
        QVERIFY(view->summary().startsWith(ContainerModel::healthText(ContainerHealth::Unhealthy)));
        QVERIFY(view->probes()->topLevelItemCount() >= 1);
        QCOMPARE(view->probes()->topLevelItem(0)->text(2), u"1"_s);
        QCOMPARE(view->output()->toPlainText(), u"<b>probe-failed</b>\n"_s);
        details->setCurrentWidget(view);
        details->resize(700, 450);
        snap(details, u"details-health"_s);
        const QStringList unnamed = unnamedActionableWidgets(view);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        Q_UNUSED(badRow)
    }

    // Change limits: prefilled from the container, checked as typed, the engine's refusal
    // shown in place with what was typed kept, then applied without recreating.
    void limitsDialog()
    {
        const QString name = testbed::unique("gantry-limits-");
        m_names << name;
        QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--name"_s, name, u"-m"_s, u"64m"_s, m_image,
                                 u"sleep"_s, u"300"_s}));
        const QString id = testbed::inspect(name).value("Id"_L1).toString();
        LimitsController *limits = m_workspace->limitsController();
        limits->open(id);
        QTRY_VERIFY_WITH_TIMEOUT(limits->dialog() && limits->dialog()->isVisible(), 5000);
        LimitsDialog *dialog = limits->dialog();
        auto *memory = dialog->findChild<QLineEdit *>(u"limitsMemory"_s);
        auto *swap = dialog->findChild<QLineEdit *>(u"limitsSwap"_s);
        auto *cpus = dialog->findChild<QLineEdit *>(u"limitsCpus"_s);
        auto *restart = dialog->findChild<QComboBox *>(u"limitsRestart"_s);
        auto *retries = dialog->findChild<QSpinBox *>(u"limitsRetries"_s);
        QCOMPARE(memory->text(), u"64m"_s);
        QCOMPARE(swap->text(), u"128m"_s);
        QVERIFY(cpus->text().isEmpty());
        QVERIFY(!retries->isEnabled());
        const QStringList unnamed = unnamedActionableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        memory->setText(u"lots"_s);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(u"limitsMemoryHint"_s)->text().isEmpty());
        cpus->setText(u"1,5"_s);
        QVERIFY(!dialog->findChild<QLabel *>(u"limitsCpusHint"_s)->text().isEmpty());
        cpus->setText(u"0.5"_s);
        swap->setText(u"32m"_s);
        memory->setText(u"64m"_s);
        QVERIFY(!dialog->okButton()->isEnabled()); // swap below memory
        swap->setText(u"128m"_s);

        // Memory above the swap limit shown: refused as typed.
        memory->setText(u"256m"_s);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(u"limitsSwapHint"_s)->text().isEmpty());
        swap->setText(u"512m"_s);
        QVERIFY(dialog->okButton()->isEnabled());

        // More CPUs than the machine has: the engine refuses, the dialog keeps everything.
        cpus->setText(u"4096"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"limitsCommand"_s)
                    ->text()
                    .startsWith(u"docker update --memory 256m --memory-swap 512m --cpus 4096 "_s));
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorLabel()->isHidden(), 10000);
        QVERIFY2(dialog->errorLabel()->text().contains(u"CPUs"_s),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(memory->text(), u"256m"_s);
        QCOMPARE(cpus->text(), u"4096"_s);
        QVERIFY(dialog->okButton()->isEnabled());
        snap(dialog, u"limits-dialog-engine-error"_s);
        cpus->setText(u"0.5"_s);

        swap->setText(u"512m"_s);
        restart->setCurrentIndex(restart->findData(u"on-failure"_s));
        QVERIFY(retries->isEnabled());
        retries->setValue(3);
        const QString line = dialog->findChild<QLabel *>(u"limitsCommand"_s)->text();
        snap(dialog, u"limits-dialog"_s);
        QCOMPARE(line, u"docker update --memory 256m --memory-swap 512m --cpus 0.5 "
                       "--restart on-failure:3 "_s +
                           name);
        const QPointer<LimitsDialog> guard(dialog);
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        const QJsonObject host = testbed::inspect(name).value("HostConfig"_L1).toObject();
        QCOMPARE(host.value("Memory"_L1).toInteger(), 256 << 20);
        QCOMPARE(host.value("MemorySwap"_L1).toInteger(), 512 << 20);
        QCOMPARE(host.value("NanoCpus"_L1).toInteger(), 500000000);
        QCOMPARE(host.value("RestartPolicy"_L1).toObject().value("MaximumRetryCount"_L1).toInt(),
                 3);
        QCOMPARE(testbed::inspect(name).value("Id"_L1).toString(), id); // not recreated
        QCOMPARE(m_workspace->commandLog()->commandAt(m_workspace->commandLog()->rowCount() - 1),
                 line);
    }

private:
    static QModelIndex findIn(const QAbstractItemModel *model, const QString &name,
                              const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(ContainerModel::NameRole).toString() == name)
                return i;
            if (const QModelIndex below = findIn(model, name, i); below.isValid())
                return below;
        }
        return {};
    }
    static bool contains(const QAbstractItemModel *model, const QString &name)
    {
        return findIn(model, name).isValid();
    }

    QString m_image;
    DockerClient *m_client = nullptr;
    ConnectionMonitor *m_monitor = nullptr;
    Workspace *m_workspace = nullptr;
    QStringList m_names;
};

QTEST_MAIN(TestHealthLimitsRun)
#include "tst_health_limits_run.moc"
