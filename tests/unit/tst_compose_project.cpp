// A compose project from its labels: files, working directory, start order (depends_on, else
// creation), the project actions' order, the compose tool's arguments and environment, and
// the tool's detection (plugin, standalone, none).
#include "compose/ComposeCommand.h"
#include "compose/ComposeProject.h"
#include "compose/ProjectActionPlan.h"
#include "transport/Endpoint.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;
using Verb = ContainerActionSpec::Verb;

namespace {

ContainerSummary container(const QString &name, const QString &service, int createdSecs,
                           ContainerState state = ContainerState::Running,
                           const QString &dependsOn = {})
{
    ContainerSummary c;
    c.id = name + u"-id"_s;
    c.names = {name};
    c.created = QDateTime::fromSecsSinceEpoch(1700000000 + createdSecs);
    c.state = state;
    c.labels.insert(u"com.docker.compose.project"_s, u"shop"_s);
    c.labels.insert(u"com.docker.compose.service"_s, service);
    if (!dependsOn.isEmpty())
        c.labels.insert(u"com.docker.compose.depends_on"_s, dependsOn);
    return c;
}

QStringList names(const QList<ContainerSummary> &list)
{
    QStringList out;
    for (const ContainerSummary &c : list)
        out << c.names.value(0);
    return out;
}

QStringList targets(const QList<Action> &actions)
{
    QStringList out;
    for (const Action &a : actions)
        out << shellJoin(a.command);
    return out;
}

} // namespace

class TestComposeProject : public QObject {
    Q_OBJECT
private slots:
    void filesAndWorkingDirFromTheLabels()
    {
        ContainerSummary web = container(u"shop_web_1"_s, u"web"_s, 1);
        web.labels.insert(u"com.docker.compose.project.config_files"_s,
                          u"/srv/shop/a.yml,b.yml"_s); // v1 writes them as given
        web.labels.insert(u"com.docker.compose.project.working_dir"_s, u"/srv/shop"_s);
        const ComposeProject p =
            ComposeProject::fromContainers(u"shop"_s, {container(u"shop_db_1"_s, u"db"_s, 0), web});
        QCOMPARE(p.name, u"shop"_s);
        QCOMPARE(p.configFiles, (QStringList{u"/srv/shop/a.yml"_s, u"/srv/shop/b.yml"_s}));
        QCOMPARE(p.workingDir, u"/srv/shop"_s);
        QCOMPARE(p.envFile(), u"/srv/shop/.env"_s);
        QCOMPARE(p.services, (QStringList{u"db"_s, u"web"_s}));
        QVERIFY(p.hasFiles());
        QVERIFY(!ComposeProject::fromContainers(u"x"_s, {container(u"x"_s, u"x"_s, 0)}).hasFiles());
    }

    void startOrderFollowsDependsOnElseCreation()
    {
        // web depends on db and cache (v2's label), created before both.
        const QList<ContainerSummary> list{
            container(u"web"_s, u"web"_s, 0, ContainerState::Running,
                      u"db:service_started:false,cache:service_healthy:true"_s),
            container(u"cache"_s, u"cache"_s, 2),
            container(u"db"_s, u"db"_s, 1),
        };
        QCOMPARE(ComposeProject::dependsOn(list[0]), (QStringList{u"db"_s, u"cache"_s}));
        QCOMPARE(names(ComposeProject::startOrder(list)),
                 (QStringList{u"db"_s, u"cache"_s, u"web"_s}));
        // No labels (compose v1): creation order.
        const QList<ContainerSummary> plain{container(u"b"_s, u"b"_s, 5),
                                            container(u"a"_s, u"a"_s, 9),
                                            container(u"c"_s, u"c"_s, 1)};
        QCOMPARE(names(ComposeProject::startOrder(plain)), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        // A cycle does not lose anyone.
        const QList<ContainerSummary> cycle{
            container(u"x"_s, u"x"_s, 0, ContainerState::Running, u"y:service_started:false"_s),
            container(u"y"_s, u"y"_s, 1, ContainerState::Running, u"x:service_started:false"_s)};
        QCOMPARE(ComposeProject::startOrder(cycle).size(), 2);
    }

    void projectActionsInDependencyOrder()
    {
        const QList<ContainerSummary> order{
            container(u"db"_s, u"db"_s, 0),
            container(u"web"_s, u"web"_s, 1, ContainerState::Exited),
            container(u"proxy"_s, u"proxy"_s, 2, ContainerState::Paused),
        };
        QCOMPARE(targets(ProjectActionPlan::actions(Verb::Stop, order)),
                 (QStringList{u"docker stop proxy"_s, u"docker stop db"_s}));
        QCOMPARE(targets(ProjectActionPlan::actions(Verb::Start, order)),
                 (QStringList{u"docker start web"_s}));
        QCOMPARE(targets(ProjectActionPlan::actions(Verb::Restart, order)),
                 (QStringList{u"docker restart db"_s, u"docker restart web"_s,
                              u"docker restart proxy"_s}));
        QCOMPARE(targets(ProjectActionPlan::actions(Verb::Pause, order)),
                 (QStringList{u"docker pause db"_s}));
        // Remove: the running ones stopped first (reverse order), then all removed.
        QCOMPARE(
            targets(ProjectActionPlan::actions(Verb::Remove, order, true)),
            (QStringList{u"docker stop proxy"_s, u"docker stop db"_s, u"docker rm -f -v proxy"_s,
                         u"docker rm -f -v web"_s, u"docker rm -f -v db"_s}));
    }

    void composeArguments()
    {
        ComposeProject p;
        p.name = u"shop"_s;
        p.configFiles = {u"/srv/a.yml"_s, u"/srv/b.yml"_s};
        p.workingDir = u"/srv"_s;
        const ComposeTool v1{ComposeTool::Kind::Standalone, u"/usr/bin/docker-compose"_s};
        const ComposeTool v2{ComposeTool::Kind::Plugin, u"/usr/bin/docker"_s};
        ComposeCommandSpec down = ComposeCommandSpec::of(ComposeCommandSpec::Verb::Down, p);
        QCOMPARE(
            shellJoin(down.commandLine(v1, u"unix:///tmp/d.sock"_s)),
            u"DOCKER_HOST=unix:///tmp/d.sock docker-compose -p shop -f /srv/a.yml -f /srv/b.yml "
            "--project-directory /srv down"_s);
        down.removeVolumes = true;
        QCOMPARE(down.arguments(v2),
                 (QStringList{u"compose"_s, u"-p"_s, u"shop"_s, u"-f"_s, u"/srv/a.yml"_s, u"-f"_s,
                              u"/srv/b.yml"_s, u"--project-directory"_s, u"/srv"_s, u"down"_s,
                              u"-v"_s}));
        QCOMPARE(ComposeCommandSpec::of(ComposeCommandSpec::Verb::Rebuild, p).arguments(v1).mid(8),
                 (QStringList{u"up"_s, u"-d"_s, u"--build"_s}));
        QCOMPARE(ComposeCommandSpec::of(ComposeCommandSpec::Verb::Up, p).arguments(v1).mid(8),
                 (QStringList{u"up"_s, u"-d"_s}));
    }

    void environmentPointsAtTheEngine()
    {
        QProcessEnvironment base;
        base.insert(u"DOCKER_CONTEXT"_s, u"elsewhere"_s);
        base.insert(u"PATH"_s, u"/usr/bin"_s);
        Endpoint e;
        e.socketPath = u"/tmp/x/docker.sock"_s;
        const QProcessEnvironment env = composeEnvironment(e, base);
        QCOMPARE(env.value(u"DOCKER_HOST"_s), u"unix:///tmp/x/docker.sock"_s);
        QVERIFY(!env.contains(u"DOCKER_CONTEXT"_s));
        QCOMPARE(env.value(u"PATH"_s), u"/usr/bin"_s);
    }

    void detection()
    {
        QTemporaryDir empty, fakes;
        // Nothing in the search path: no tool, and a hint saying how to install one.
        ComposeToolDetector none({empty.path()});
        QSignalSpy spy(&none, &ComposeToolDetector::detected);
        none.detect();
        QTRY_COMPARE(spy.size(), 1);
        QVERIFY(!none.tool().isValid());
        QVERIFY(ComposeTool::installHint().contains(u"apt install docker-compose"_s));
        // A docker without the plugin (compose version fails) beside docker-compose: v1.
        const auto script = [&](const QString &name, const QByteArray &body) {
            QFile f(fakes.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\n" + body + "\n");
            f.close();
            f.setPermissions(f.permissions() | QFile::ExeOwner);
        };
        script(u"docker"_s, "exit 1");
        script(u"docker-compose"_s, "exit 0");
        ComposeToolDetector v1({fakes.path()});
        QSignalSpy spy1(&v1, &ComposeToolDetector::detected);
        v1.detect();
        QTRY_COMPARE(spy1.size(), 1);
        QCOMPARE(v1.tool().kind, ComposeTool::Kind::Standalone);
        QCOMPARE(v1.tool().program, fakes.filePath(u"docker-compose"_s));
        // A docker whose compose plugin answers: v2 wins.
        script(u"docker"_s, "[ \"$1\" = compose ] && exit 0; exit 1");
        ComposeToolDetector v2({fakes.path()});
        QSignalSpy spy2(&v2, &ComposeToolDetector::detected);
        v2.detect();
        QTRY_COMPARE(spy2.size(), 1);
        QCOMPARE(v2.tool().kind, ComposeTool::Kind::Plugin);
        QCOMPARE(v2.tool().displayName(), u"docker compose"_s);
        // Asked again: answered from what was found, nothing run.
        v2.detect();
        QCOMPARE(spy2.size(), 2);
    }

    // A docker that never answers: the probe is killed; none found is looked for again.
    void composeProbeTimesOutAndNoneIsRetried()
    {
        QTemporaryDir fakes;
        const auto script = [&](const QString &name, const QByteArray &body) {
            QFile f(fakes.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\n" + body + "\n");
            f.close();
            f.setPermissions(f.permissions() | QFile::ExeOwner);
        };
        script(u"docker"_s, "exec sleep 60");
        ComposeToolDetector d({fakes.path()});
        d.setProbeTimeout(300);
        QSignalSpy spy(&d, &ComposeToolDetector::detected);
        QElapsedTimer timer;
        timer.start();
        d.detect();
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!d.tool().isValid());
        script(u"docker-compose"_s, "exit 0"); // installed since
        d.detect();
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
        QCOMPARE(d.tool().kind, ComposeTool::Kind::Standalone);
    }

    // Cancel asks first (SIGTERM: the tool can clean up), and kills (SIGKILL) a tool that
    // ignores it once the grace period is over.
    void cancelTerminatesThenKills()
    {
        QTemporaryDir fakes;
        const auto tool = [&](const QByteArray &body) {
            QFile f(fakes.filePath(u"docker-compose"_s));
            f.remove();
            if (!f.open(QIODevice::WriteOnly))
                return ComposeTool();
            f.write("#!/bin/sh\n" + body + "\n");
            f.close();
            f.setPermissions(f.permissions() | QFile::ExeOwner);
            return ComposeTool{ComposeTool::Kind::Standalone, f.fileName()};
        };
        ComposeCommandSpec spec;
        spec.project = u"p"_s;
        const auto run = [&](const ComposeTool &t, int graceMs, QString *output) {
            ComposeJob job(t, spec, QProcessEnvironment::systemEnvironment());
            job.setCancelGrace(graceMs);
            QSignalSpy finished(&job, &ComposeJob::finished);
            job.start();
            if (!QTest::qWaitFor([&] { return job.allOutput().contains(u"ready"_s); }, 5000))
                return -1;
            QElapsedTimer timer;
            timer.start();
            job.cancel();
            if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 10000))
                return -1;
            *output = job.allOutput();
            return finished.first().at(0).toBool() ? -1 : int(timer.elapsed());
        };
        QString output;
        // Stops on SIGTERM, cleaning up: at once, its last words read.
        const int polite = run(
            tool("trap 'echo cleaned-up; exit 3' TERM; echo ready; while :; do sleep 0.05; done"),
            5000, &output);
        QVERIFY(polite >= 0);
        QVERIFY(polite < 4000);
        QVERIFY2(output.contains(u"cleaned-up"_s), qPrintable(output));
        // Ignores SIGTERM: killed after the grace period.
        const int stubborn =
            run(tool("trap '' TERM; echo ready; while :; do sleep 0.05; done"), 400, &output);
        QVERIFY(stubborn >= 400);
        QVERIFY(stubborn < 4000);
    }

    // A UTF-8 character split across two reads of the tool's output comes out whole.
    void composeOutputDecodesSplitCharacters()
    {
        QTemporaryDir fakes;
        QFile f(fakes.filePath(u"docker-compose"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nprintf 'caf\\303'; sleep 0.3; printf '\\251!'\n");
        f.close();
        f.setPermissions(f.permissions() | QFile::ExeOwner);
        const ComposeTool tool{ComposeTool::Kind::Standalone, f.fileName()};
        ComposeCommandSpec spec;
        spec.project = u"p"_s;
        ComposeJob job(tool, spec, QProcessEnvironment::systemEnvironment());
        QString out;
        connect(&job, &ComposeJob::output, this, [&out](const QString &t) { out += t; });
        QSignalSpy done(&job, &ComposeJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        QCOMPARE(out, u"café!"_s);
    }
};

QTEST_GUILESS_MAIN(TestComposeProject)
#include "tst_compose_project.moc"
