// The compose tool's answers read back: `config` output (recorded from docker-compose 1.29.2;
// the v2 sample is written after the shape `docker compose config` prints: long syntax,
// names filled in), its error messages with file and line (recorded from 1.29.2; the v2
// lines after go-yaml's and compose-go's wording), `config --hash=*` against the containers'
// config-hash labels, project names, compose files in a folder, and the .env masking.
#include "Fixtures.h"
#include "compose/ApplyPlan.h"
#include "compose/ComposeCommand.h"
#include "compose/ComposeConfig.h"
#include "compose/ComposeError.h"
#include "compose/EnvFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

ContainerSummary container(const QString &service, const QString &hash,
                           ContainerState state = ContainerState::Running)
{
    ContainerSummary c;
    c.id = service + u"-id"_s;
    c.names = {u"p_"_s + service + u"_1"_s};
    c.state = state;
    c.labels.insert(u"com.docker.compose.service"_s, service);
    c.labels.insert(u"com.docker.compose.config-hash"_s, hash);
    return c;
}

} // namespace

class TestComposeConfig : public QObject {
    Q_OBJECT
private slots:
    void configV1()
    {
        QString error;
        const auto config = ComposeConfig::parse(fixture("compose_config_v1.29.yml"), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->serviceNames(), (QStringList{u"web"_s, u"worker"_s}));
        const ComposeConfig::Service &web = config->services[0];
        QCOMPARE(web.image, u"gantry-seed/busybox:latest"_s);
        QCOMPARE(web.ports, QStringList{u"127.0.0.1:18080->80/tcp"_s});
        QCOMPARE(web.volumes, QStringList{u"data -> /www"_s});
        QCOMPARE(web.networks, QStringList{u"front"_s});
        QCOMPARE(config->downNetworks(u"myproj"_s), QStringList{u"myproj_front"_s});
        QCOMPARE(config->downVolumes(u"myproj"_s), QStringList{u"myproj_data"_s});
    }

    void configV2()
    {
        const auto config = ComposeConfig::parse(fixture("compose_config_v2.yml"));
        QVERIFY(config);
        const ComposeConfig::Service &web = config->services[0];
        QCOMPARE(web.ports, QStringList{u"127.0.0.1:18080->80/tcp"_s});
        QCOMPARE(web.volumes, (QStringList{u"data -> /www"_s, u"/srv/conf -> /conf (bind)"_s}));
        // The default network (worker is on it), the front one; the external one stays.
        QCOMPARE(config->downNetworks(u"myproj"_s),
                 (QStringList{u"myproj_default"_s, u"myproj_front"_s}));
        QCOMPARE(config->downVolumes(u"myproj"_s), QStringList{u"myproj_data"_s});
    }

    void configDefaultNetworkAndGarbage()
    {
        const auto config = ComposeConfig::parse("services:\n  a:\n    image: x\n");
        QVERIFY(config);
        QCOMPARE(config->downNetworks(u"p"_s), QStringList{u"p_default"_s});
        QString error;
        QVERIFY(!ComposeConfig::parse("- a\n- b\n", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ComposeConfig::parse("a: [\n", &error));
        QVERIFY(!ComposeConfig::parse("version: '2'\n", &error));
    }

    void errorsWithLine_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("contains");
        QTest::newRow("v1 parser")
            << u"compose_error1_v1.29.txt"_s << u"bad1.yml"_s << 5 << u"expected <block end>"_s;
        QTest::newRow("v1 tab") << u"compose_error6_v1.29.txt"_s << u"bad6.yml"_s << 5
                                << u"'\\t'"_s;
        // Schema errors name no line: it is found in the file.
        QTest::newRow("v1 unknown option")
            << u"compose_error3_v1.29.txt"_s << u"bad3.yml"_s << 5 << u"'foo'"_s;
        QTest::newRow("v1 wrong type")
            << u"compose_error4_v1.29.txt"_s << u"bad4.yml"_s << 5 << u"invalid type"_s;
    }

    void errorsWithLine()
    {
        QFETCH(QString, output);
        QFETCH(QString, bad);
        QFETCH(int, line);
        QFETCH(QString, contains);
        QTemporaryDir dir;
        const QString file = dir.filePath(bad);
        QVERIFY(writeFile(file, fixture(qPrintable(u"compose_"_s + bad))));
        const ComposeError e = ComposeError::fromOutput(
            QString::fromUtf8(fixture(qPrintable(output))), {file}, dir.path());
        QCOMPARE(e.file, file);
        QCOMPARE(e.line, line);
        QVERIFY2(e.message.contains(contains), qPrintable(e.message));
        QVERIFY(e.describe().startsWith(bad + u", line "_s + QString::number(line)));
    }

    void errorsV2()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"compose.yaml"_s);
        QVERIFY(writeFile(file, "services:\n  web:\n    image: x\n    foo: 1\n"));
        ComposeError e = ComposeError::fromOutput(
            u"parsing "_s + file + u": yaml: line 4: did not find expected key\n"_s, {file},
            dir.path());
        QCOMPARE(e.file, file);
        QCOMPARE(e.line, 4);
        e = ComposeError::fromOutput(u"yaml: line 7: mapping values are not allowed\n"_s, {file},
                                     dir.path());
        QCOMPARE(e.line, 7);
        QCOMPARE(e.file, file);
        e = ComposeError::fromOutput(u"validating "_s + file +
                                         u": services.web additional properties 'foo' not "
                                         u"allowed\n"_s,
                                     {file}, dir.path());
        QCOMPARE(e.file, file);
        QCOMPARE(e.line, 4);
        // Warnings are not the error; a message without a place keeps line 0.
        e = ComposeError::fromOutput(
            u"WARNING: The X variable is not set.\nservice \"web\" refers to undefined volume\n"_s,
            {file}, dir.path());
        QCOMPARE(e.line, 0);
        QCOMPARE(e.message, u"service \"web\" refers to undefined volume"_s);
        // A temporary copy's name is read as the file's own.
        e.file = dir.filePath(u".compose.yaml.gantry-check.yml"_s);
        e.line = 2;
        e.message = u"in \"./.compose.yaml.gantry-check.yml\", line 2"_s;
        e.renameFile(dir.filePath(u".compose.yaml.gantry-check.yml"_s), file);
        QCOMPARE(e.file, file);
        QVERIFY(e.message.contains(u"compose.yaml\""_s));
        QVERIFY(!e.message.contains(u"gantry-check"_s));
    }

    void lineOfPath()
    {
        const QByteArray yaml = "services:\n  web:\n    image: x\n    ports:\n      - 1\n";
        QCOMPARE(ComposeError::lineOfPath(yaml, {u"services"_s, u"web"_s, u"ports"_s}), 4);
        QCOMPARE(ComposeError::lineOfPath(yaml, {u"services"_s, u"web"_s, u"nope"_s}), 2);
        QCOMPARE(ComposeError::lineOfPath(yaml, {u"nope"_s}), 0);
        QCOMPARE(ComposeError::lineOfPath("a: [", {u"a"_s}), 0);
    }

    void hashes()
    {
        const QHash<QString, QString> h =
            ApplyPlan::parseHashes(QString::fromUtf8(fixture("compose_hash_v1.29.txt")));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.value(u"web"_s),
                 u"59e495c0e3c02f1d896be9e2c31ef03e64ec377607e6b782ec9c6f9654b31839"_s);
        // worker changed, web did not, cache is new, old is gone from the files.
        const QList<ContainerSummary> containers{container(u"web"_s, h.value(u"web"_s)),
                                                 container(u"worker"_s, u"0000"_s),
                                                 container(u"old"_s, u"1111"_s)};
        QHash<QString, QString> now = h;
        now.insert(u"cache"_s, u"2222"_s);
        const ApplyPlan plan = ApplyPlan::compare(now, containers);
        QCOMPARE(plan.recreated, QStringList{u"worker"_s});
        QCOMPARE(plan.created, QStringList{u"cache"_s});
        QCOMPARE(plan.unchanged, QStringList{u"web"_s});
        QCOMPARE(plan.orphans, QStringList{u"old"_s});
        QVERIFY(!plan.changesNothing());
        QVERIFY(plan.describe().contains(u"worker"_s));
        // The hash is not all up -d compares: "unchanged" promises no more than that.
        QVERIFY2(plan.describe().contains(
                     u"Configuration unchanged (an updated image or a changed network or volume "
                     "recreates it too): web"_s),
                 qPrintable(plan.describe()));
        QVERIFY(!plan.describe().contains(u"Kept"_s));
        // Same hashes, one stopped: started, nothing recreated.
        const ApplyPlan same =
            ApplyPlan::compare(h, {container(u"web"_s, h.value(u"web"_s), ContainerState::Exited),
                                   container(u"worker"_s, h.value(u"worker"_s))});
        QVERIFY(same.changesNothing());
        QCOMPARE(same.started, QStringList{u"web"_s});
    }

    void projectNames()
    {
        QCOMPARE(ComposeProjectName::fromFolder(u"My Project.v2"_s), u"myprojectv2"_s);
        QCOMPARE(ComposeProjectName::fromFolder(u"_web-app"_s), u"web-app"_s);
        QVERIFY(ComposeProjectName::problem(u"web-app_2"_s).isEmpty());
        QVERIFY(!ComposeProjectName::problem(u"Web"_s).isEmpty());
        QVERIFY(!ComposeProjectName::problem(u"-web"_s).isEmpty());
        QVERIFY(!ComposeProjectName::problem(u"a b"_s).isEmpty());
        QVERIFY(!ComposeProjectName::problem(QString()).isEmpty());
    }

    void filesInFolder()
    {
        QTemporaryDir dir;
        QVERIFY(composeFilesInFolder(dir.path()).isEmpty());
        QVERIFY(writeFile(dir.filePath(u"docker-compose.yml"_s), "services: {}\n"));
        QVERIFY(writeFile(dir.filePath(u"docker-compose.override.yml"_s), "services: {}\n"));
        QCOMPARE(composeFilesInFolder(dir.path()),
                 (QStringList{dir.filePath(u"docker-compose.yml"_s),
                              dir.filePath(u"docker-compose.override.yml"_s)}));
        QVERIFY(writeFile(dir.filePath(u"compose.yaml"_s), "services: {}\n"));
        QCOMPARE(composeFilesInFolder(dir.path()), QStringList{dir.filePath(u"compose.yaml"_s)});
        QVERIFY(isComposePath(dir.path()));
        QVERIFY(isComposePath(dir.filePath(u"compose.yaml"_s)));
        QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "x"));
        QVERIFY(!isComposePath(dir.filePath(u"notes.txt"_s)));
        QVERIFY(!isComposePath(dir.filePath(u"missing.yml"_s)));
    }

    void configArguments()
    {
        ComposeTool v1{ComposeTool::Kind::Standalone, u"/usr/bin/docker-compose"_s};
        ComposeTool v2{ComposeTool::Kind::Plugin, u"/usr/bin/docker"_s};
        ComposeCommandSpec spec;
        spec.verb = ComposeCommandSpec::Verb::ConfigHash;
        spec.project = u"p"_s;
        spec.files = {u"/d/a.yml"_s};
        spec.workingDir = u"/d"_s;
        spec.envFile = u"/d/.env.check"_s;
        const QStringList tail{u"-p"_s,
                               u"p"_s,
                               u"-f"_s,
                               u"/d/a.yml"_s,
                               u"--project-directory"_s,
                               u"/d"_s,
                               u"--env-file"_s,
                               u"/d/.env.check"_s,
                               u"config"_s,
                               u"--hash=*"_s};
        QCOMPARE(spec.arguments(v1), tail);
        QCOMPARE(spec.arguments(v2), QStringList{u"compose"_s} + tail);
    }

    void envMasking()
    {
        const QString env = u"# comment with PASSWORD=x\nDB_PASSWORD=hunter2\nAPI_KEY = abc\n"
                            u"export GITHUB_TOKEN=t\nIMAGE=busybox\nEMPTY_SECRET=\n"_s;
        const QString masked = EnvFile::masked(env);
        QCOMPARE(masked, u"# comment with PASSWORD=x\nDB_PASSWORD=********\nAPI_KEY =********\n"
                         u"export GITHUB_TOKEN=********\nIMAGE=busybox\nEMPTY_SECRET=\n"_s);
        QVERIFY(EnvFile::looksSecret(u"client_secret"_s));
        QVERIFY(!EnvFile::looksSecret(u"IMAGE"_s));
    }
};

QTEST_GUILESS_MAIN(TestComposeConfig)
#include "tst_compose_config.moc"
