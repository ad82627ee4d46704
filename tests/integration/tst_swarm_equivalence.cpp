#include "TestBed.h"
#include "api/DockerClient.h"
#include "swarm/ClusterSpecs.h"
#include "swarm/NodeModel.h"
#include "swarm/SwarmCluster.h"
#include "swarm/SwarmRefresher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QtTest>

#include <unistd.h>

using namespace gantry;
using namespace Qt::StringLiterals;

// Every swarm action's command line, run with the real docker CLI on the test bed, does what
// Gantry's request does: the swarm's state is read back (by the CLI) after each and compared.
// Then the refresher follows node, secret and config events; then a second private dockerd
// joins as a worker, is promoted, demoted and drained with a service's tasks moving off it.
// SERIAL: swarm init and leave change the shared engine for every other test.
class TestSwarmEquivalence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        run(host(), {u"swarm"_s, u"leave"_s, u"--force"_s}); // left over by a crashed run
        // Never 2377: another engine on this machine may own it.
        m_listen = u"127.0.0.1:"_s + QString::number(testbed::freePort());
        QCOMPARE(swarmState(host()).value("LocalNodeState"_L1).toString(), u"inactive"_s);
    }

    void cleanupTestCase()
    {
        if (!m_client)
            return;
        run(host(), {u"service"_s, u"rm"_s, m_service}, 30000);
        stopWorker();
        run(host(), {u"swarm"_s, u"leave"_s, u"--force"_s});
    }

    void initAndLeave()
    {
        const SwarmInitSpec init{u"127.0.0.1"_s, m_listen};
        QVERIFY(viaApi(init.action()));
        const QJsonObject api = swarmState(host());
        QVERIFY(viaApi(SwarmLeaveSpec{true}.action()));
        QCOMPARE(swarmState(host()).value("LocalNodeState"_L1).toString(), u"inactive"_s);
        QVERIFY(run(host(), init.commandLine().mid(1)));
        const QJsonObject cli = swarmState(host());
        for (const char *key :
             {"LocalNodeState", "ControlAvailable", "NodeAddr", "Managers", "Nodes"})
            QCOMPARE(api.value(QLatin1StringView(key)), cli.value(QLatin1StringView(key)));
        QCOMPARE(cli.value("RemoteManagers"_L1).toArray().first().toObject().value("Addr"_L1),
                 QJsonValue(m_listen));
        QCOMPARE(api.value("ControlAvailable"_L1).toBool(), true);
        QVERIFY(run(host(), SwarmLeaveSpec{true}.commandLine().mid(1)));
        QCOMPARE(swarmState(host()).value("LocalNodeState"_L1).toString(), u"inactive"_s);
        // The rest runs on a swarm made by Gantry's request.
        QVERIFY(viaApi(init.action()));
        QCOMPARE(swarmState(host()).value("ControlAvailable"_L1).toBool(), true);
    }

    void rotateTokens()
    {
        for (const bool manager : {false, true}) {
            const SwarmCluster before = cluster();
            QVERIFY(viaApi(SwarmRotateTokenSpec{manager, before.version, before.spec}.action()));
            const SwarmCluster api = cluster();
            QCOMPARE(api.workerToken != before.workerToken, !manager);
            QCOMPARE(api.managerToken != before.managerToken, manager);
            const auto out = run(
                host(), SwarmRotateTokenSpec{manager, api.version, api.spec}.commandLine().mid(1));
            QVERIFY(out);
            const SwarmCluster cli = cluster();
            QCOMPARE(QString::fromUtf8(out->trimmed()),
                     manager ? cli.managerToken : cli.workerToken);
            QCOMPARE(cli.workerToken != api.workerToken, !manager);
            QCOMPARE(cli.managerToken != api.managerToken, manager);
        }
    }

    void nodeLabelsAndAvailability()
    {
        const QString self = swarmState(host()).value("NodeID"_L1).toString();
        NodeUpdateSpec labels = nodeSpec(self, NodeUpdateSpec::Change::Labels);
        labels.addLabels = {{u"disk"_s, u"ssd"_s}, {u"zone"_s, u"a b"_s}};
        QVERIFY(viaApi(labels.action()));
        const QJsonObject api = nodeSpecJson(self);
        QCOMPARE(api.value("Labels"_L1).toObject().value("zone"_L1).toString(), u"a b"_s);
        NodeUpdateSpec clear = nodeSpec(self, NodeUpdateSpec::Change::Labels);
        clear.removeLabels = {u"disk"_s, u"zone"_s};
        QVERIFY(viaApi(clear.action()));
        QVERIFY(nodeSpecJson(self).value("Labels"_L1).toObject().isEmpty());
        QVERIFY(run(host(), labels.commandLine().mid(1)));
        QCOMPARE(nodeSpecJson(self), api);
        QVERIFY(run(host(), clear.commandLine().mid(1)));
        QVERIFY(nodeSpecJson(self).value("Labels"_L1).toObject().isEmpty());

        for (const QString &availability : {u"pause"_s, u"drain"_s}) {
            NodeUpdateSpec a = nodeSpec(self, NodeUpdateSpec::Change::Availability);
            a.availability = availability;
            QVERIFY(viaApi(a.action()));
            const QJsonObject viaRequest = nodeSpecJson(self);
            QCOMPARE(viaRequest.value("Availability"_L1).toString(), availability);
            NodeUpdateSpec back = nodeSpec(self, NodeUpdateSpec::Change::Availability);
            back.availability = u"active"_s;
            QVERIFY(run(host(), back.commandLine().mid(1)));
            QCOMPARE(nodeSpecJson(self).value("Availability"_L1).toString(), u"active"_s);
            QVERIFY(run(host(), a.commandLine().mid(1)));
            QCOMPARE(nodeSpecJson(self), viaRequest);
            back = nodeSpec(self, NodeUpdateSpec::Change::Availability);
            back.availability = u"active"_s;
            QVERIFY(viaApi(back.action()));
        }
        // A stale version index is refused: someone changed the node meanwhile.
        NodeUpdateSpec stale = nodeSpec(self, NodeUpdateSpec::Change::Availability);
        stale.availability = u"pause"_s;
        stale.version -= 1;
        QVERIFY(!viaApi(stale.action()));
    }

    void secretsAndConfigs()
    {
        const QByteArray value = "s3cr3t value\nline 2";
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(value);
        file.flush();
        for (const SwarmObjectKind kind : {SwarmObjectKind::Secret, SwarmObjectKind::Config}) {
            const QString noun = kind == SwarmObjectKind::Secret ? u"secret"_s : u"config"_s;
            const QString api = testbed::unique("api"), stdinTwin = testbed::unique("stdin"),
                          fileTwin = testbed::unique("file");
            SwarmObjectCreateSpec spec{kind, api, value, QString(), {{u"tier"_s, u"a b"_s}}};
            QVERIFY(viaApi(spec.action()));
            spec.name = stdinTwin; // typed text: `-`, the value on standard input
            QCOMPARE(spec.commandLine().last(), u"-"_s);
            QVERIFY(run(host(), spec.commandLine().mid(1), 30000, value));
            spec.name = fileTwin;
            spec.fileName = file.fileName();
            QVERIFY(run(host(), spec.commandLine().mid(1)));
            const QJsonObject a = objectSpec(noun, api), s = objectSpec(noun, stdinTwin),
                              f = objectSpec(noun, fileTwin);
            QCOMPARE(a.value("Labels"_L1), s.value("Labels"_L1));
            QCOMPARE(a.value("Labels"_L1), f.value("Labels"_L1));
            QCOMPARE(a.value("Labels"_L1).toObject().value("tier"_L1).toString(), u"a b"_s);
            if (kind == SwarmObjectKind::Config) {
                // A config's data reads back: the three are the same bytes.
                QCOMPARE(QByteArray::fromBase64(a.value("Data"_L1).toString().toLatin1()), value);
                QCOMPARE(a.value("Data"_L1), s.value("Data"_L1));
                QCOMPARE(a.value("Data"_L1), f.value("Data"_L1));
            } else {
                QVERIFY(!a.contains("Data"_L1)); // a secret's never does
            }
            // Remove: one by the request, the twins by the command line.
            QVERIFY(viaApi(SwarmObjectRemoveSpec{kind, objectId(noun, api), api}.action()));
            QVERIFY(run(host(), SwarmObjectRemoveSpec{kind, {}, stdinTwin}.commandLine().mid(1)));
            QVERIFY(run(host(), SwarmObjectRemoveSpec{kind, {}, fileTwin}.commandLine().mid(1)));
            const auto left = run(host(), {noun, u"ls"_s, u"-q"_s});
            QVERIFY(left);
            QVERIFY2(left->trimmed().isEmpty(), left->constData());
        }
    }

    void refresherFollowsEvents()
    {
        NodeModel nodes;
        SwarmObjectModel secrets, configs;
        SwarmRefresher refresher(m_client, &nodes, &secrets, &configs);
        refresher.setDebounce(50);
        QSignalSpy first(&refresher, &SwarmRefresher::firstRefreshDone);
        refresher.start();
        QTRY_VERIFY_WITH_TIMEOUT(refresher.isStreamUp() && refresher.isFirstRefreshDone(), 10000);
        QVERIFY(refresher.membership() && refresher.membership()->manager);
        QTRY_COMPARE_WITH_TIMEOUT(nodes.rowCount(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(refresher.cluster().has_value(), 5000);
        const QString secret = testbed::unique("ev"), config = testbed::unique("ev");
        QVERIFY(run(host(), {u"secret"_s, u"create"_s, secret, u"-"_s}, 30000, "x"));
        QVERIFY(run(host(), {u"config"_s, u"create"_s, config, u"-"_s}, 30000, "y"));
        // No polling while the stream is up: only the events can bring these.
        QTRY_COMPARE_WITH_TIMEOUT(secrets.rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(configs.rowCount(), 1, 5000);
        const int secretListings = refresher.listingCount(SwarmRefresher::Secrets);
        QCOMPARE(secrets.index(0, 0).data(SwarmObjectModel::NameRole).toString(), secret);
        const QString self = nodes.index(0, 0).data(NodeModel::IdRole).toString();
        QVERIFY(run(host(), {u"node"_s, u"update"_s, u"--label-add"_s, u"ev=1"_s, self}));
        QTRY_COMPARE_WITH_TIMEOUT(nodes.nodeById(self)->labels.value(u"ev"_s), u"1"_s, 5000);
        QVERIFY(run(host(), {u"secret"_s, u"rm"_s, secret}));
        QVERIFY(run(host(), {u"config"_s, u"rm"_s, config}));
        QVERIFY(run(host(), {u"node"_s, u"update"_s, u"--label-rm"_s, u"ev"_s, self}));
        QTRY_COMPARE_WITH_TIMEOUT(secrets.rowCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(configs.rowCount(), 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(nodes.nodeById(self)->labels.isEmpty(), 5000);
        // The secret's removal re-listed the secrets once; the node and config events did not.
        QCOMPARE(refresher.listingCount(SwarmRefresher::Secrets), secretListings + 1);
    }

    // A second private dockerd on this machine, joined as a worker.
    void secondNodeJoinsPromotesDemotes()
    {
        QVERIFY2(startWorker(), "the second dockerd did not start; see its log");
        DockerClient worker(Endpoint::parse(workerHost()).value());
        auto ping = testbed::await<PingInfo>([&](auto done) { worker.ping(this, done); });
        QVERIFY(ping && ping->ok());
        worker.setApiVersion(ping->value().apiVersion);
        const SwarmCluster c = cluster();
        SwarmJoinSpec join;
        join.token = c.workerToken;
        join.managerAddress = m_listen;
        join.listenAddress = u"127.0.0.1:"_s + QString::number(testbed::freePort());
        join.advertiseAddress = join.listenAddress;
        auto r = testbed::await<Done>(
            [&](auto done) { worker.perform(join.request(), this, done); }, 60000);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error().describe()));
        const QString workerId = swarmState(workerHost()).value("NodeID"_L1).toString();
        QVERIFY(!workerId.isEmpty());
        QCOMPARE(swarmState(workerHost()).value("ControlAvailable"_L1).toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(nodeStatus(workerId), u"ready"_s, 20000);

        // Promote by the request, demote by the command line, and the other way round. A
        // promoted node can be demoted once it is a reachable member of the managers' raft.
        const auto reachableManager = [&] {
            return nodeJson(workerId)
                       .value("ManagerStatus"_L1)
                       .toObject()
                       .value("Reachability"_L1)
                       .toString() == u"reachable"_s;
        };
        const auto isWorker = [&] {
            const QJsonObject n = nodeJson(workerId);
            return n.value("Spec"_L1).toObject().value("Role"_L1).toString() == u"worker"_s &&
                   !n.contains("ManagerStatus"_L1);
        };
        QVERIFY(viaApi(nodeSpec(workerId, NodeUpdateSpec::Change::Promote).action()));
        QTRY_VERIFY_WITH_TIMEOUT(reachableManager(), 20000);
        QVERIFY(
            run(host(), nodeSpec(workerId, NodeUpdateSpec::Change::Demote).commandLine().mid(1)));
        QTRY_VERIFY_WITH_TIMEOUT(isWorker(), 20000);
        QVERIFY(
            run(host(), nodeSpec(workerId, NodeUpdateSpec::Change::Promote).commandLine().mid(1)));
        // Measured: a node promoted again after a demotion takes about 20 s to be a raft member.
        QTRY_VERIFY_WITH_TIMEOUT(reachableManager(), 60000);
        QVERIFY(viaApi(nodeSpec(workerId, NodeUpdateSpec::Change::Demote).action()));
        QTRY_VERIFY_WITH_TIMEOUT(isWorker(), 20000);
        m_workerId = workerId;
    }

    void drainMovesTasksOffTheWorker()
    {
        QVERIFY(!m_workerId.isEmpty());
        // The worker needs the image too (nothing is ever pulled): handed over by save | load.
        const QString image = testbed::env("GANTRY_TEST_IMAGE");
        const auto saved = run(host(), {u"save"_s, image}, 60000);
        QVERIFY(saved);
        QVERIFY(run(workerHost(), {u"load"_s}, 60000, *saved));
        m_service = testbed::unique("drain");
        QVERIFY(run(host(),
                    {u"service"_s, u"create"_s, u"-d"_s, u"--name"_s, m_service, u"--replicas"_s,
                     u"4"_s, u"--stop-grace-period"_s, u"1s"_s, image, u"sleep"_s, u"600"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(runningTasksOn(m_workerId) > 0 && runningTasks() == 4, 30000);
        // Read, then write, as the app does: a node just demoted still changes version for a
        // while, and an update on a stale one is refused ("update out of sequence").
        const auto drain = [&] {
            NodeUpdateSpec s = nodeSpec(m_workerId, NodeUpdateSpec::Change::Availability);
            s.availability = u"drain"_s;
            return viaApi(s.action());
        };
        QTRY_VERIFY_WITH_TIMEOUT(drain(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(runningTasksOn(m_workerId) == 0 && runningTasks() == 4, 30000);
        NodeUpdateSpec active = nodeSpec(m_workerId, NodeUpdateSpec::Change::Availability);
        active.availability = u"active"_s;
        QVERIFY(run(host(), active.commandLine().mid(1)));
        QCOMPARE(nodeSpecJson(m_workerId).value("Availability"_L1).toString(), u"active"_s);
    }

private:
    QString host() const { return testbed::env("GANTRY_TEST_HOST"); }
    QString workerDir() const { return testbed::env("GANTRY_TESTBED_DIR") + u"/swarm-worker"_s; }
    QString workerHost() const { return u"unix://"_s + workerDir() + u"/docker.sock"_s; }
    QString workerBridge() const
    {
        return u"gsw"_s + QString::fromLatin1(QCryptographicHash::hash(workerDir().toUtf8(),
                                                                       QCryptographicHash::Md5)
                                                  .toHex()
                                                  .left(8));
    }

    // The real docker CLI against `dockerHost`, with `input` on its standard input. Its
    // arguments are logged on failure, never its input (a secret's value).
    std::optional<QByteArray> run(const QString &dockerHost, const QStringList &args,
                                  int timeoutMs = 30000, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"DOCKER_HOST"_s, dockerHost);
        p.setProcessEnvironment(e);
        p.start(u"docker"_s, args);
        if (!p.waitForStarted())
            return std::nullopt;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            qWarning() << "docker" << args << "failed:" << p.readAllStandardError();
            return std::nullopt;
        }
        return p.readAllStandardOutput();
    }

    bool viaApi(const Action &action)
    {
        auto r = testbed::await<Done>(
            [&](auto done) { m_client->perform(action.request, this, done); }, 60000);
        if (r && !r->ok())
            qWarning() << action.command << "(as a request) failed:" << r->error().describe();
        return r && r->ok();
    }

    QJsonObject swarmState(const QString &dockerHost)
    {
        const auto out = run(dockerHost, {u"info"_s, u"--format"_s, u"{{json .Swarm}}"_s});
        return out ? QJsonDocument::fromJson(*out).object() : QJsonObject();
    }

    SwarmCluster cluster()
    {
        Request r;
        r.path = u"/swarm"_s;
        auto c = testbed::await<SwarmCluster>([&](auto done) {
            Reply *reply = m_client->send(r);
            connect(reply, &Reply::finished, this, [reply, done] {
                done(reply->error().isError() ? Result<SwarmCluster>(reply->error())
                                              : parse::swarmCluster(reply->body()));
            });
        });
        return c && c->ok() ? c->value() : SwarmCluster();
    }

    QJsonObject nodeJson(const QString &id)
    {
        const auto out = run(host(), {u"node"_s, u"inspect"_s, id});
        return out ? QJsonDocument::fromJson(*out).array().first().toObject() : QJsonObject();
    }
    QJsonObject nodeSpecJson(const QString &id) { return nodeJson(id).value("Spec"_L1).toObject(); }
    QString nodeStatus(const QString &id)
    {
        return nodeJson(id).value("Status"_L1).toObject().value("State"_L1).toString();
    }

    NodeUpdateSpec nodeSpec(const QString &id, NodeUpdateSpec::Change change)
    {
        const QJsonObject n = nodeJson(id);
        NodeUpdateSpec s;
        s.change = change;
        s.id = id;
        s.version = qint64(n.value("Version"_L1).toObject().value("Index"_L1).toDouble());
        s.spec = n.value("Spec"_L1).toObject();
        return s;
    }

    QJsonObject objectSpec(const QString &noun, const QString &name)
    {
        const auto out = run(host(), {noun, u"inspect"_s, name});
        return out ? QJsonDocument::fromJson(*out)
                         .array()
                         .first()
                         .toObject()
                         .value("Spec"_L1)
                         .toObject()
                   : QJsonObject();
    }
    QString objectId(const QString &noun, const QString &name)
    {
        const auto out = run(host(), {noun, u"inspect"_s, u"--format"_s, u"{{.ID}}"_s, name});
        return out ? QString::fromUtf8(out->trimmed()) : QString();
    }

    int runningTasksOn(const QString &node)
    {
        const auto out = run(
            host(), {u"node"_s, u"ps"_s, u"-q"_s, u"--filter"_s, u"desired-state=running"_s, node});
        if (!out)
            return -1;
        int running = 0;
        for (const QByteArray &id : out->split('\n')) {
            if (id.trimmed().isEmpty())
                continue;
            const auto state = run(host(), {u"inspect"_s, u"--format"_s, u"{{.Status.State}}"_s,
                                            QString::fromLatin1(id.trimmed())});
            running += state && state->trimmed() == "running";
        }
        return running;
    }
    int runningTasks()
    {
        const auto out = run(host(), {u"service"_s, u"ps"_s, u"-q"_s, u"--filter"_s,
                                      u"desired-state=running"_s, m_service});
        if (!out)
            return -1;
        int running = 0;
        for (const QByteArray &id : out->split('\n')) {
            if (id.trimmed().isEmpty())
                continue;
            const auto state = run(host(), {u"inspect"_s, u"--format"_s, u"{{.Status.State}}"_s,
                                            QString::fromLatin1(id.trimmed())});
            running += state && state->trimmed() == "running";
        }
        return running;
    }

    bool shell(const QString &script, int timeoutMs = 30000)
    {
        QProcess p;
        p.start(u"sh"_s, {u"-c"_s, script});
        return p.waitForFinished(timeoutMs) && p.exitCode() == 0;
    }

    bool startWorker()
    {
        const QString d = workerDir();
        QDir().mkpath(d);
        // Its own bridge (only one engine may own docker0), data root, exec root and socket.
        const QString sudo = getuid() == 0 ? QString() : u"sudo -n "_s;
        shell(sudo + u"ip link add "_s + workerBridge() + u" type bridge 2>/dev/null; true"_s);
        if (!shell(sudo + u"setsid dockerd --host "_s + workerHost() + u" --data-root "_s + d +
                   u"/root --exec-root "_s + d + u"/exec --pidfile "_s + d +
                   u"/docker.pid --bridge "_s + workerBridge() + u" > "_s + d +
                   u"/dockerd.log 2>&1 < /dev/null &"_s))
            return false;
        m_workerStarted = true;
        return QTest::qWaitFor(
            [&] {
                return run(workerHost(), {u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s},
                           5000)
                    .has_value();
            },
            30000);
    }

    void stopWorker()
    {
        if (!m_workerStarted)
            return;
        run(workerHost(), {u"swarm"_s, u"leave"_s, u"--force"_s});
        const QString d = workerDir();
        const QString sudo = getuid() == 0 ? QString() : u"sudo -n "_s;
        // Only the dockerd this test started, by its pid file.
        shell(u"pid=$(cat "_s + d + u"/docker.pid 2>/dev/null) && [ -n \"$pid\" ] && "_s + sudo +
              u"kill $pid; for i in $(seq 50); do [ -e "_s + d +
              u"/docker.pid ] || break; sleep 0.2; done; "_s + sudo + u"ip link del "_s +
              workerBridge() + u" 2>/dev/null; "_s + sudo + u"rm -rf "_s + d + u"; true"_s);
    }

    DockerClient *m_client = nullptr;
    QString m_listen;
    QString m_workerId;
    QString m_service = u"gantry-none"_s;
    bool m_workerStarted = false;
};

QTEST_GUILESS_MAIN(TestSwarmEquivalence)
#include "tst_swarm_equivalence.moc"
