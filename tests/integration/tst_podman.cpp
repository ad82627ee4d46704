// Gantry's engine features against the test bed's Podman (`podman system service`, its
// Docker-compatible API): each slot is one row of the README's "Podman compatibility" table. A
// feature Podman does is asserted to work; one it cannot do is asserted to end in Gantry's
// clear message. The table is printed at the end (and written to $GANTRY_PODMAN_TABLE).
#include "PruneSteps.h"
#include "TestBed.h"
#include "api/DockerClient.h"
#include "cleanup/DiskUsage.h"
#include "core/Format.h"
#include "registry/RegistrySpecs.h"
#include "registry/RegistryTransfer.h"
#include "specs/ImageTransferSpecs.h"
#include "specs/LogsSpec.h"
#include "specs/RunSpec.h"
#include "specs/TerminalSpec.h"
#include "specs/VolumeNetworkSpecs.h"
#include "streams/EventStream.h"
#include "streams/LogStream.h"
#include "streams/StatsStream.h"
#include "streams/TerminalSession.h"
#include "transfer/ArchiveTransfer.h"
#include "transfer/BuildContext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

#define AWAIT_OK(T, var, call)                                                                     \
    const auto var = testbed::await<T>([&](auto done) { call; });                                  \
    QVERIFY2(var.has_value(), "no answer in time");                                                \
    QVERIFY2(var->ok(), qPrintable(var->error().describe()))

namespace {

// For test messages (QVERIFY2 evaluates its message even when the check passes).
QString describe(const std::optional<EngineError> &e)
{
    return e ? e->describe() : QString();
}

struct Row {
    QString feature;
    bool works = false;
    QString note;
};

} // namespace

class TestPodman : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString podman = testbed::env("GANTRY_TEST_PODMAN_HOST");
        if (!testbed::available() || podman.isEmpty())
            QFAIL(testbed::missingMessage());
        // Every helper of the test bed (the docker CLI included) now speaks to Podman.
        qputenv("GANTRY_TEST_HOST", podman.toUtf8());
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        m_prefix = testbed::unique("gantry-pm-");
        m_port = testbed::freePort();
        m_running =
            run({u"--name"_s, m_prefix + u"-run"_s, u"-p"_s, u"127.0.0.1:%1:80"_s.arg(m_port),
                 u"--label"_s, u"com.docker.compose.project="_s + m_prefix, m_image, u"sh"_s,
                 u"-c"_s, u"echo hello-podman; exec sleep 600"_s},
                true);
        QVERIFY(!m_running.isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_containers))
            testbed::docker({u"rm"_s, u"-f"_s, c});
        for (const QString &i : std::as_const(m_images))
            testbed::docker({u"rmi"_s, u"-f"_s, i});
        QString table =
            u"| feature | works on Podman %1 | note |\n|---|---|---|\n"_s.arg(m_version);
        for (const Row &r : std::as_const(m_rows))
            table += u"| %1 | %2 | %3 |\n"_s.arg(r.feature, r.works ? u"yes"_s : u"no"_s, r.note);
        qInfo().noquote() << "\n" << table;
        const QString out = testbed::env("GANTRY_PODMAN_TABLE");
        if (!out.isEmpty()) {
            QFile f(out);
            if (f.open(QIODevice::WriteOnly))
                f.write(table.toUtf8());
        }
    }

    void connection()
    {
        AWAIT_OK(VersionInfo, v, m_client->version(this, done));
        m_version = v->value().version;
        QCOMPARE(v->value().product, u"Podman"_s); // the status bar says "Podman 4.3.1"
        QCOMPARE(m_client->apiVersion(), ApiVersion(1, 41));
        record(u"Connect (`/_ping`, `/version`)"_s, true,
               u"API 1.41 (Podman's Docker-compatible API)"_s);
    }

    void listings()
    {
        AWAIT_OK(QList<ContainerSummary>, containers, m_client->listContainers(true, this, done));
        const auto mine =
            std::find_if(containers->value().begin(), containers->value().end(),
                         [&](const ContainerSummary &c) { return c.id == m_running; });
        QVERIFY(mine != containers->value().end());
        QCOMPARE(mine->state, ContainerState::Running);
        QCOMPARE(mine->image, m_image); // Podman says docker.io/...: shown as Docker shows it
        // The Ports page and the compose grouping read these.
        QCOMPARE(mine->ports.size(), 1);
        QCOMPARE(mine->ports.first().publicPort, m_port);
        QCOMPARE(mine->labels.value(u"com.docker.compose.project"_s), m_prefix);
        AWAIT_OK(QList<ImageSummary>, images, m_client->listImages(false, this, done));
        QStringList tags;
        for (const ImageSummary &i : images->value())
            tags += i.repoTags;
        QVERIFY2(tags.contains(m_image), qPrintable(tags.join(u", "_s)));
        AWAIT_OK(QList<VolumeSummary>, volumes, m_client->listVolumes(this, done));
        AWAIT_OK(QList<NetworkSummary>, networks, m_client->listNetworks(this, done));
        QStringList names;
        for (const NetworkSummary &n : networks->value())
            names << n.name;
        QVERIFY2(names.contains(u"bridge"_s), qPrintable(names.join(u", "_s)));
        record(u"Lists of containers (compose groups, ports), images, volumes, networks"_s, true,
               u"no `host` or `none` network listed"_s);
    }

    void inspect()
    {
        AWAIT_OK(QJsonObject, c, m_client->inspectContainer(m_running, this, done));
        QCOMPARE(c->value().value("Id"_L1).toString(), m_running);
        AWAIT_OK(QJsonObject, i, m_client->inspectImage(m_image, this, done));
        AWAIT_OK(QList<HistoryEntry>, h, m_client->imageHistory(m_image, this, done));
        QVERIFY(!h->value().isEmpty());
        record(u"Inspect, image history"_s, true, QString());
    }

    void lifecycle()
    {
        const QJsonObject body{{u"Image"_s, m_image}, {u"Cmd"_s, QJsonArray{u"sleep"_s, u"300"_s}}};
        AWAIT_OK(CreatedContainer, created,
                 m_client->createContainer(m_prefix + u"-life"_s, body, this, done));
        const QString id = created->value().id;
        m_containers << id;
        AWAIT_OK(Done, started, m_client->startContainer(id, this, done));
        AWAIT_OK(Done, again, m_client->startContainer(id, this, done)); // 304: not an error
        AWAIT_OK(Done, paused, m_client->pauseContainer(id, this, done));
        AWAIT_OK(Done, unpaused, m_client->unpauseContainer(id, this, done));
        AWAIT_OK(Done, stopped, m_client->stopContainer(id, 1, this, done));
        AWAIT_OK(Done, restarted, m_client->restartContainer(id, 1, this, done));
        AWAIT_OK(Done, killed, m_client->killContainer(id, u"SIGKILL"_s, this, done));
        AWAIT_OK(Done, removed, m_client->removeContainer(id, true, true, this, done));
        const auto gone = testbed::await<QJsonObject>(
            [&](auto done) { m_client->inspectContainer(id, this, done); });
        QCOMPARE(gone->error().kind(), EngineError::Kind::NotFound);
        record(u"Create, start, pause, stop, restart, kill, remove"_s, true, QString());
    }

    // The Run dialog's spec, and "Edit and recreate" reading it back from the inspect.
    void runAndEditAndRecreate()
    {
        RunSpec spec;
        spec.image = m_image;
        spec.name = m_prefix + u"-spec"_s;
        spec.command = {u"sleep"_s, u"300"_s};
        spec.workingDir = u"/tmp"_s;
        spec.env = {u"A=1"_s, u"B=two words"_s};
        spec.labels = {{u"tier"_s, u"web"_s}};
        spec.ports = {PortMapping{u"127.0.0.1"_s, testbed::freePort(), 0, 80, 0}};
        spec.mounts = {{VolumeMount::Kind::Named, m_prefix + u"-specvol"_s, u"/data"_s, false}};
        spec.restartPolicy = u"on-failure:3"_s;
        spec.memoryBytes = 64 * 1024 * 1024;
        AWAIT_OK(CreatedContainer, created,
                 m_client->createContainer(spec.name, spec.createBody(), this, done));
        m_containers << created->value().id;
        AWAIT_OK(Done, started, m_client->startContainer(created->value().id, this, done));
        AWAIT_OK(QJsonObject, container, m_client->inspectContainer(spec.name, this, done));
        AWAIT_OK(QJsonObject, image, m_client->inspectImage(m_image, this, done));
        const RunSpec back = RunSpec::fromInspect(container->value(), image->value());
        QCOMPARE(back.name, spec.name);
        QCOMPARE(back.image, spec.image);
        QCOMPARE(back.command, spec.command);
        QCOMPARE(back.workingDir, spec.workingDir);
        QStringList env = back.env;
        env.sort(); // Podman keeps no order
        QCOMPARE(env, spec.env);
        QCOMPARE(back.labels, spec.labels);
        QCOMPARE(back.ports, spec.ports);
        QCOMPARE(back.mounts, spec.mounts);
        QCOMPARE(back.restartPolicy, spec.restartPolicy);
        QCOMPARE(back.memoryBytes, spec.memoryBytes);
        testbed::docker({u"rm"_s, u"-f"_s, spec.name});
        testbed::docker({u"volume"_s, u"rm"_s, m_prefix + u"-specvol"_s});
        record(u"Run dialog, Edit and recreate (read back from inspect)"_s, true,
               u"what Podman adds to `Env` (`HOSTNAME`, `container=podman`...) left out"_s);
    }

    void volumesAndNetworks()
    {
        const VolumeCreateSpec volume{m_prefix + u"-v"_s, u"local"_s, {{u"k"_s, u"v"_s}}};
        AWAIT_OK(Done, madeVolume, m_client->perform(volume.request(), this, done));
        NetworkCreateSpec network;
        network.name = m_prefix + u"-n"_s;
        AWAIT_OK(Done, madeNetwork, m_client->perform(network.request(), this, done));
        const NetworkConnectSpec connectSpec{network.name, m_running};
        AWAIT_OK(Done, connected, m_client->perform(connectSpec.request(), this, done));
        const NetworkDisconnectSpec disconnectSpec{network.name, m_running, false};
        AWAIT_OK(Done, disconnected, m_client->perform(disconnectSpec.request(), this, done));
        AWAIT_OK(Done, rmNetwork,
                 m_client->perform(NetworkRemoveSpec{network.name}.request(), this, done));
        AWAIT_OK(Done, rmVolume,
                 m_client->perform(VolumeRemoveSpec{volume.name, false}.request(), this, done));
        record(u"Volume and network create, connect, disconnect, remove"_s, true,
               u"no event when a network is created or removed: on Podman the Networks page "
               u"is listed again every 10 s"_s);
    }

    void logs()
    {
        LogsSpec spec;
        spec.id = m_running;
        spec.follow = false;
        LogStream stream(m_client, spec);
        QStringList lines;
        std::optional<EngineError> ended;
        connect(&stream, &LogStream::lines, this, [&](const QList<LogLine> &batch) {
            for (const LogLine &l : batch)
                lines << l.text;
        });
        connect(&stream, &LogStream::ended, this, [&](const EngineError &e) { ended = e; });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 10000);
        QVERIFY2(!ended->isError(), qPrintable(ended->describe()));
        QVERIFY2(lines.contains(u"hello-podman"_s), qPrintable(lines.join(u'|')));
        record(u"Logs"_s, true, QString());
    }

    void stats()
    {
        StatsStream stream(m_client, m_running);
        std::optional<StatsSample> sample;
        std::optional<EngineError> problem;
        connect(&stream, &StatsStream::sample, this, [&](const StatsSample &s) { sample = s; });
        connect(&stream, &StatsStream::malformed, this, [&](const EngineError &e) { problem = e; });
        connect(&stream, &StatsStream::ended, this, [&](const EngineError &e) { problem = e; });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(sample || problem, 10000);
        QVERIFY2(!problem, qPrintable(describe(problem)));
        QVERIFY(sample->isRunning());
        QVERIFY(sample->memoryUsage > 0);
        QVERIFY(sample->memoryLimit > 0);
        qInfo() << "stats sample: name" << sample->name << "cpu" << sample->cpuPercent << "mem"
                << sample->memoryUsage << "pids" << sample->pids;
        record(u"Stats"_s, true, QString());
    }

    void events()
    {
        EventStream stream(m_client);
        QList<EngineEvent> seen;
        bool subscribed = false;
        std::optional<EngineError> ended;
        connect(&stream, &EventStream::subscribed, this, [&] { subscribed = true; });
        connect(&stream, &EventStream::engineEvent, this, [&](const EngineEvent &e) { seen << e; });
        connect(&stream, &EventStream::ended, this, [&](const EngineError &e) { ended = e; });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscribed || ended, 10000);
        QVERIFY2(subscribed, qPrintable(describe(ended)));
        const QString id = run({u"--name"_s, m_prefix + u"-ev"_s, m_image, u"true"_s});
        QVERIFY(!id.isEmpty());
        auto has = [&](const QString &action) {
            return std::any_of(seen.begin(), seen.end(), [&](const EngineEvent &e) {
                return e.type == u"container"_s && e.actorId == id && e.action == action;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(has(u"create"_s) && has(u"start"_s) && has(u"die"_s), 10000);
        record(u"Events (live views)"_s, true,
               u"Podman says `remove` where dockerd says `destroy`: both understood"_s);
    }

    void terminal()
    {
        TerminalSession session(m_client);
        TerminalSpec spec;
        spec.containerId = spec.containerName = m_running;
        spec.command = {u"sh"_s};
        QByteArray out;
        std::optional<int> exitCode;
        std::optional<EngineError> failed;
        connect(&session, &TerminalSession::output, this, [&](const QByteArray &d) { out += d; });
        connect(&session, &TerminalSession::finished, this, [&](int c) { exitCode = c; });
        connect(&session, &TerminalSession::failed, this,
                [&](const EngineError &e) { failed = e; });
        session.start(spec);
        session.write("echo a-$((40+2)); exit 3\n");
        QTRY_VERIFY_WITH_TIMEOUT(exitCode || failed, 15000);
        QVERIFY2(!failed, qPrintable(describe(failed)));
        QVERIFY2(out.contains("a-42"), out.constData());
        QCOMPARE(*exitCode, 3);
        record(u"Terminal (`exec -it`, hijacked stream)"_s, true, QString());
    }

    void diskUsage()
    {
        const auto df = testbed::await<DiskUsage>(
            [&](auto done) { fetchDiskUsage(m_client, this, done); }, 60000);
        QVERIFY(df);
        QVERIFY2(df->ok(), qPrintable(df->error().describe()));
        QStringList names;
        for (const DiskUsageItem &i : df->value().items)
            names << i.name;
        qInfo() << "df items:" << names;
        QVERIFY(df->value().images.count >= 1);
        // Podman 4.3's df names images by tag alone ("latest"): they are shown by short ID.
        const QString seedId = testbed::inspect(m_image).value("Id"_L1).toString();
        QVERIFY(names.contains(shortId(seedId)));
        QVERIFY(names.contains(m_prefix + u"-run"_s));
        record(u"Disk usage (`/system/df`)"_s, true,
               u"images named by ID: Podman's df gives their tags without the repository"_s);
    }

    void pruneStoppedContainers()
    {
        const QString stopped = run({u"--name"_s, m_prefix + u"-stopped"_s, m_image, u"true"_s});
        QVERIFY(!stopped.isEmpty());
        const auto preview = testbed::planPrune(m_client, {PruneCategory::StoppedContainers});
        QVERIFY(preview);
        QVERIFY2(preview->ok(), qPrintable(preview->error().describe()));
        QVERIFY(testbed::findCandidate(preview->value(), stopped));
        QVERIFY(!testbed::findCandidate(preview->value(), m_running));
        const PruneOutcome outcome = testbed::runPreview(m_client, preview->value());
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY(!exists(u"container"_s, stopped));
        QVERIFY(exists(u"container"_s, m_running));
        record(u"Prune preview and prune: stopped containers"_s, true, QString());
    }

    void pruneVolumesAndNetworks()
    {
        const QString volume = m_prefix + u"-vol"_s, network = m_prefix + u"-net"_s;
        QVERIFY(testbed::docker({u"volume"_s, u"create"_s, volume}));
        QVERIFY(testbed::docker({u"network"_s, u"create"_s, network}));
        const auto preview = testbed::planPrune(
            m_client, {PruneCategory::UnusedVolumes, PruneCategory::UnusedNetworks});
        QVERIFY(preview);
        QVERIFY2(preview->ok(), qPrintable(preview->error().describe()));
        QVERIFY(testbed::findCandidate(preview->value(), volume));
        const PruneOutcome outcome = testbed::runPreview(m_client, preview->value());
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY(!testbed::docker({u"volume"_s, u"inspect"_s, volume}));
        QVERIFY(!testbed::docker({u"network"_s, u"inspect"_s, network}));
        record(u"Prune preview and prune: volumes, networks"_s, true, QString());
    }

    void pruneImages()
    {
        // A dangling image: a commit without a name (Gantry's; the docker CLI's `commit` fails
        // on Podman 4.3, see commit()).
        const QString maker = run({m_image, u"sh"_s, u"-c"_s, u"echo x > /x"_s});
        CommitSpec spec;
        spec.container = maker;
        const QStringList before = untaggedImages();
        AWAIT_OK(Done, committed, m_client->perform(spec.request(), this, done));
        QStringList made = untaggedImages();
        for (const QString &id : before)
            made.removeAll(id);
        QCOMPARE(made.size(), 1);
        const QString dangling = made.first();
        const auto preview = testbed::planPrune(m_client, {PruneCategory::DanglingImages});
        QVERIFY(preview);
        QVERIFY2(preview->ok(), qPrintable(preview->error().describe()));
        QVERIFY(testbed::findCandidate(preview->value(), dangling));
        const PruneOutcome outcome = testbed::runPreview(m_client, preview->value());
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY(!exists(u"image"_s, dangling));
        record(u"Prune preview and prune: dangling images"_s, true, QString());
    }

    // Podman keeps no build cache of its own (its builder's layers are images): the preview
    // finds none, and /build/prune does not exist there, which Gantry says plainly.
    void pruneBuildCache()
    {
        const auto preview = testbed::planPrune(m_client, {PruneCategory::BuildCache});
        QVERIFY(preview);
        QVERIFY2(preview->ok(), qPrintable(preview->error().describe()));
        QVERIFY(preview->value().candidates.isEmpty());
        Request prune;
        prune.method = "POST";
        prune.path = u"/build/prune"_s;
        const auto r =
            testbed::await<Done>([&](auto done) { m_client->perform(prune, this, done); });
        QVERIFY(r);
        QCOMPARE(r->error().kind(), EngineError::Kind::Unsupported);
        QVERIFY2(r->error().describe().startsWith(u"This engine does not offer this operation"_s),
                 qPrintable(r->error().describe()));
        record(u"Build cache prune"_s, false,
               u"no build cache on Podman (none listed); `/build/prune` missing: "
               u"\"This engine does not offer this operation\""_s);
    }

    void build()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"Dockerfile"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("FROM " + m_image.toUtf8() +
                "\nRUN echo built > /built\nCMD [\"cat\", \"/built\"]\n");
        f.close();
        BuildSpec spec;
        spec.contextDir = dir.path();
        spec.tags = {u"gantry-pm/built:"_s + m_prefix};
        m_images << spec.tags;
        const Result<BuildContext> ctx = BuildContext::scan(spec.contextDir, spec.dockerfile);
        QVERIFY(ctx);
        auto tar = std::make_shared<TarStream>(ctx->entries());
        tar->open(QIODevice::ReadOnly);
        ArchiveTransfer *t = ArchiveTransfer::fromDevice(
            m_client, spec.request(ctx->dockerfileName()), tar, ctx->tarSize(), this);
        QString output;
        std::optional<EngineError> result;
        connect(t, &ArchiveTransfer::outputReceived, this, [&](const QString &s) { output += s; });
        connect(t, &ArchiveTransfer::finished, this, [&](const EngineError &e) { result = e; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY2(!result->isError(), qPrintable(result->describe() + output));
        const auto out = testbed::docker({u"run"_s, u"--rm"_s, spec.tags.first()});
        QVERIFY(out);
        QCOMPARE(out->trimmed(), "built");
        record(u"Build"_s, true, QString());
    }

    void tagAndPush()
    {
        const QString registry = testbed::env("GANTRY_TEST_REGISTRY");
        const QString target = registry + u"/gantry/podman:"_s + m_prefix;
        AWAIT_OK(Done, tagged, m_client->tagImage(m_image, target, this, done));
        m_images << target;
        const RegistryCredentials login{registry,
                                        testbed::env("GANTRY_TEST_REGISTRY_USER"),
                                        testbed::env("GANTRY_TEST_REGISTRY_PASSWORD"),
                                        {}};
        RegistryTransfer push(m_client, PushSpec{target, login});
        std::optional<EngineError> result;
        connect(&push, &RegistryTransfer::finished, this,
                [&](const EngineError &e) { result = e; });
        push.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY2(!result->isError(), qPrintable(result->describe()));
        record(u"Tag, push to a registry"_s, true, QString());
    }

    void pull()
    {
        const QString registry = testbed::env("GANTRY_TEST_REGISTRY");
        const QString target = registry + u"/gantry/podman:"_s + m_prefix;
        QVERIFY(testbed::docker({u"rmi"_s, target}));
        const RegistryCredentials login{registry,
                                        testbed::env("GANTRY_TEST_REGISTRY_USER"),
                                        testbed::env("GANTRY_TEST_REGISTRY_PASSWORD"),
                                        {}};
        RegistryTransfer pull(m_client, PullSpec{target, login});
        std::optional<EngineError> result;
        connect(&pull, &RegistryTransfer::finished, this,
                [&](const EngineError &e) { result = e; });
        pull.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY2(!result->isError(), qPrintable(result->describe()));
        QVERIFY(exists(u"image"_s, target));
        record(u"Pull from a registry"_s, true, QString());
    }

    void commit()
    {
        const QString c = run({m_image, u"sh"_s, u"-c"_s, u"echo kept > /data.txt"_s});
        CommitSpec spec;
        spec.container = c;
        spec.name = c.left(12);
        spec.reference = u"gantry-pm/committed:"_s + m_prefix;
        spec.changes = {u"CMD [\"cat\", \"/data.txt\"]"_s};
        m_images << spec.reference;
        AWAIT_OK(Done, r, m_client->perform(spec.request(), this, done));
        const auto out = testbed::docker({u"run"_s, u"--rm"_s, spec.reference});
        QVERIFY(out);
        QCOMPARE(out->trimmed(), "kept");
        // The command line Gantry shows for it fails on Podman 4.3: the docker CLI sends no
        // body, which Podman refuses (Gantry's request carries "{}").
        CommitSpec cli = spec;
        cli.reference += u"-cli"_s;
        QVERIFY(!testbed::docker(cli.commandLine().mid(1)));
        record(u"Commit"_s, true,
               u"its `docker commit` line fails on Podman 4.3 (\"Decode(): EOF\")"_s);
    }

    void saveLoadExportImport()
    {
        QTemporaryDir dir;
        const SaveSpec save{{m_image}, dir.filePath(u"saved.tar"_s)};
        QVERIFY2(
            !transfer(ArchiveTransfer::toFile(m_client, save.request(), save.file, this)).isError(),
            "save");
        QVERIFY(QFileInfo(save.file).size() > 100000);
        const LoadSpec load{save.file};
        ArchiveTransfer *loading =
            ArchiveTransfer::fromFile(m_client, load.request(), load.file, this);
        QStringList loaded;
        connect(loading, &ArchiveTransfer::finished, this,
                [&] { loaded = loading->output().loadedImages(); });
        QVERIFY2(!transfer(loading).isError(), "load");
        QCOMPARE(loaded, QStringList{m_image});

        const ExportSpec exp{m_running, m_running.left(12), dir.filePath(u"fs.tar"_s)};
        QVERIFY2(
            !transfer(ArchiveTransfer::toFile(m_client, exp.request(), exp.file, this)).isError(),
            "export");
        ImportSpec imp;
        imp.file = exp.file;
        imp.reference = u"gantry-pm/imported:"_s + m_prefix;
        imp.changes = {u"CMD [\"/bin/sh\"]"_s};
        m_images << imp.reference;
        QVERIFY2(
            !transfer(ArchiveTransfer::fromFile(m_client, imp.request(), imp.file, this)).isError(),
            "import");
        QVERIFY(exists(u"image"_s, imp.reference));
        record(u"Save, load, export, import"_s, true, QString());
    }

    void attach()
    {
        const QString name = m_prefix + u"-tty"_s;
        QVERIFY(!run({u"-it"_s, u"--name"_s, name, m_image, u"sh"_s}, true).isEmpty());
        TerminalSession session(m_client);
        TerminalSpec spec;
        spec.mode = TerminalSpec::Mode::Attach;
        spec.containerId = spec.containerName = name;
        QByteArray out;
        bool started = false;
        std::optional<EngineError> failed;
        connect(&session, &TerminalSession::started, this, [&] { started = true; });
        connect(&session, &TerminalSession::output, this, [&](const QByteArray &d) { out += d; });
        connect(&session, &TerminalSession::failed, this,
                [&](const EngineError &e) { failed = e; });
        session.start(spec);
        QTRY_VERIFY_WITH_TIMEOUT(started || failed, 10000);
        QVERIFY2(!failed, qPrintable(describe(failed)));
        session.write("echo b-$((40+2))\n");
        QTRY_VERIFY2_WITH_TIMEOUT(out.contains("b-42"), out.constData(), 10000);
        session.close();
        record(u"Terminal (`attach`)"_s, true, QString());
    }

private:
    EngineError transfer(ArchiveTransfer *t)
    {
        std::optional<EngineError> result;
        connect(t, &ArchiveTransfer::finished, this, [&](const EngineError &e) { result = e; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return EngineError(EngineError::Kind::Timeout, u"test timed out"_s);
        if (result->isError())
            qWarning() << result->describe();
        return *result;
    }

    // `docker container|image inspect` by the CLI (plain `docker inspect` of a 64-digit ID
    // fails on Podman 4.3: "cannot specify 64-byte hexadecimal strings").
    static bool exists(const QString &kind, const QString &ref)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_HOST"));
        p.setProcessEnvironment(e);
        p.start(u"docker"_s, {kind, u"inspect"_s, ref});
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    QStringList untaggedImages()
    {
        QStringList out;
        const auto images = testbed::await<QList<ImageSummary>>(
            [&](auto done) { m_client->listImages(false, this, done); });
        if (images && images->ok()) {
            for (const ImageSummary &i : images->value()) {
                if (i.repoTags.isEmpty())
                    out << i.id;
            }
        }
        return out;
    }

    void record(const QString &feature, bool works, const QString &note)
    {
        m_rows.append({feature, works, note});
    }

    // docker run -d by the real CLI on Podman, waiting for the end unless `keepRunning`; the
    // container's ID (empty on failure).
    QString run(const QStringList &args, bool keepRunning = false)
    {
        const auto out = testbed::docker(QStringList{u"run"_s, u"-d"_s} + args);
        const QString id = out ? QString::fromUtf8(*out).trimmed() : QString();
        if (!id.isEmpty()) {
            m_containers << id;
            if (!keepRunning)
                testbed::docker({u"wait"_s, id});
        }
        return id;
    }

    DockerClient *m_client = nullptr;
    QString m_image;
    QString m_prefix;
    QString m_version;
    QString m_running;
    int m_port = 0;
    QStringList m_containers;
    QStringList m_images;
    QList<Row> m_rows;
};

QTEST_GUILESS_MAIN(TestPodman)
#include "tst_podman.moc"
