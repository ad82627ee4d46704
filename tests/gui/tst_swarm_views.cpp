#include "AccessibilityCheck.h"
#include "TestBed.h"
#include "actions/ActionRunner.h"
#include "actions/CommandLog.h"
#include "logs/LogView.h"
#include "swarm/CreateServiceDialog.h"
#include "swarm/DeployStackDialog.h"
#include "swarm/ServiceActions.h"
#include "swarm/ServiceDialogs.h"
#include "swarm/ServiceModel.h"
#include "swarm/ServiceRefresher.h"
#include "swarm/ServicesView.h"
#include "swarm/StacksView.h"
#include "swarm/TaskModel.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/PathField.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

// The Services and Stacks tabs on their own, on a one-node swarm of the test bed: a service
// created through the dialog (checked as typed), its tasks, a rolling update with its
// progress, removal confirmed by name; a stack deployed from a compose file and removed.
// GANTRY_SCREENSHOTS=DIR saves each view there.
class TestSwarmViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        testbed::docker({u"swarm"_s, u"leave"_s, u"--force"_s});
        QVERIFY(testbed::docker({u"swarm"_s, u"init"_s, u"--advertise-addr"_s, u"127.0.0.1"_s}));
        m_image2 = m_image.section(u':', 0, 0) + u":swarm-gui"_s;
        QVERIFY(testbed::docker({u"tag"_s, m_image, m_image2}));

        m_log = new CommandLog(this);
        m_runner = new ActionRunner(m_client, m_log, this);
        m_services = new ServiceModel(ServiceModel::Grouping::Flat, this);
        m_stacks = new ServiceModel(ServiceModel::Grouping::ByStack, this);
        m_tasks = new TaskModel(this);
        new QAbstractItemModelTester(m_services, this);
        new QAbstractItemModelTester(m_stacks, this);
        new QAbstractItemModelTester(m_tasks, this);
        m_refresher = new ServiceRefresher(m_client, this);
        m_refresher->addServiceModel(m_services);
        m_refresher->addServiceModel(m_stacks);
        m_refresher->setTaskModel(m_tasks);
        m_view = new ServicesView(m_services, m_tasks, m_client);
        new ServiceActions(m_view, m_runner, m_refresher, m_view);
        m_stacksView = new StacksView(m_stacks, m_client, m_log);
        connect(m_stacksView, &StacksView::changed, m_refresher,
                [this] { m_refresher->refresh(); });
        m_tabs = new QTabWidget;
        m_tabs->setAccessibleName(u"Swarm"_s);
        m_tabs->addTab(m_view, u"Services"_s);
        m_tabs->addTab(m_stacksView, u"Stacks"_s);
        m_tabs->resize(1000, 700);
        m_refresher->start();
        m_tabs->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tabs));
    }

    void cleanupTestCase()
    {
        delete m_tabs;
        testbed::docker({u"swarm"_s, u"leave"_s, u"--force"_s});
        testbed::docker({u"rmi"_s, m_image2});
    }

    void everyActionableWidgetIsNamed()
    {
        const QStringList unnamed = unnamedActionableWidgets(m_tabs);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void createThroughTheDialog()
    {
        trigger(m_view, u"createServiceAction"_s);
        CreateServiceDialog *d = nullptr;
        QTRY_VERIFY((d = m_view->findChild<CreateServiceDialog *>()));
        QVERIFY(!d->okButton()->isEnabled());
        edit(d, u"serviceName"_s, u"web"_s);
        edit(d, u"serviceImage"_s, m_image);
        edit(d, u"serviceCommandArgs"_s, u"sh -c 'while true; do echo tick; sleep 1; done'"_s);
        d->findChild<QSpinBox *>(u"serviceReplicas"_s)->setValue(2);
        edit(d, u"servicePorts"_s, u"8080:80:90"_s);
        QVERIFY(!d->okButton()->isEnabled());
        QVERIFY(d->errorLabel()->text().contains(u"8080:80:90"_s));
        // No port published: the ingress network's VXLAN may clash with another test bed's
        // on this kernel ("error creating vxlan interface: file exists").
        edit(d, u"servicePorts"_s, QString());
        d->findChild<QPlainTextEdit *>(u"serviceEnv"_s)->setPlainText(u"A=1\nnot an env"_s);
        QVERIFY(!d->okButton()->isEnabled());
        d->findChild<QPlainTextEdit *>(u"serviceEnv"_s)->setPlainText(u"A=1"_s);
        edit(d, u"serviceMemory"_s, u"64m"_s);
        QVERIFY(d->okButton()->isEnabled());
        const QString line = d->findChild<QLabel *>(u"serviceCommand"_s)->text();
        QVERIFY2(line.startsWith(u"docker service create -d --no-resolve-image --name web "
                                 "--replicas 2 --env A=1 --limit-memory 67108864 "_s),
                 qPrintable(line));
        shot(d, u"create-service-dialog"_s);
        d->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<CreateServiceDialog *>() || !d->isVisible(),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(serviceId(u"web"_s).size() > 0, 10000);
        QCOMPARE(m_log->commandAt(m_log->rowCount() - 1), line);
        m_view->selectService(serviceId(u"web"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->runningCount(), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_services->serviceById(serviceId(u"web"_s))->running, 2, 10000);
        QCOMPARE(m_services->index(0, ServiceModel::ReplicasColumn).data().toString(), u"2/2"_s);
    }

    void logsAreMergedAcrossTasks()
    {
        auto *details = m_view->findChild<QTabWidget *>(u"serviceDetails"_s);
        details->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains(u"tick"_s), 20000);
        shot(m_tabs, u"service-logs"_s);
        details->setCurrentIndex(0);
    }

    void rollingUpdateShowsProgress()
    {
        QSignalSpy resets(m_tasks, &QAbstractItemModel::modelAboutToBeReset);
        trigger(m_view, u"updateImageAction"_s);
        UpdateImageDialog *d = nullptr;
        QTRY_VERIFY((d = m_view->findChild<UpdateImageDialog *>()));
        QVERIFY(!d->okButton()->isEnabled()); // the same image
        edit(d, u"updateImage"_s, m_image2);
        QVERIFY(d->okButton()->isEnabled());
        d->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->progressText().contains(u"Updating to"_s), 20000);
        shot(m_tabs, u"rolling-update"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->progressText().isEmpty(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->runningCount(), 2, 20000);
        QCOMPARE(resets.count(), 0);
        QVERIFY(m_tasks->rowCount(m_tasks->index(0, 0)) >= 1); // the replaced task under its slot
        m_view->taskView()->expandAll();
        shot(m_tabs, u"tasks-after-update"_s);
        QVERIFY(m_log->commandAt(m_log->rowCount() - 1)
                    .startsWith(u"docker service update -d --no-resolve-image --image "_s));
    }

    void scaleAndRemove()
    {
        trigger(m_view, u"scaleServiceAction"_s);
        ScaleServiceDialog *s = nullptr;
        QTRY_VERIFY((s = m_view->findChild<ScaleServiceDialog *>()));
        s->findChild<QSpinBox *>(u"scaleReplicas"_s)->setValue(1);
        QCOMPARE(s->findChild<QLabel *>(u"scaleCommand"_s)->text(),
                 u"docker service scale -d web=1"_s);
        s->okButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_services->serviceById(serviceId(u"web"_s))->desired, 1, 10000);

        trigger(m_view, u"removeServiceAction"_s);
        ConfirmDialog *c = nullptr;
        QTRY_VERIFY((c = m_view->findChild<ConfirmDialog *>()));
        auto *items = c->findChild<QListWidget *>(u"confirmItems"_s);
        QVERIFY(items && items->count() == 1 && items->item(0)->text() == u"web"_s);
        c->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(serviceId(u"web"_s).isEmpty(), 10000);
        QCOMPARE(m_log->commandAt(m_log->rowCount() - 1), u"docker service rm web"_s);
    }

    void deployAndRemoveAStack()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"stack.yml"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"services:\n  api:\n    image: %1\n    command: sleep 600\n"
                "  db:\n    image: %1\n    command: sleep 600\n"_s.arg(m_image)
                    .toUtf8());
        f.close();
        m_tabs->setCurrentWidget(m_stacksView);
        trigger(m_stacksView, u"deployStackAction"_s);
        DeployStackDialog *d = nullptr;
        QTRY_VERIFY((d = m_stacksView->findChild<DeployStackDialog *>()));
        d->findChild<PathField *>()->setPath(dir.filePath(u"nope.yml"_s));
        edit(d, u"stackName"_s, u"shop"_s);
        QVERIFY(!d->okButton()->isEnabled());
        // A secret naming a device: typing only stats the compose file; Deploy reads and
        // plans it, and says why not, at once, the dialog kept open.
        QFile bad(dir.filePath(u"bad.yml"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(u"services:\n  api:\n    image: %1\n"
                  "secrets:\n  s:\n    file: /dev/zero\n"_s.arg(m_image)
                      .toUtf8());
        bad.close();
        d->findChild<PathField *>()->setPath(bad.fileName());
        QVERIFY(d->okButton()->isEnabled());
        d->okButton()->click();
        QVERIFY2(d->errorLabel()->text().contains(u"/dev/zero"_s),
                 qPrintable(d->errorLabel()->text()));
        QVERIFY(d->isVisible());
        d->findChild<PathField *>()->setPath(f.fileName());
        QVERIFY(d->okButton()->isEnabled());
        shot(d, u"deploy-stack-dialog"_s);
        d->okButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_stacks->stacks(), QStringList{u"shop"_s}, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_stacks->rowCount(m_stacks->findKey(u"stack:shop"_s)) == 2,
                                 10000);
        QVERIFY(m_log->commandAt(m_log->rowCount() - 1)
                    .startsWith(u"docker stack deploy --resolve-image never -c "_s));
        m_stacksView->view()->setCurrentIndex(m_stacksView->view()->model()->index(0, 0));
        QCOMPARE(m_stacksView->currentStack(), u"shop"_s);
        shot(m_tabs, u"stacks"_s);
        trigger(m_stacksView, u"removeStackAction"_s);
        ConfirmDialog *c = nullptr;
        QTRY_VERIFY((c = m_stacksView->findChild<ConfirmDialog *>()));
        auto *items = c->findChild<QListWidget *>(u"confirmItems"_s);
        QVERIFY(items);
        QStringList named;
        for (int i = 0; i < items->count(); ++i)
            named << items->item(i)->text();
        // Every service and the stack's network are named, not only the services.
        QCOMPARE(named, (QStringList{u"service shop_api"_s, u"service shop_db"_s,
                                     u"network shop_default"_s}));
        c->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_stacks->stacks().isEmpty(), 20000);
        QCOMPARE(m_log->commandAt(m_log->rowCount() - 1), u"docker stack rm shop"_s);
    }

private:
    void trigger(QWidget *root, const QString &name)
    {
        auto *a = root->findChild<QAction *>(name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(a->isEnabled(), qPrintable(name + u" is disabled"_s));
        a->trigger();
    }

    void edit(QWidget *root, const QString &name, const QString &text)
    {
        auto *e = root->findChild<QLineEdit *>(name);
        QVERIFY2(e, qPrintable(name));
        e->setText(text);
    }

    QString serviceId(const QString &name)
    {
        for (const ServiceSummary &s : m_services->services()) {
            if (s.name == name)
                return s.id;
        }
        return {};
    }

    QString logText()
    {
        QString out;
        auto *model = m_view->logView()->view()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out += model->index(r, 0).data().toString() + u'\n';
        return out;
    }

    void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("GANTRY_SCREENSHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + u".png"_s);
    }

    DockerClient *m_client = nullptr;
    QString m_image, m_image2;
    CommandLog *m_log = nullptr;
    ActionRunner *m_runner = nullptr;
    ServiceModel *m_services = nullptr;
    ServiceModel *m_stacks = nullptr;
    TaskModel *m_tasks = nullptr;
    ServiceRefresher *m_refresher = nullptr;
    ServicesView *m_view = nullptr;
    StacksView *m_stacksView = nullptr;
    QTabWidget *m_tabs = nullptr;
};

QTEST_MAIN(TestSwarmViews)
#include "tst_swarm_views.moc"
