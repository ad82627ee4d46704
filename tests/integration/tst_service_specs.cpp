#include "TestBed.h"
#include "api/DockerClient.h"
#include "swarm/ServiceModel.h"
#include "swarm/ServiceParsers.h"
#include "swarm/ServiceRefresher.h"
#include "swarm/ServiceSpecs.h"
#include "swarm/TaskModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

#define COMPARE_SPECS(a, b)                                                                        \
    do {                                                                                           \
        compareSpecs(a, b);                                                                        \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// Every service action's command line, run with the real docker CLI on a one-node swarm of
// the test bed, does what its API request does: one service gets the request, a twin the
// command line, and their specs and states are compared. The refresher follows a rolling
// update meanwhile, its task tree changing in place.
class TestServiceSpecs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        testbed::docker({u"swarm"_s, u"leave"_s, u"--force"_s}); // a leftover of a crash
        QVERIFY(testbed::docker({u"swarm"_s, u"init"_s, u"--advertise-addr"_s, u"127.0.0.1"_s}));
        m_image2 = m_image.section(u':', 0, 0) + u":swarm-v2"_s;
        QVERIFY(testbed::docker({u"tag"_s, m_image, m_image2}));
    }

    void cleanupTestCase()
    {
        // Whatever happened: the engine leaves the swarm (its services go with it).
        testbed::docker({u"swarm"_s, u"leave"_s, u"--force"_s});
        testbed::docker({u"rmi"_s, m_image2});
    }

    void parsePortsAndMounts()
    {
        QCOMPARE(ServicePort::parse(u"8080:80"_s)->published, 8080);
        QCOMPARE(ServicePort::parse(u"53/udp"_s)->protocol, u"udp"_s);
        QVERIFY(!ServicePort::parse(u"0:80"_s));
        QVERIFY(!ServicePort::parse(u"127.0.0.1:80:80"_s));
        QCOMPARE(ServiceMount::parse(u"/srv:/data:ro"_s)->type, u"bind"_s);
        QVERIFY(ServiceMount::parse(u"/srv:/data:ro"_s)->readOnly);
        QCOMPARE(ServiceMount::parse(u"vol:/data"_s)->source, u"vol"_s);
        QVERIFY(!ServiceMount::parse(u"vol:data"_s));
        QVERIFY(ServiceCreateSpec::isValidConstraint(u"node.role==manager"_s));
        QVERIFY(!ServiceCreateSpec::isValidConstraint(u"node.role=manager"_s));
        QCOMPARE(goDurationSeconds(90), u"1m30s"_s);
    }

    void createScaleUpdateRollbackRemove()
    {
        const QString api = testbed::unique("svc-api-"), cli = testbed::unique("svc-cli-");
        const auto spec = [this](const QString &name) {
            ServiceCreateSpec s;
            s.name = name;
            s.image = m_image;
            s.args = {u"sleep"_s, u"600"_s};
            s.replicas = 2;
            // Published on the host: the ingress network's VXLAN may clash with another test
            // bed's on this kernel ("error creating vxlan interface: file exists").
            s.ports = {ServicePort{0, 80, u"tcp"_s, u"host"_s}};
            s.mounts = {*ServiceMount::parse(u"/tmp"_s)};
            s.env = {u"A=1"_s, u"B=two words"_s};
            s.constraints = {u"node.role==manager"_s};
            s.labels = {{u"org.gantry.test"_s, u"twin"_s}};
            s.cpus = 0.5;
            s.memoryBytes = 64 * 1024 * 1024;
            s.restartCondition = u"on-failure"_s;
            s.restartMaxAttempts = 3;
            s.updateDelaySeconds = 1;
            s.updateOrder = u"start-first"_s;
            s.updateFailureAction = u"rollback"_s;
            return s;
        };
        QVERIFY(viaApi(spec(api).action()));
        QVERIFY(viaCli(spec(cli).commandLine()));
        COMPARE_SPECS(api, cli);
        QCOMPARE(inspect(api).value("Spec"_L1).toObject().value("Name"_L1).toString(), api);

        // The refresher follows the API twin from here on, its models under the tester.
        ServiceModel services(ServiceModel::Grouping::Flat);
        TaskModel tasks;
        QAbstractItemModelTester t1(&services), t2(&tasks);
        ServiceRefresher refresher(m_client);
        refresher.addServiceModel(&services);
        refresher.setTaskModel(&tasks);
        refresher.start();
        QTRY_VERIFY_WITH_TIMEOUT(services.findService(idOf(api)).isValid(), 10000);
        refresher.setTaskService(idOf(api));
        QTRY_COMPARE_WITH_TIMEOUT(tasks.runningCount(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(services.serviceById(idOf(api))->running, 2, 10000);
        QVERIFY(refresher.isTaskPolling());
        QSignalSpy resets(&tasks, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&tasks, &QAbstractItemModel::rowsInserted);

        // Scale.
        QVERIFY(viaApi(ServiceScaleSpec{ref(api), 3}.action()));
        QVERIFY(viaCli(ServiceScaleSpec{ref(cli), 3}.commandLine()));
        COMPARE_SPECS(api, cli);
        QTRY_COMPARE_WITH_TIMEOUT(tasks.runningCount(), 3, 20000);
        QCOMPARE(tasks.rowCount(), 3); // three slots

        // Rolling update of the image: the slots' rows change in place, the tasks they
        // replace go under them.
        QVERIFY(viaApi(ServiceImageUpdateSpec{ref(api), m_image2}.action()));
        QVERIFY(viaCli(ServiceImageUpdateSpec{ref(cli), m_image2}.commandLine()));
        COMPARE_SPECS(api, cli);
        QTRY_VERIFY_WITH_TIMEOUT(services.serviceById(idOf(api))->isUpdating() ||
                                     updateState(api) == u"completed"_s,
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(updateState(api), u"completed"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(updateState(cli), u"completed"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(tasks.runningCount(), 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(tasks.tasks().cbegin(), tasks.tasks().cend(),
                                             [this](const TaskSummary &t) {
                                                 return t.desiredState != u"running"_s ||
                                                        t.image == m_image2;
                                             }),
                                 20000);
        QCOMPARE(tasks.rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QVERIFY(tasks.rowCount(tasks.index(r, 0)) >= 1); // the task it replaced
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() > 0);
        QCOMPARE(services.serviceById(idOf(api))->image, m_image2);

        // Roll back to the first image.
        QVERIFY(viaApi(ServiceRollbackSpec{ref(api)}.action()));
        QVERIFY(viaCli(ServiceRollbackSpec{ref(cli)}.commandLine()));
        COMPARE_SPECS(api, cli);
        QCOMPARE(inspect(api)
                     .value("Spec"_L1)
                     .toObject()
                     .value("TaskTemplate"_L1)
                     .toObject()
                     .value("ContainerSpec"_L1)
                     .toObject()
                     .value("Image"_L1)
                     .toString(),
                 m_image);
        QTRY_COMPARE_WITH_TIMEOUT(updateState(api), u"rollback_completed"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(updateState(cli), u"rollback_completed"_s, 60000);
        QCOMPARE(resets.count(), 0);

        // Remove.
        const QString apiId = idOf(api);
        QVERIFY(viaApi(ServiceRemoveSpec{apiId, api}.action()));
        QVERIFY(viaCli(ServiceRemoveSpec{idOf(cli), cli}.commandLine()));
        QVERIFY(inspect(api).isEmpty());
        QVERIFY(inspect(cli).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!services.findService(apiId).isValid(), 10000);
        refresher.stop();
    }

    void globalServiceAndCommandLine()
    {
        const QString api = testbed::unique("svc-g-api-"), cli = testbed::unique("svc-g-cli-");
        const auto spec = [this](const QString &name) {
            ServiceCreateSpec s;
            s.name = name;
            s.image = m_image;
            s.args = {u"sleep"_s, u"600"_s};
            s.global = true;
            s.ports = {ServicePort{0, 81, u"udp"_s, u"host"_s}};
            return s;
        };
        QVERIFY(viaApi(spec(api).action()));
        QVERIFY(viaCli(spec(cli).commandLine()));
        COMPARE_SPECS(api, cli);
        QCOMPARE(shellJoin(spec(u"web"_s).commandLine()),
                 u"docker service create -d --no-resolve-image --name web --mode global "
                 "--publish target=81,protocol=udp,mode=host "_s +
                     m_image + u" sleep 600"_s);
        QCOMPARE(shellJoin(ServiceScaleSpec{ServiceRef{u"x"_s, u"web"_s, 1, {}}, 4}.commandLine()),
                 u"docker service scale -d web=4"_s);
        QCOMPARE(shellJoin(ServiceRollbackSpec{ServiceRef{u"x"_s, u"web"_s, 1, {}}}.commandLine()),
                 u"docker service rollback -d web"_s);
        QVERIFY(viaApi(ServiceRemoveSpec{idOf(api), api}.action()));
        QVERIFY(viaApi(ServiceRemoveSpec{idOf(cli), cli}.action()));
    }

    void aStaleVersionIsRefused()
    {
        const QString name = testbed::unique("svc-v-");
        ServiceCreateSpec s;
        s.name = name;
        s.image = m_image;
        s.args = {u"sleep"_s, u"600"_s};
        QVERIFY(viaApi(s.action()));
        const ServiceRef old = ref(name);
        QVERIFY(viaApi(ServiceScaleSpec{old, 2}.action()));
        auto r = testbed::await<Done>([&](auto done) {
            m_client->perform(ServiceScaleSpec{old, 3}.request(), this, done);
        });
        QVERIFY(r && !r->ok()); // the engine refuses an update of a version that is gone
        QCOMPARE(ref(name)
                     .spec.value("Mode"_L1)
                     .toObject()
                     .value("Replicated"_L1)
                     .toObject()
                     .value("Replicas"_L1)
                     .toInt(),
                 2);
        QVERIFY(viaApi(ServiceRemoveSpec{idOf(name), name}.action()));
    }

private:
    bool viaApi(const Action &action)
    {
        auto r =
            testbed::await<Done>([&](auto done) { m_client->perform(action.request, this, done); });
        if (r && !r->ok())
            qInfo() << "API:" << r->error().describe();
        return r && r->ok();
    }

    bool viaCli(const QStringList &argv)
    {
        if (argv.value(0) != u"docker"_s)
            return false;
        return testbed::docker(argv.mid(1)).has_value();
    }

    QJsonObject inspect(const QString &name)
    {
        const auto out = testbed::docker({u"service"_s, u"inspect"_s, name});
        return out ? QJsonDocument::fromJson(*out).array().first().toObject() : QJsonObject();
    }

    QString idOf(const QString &name) { return inspect(name).value("ID"_L1).toString(); }

    QString updateState(const QString &name)
    {
        return inspect(name).value("UpdateStatus"_L1).toObject().value("State"_L1).toString();
    }

    ServiceRef ref(const QString &name)
    {
        auto r = testbed::await<QList<ServiceSummary>>(
            [&](auto done) { listServices(m_client, this, done); });
        if (r && r->ok()) {
            for (const ServiceSummary &s : r->value()) {
                if (s.name == name)
                    return s.ref();
            }
        }
        return {};
    }

    // As the engine keeps it: GET /services/{name} without the defaults `docker service
    // inspect` inserts, so that a field one twin was sent and the other not shows.
    QJsonObject rawInspect(const QString &name)
    {
        Request r;
        r.path = u"/services/"_s + pathSegment(name);
        QPointer<Reply> reply = m_client->send(r);
        QByteArray body;
        connect(reply, &Reply::finished, this, [&body, reply] { body = reply->body(); });
        (void)QTest::qWaitFor([&] { return !body.isEmpty() || !reply; }, 10000);
        return QJsonDocument::fromJson(body).object();
    }

    // The specs (and previous specs) of both twins, their names aside, are the same.
    void compareSpecs(const QString &api, const QString &cli)
    {
        QJsonObject a = rawInspect(api), b = rawInspect(cli);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        for (const char *key : {"Spec", "PreviousSpec"}) {
            QJsonObject sa = a.value(QLatin1StringView(key)).toObject();
            QJsonObject sb = b.value(QLatin1StringView(key)).toObject();
            sa.remove(u"Name"_s);
            sb.remove(u"Name"_s);
            if (sa != sb)
                qInfo().noquote() << key << "\nAPI:" << QJsonDocument(sa).toJson()
                                  << "\nCLI:" << QJsonDocument(sb).toJson();
            QCOMPARE(sa, sb);
        }
    }

    DockerClient *m_client = nullptr;
    QString m_image;
    QString m_image2;
};

QTEST_MAIN(TestServiceSpecs)
#include "tst_service_specs.moc"
