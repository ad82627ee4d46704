#include "swarm/ClusterSpecs.h"
#include "swarm/NodeModel.h"
#include "swarm/StackDeploy.h"
#include "swarm/SwarmCluster.h"
#include "swarm/SwarmRefresher.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// Shapes recorded from Docker 20.10 (API 1.41) on the test bed, trimmed.
const QByteArray kInfoManager = R"({"Name":"vm","Swarm":{"NodeID":"d6yd","NodeAddr":"127.0.0.1",
 "LocalNodeState":"active","ControlAvailable":true,"Error":"",
 "RemoteManagers":[{"NodeID":"other","Addr":"10.0.0.2:2377"},{"NodeID":"d6yd","Addr":"127.0.0.1:12377"}],
 "Nodes":2,"Managers":1,"Cluster":{"ID":"qk0a","Version":{"Index":10}}}})";
const QByteArray kInfoWorker = R"({"Swarm":{"NodeID":"zr97","NodeAddr":"127.0.0.1",
 "LocalNodeState":"active","ControlAvailable":false,"Error":"",
 "RemoteManagers":[{"NodeID":"d6yd","Addr":"127.0.0.1:12377"}],"Nodes":0,"Managers":0}})";
const QByteArray kInfoInactive = R"({"Swarm":{"NodeID":"","NodeAddr":"","LocalNodeState":"inactive",
 "ControlAvailable":false,"Error":"","RemoteManagers":null}})";
const QByteArray kNodes =
    R"([{"ID":"d6yd","Version":{"Index":9},"Spec":{"Labels":{},"Role":"manager",
 "Availability":"active"},"Description":{"Hostname":"vm","Engine":{"EngineVersion":"20.10.24+dfsg1"}},
 "Status":{"State":"ready","Addr":"127.0.0.1"},"ManagerStatus":{"Leader":true,"Reachability":"reachable",
 "Addr":"127.0.0.1:12377"}},
 {"ID":"zr97","Version":{"Index":21},"Spec":{"Labels":{"zone":"b"},"Role":"worker","Availability":"drain"},
 "Description":{"Hostname":"vm","Engine":{"EngineVersion":"20.10.24+dfsg1"}},"Status":{"State":"ready",
 "Addr":"127.0.0.1"}}])";
const QByteArray kSwarm =
    R"({"ID":"qk0a","Version":{"Index":10},"CreatedAt":"2026-12-07T20:03:12.76656506Z",
 "Spec":{"Name":"default","Labels":{},"Orchestration":{"TaskHistoryRetentionLimit":5}},
 "JoinTokens":{"Worker":"SWMTKN-1-5yef-ahcw","Manager":"SWMTKN-1-5yef-73lz"}})";
const QByteArray kSecrets =
    R"([{"ID":"s1","Version":{"Index":30},"CreatedAt":"2026-12-07T20:10:00.5Z",
 "UpdatedAt":"2026-12-07T20:10:00.5Z","Spec":{"Name":"db_password","Labels":{"app":"db"}}}])";

QJsonObject bodyOf(const Request &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestSwarmModels : public QObject {
    Q_OBJECT
private slots:
    void membershipFromInfo()
    {
        const auto m = parse::swarmMembership(kInfoManager);
        QVERIFY(m);
        QCOMPARE(m->state, SwarmMembership::State::Active);
        QVERIFY(m->manager);
        QCOMPARE(m->nodes, 2);
        QCOMPARE(m->clusterId, u"qk0a"_s);
        QCOMPARE(m->managerAddress, u"127.0.0.1:12377"_s); // this node's own address first
        const auto w = parse::swarmMembership(kInfoWorker);
        QVERIFY(w);
        QCOMPARE(w->state, SwarmMembership::State::Active);
        QVERIFY(!w->manager);
        const auto i = parse::swarmMembership(kInfoInactive);
        QVERIFY(i);
        QCOMPARE(i->state, SwarmMembership::State::Inactive);
        // No Swarm section at all (an old or foreign engine): not in a swarm.
        QCOMPARE(parse::swarmMembership(QByteArray("{}"))->state, SwarmMembership::State::Inactive);
        QVERIFY(!parse::swarmMembership(QByteArray("{\"Swarm\":")));
    }

    void clusterNodesObjects()
    {
        const auto c = parse::swarmCluster(kSwarm);
        QVERIFY(c);
        QCOMPARE(c->version, 10);
        QCOMPARE(c->workerToken, u"SWMTKN-1-5yef-ahcw"_s);
        QCOMPARE(c->spec.value("Name"_L1).toString(), u"default"_s);
        QVERIFY(!parse::swarmCluster("{}"));
        const auto n = parse::swarmNodes(kNodes);
        QVERIFY(n);
        QCOMPARE(n->size(), 2);
        QCOMPARE(n->at(0).role, u"manager"_s);
        QVERIFY(n->at(0).leader);
        QCOMPARE(n->at(1).availability, u"drain"_s);
        QCOMPARE(n->at(1).labels.value(u"zone"_s), u"b"_s);
        QCOMPARE(n->at(1).version, 21);
        QVERIFY(!parse::swarmNodes("[{}]"));
        // GET /nodes/{id}: the same node alone.
        const QByteArray one =
            QJsonDocument(QJsonDocument::fromJson(kNodes).array().at(1).toObject()).toJson();
        QCOMPARE(parse::swarmNode(one).value(), n->at(1));
        QVERIFY(!parse::swarmNode("{}"));
        QVERIFY(!parse::swarmNodes("{"));
        const auto s = parse::swarmObjects(kSecrets);
        QVERIFY(s);
        QCOMPARE(s->at(0).name, u"db_password"_s);
        QVERIFY(s->at(0).created.isValid());
    }

    void nodeModelUpdatesInPlace()
    {
        NodeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNodes(parse::swarmNodes(kNodes).value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, NodeModel::RoleColumn).data().toString(), u"manager (leader)"_s);
        QCOMPARE(model.index(1, NodeModel::LabelsColumn).data().toString(), u"zone=b"_s);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QList<SwarmNode> nodes = parse::swarmNodes(kNodes).value();
        nodes[1].availability = u"active"_s;
        model.setNodes(nodes);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, NodeModel::AvailabilityColumn).data().toString(), u"active"_s);
        model.setNodes({nodes[0]});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);

        SwarmObjectModel objects;
        QAbstractItemModelTester tester2(&objects,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        objects.setObjects(parse::swarmObjects(kSecrets).value());
        QCOMPARE(objects.index(0, SwarmObjectModel::NameColumn).data().toString(),
                 u"db_password"_s);
        QCOMPARE(objects.index(0, 0).data(SwarmObjectModel::IdRole).toString(), u"s1"_s);
    }

    void eventsTouchWhatTheyName()
    {
        const auto of = [](const char *type, const char *action) {
            EngineEvent e;
            e.type = QString::fromLatin1(type);
            e.action = QString::fromLatin1(action);
            return SwarmRefresher::affectedBy(e);
        };
        QCOMPARE(of("node", "update"), SwarmRefresher::Nodes | SwarmRefresher::Membership);
        QCOMPARE(of("secret", "create"), SwarmRefresher::Resources(SwarmRefresher::Secrets));
        QCOMPARE(of("config", "remove"), SwarmRefresher::Resources(SwarmRefresher::Configs));
        QCOMPARE(of("container", "start"), SwarmRefresher::Resources());
    }

    void swarmSpecs()
    {
        SwarmInitSpec init{u"127.0.0.1"_s, u"127.0.0.1:12377"_s};
        QCOMPARE(shellJoin(init.commandLine()),
                 u"docker swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:12377"_s);
        QCOMPARE(init.request().path, u"/swarm/init"_s);
        QCOMPARE(bodyOf(init.request()).value("ListenAddr"_L1).toString(), u"127.0.0.1:12377"_s);
        QCOMPARE(shellJoin(SwarmInitSpec{u"10.0.0.1"_s}.commandLine()),
                 u"docker swarm init --advertise-addr 10.0.0.1"_s);
        SwarmJoinSpec join;
        join.token = u"SWMTKN-1-abc-def"_s;
        join.managerAddress = u"127.0.0.1:12377"_s;
        QVERIFY(SwarmJoinSpec::isValidToken(join.token));
        QVERIFY(!SwarmJoinSpec::isValidToken(u"hello"_s));
        QCOMPARE(shellJoin(join.commandLine(true)),
                 u"docker swarm join --token SWMTKN-1-abc-def 127.0.0.1:12377"_s);
        // The shown and logged line never carries the token; the request does.
        QVERIFY(!join.commandLine().join(u' ').contains(u"abc-def"_s));
        QVERIFY(!join.action().command.join(u' ').contains(u"abc-def"_s));
        QCOMPARE(join.commandLine().at(4), u"SWMTKN-1-…"_s);
        QCOMPARE(bodyOf(join.request()).value("JoinToken"_L1).toString(), u"SWMTKN-1-abc-def"_s);
        QCOMPARE(bodyOf(join.request()).value("RemoteAddrs"_L1).toArray().first().toString(),
                 u"127.0.0.1:12377"_s);
        QCOMPARE(shellJoin(SwarmLeaveSpec{true}.commandLine()), u"docker swarm leave --force"_s);
        QCOMPARE(SwarmLeaveSpec{true}.request().path, u"/swarm/leave?force=1"_s);
        SwarmRotateTokenSpec rotate{true, 10, parse::swarmCluster(kSwarm)->spec};
        QCOMPARE(rotate.request().path, u"/swarm/update?version=10&rotateManagerToken=true"_s);
        QCOMPARE(bodyOf(rotate.request()).value("Name"_L1).toString(), u"default"_s);
        QCOMPARE(shellJoin(rotate.commandLine()),
                 u"docker swarm join-token --rotate --quiet manager"_s);
    }

    void nodeSpecs()
    {
        const SwarmNode worker = parse::swarmNodes(kNodes)->at(1);
        NodeUpdateSpec s;
        s.id = worker.id;
        s.hostname = worker.hostname;
        s.version = worker.version;
        s.spec = worker.spec;
        s.change = NodeUpdateSpec::Change::Availability;
        s.availability = u"pause"_s;
        QCOMPARE(s.request().path, u"/nodes/zr97/update?version=21"_s);
        QCOMPARE(bodyOf(s.request()).value("Availability"_L1).toString(), u"pause"_s);
        QCOMPARE(bodyOf(s.request()).value("Labels"_L1).toObject().value("zone"_L1).toString(),
                 u"b"_s); // the rest of the spec is kept
        QCOMPARE(shellJoin(s.commandLine()), u"docker node update --availability pause zr97"_s);
        s.change = NodeUpdateSpec::Change::Promote;
        QCOMPARE(bodyOf(s.request()).value("Role"_L1).toString(), u"manager"_s);
        QCOMPARE(shellJoin(s.commandLine()), u"docker node promote zr97"_s);
        s.change = NodeUpdateSpec::Change::Demote;
        QCOMPARE(shellJoin(s.commandLine()), u"docker node demote zr97"_s);
        s.change = NodeUpdateSpec::Change::Labels;
        s.addLabels = {{u"disk"_s, u"ssd"_s}, {u"gpu"_s, QString()}};
        s.removeLabels = {u"zone"_s};
        QCOMPARE(bodyOf(s.request()).value("Labels"_L1).toObject(),
                 (QJsonObject{{u"disk"_s, u"ssd"_s}, {u"gpu"_s, u""_s}}));
        QCOMPARE(shellJoin(s.commandLine()),
                 u"docker node update --label-add disk=ssd --label-add gpu --label-rm zone zr97"_s);
    }

    // A stack file naming a device, or a file over the cap: a clear error, at once.
    void stackFilesAreBounded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        QElapsedTimer timer;
        timer.start();
        const QByteArray device = "services:\n  web:\n    image: busybox\n"
                                  "secrets:\n  s:\n    file: /dev/zero\n";
        auto plan = planStack(device, u"st"_s, u"stack.yml"_s, dir.path());
        QVERIFY(!plan);
        QVERIFY2(plan.error().describe().contains(u"Not a regular file"_s),
                 qPrintable(plan.error().describe()));

        write(u"big"_s, QByteArray(MaxStackObjectBytes + 1, 'x'));
        const QByteArray big = "services:\n  web:\n    image: busybox\n"
                               "configs:\n  c:\n    file: big\n";
        plan = planStack(big, u"st"_s, u"stack.yml"_s, dir.path());
        QVERIFY(!plan);
        QVERIFY2(plan.error().describe().contains(u"larger than 500 KiB"_s),
                 qPrintable(plan.error().describe()));
        write(u"ok"_s, QByteArray(MaxStackObjectBytes, 'x'));
        plan = planStack(QByteArray(big).replace("file: big", "file: ok"), u"st"_s, u"stack.yml"_s,
                         dir.path());
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().describe()));
        QCOMPARE(plan->configs.first().data.size(), MaxStackObjectBytes);

        // The compose file itself, and the per-keystroke check (a stat, no read).
        write(u"huge.yml"_s, QByteArray(MaxComposeFileBytes + 1, '#'));
        QVERIFY(checkComposeFile(dir.filePath(u"huge.yml"_s)).contains(u"1024 KiB"_s));
        QVERIFY(!planStackFile(dir.filePath(u"huge.yml"_s), u"st"_s));
        QVERIFY(checkComposeFile(u"/dev/zero"_s).contains(u"Not a regular file"_s));
        QVERIFY(!planStackFile(u"/dev/zero"_s, u"st"_s));
        QVERIFY(checkComposeFile(dir.filePath(u"none.yml"_s)).contains(u"No such file"_s));
        write(u"good.yml"_s, QByteArray(big).replace("file: big", "file: ok"));
        QVERIFY(checkComposeFile(dir.filePath(u"good.yml"_s)).isEmpty());
        QVERIFY(planStackFile(dir.filePath(u"good.yml"_s), u"st"_s));
        QVERIFY2(timer.elapsed() < 5000, "bounded reads must not hang");
    }

    void secretValueOnlyInTheRequest()
    {
        SwarmObjectCreateSpec s;
        s.name = u"db_password"_s;
        s.data = "hunter2-the-value";
        QCOMPARE(shellJoin(s.commandLine()), u"docker secret create db_password -"_s);
        s.fileName = u"/tmp/pw file"_s;
        QCOMPARE(shellJoin(s.commandLine()), u"docker secret create db_password '/tmp/pw file'"_s);
        QVERIFY(!s.commandLine().join(u' ').contains(u"hunter2"_s));
        QVERIFY(!s.action().target.contains(u"hunter2"_s));
        QCOMPARE(s.request().path, u"/secrets/create"_s);
        QCOMPARE(QByteArray::fromBase64(bodyOf(s.request()).value("Data"_L1).toString().toLatin1()),
                 QByteArray("hunter2-the-value"));
        s.kind = SwarmObjectKind::Config;
        QCOMPARE(s.request().path, u"/configs/create"_s);
        QCOMPARE(s.commandLine().at(1), u"config"_s);
        const SwarmObjectRemoveSpec rmSecret{SwarmObjectKind::Secret, u"s1"_s, u"db"_s};
        QCOMPARE(shellJoin(rmSecret.commandLine()), u"docker secret rm db"_s);
        const SwarmObjectRemoveSpec rmConfig{SwarmObjectKind::Config, u"c1"_s, u"db"_s};
        QCOMPARE(rmConfig.request().path, u"/configs/c1"_s);
        QVERIFY(SwarmObjectCreateSpec::isValidName(u"a.b-c_d"_s));
        QVERIFY(!SwarmObjectCreateSpec::isValidName(u"-ab"_s));
        QVERIFY(!SwarmObjectCreateSpec::isValidName(u"ab-"_s));
        QVERIFY(!SwarmObjectCreateSpec::isValidName(QString(65, u'a')));
    }
};

QTEST_GUILESS_MAIN(TestSwarmModels)
#include "tst_swarm_models.moc"
