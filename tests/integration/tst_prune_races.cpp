#include "PruneSteps.h"
#include "TestBed.h"
#include "api/DockerClient.h"
#include "cleanup/PruneActions.h"
#include "cleanup/PrunePlan.h"
#include "cleanup/PrunePlanner.h"
#include "cleanup/PruneRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

// "Prune removes only what was previewed", when something changes between the preview and
// the removal, on the test bed: the build cache's age is taken when its step runs; a swarm
// manager's unused swarm networks are not taken; a tag moved onto another image and a
// volume made again under the same name are left alone.
class TestPruneRaces : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        // Pinged, with the API version negotiated.
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_image = testbed::env("GANTRY_TEST_IMAGE");
        m_prefix = testbed::unique("gantry-race-");
        // A running keeper holds the seed image: image prune -a never takes it.
        const auto keeper =
            docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, m_image, u"sleep"_s, u"3600"_s});
        QVERIFY(keeper);
        m_containers << QString::fromUtf8(*keeper).trimmed();
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_containers))
            quietly({u"rm"_s, u"-f"_s, c});
        for (const QString &v : std::as_const(m_volumes))
            quietly({u"volume"_s, u"rm"_s, u"-f"_s, v});
        for (const QString &n : std::as_const(m_networks))
            quietly({u"network"_s, u"rm"_s, n});
        for (const QString &i : std::as_const(m_images))
            quietly({u"rmi"_s, u"-f"_s, i});
        QVERIFY(quietly({u"image"_s, u"inspect"_s, m_image})); // the seed stays
        // The build cache records made here (the test bed's docker CLI cannot: no buildx).
        for (const QString &r : std::as_const(m_records)) {
            const QString filters = u"{\"id\":[\""_s + r + u"\"]}"_s;
            curl({u"-X"_s, u"POST"_s, u"-G"_s, u"--data-urlencode"_s, u"filters="_s + filters,
                  u"http://localhost/v1.41/build/prune?all=1"_s});
        }
    }

    // The build cache step comes after slow steps: records used while they ran stay.
    void buildCacheAgeIsTakenWhenItsStepRuns()
    {
        // Records of a first build, whose image is gone: nothing but the cache holds them.
        const QString first = buildKit(u"first"_s);
        QVERIFY(!first.isEmpty());
        QVERIFY(docker({u"rmi"_s, first}));
        const QSet<QString> firstRecords = cacheRecords();
        QVERIFY(!firstRecords.isEmpty());
        QTest::qWait(1500);
        create(); // a stopped container: its prune is a step before the build cache's

        auto p = testbed::planPrune(m_client,
                                    {PruneCategory::StoppedContainers, PruneCategory::BuildCache});
        QVERIFY(p && p->ok());
        const PrunePreview preview = p->value();
        QSet<QString> previewed;
        for (const PruneCandidate &c : preview.candidates) {
            if (c.category == PruneCategory::BuildCache)
                previewed.insert(c.id);
        }
        QCOMPARE(previewed & firstRecords, firstRecords);

        // While the containers' step runs (4 s), a second build makes records of its own.
        PruneRunner runner(m_client, preview);
        QSet<QString> madeDuring;
        QStringList logged;
        connect(&runner, &PruneRunner::stepStarted, this, [&](int step, int, const QString &) {
            if (step != 1)
                return;
            QThread::sleep(2);
            const QString second = buildKit(u"second"_s);
            m_images << second;
            madeDuring = cacheRecords() - previewed;
            m_records << madeDuring.values();
            QThread::sleep(2);
        });
        connect(&runner, &PruneRunner::commandStarted, this,
                [&](const QString &line) { logged << line; });
        std::optional<PruneOutcome> outcome;
        connect(&runner, &PruneRunner::finished, this, [&](const PruneOutcome &o) { outcome = o; });
        runner.start();
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 120000));
        QVERIFY2(outcome->failed.isEmpty(), qPrintable(testbed::describeFailures(*outcome)));
        QVERIFY(!madeDuring.isEmpty());

        const QSet<QString> after = cacheRecords();
        QVERIFY2((after & previewed).isEmpty(), "a previewed record stayed");
        QCOMPARE(after & madeDuring, madeDuring); // used after the preview: kept
        // The line logged is the one sent: the age at that moment, not at the run's start.
        const QRegularExpression age(u"^docker builder prune -a -f --filter until=(\\d+)s$"_s);
        int seconds = -1;
        for (const QString &line : std::as_const(logged)) {
            const auto m = age.match(line);
            if (m.hasMatch())
                seconds = m.captured(1).toInt();
        }
        QVERIFY2(seconds >= 4, qPrintable(logged.join(u'\n')));
    }

    // On a swarm manager the engine's network prune also takes unused swarm networks, which
    // the preview does not list: the networks go one by one, and the swarm's stay.
    void swarmNetworksAreNotTaken()
    {
        const bool hadGatewayBridge = quietly({u"network"_s, u"inspect"_s, u"docker_gwbridge"_s});
        QVERIFY(docker({u"swarm"_s, u"init"_s, u"--advertise-addr"_s, u"127.0.0.1"_s}));
        // Leave the swarm whatever happens: the other tests expect a plain engine.
        const auto leave = qScopeGuard([&] {
            quietly({u"swarm"_s, u"leave"_s, u"--force"_s});
            if (!hadGatewayBridge)
                quietly({u"network"_s, u"rm"_s, u"docker_gwbridge"_s});
        });
        // The node's gateway bridge comes a moment after the swarm: before the preview.
        QTRY_VERIFY_WITH_TIMEOUT(quietly({u"network"_s, u"inspect"_s, u"docker_gwbridge"_s}),
                                 30000);
        const QString overlay = m_prefix + u"-overlay"_s;
        QVERIFY(docker({u"network"_s, u"create"_s, u"-d"_s, u"overlay"_s, overlay}));
        QString local = network(u"local"_s);

        auto p = testbed::planPrune(m_client, {PruneCategory::UnusedNetworks});
        QVERIFY(p && p->ok());
        PrunePreview preview = p->value();
        QVERIFY(preview.swarmManager);
        QSet<QString> names;
        for (const PruneCandidate &c : preview.candidates)
            names.insert(c.name);
        QVERIFY(!local.isEmpty());
        QVERIFY2(names.contains(local), qPrintable(QStringList(names.values()).join(u' ')));
        QVERIFY(!names.contains(overlay) && !names.contains(u"ingress"_s));
        QVERIFY(!names.contains(u"docker_gwbridge"_s)); // the engine's prune leaves it
        const QStringList lines = pruneCommandLines(preview, m_client->apiVersion());

        PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY(!quietly({u"network"_s, u"inspect"_s, local}));
        QVERIFY(quietly({u"network"_s, u"inspect"_s, overlay}));
        QVERIFY(quietly({u"network"_s, u"inspect"_s, u"ingress"_s}));
        QVERIFY(quietly({u"network"_s, u"inspect"_s, u"docker_gwbridge"_s}));
        // The plan said so: one removal per network, no prune call to fall back from.
        QVERIFY2(outcome.notes.isEmpty(), qPrintable(outcome.notes.join(u' ')));
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u"docker network rm "_s), qPrintable(line));

        // A preview made before the engine joined the swarm plans a prune call: the runner's
        // check lists a swarm network and removes the previewed ones one by one instead.
        local = network(u"local2"_s);
        QVERIFY(!local.isEmpty());
        p = testbed::planPrune(m_client, {PruneCategory::UnusedNetworks});
        QVERIFY(p && p->ok());
        preview = p->value();
        preview.swarmManager = false;
        QVERIFY(pruneCommandLines(preview, m_client->apiVersion())
                    .first()
                    .startsWith(u"docker network prune "_s));
        QString localId;
        for (const PruneCandidate &c : preview.candidates) {
            if (c.name == local)
                localId = c.id;
        }
        QCOMPARE(preview.candidates.size(), 1);
        // The command log gets the lines sent: the removal, not the prune call it replaced.
        PruneRunner runner(m_client, preview);
        QStringList logged;
        connect(&runner, &PruneRunner::commandStarted, this,
                [&](const QString &line) { logged << line; });
        std::optional<PruneOutcome> ended;
        connect(&runner, &PruneRunner::finished, this, [&](const PruneOutcome &o) { ended = o; });
        runner.start();
        QVERIFY(QTest::qWaitFor([&] { return ended.has_value(); }, 120000));
        outcome = *ended;
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY(!quietly({u"network"_s, u"inspect"_s, local}));
        QVERIFY(quietly({u"network"_s, u"inspect"_s, overlay}));
        QCOMPARE(outcome.notes.size(), 1);
        QCOMPARE(logged, QStringList{u"docker network rm "_s + localId});
        quietly({u"network"_s, u"rm"_s, overlay});
    }

    // A partial prune removes a tagged image tag by tag: a tag moved onto another image
    // since the preview is left alone, and so is that image.
    void tagMovedSinceThePreviewStays()
    {
        const QString tag = m_prefix + u"/moved:1"_s;
        const QString old = build(tag, u"old"_s);
        const QString kept = build(m_prefix + u"/unticked:1"_s, u"unticked"_s);
        QVERIFY(!old.isEmpty() && !kept.isEmpty());
        auto p = testbed::planPrune(m_client, {PruneCategory::UnusedImages});
        QVERIFY(p && p->ok());
        PrunePreview preview = p->value();
        QVERIFY(testbed::findCandidate(preview, old) && testbed::findCandidate(preview, kept));
        for (PruneCandidate &c : preview.candidates)
            c.selected = c.id == old; // only it: a list of removals
        QVERIFY(pruneCommandLines(preview, m_client->apiVersion())
                    .contains(u"docker image rm "_s + tag));

        // The tag moves onto a new image.
        const QString moved = build(tag, u"new"_s);
        QVERIFY(!moved.isEmpty() && moved != old);
        const PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QCOMPARE(imageId(tag), moved); // still tagged, still there
        QVERIFY(quietly({u"image"_s, u"inspect"_s, kept}));
        QCOMPARE(outcome.failed.size(), 1);
        QCOMPARE(outcome.failed.first().first, tag);
        QVERIFY2(outcome.failed.first().second.contains(u"another image"_s),
                 qPrintable(outcome.failed.first().second));
        m_images << old;
    }

    // The same through a prune call the runner replaces by removals (an image became unused
    // since the preview, so -a would take more than was shown).
    void tagMovedSinceThePreviewStaysInAFallback()
    {
        const QString tag = m_prefix + u"/fallback:1"_s;
        const QString old = build(tag, u"fallback-old"_s);
        const QString held = build(m_prefix + u"/held:1"_s, u"held"_s);
        QVERIFY(!old.isEmpty() && !held.isEmpty());
        const auto user = docker({u"create"_s, u"--network"_s, u"none"_s, held, u"true"_s});
        QVERIFY(user);
        const QString container = QString::fromUtf8(*user).trimmed();
        m_containers << container;
        auto p = testbed::planPrune(m_client, {PruneCategory::UnusedImages});
        QVERIFY(p && p->ok());
        const PrunePreview preview = p->value();
        QVERIFY(testbed::findCandidate(preview, old) && !testbed::findCandidate(preview, held));
        QVERIFY(pruneCommandLines(preview, m_client->apiVersion())
                    .first()
                    .startsWith(u"docker image prune -a "_s));

        QVERIFY(docker({u"rm"_s, container})); // `held` is unused now: not previewed
        const QString moved = build(tag, u"fallback-new"_s);
        QVERIFY(!moved.isEmpty() && moved != old);
        const PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QCOMPARE(outcome.notes.size(), 1); // removed one by one
        QCOMPARE(imageId(tag), moved);
        QVERIFY(quietly({u"image"_s, u"inspect"_s, held}));
        bool tagLeft = false;
        for (const auto &f : outcome.failed)
            tagLeft = tagLeft || (f.first == tag && f.second.contains(u"another image"_s));
        QVERIFY2(tagLeft, qPrintable(testbed::describeFailures(outcome)));
        m_images << old;
    }

    // Volumes go by name: one made again under that name since the preview stays.
    void volumeMadeAgainSinceThePreviewStays()
    {
        const QString again = volume(u"again"_s), gone = volume(u"gone"_s);
        auto p = testbed::planPrune(m_client, {PruneCategory::UnusedVolumes});
        QVERIFY(p && p->ok());
        PrunePreview preview = p->value();
        QVERIFY(testbed::findCandidate(preview, again) && testbed::findCandidate(preview, gone));
        for (PruneCandidate &c : preview.candidates)
            c.selected = c.id == again || c.id == gone; // the test bed's others stay

        // CreatedAt has whole seconds: made again in a later second.
        QTest::qWait(1100);
        QVERIFY(docker({u"volume"_s, u"rm"_s, again}));
        QVERIFY(docker({u"volume"_s, u"create"_s, u"--label"_s, u"gantry.race=second"_s, again}));
        const PruneOutcome outcome = testbed::runPreview(m_client, preview);
        const QJsonObject now = testbed::inspect(again);
        QCOMPARE(now.value("Labels"_L1).toObject().value("gantry.race"_L1).toString(),
                 u"second"_s); // the new one is still there
        QVERIFY(!quietly({u"volume"_s, u"inspect"_s, gone}));
        QCOMPARE(outcome.failed.size(), 1);
        QCOMPARE(outcome.failed.first().first, again);
        QVERIFY2(outcome.failed.first().second.contains(u"made again"_s),
                 qPrintable(outcome.failed.first().second));
        QCOMPARE(outcome.removed, QStringList{gone});
    }

private:
    static std::optional<QByteArray> docker(const QStringList &args)
    {
        return testbed::docker(args, 120000);
    }

    // The docker CLI's exit status, without a warning on failure (absence is expected).
    static bool quietly(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_HOST"));
        p.setProcessEnvironment(e);
        p.start(u"docker"_s, args);
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    // A request to the engine by curl, blocking (usable inside a slot of the runner).
    static QByteArray curl(const QStringList &args)
    {
        QString socket = testbed::env("GANTRY_TEST_HOST");
        socket.remove(0, int(qstrlen("unix://")));
        QProcess p;
        p.start(u"curl"_s, QStringList{u"-sf"_s, u"--unix-socket"_s, socket} + args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return {};
        return p.readAllStandardOutput();
    }

    // A BuildKit build (POST /build?version=2, the context as the body: no session needed)
    // of FROM scratch + COPY: build cache records without any image to pull. The image ID.
    QString buildKit(const QString &content)
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"f.txt"_s)), dockerfile(dir.filePath(u"Dockerfile"_s));
        if (!file.open(QIODevice::WriteOnly) || !dockerfile.open(QIODevice::WriteOnly))
            return {};
        file.write((m_prefix + u' ' + content).toUtf8());
        file.close();
        dockerfile.write("FROM scratch\nCOPY f.txt /\n");
        dockerfile.close();
        QProcess tar;
        tar.start(u"tar"_s, {u"cf"_s, dir.filePath(u"ctx.tar"_s), u"-C"_s, dir.path(), u"f.txt"_s,
                             u"Dockerfile"_s});
        if (!tar.waitForFinished(60000) || tar.exitCode() != 0)
            return {};
        const QByteArray out = curl(
            {u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/x-tar"_s, u"--data-binary"_s,
             u'@' + dir.filePath(u"ctx.tar"_s), u"http://localhost/v1.41/build?version=2"_s});
        QString id;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value("id"_L1).toString() == u"moby.image.id"_s)
                id = o.value("aux"_L1).toObject().value("ID"_L1).toString();
        }
        return id;
    }

    // The build cache records not in use (GET /system/df).
    static QSet<QString> cacheRecords()
    {
        const QJsonObject df =
            QJsonDocument::fromJson(curl({u"http://localhost/v1.41/system/df"_s})).object();
        QSet<QString> out;
        for (const QJsonValue &v : df.value("BuildCache"_L1).toArray()) {
            if (!v.toObject().value("InUse"_L1).toBool())
                out.insert(v.toObject().value("ID"_L1).toString());
        }
        return out;
    }

    QString imageId(const QString &ref)
    {
        const auto out = docker({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, ref});
        return out ? QString::fromUtf8(*out).trimmed() : QString();
    }

    // docker build (classic builder) FROM the seed image writing `content`; the image's ID.
    QString build(const QString &tag, const QString &content)
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"Dockerfile"_s));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write((u"FROM "_s + m_image + u"\nRUN echo "_s + content + u" > /c\n"_s).toUtf8());
        f.close();
        if (!docker({u"build"_s, u"-q"_s, u"-t"_s, tag, dir.path()}))
            return {};
        m_images << tag;
        const QString id = imageId(tag);
        m_images << id;
        return id;
    }

    void create()
    {
        const auto out = docker({u"create"_s, u"--network"_s, u"none"_s, m_image, u"true"_s});
        if (out)
            m_containers << QString::fromUtf8(*out).trimmed();
    }

    QString volume(const QString &what)
    {
        const QString name = m_prefix + u'-' + what;
        docker({u"volume"_s, u"create"_s, name});
        m_volumes << name;
        return name;
    }

    QString network(const QString &what)
    {
        const QString name = m_prefix + u'-' + what;
        if (!docker({u"network"_s, u"create"_s, name}))
            return {};
        m_networks << name;
        return name;
    }

    DockerClient *m_client = nullptr;
    QString m_image, m_prefix;
    QStringList m_containers, m_volumes, m_networks, m_images, m_records;
};

QTEST_GUILESS_MAIN(TestPruneRaces)
#include "tst_prune_races.moc"
