#include "TestBed.h"
#include "api/DockerClient.h"
#include "specs/ActionSpecs.h"
#include "swarm/StackDeploy.h"
#include "swarm/StackRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

// The same small compose file deployed by Gantry (StackRunner) under one name and by
// `docker stack deploy` under another: the services, networks, secrets and configs they make
// are the same, names aside. Then Gantry's remove and `docker stack rm` leave nothing.
class TestStackDeploy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        testbed::docker({u"swarm"_s, u"leave"_s, u"--force"_s});
        QVERIFY(testbed::docker({u"swarm"_s, u"init"_s, u"--advertise-addr"_s, u"127.0.0.1"_s}));
        QVERIFY(m_dir.isValid());
        writeFile(u"cfg.txt"_s, "hello config\n");
        writeFile(u"sec.txt"_s, "s3cret\n");
        const QString image = testbed::env("GANTRY_TEST_IMAGE");
        writeFile(u"stack.yml"_s, QStringLiteral(R"(version: "3.8"
services:
  web:
    image: %1
    command: ["sleep", "600"]
    environment:
      B: "two words"
      A: "1"
    labels:
      tier: front
    ports:
      - "8080"
    deploy:
      replicas: 2
      labels:
        svc: web
      resources:
        limits:
          cpus: "0.5"
          memory: 64M
      restart_policy:
        condition: on-failure
        max_attempts: 3
      update_config:
        parallelism: 2
        order: start-first
      placement:
        constraints: [node.role == manager]
    networks: [back]
    configs:
      - source: cfg
        target: /etc/cfg.txt
    secrets: [sec]
  worker:
    image: %1
    command: sleep 600
    environment:
      - MODE=worker
networks:
  back:
    labels:
      zone: b
configs:
  cfg:
    file: ./cfg.txt
secrets:
  sec:
    file: ./sec.txt
)")
                                      .arg(image)
                                      .toUtf8());
    }

    void cleanupTestCase() { testbed::docker({u"swarm"_s, u"leave"_s, u"--force"_s}); }

    void badFilesAreErrors()
    {
        QVERIFY(!planStack("services: [", u"s"_s, {}, m_dir.path()));
        QVERIFY(!planStack("services:\n  a:\n    command: x\n", u"s"_s, {}, m_dir.path()));
        QVERIFY(!planStack("services:\n  a:\n    image: x\n    networks: [nope]\n", u"s"_s, {},
                           m_dir.path()));
        QVERIFY(!planStack("services:\n  a:\n    image: x\n", u"-bad"_s, {}, m_dir.path()));
        const auto missing =
            planStack("services:\n  a:\n    image: x\nsecrets:\n  s:\n    file: ./nope\n", u"s"_s,
                      {}, m_dir.path());
        QVERIFY(!missing);
        QVERIFY(missing.error().describe().contains(u"nope"_s));
    }

    void deployLikeTheCli()
    {
        const QString file = m_dir.filePath(u"stack.yml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto plan = planStack(f.readAll(), u"ga"_s, file, m_dir.path());
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().describe()));
        QCOMPARE(shellJoin(plan->deployCommandLine()),
                 u"docker stack deploy --resolve-image never -c "_s + file + u" ga"_s);

        StackRunner runner(m_client);
        QSignalSpy done(&runner, &StackRunner::finished);
        QSignalSpy steps(&runner, &StackRunner::progress);
        runner.deploy(plan.value());
        QVERIFY(done.wait(60000));
        QVERIFY2(!done.first().first().value<EngineError>().isError(),
                 qPrintable(done.first().first().value<EngineError>().describe()));
        QCOMPARE(steps.count(), 6); // 2 networks, a secret, a config, 2 services

        QStringList cli = plan->deployCommandLine();
        cli.last() = u"gc"_s;
        QVERIFY(testbed::docker(cli.mid(1)));

        for (const char *svc : {"web", "worker"}) {
            const QString key = QLatin1StringView(svc);
            QJsonObject a = normalized(inspect(u"service"_s, u"ga_"_s + key));
            QJsonObject c = normalized(inspect(u"service"_s, u"gc_"_s + key));
            QVERIFY2(!a.isEmpty() && !c.isEmpty(), svc);
            compare(a.value("Spec"_L1).toObject(), c.value("Spec"_L1).toObject());
            if (QTest::currentTestFailed())
                return;
        }
        for (const char *net : {"back", "default"}) {
            const QString key = QLatin1StringView(net);
            const QJsonObject a = normalized(inspect(u"network"_s, u"ga_"_s + key));
            const QJsonObject c = normalized(inspect(u"network"_s, u"gc_"_s + key));
            QVERIFY2(!a.isEmpty() && !c.isEmpty(), net);
            for (const char *field :
                 {"Name", "Driver", "Labels", "Scope", "Attachable", "Internal", "Ingress"})
                QCOMPARE(a.value(QLatin1StringView(field)), c.value(QLatin1StringView(field)));
        }
        for (const auto &[kind, key] :
             {std::pair{u"secret"_s, u"sec"_s}, {u"config"_s, u"cfg"_s}}) {
            const QJsonObject a = normalized(inspect(kind, u"ga_"_s + key));
            const QJsonObject c = normalized(inspect(kind, u"gc_"_s + key));
            QVERIFY(!a.isEmpty() && !c.isEmpty());
            QCOMPARE(a.value("Spec"_L1), c.value("Spec"_L1));
        }

        // Deploying again updates the services in place (a new version, same spec).
        const int before = version(u"ga_web"_s);
        QSignalSpy again(&runner, &StackRunner::finished);
        runner.deploy(plan.value());
        QVERIFY(again.wait(60000));
        QVERIFY(!again.first().first().value<EngineError>().isError());
        QVERIFY(version(u"ga_web"_s) > before);
        compare(normalized(inspect(u"service"_s, u"ga_web"_s)).value("Spec"_L1).toObject(),
                normalized(inspect(u"service"_s, u"gc_web"_s)).value("Spec"_L1).toObject());
    }

    void removeLikeTheCli()
    {
        StackRunner runner(m_client);
        // What goes is listed first (the confirmation names it), and exactly that goes.
        QSignalSpy listed(&runner, &StackRunner::membersListed);
        runner.listMembers(u"ga"_s);
        QVERIFY(listed.wait(20000));
        const auto members = listed.first().first().value<QList<StackMember>>();
        QSet<QString> kinds;
        for (const StackMember &m : members)
            kinds.insert(m.kind);
        QCOMPARE(kinds, (QSet<QString>{u"services"_s, u"secrets"_s, u"configs"_s, u"networks"_s}));
        // Labelled with the stack after the confirmation was shown: left alone.
        const QString late = testbed::unique("ga-late-");
        writeFile(u"late.txt"_s, "late");
        QVERIFY(testbed::docker({u"secret"_s, u"create"_s, u"--label"_s,
                                 u"com.docker.stack.namespace=ga"_s, late,
                                 m_dir.filePath(u"late.txt"_s)}));
        const auto dropLate = qScopeGuard([&] { testbed::docker({u"secret"_s, u"rm"_s, late}); });
        QSignalSpy done(&runner, &StackRunner::finished);
        runner.removeMembers(members);
        QVERIFY(done.wait(60000));
        QVERIFY(testbed::docker({u"secret"_s, u"inspect"_s, late})); // left alone
        QVERIFY(testbed::docker({u"secret"_s, u"rm"_s, late}));
        QVERIFY2(!done.first().first().value<EngineError>().isError(),
                 qPrintable(done.first().first().value<EngineError>().describe()));
        QCOMPARE(shellJoin(StackPlan::removeCommandLine(u"gc"_s)), u"docker stack rm gc"_s);
        QVERIFY(testbed::docker(StackPlan::removeCommandLine(u"gc"_s).mid(1)));
        for (const QString &stack : {u"ga"_s, u"gc"_s}) {
            for (const QString &kind : {u"service"_s, u"secret"_s, u"config"_s}) {
                const auto out = testbed::docker({kind, u"ls"_s, u"-q"_s, u"--filter"_s,
                                                  u"label=com.docker.stack.namespace="_s + stack});
                QVERIFY(out);
                QCOMPARE(out->trimmed(), QByteArray());
            }
            QTRY_VERIFY_WITH_TIMEOUT(
                testbed::docker({u"network"_s, u"ls"_s, u"-q"_s, u"--filter"_s,
                                 u"label=com.docker.stack.namespace="_s + stack})
                    .value_or("x")
                    .trimmed()
                    .isEmpty(),
                20000);
        }
    }

private:
    void writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    QJsonObject inspect(const QString &kind, const QString &name)
    {
        const auto out = testbed::docker({kind, u"inspect"_s, name});
        return out ? QJsonDocument::fromJson(*out).array().first().toObject() : QJsonObject();
    }

    int version(const QString &service)
    {
        return inspect(u"service"_s, service)
            .value("Version"_L1)
            .toObject()
            .value("Index"_L1)
            .toInt();
    }

    // The stack's name made the same, and IDs (networks, secrets, configs) made names.
    QJsonObject normalized(QJsonObject o)
    {
        QJsonObject spec = o.value("Spec"_L1).toObject();
        QJsonObject task = spec.value("TaskTemplate"_L1).toObject();
        QJsonArray nets = task.value("Networks"_L1).toArray();
        for (qsizetype i = 0; i < nets.size(); ++i) {
            QJsonObject n = nets[i].toObject();
            n.insert(u"Target"_s,
                     inspect(u"network"_s, n.value("Target"_L1).toString()).value("Name"_L1));
            nets[i] = n;
        }
        if (!nets.isEmpty())
            task.insert(u"Networks"_s, nets);
        QJsonObject container = task.value("ContainerSpec"_L1).toObject();
        for (const auto &[key, id] :
             {std::pair{u"Secrets"_s, u"SecretID"_s}, std::pair{u"Configs"_s, u"ConfigID"_s}}) {
            QJsonArray refs = container.value(key).toArray();
            for (qsizetype i = 0; i < refs.size(); ++i) {
                QJsonObject r = refs[i].toObject();
                r.remove(id);
                refs[i] = r;
            }
            if (!refs.isEmpty())
                container.insert(key, refs);
        }
        if (!container.isEmpty())
            task.insert(u"ContainerSpec"_s, container);
        if (!task.isEmpty())
            spec.insert(u"TaskTemplate"_s, task);
        o.insert(u"Spec"_s, spec);
        QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
        text.replace("\"ga_", "\"gc_").replace("\"ga\"", "\"gc\"");
        return QJsonDocument::fromJson(text).object();
    }

    void compare(const QJsonObject &a, const QJsonObject &c)
    {
        if (a != c)
            qInfo().noquote() << "Gantry:" << QJsonDocument(a).toJson()
                              << "\nCLI:" << QJsonDocument(c).toJson();
        QCOMPARE(a, c);
    }

    DockerClient *m_client = nullptr;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestStackDeploy)
#include "tst_stack_deploy.moc"
