#include "PruneSteps.h"
#include "TestBed.h"
#include "api/DockerClient.h"
#include "cleanup/DiskUsage.h"
#include "cleanup/PruneActions.h"
#include "cleanup/PrunePlan.h"
#include "cleanup/PrunePlanner.h"
#include "cleanup/PruneRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

// Each category on the test bed: preview with PrunePlanner, run with runPrune, and compare
// the engine's listings before and after. A running "keeper" container holds the seed image
// (so image prune -a never takes it) and a volume.
class TestPrune : public QObject {
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
        m_prefix = u"gantry-prune-"_s + QUuid::createUuid().toString(QUuid::Id128).left(6);
        m_keeperVolume = m_prefix + u"-kept"_s;
        const auto keeper =
            docker({u"run"_s, u"-d"_s, u"--name"_s, m_prefix + u"-keeper"_s, u"--network"_s,
                    u"none"_s, u"-v"_s, m_keeperVolume + u":/d"_s, m_image, u"sleep"_s, u"3600"_s});
        QVERIFY(keeper);
        m_keeper = QString::fromUtf8(*keeper).trimmed();
        m_containers << m_keeper;
        m_volumes << m_keeperVolume;
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
        // What they left (intermediate images of the builds) goes too.
        quietly({u"image"_s, u"prune"_s, u"-f"_s, u"--filter"_s, u"dangling=true"_s});
        QVERIFY(testbed::docker({u"image"_s, u"inspect"_s, m_image})); // the seed stays
    }

    void danglingImages()
    {
        // A1 and A2 share their first RUN layer (the builder's cache): A1, dangling once A2
        // takes the tag, frees only its second layer. B1 has layers of its own.
        const QString a = m_prefix + u"/a:1"_s, b = m_prefix + u"/b:1"_s;
        const QString a1 =
            build(a, {u"dd if=/dev/zero of=/common bs=1k count=200"_s, u"echo a1 > /a1"_s});
        const QString a2 =
            build(a, {u"dd if=/dev/zero of=/common bs=1k count=200"_s, u"echo a2-longer > /a2"_s});
        const QString b1 =
            build(b, {u"dd if=/dev/zero of=/b bs=1k count=150"_s, u"echo b1 > /b1"_s});
        build(b, {u"dd if=/dev/zero of=/b bs=1k count=120"_s, u"echo b2 > /b2"_s});
        // H1 is untagged too, but a stopped container uses it: never offered.
        const QString h = m_prefix + u"/h:1"_s;
        const QString h1 = build(h, {u"echo h1 > /h1"_s});
        const QString holder = create(h1);
        build(h, {u"echo h2 > /h2"_s});
        QVERIFY(!a1.isEmpty() && !a2.isEmpty() && !b1.isEmpty() && !h1.isEmpty());
        QVERIFY(a1 != a2);

        const auto p = testbed::planPrune(m_client, {PruneCategory::DanglingImages});
        QVERIFY(p && p->ok());
        const PrunePreview &preview = p->value();
        const QSet<QString> ids = candidateIds(preview);
        QVERIFY(ids.contains(a1));
        QVERIFY(ids.contains(b1));
        QVERIFY(!ids.contains(h1));
        QVERIFY(!ids.contains(a2));
        QVERIFY(preview.computedAt.isValid());
        for (const QString &used : usedImages())
            QVERIFY2(!ids.contains(used), qPrintable(used));

        // Layer sizes from the history add up to the image's size, as the engine says it.
        for (const QString &id : ids) {
            qint64 sum = 0;
            for (const QString &chain : preview.imageLayers.value(id))
                sum += preview.layerSize.value(chain);
            QCOMPARE(sum, inspect(u"image"_s, id).value("Size"_L1).toInteger());
        }
        // A1's first layer is A2's too: A1 alone frees only its last layer.
        const PruneCandidate *ca1 = testbed::findCandidate(preview, a1);
        QVERIFY(ca1);
        QCOMPARE(ca1->size, preview.layerSize.value(preview.imageLayers.value(a1).last()));
        QVERIFY(ca1->size < 1000);
        QVERIFY(testbed::findCandidate(preview, b1)->size > 150 * 1024);

        const QSet<QString> headsBefore = heads();
        const PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY(outcome.notes.isEmpty());
        QVERIFY(outcome.engineReportedSpace);
        // The engine counts the layers it released (each layer's DiffSize), exactly what the
        // preview adds up: the layers only the removed images used.
        QCOMPARE(outcome.reclaimedByEngine, preview.freedBytes());
        qInfo("dangling: preview %lld bytes, engine %lld bytes", preview.freedBytes(),
              outcome.reclaimedByEngine);
        QCOMPARE(headsBefore - heads(), ids);
        QVERIFY(exists(u"image"_s, h1));
        QVERIFY(exists(u"container"_s, holder));
        QVERIFY(exists(u"image"_s, a2));
    }

    void untickedDanglingImageSurvives()
    {
        const QString t = m_prefix + u"/u:1"_s;
        const QString d1 = build(t, {u"echo d1 > /d1"_s});
        const QString d2 = build(t, {u"echo d2 > /d2"_s});
        build(t, {u"echo d3 > /d3"_s});
        auto p = testbed::planPrune(m_client, {PruneCategory::DanglingImages});
        QVERIFY(p && p->ok());
        PrunePreview preview = p->value();
        const qint64 all = preview.freedBytes();
        for (PruneCandidate &c : preview.candidates)
            c.selected = c.id != d2;
        QVERIFY(preview.partial());
        QVERIFY(preview.freedBytes() < all);
        const QStringList lines = pruneCommandLines(preview, m_client->apiVersion());
        QVERIFY(lines.contains(u"docker image rm "_s + d1.mid(7, 12)));

        const QSet<QString> headsBefore = heads();
        const PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY(!outcome.engineReportedSpace);
        QCOMPARE(headsBefore - heads(), candidateIds(preview) - QSet<QString>{d2});
        QVERIFY(exists(u"image"_s, d2));
        m_images << d2;
    }

    void stoppedContainers()
    {
        const QString s1 = runToEnd(u"dd if=/dev/zero of=/x bs=1k count=40"_s);
        const QString s2 = create(m_image);
        const QString running = start(u"sleep 3600"_s);

        auto p = testbed::planPrune(m_client, {PruneCategory::StoppedContainers});
        QVERIFY(p && p->ok());
        const PrunePreview preview = p->value();
        const QSet<QString> ids = candidateIds(preview);
        QVERIFY(ids.contains(s1) && ids.contains(s2));
        QVERIFY(!ids.contains(running) && !ids.contains(m_keeper));
        QVERIFY(testbed::findCandidate(preview, s1)->size >= 40 * 1024);

        // Made after the preview: the prune's until filter leaves it.
        QTest::qWait(1100);
        const QString late = create(m_image);
        const QSet<QString> before = containers();
        const PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY2(outcome.notes.isEmpty(), qPrintable(outcome.notes.join(u' ')));
        QVERIFY(outcome.engineReportedSpace);
        QCOMPARE(outcome.reclaimedByEngine, preview.freedBytes());
        QCOMPARE(before - containers(), ids);
        QVERIFY(exists(u"container"_s, late));
        QVERIFY(exists(u"container"_s, running));
    }

    void containerStoppedAfterThePreviewSurvives()
    {
        const QString s1 = create(m_image);
        const QString running = start(u"sleep 3600"_s);
        auto p = testbed::planPrune(m_client, {PruneCategory::StoppedContainers});
        QVERIFY(p && p->ok());
        QVERIFY(!candidateIds(p->value()).contains(running));
        // Made before the preview, stopped after it: until cannot tell; runPrune sees it
        // and removes the previewed containers one by one.
        QVERIFY(docker({u"kill"_s, running}));
        QTRY_VERIFY(!lines({u"ps"_s, u"-q"_s, u"--no-trunc"_s}).contains(running));
        const PruneOutcome outcome = testbed::runPreview(m_client, p->value());
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QCOMPARE(outcome.notes.size(), 1);
        QVERIFY(!exists(u"container"_s, s1));
        QVERIFY(exists(u"container"_s, running));
    }

    void unusedVolumes()
    {
        const QString unused = volume(u"unused"_s, 64);
        const QString unticked = volume(u"unticked"_s, 8);
        const QString failing = volume(u"failing"_s, 8);
        const QString held = volume(u"held"_s, 8);
        const QString holder = create(m_image, {u"-v"_s, held + u":/d"_s});

        auto p = testbed::planPrune(m_client, {PruneCategory::UnusedVolumes});
        QVERIFY(p && p->ok());
        PrunePreview preview = p->value();
        const QSet<QString> ids = candidateIds(preview);
        QVERIFY(ids.contains(unused) && ids.contains(unticked) && ids.contains(failing));
        QVERIFY(!ids.contains(held));
        QVERIFY(!ids.contains(m_keeperVolume));
        QVERIFY(testbed::findCandidate(preview, unused)->size >= 64 * 1024);
        for (PruneCandidate &c : preview.candidates)
            c.selected = c.id != unticked;

        // After the preview: one volume is made, another gets a container (so its removal
        // fails, and the others still go).
        const QString late = volume(u"late"_s, 1);
        create(m_image, {u"-v"_s, failing + u":/d"_s});
        const QSet<QString> before = volumes();
        const PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QCOMPARE(outcome.failed.size(), 1);
        QCOMPARE(outcome.failed.first().first, failing);
        QVERIFY(!outcome.failed.first().second.isEmpty());
        QCOMPARE(before - volumes(), candidateIds(preview) - QSet<QString>({unticked, failing}));
        for (const QString &v : {unticked, failing, held, late, m_keeperVolume})
            QVERIFY2(exists(u"volume"_s, v), qPrintable(v));
        QVERIFY(exists(u"container"_s, holder));
    }

    void unusedNetworks()
    {
        const QString n1 = network(u"n1"_s), n2 = network(u"n2"_s), used = network(u"used"_s);
        const QString user =
            start(u"sleep 3600"_s, {u"--network"_s, used}); // a running container's network
        QVERIFY(!user.isEmpty());
        auto p = testbed::planPrune(m_client, {PruneCategory::UnusedNetworks});
        QVERIFY(p && p->ok());
        PrunePreview preview = p->value();
        const QSet<QString> names = candidateNames(preview);
        QVERIFY(names.contains(n1) && names.contains(n2));
        QVERIFY(!names.contains(used));
        for (const QString &builtIn : {u"bridge"_s, u"host"_s, u"none"_s})
            QVERIFY(!names.contains(builtIn));

        // n2 unticked: item by item.
        for (PruneCandidate &c : preview.candidates)
            c.selected = c.name != n2;
        PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY(!exists(u"network"_s, n1));
        QVERIFY(exists(u"network"_s, n2));
        QVERIFY(exists(u"network"_s, used));

        // All ticked: a prune call; a network made after the preview stays.
        p = testbed::planPrune(m_client, {PruneCategory::UnusedNetworks});
        QVERIFY(p && p->ok());
        QTest::qWait(1100);
        const QString late = network(u"late"_s);
        outcome = testbed::runPreview(m_client, p->value());
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY(outcome.notes.isEmpty());
        QVERIFY(!exists(u"network"_s, n2));
        QVERIFY(exists(u"network"_s, late));
        QVERIFY(exists(u"network"_s, used));
    }

    void unusedImages()
    {
        const QString t1 =
            build(m_prefix + u"/t1:1"_s, {u"dd if=/dev/zero of=/t bs=1k count=90"_s});
        QVERIFY(docker({u"tag"_s, t1, m_prefix + u"/t1:also"_s}));
        // Used by a stopped container only: with -a still "used".
        const QString t2 = build(m_prefix + u"/t2:1"_s, {u"echo t2 > /t2"_s});
        const QString holder = create(t2);
        const QString d = m_prefix + u"/d:1"_s;
        const QString dangling = build(d, {u"echo d1 > /d1"_s});
        build(d, {u"echo d2 > /d2"_s});
        const QString seed = imageId(m_image);
        // A tagged image a kept one is built on: the prune can only untag it, and its layers
        // (the child's too) free nothing.
        const QString base = build(m_prefix + u"/base:1"_s, {u"echo base > /base"_s});
        const QString child =
            build(m_prefix + u"/child:1"_s, {u"echo child > /child"_s}, m_prefix + u"/base:1"_s);
        const QString childHolder = create(child);

        auto p = testbed::planPrune(m_client, {PruneCategory::UnusedImages});
        QVERIFY(p && p->ok());
        const PrunePreview preview = p->value();
        const QSet<QString> ids = candidateIds(preview);
        QVERIFY(ids.contains(t1) && ids.contains(dangling));
        QVERIFY(!ids.contains(t2));
        QVERIFY(!ids.contains(seed)); // the keeper uses it
        QVERIFY(testbed::findCandidate(preview, t1)->name.contains(m_prefix + u"/t1:also"_s));
        QVERIFY(ids.contains(base) && !ids.contains(child));
        QCOMPARE(testbed::findCandidate(preview, base)->size, 0);

        QTest::qWait(1100);
        const QString late = build(m_prefix + u"/late:1"_s, {u"echo late > /late"_s});
        const QSet<QString> before = heads();
        const PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY2(outcome.notes.isEmpty(), qPrintable(outcome.notes.join(u' ')));
        QCOMPARE(outcome.reclaimedByEngine, preview.freedBytes());
        qInfo("unused (-a): preview %lld bytes, engine %lld bytes", preview.freedBytes(),
              outcome.reclaimedByEngine);
        QCOMPARE(before - heads(), ids);
        QVERIFY(exists(u"image"_s, t2));
        QVERIFY(exists(u"image"_s, seed));
        QVERIFY(exists(u"image"_s, late));
        QVERIFY(exists(u"container"_s, holder));
        QVERIFY(exists(u"image"_s, base)); // untagged, under its child
        QVERIFY(!exists(u"image"_s, m_prefix + u"/base:1"_s));
        QVERIFY(exists(u"image"_s, child) && exists(u"container"_s, childHolder));
        m_images << late;
    }

    void buildCache()
    {
        // The test bed's docker CLI has no BuildKit (no buildx): no cache records to make.
        // The planner reads /system/df all the same, and the plan is empty.
        auto p = testbed::planPrune(m_client, {PruneCategory::BuildCache});
        QVERIFY(p && p->ok());
        for (const PruneCandidate &c : p->value().candidates)
            QCOMPARE(c.category, PruneCategory::BuildCache);
        const auto du = testbed::await<DiskUsage>(
            [&](auto done) { fetchDiskUsage(m_client, this, done); }, 120000);
        QVERIFY(du && du->ok());
        QCOMPARE(du->value().buildCache.count, int(p->value().candidates.size()));
        QVERIFY(du->value().images.count > 0);
    }

    void diskUsageIsCancellable()
    {
        std::optional<Result<DiskUsage>> out;
        Reply *reply =
            fetchDiskUsage(m_client, this, [&](Result<DiskUsage> r) { out.emplace(std::move(r)); });
        reply->cancel();
        QTRY_VERIFY(out.has_value());
        QVERIFY(!out->ok());
        QCOMPARE(out->error().kind(), EngineError::Kind::Cancelled);

        PrunePlanner planner(m_client);
        std::optional<Result<PrunePreview>> result;
        connect(&planner, &PrunePlanner::finished, this,
                [&](const Result<PrunePreview> &r) { result.emplace(r); });
        planner.compute({PruneCategory::UnusedVolumes, PruneCategory::DanglingImages});
        QVERIFY(planner.isRunning());
        planner.cancel();
        QVERIFY(!planner.isRunning());
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind(), EngineError::Kind::Cancelled);
    }

    // docker system prune -a --volumes: a stopped container's image and volume go after it.
    void everything()
    {
        const QString t = build(m_prefix + u"/e:1"_s, {u"echo e > /e"_s});
        const QString v = volume(u"evol"_s, 4);
        const QString holder = create(t, {u"-v"_s, v + u":/d"_s});
        const QString n = network(u"en"_s);
        const QSet<PruneCategory> all{
            PruneCategory::DanglingImages,    PruneCategory::UnusedImages,
            PruneCategory::StoppedContainers, PruneCategory::UnusedVolumes,
            PruneCategory::UnusedNetworks,    PruneCategory::BuildCache};
        auto p = testbed::planPrune(m_client, all);
        QVERIFY(p && p->ok());
        PrunePreview preview = p->value();
        const PruneCandidate *image = testbed::findCandidate(preview, t);
        const PruneCandidate *vol = testbed::findCandidate(preview, v);
        QVERIFY(image && vol && testbed::findCandidate(preview, holder));
        QCOMPARE(image->dependsOn, QStringList{holder});
        QCOMPARE(vol->dependsOn, QStringList{holder});

        // Unticking the container keeps what it uses.
        const qint64 freed = preview.freedBytes();
        for (PruneCandidate &c : preview.candidates)
            c.selected = c.id != holder;
        QVERIFY(preview.freedBytes() < freed);
        QVERIFY(!pruneCommandLines(preview, m_client->apiVersion())
                     .join(u'\n')
                     .contains(u"docker volume rm "_s + v));
        for (PruneCandidate &c : preview.candidates)
            c.selected = true;

        const QSet<QString> imagesBefore = heads(), containersBefore = containers(),
                            volumesBefore = volumes();
        const PruneOutcome outcome = testbed::runPreview(m_client, preview);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(testbed::describeFailures(outcome)));
        QVERIFY2(outcome.notes.isEmpty(), qPrintable(outcome.notes.join(u' ')));
        QSet<QString> previewed = candidateIds(preview);
        QCOMPARE(imagesBefore - heads(), imagesBefore & previewed);
        QCOMPARE(containersBefore - containers(), containersBefore & previewed);
        QCOMPARE(volumesBefore - volumes(), volumesBefore & previewed);
        QVERIFY(!exists(u"network"_s, n));
        QVERIFY(!exists(u"image"_s, t));
        QVERIFY(exists(u"container"_s, m_keeper));
        QVERIFY(exists(u"volume"_s, m_keeperVolume));
        QVERIFY(exists(u"image"_s, m_image));
    }

private:
    static QSet<QString> candidateIds(const PrunePreview &p)
    {
        QSet<QString> out;
        for (const PruneCandidate &c : p.candidates)
            out.insert(c.id);
        return out;
    }

    static QSet<QString> candidateNames(const PrunePreview &p)
    {
        QSet<QString> out;
        for (const PruneCandidate &c : p.candidates)
            out.insert(c.name);
        return out;
    }

    std::optional<QByteArray> docker(const QStringList &args)
    {
        return testbed::docker(args, 120000);
    }

    QSet<QString> lines(const QStringList &args)
    {
        const auto out = docker(args);
        if (!out)
            return {};
        const QStringList list = QString::fromUtf8(*out).split(u'\n', Qt::SkipEmptyParts);
        return QSet<QString>(list.begin(), list.end());
    }

    QSet<QString> heads() { return lines({u"images"_s, u"-q"_s, u"--no-trunc"_s}); }
    QSet<QString> containers() { return lines({u"ps"_s, u"-aq"_s, u"--no-trunc"_s}); }
    QSet<QString> volumes() { return lines({u"volume"_s, u"ls"_s, u"-q"_s}); }

    QSet<QString> usedImages()
    {
        return lines({u"ps"_s, u"-a"_s, u"--no-trunc"_s, u"--format"_s, u"{{.Image}}"_s}) +
               lines({u"inspect"_s, u"--format"_s, u"{{.Image}}"_s, m_keeper});
    }

    QJsonObject inspect(const QString &kind, const QString &what)
    {
        const auto out = docker({kind, u"inspect"_s, what});
        return out ? QJsonDocument::fromJson(*out).array().first().toObject() : QJsonObject();
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

    static bool exists(const QString &kind, const QString &what)
    {
        return quietly({kind, u"inspect"_s, what});
    }

    QString imageId(const QString &ref)
    {
        return inspect(u"image"_s, ref).value("Id"_L1).toString();
    }

    // docker build FROM the seed image with these RUN steps; the new image's ID.
    QString build(const QString &tag, const QStringList &runs, const QString &from = {})
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"Dockerfile"_s));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QString text = u"FROM "_s + (from.isEmpty() ? m_image : from) + u'\n';
        for (const QString &r : runs)
            text += u"RUN "_s + r + u'\n';
        text += u"CMD [\"sh\"]\n"_s;
        f.write(text.toUtf8());
        f.close();
        const auto out = docker({u"build"_s, u"-q"_s, u"-t"_s, tag, dir.path()});
        const QString id = imageId(tag);
        if (out && !id.isEmpty())
            m_images << tag;
        return id;
    }

    QString create(const QString &image, const QStringList &extra = {})
    {
        const auto out = docker(QStringList{u"create"_s, u"--network"_s, u"none"_s} + extra +
                                QStringList{image, u"true"_s});
        const QString id = out ? QString::fromUtf8(*out).trimmed() : QString();
        if (!id.isEmpty())
            m_containers << id;
        return id;
    }

    QString runToEnd(const QString &script)
    {
        const QString name = m_prefix + u"-r"_s + QString::number(++m_counter);
        docker({u"run"_s, u"--name"_s, name, u"--network"_s, u"none"_s, m_image, u"sh"_s, u"-c"_s,
                script});
        const QString id = inspect(u"container"_s, name).value("Id"_L1).toString();
        m_containers << name;
        return id;
    }

    QString start(const QString &script, QStringList extra = {})
    {
        if (!extra.contains(u"--network"_s))
            extra << u"--network"_s << u"none"_s;
        const auto out = docker(QStringList{u"run"_s, u"-d"_s} + extra +
                                QStringList{m_image, u"sh"_s, u"-c"_s, script});
        const QString id = out ? QString::fromUtf8(*out).trimmed() : QString();
        if (!id.isEmpty())
            m_containers << id;
        return id;
    }

    // A volume holding `kib` KiB of data (written by a container that is then removed).
    QString volume(const QString &what, int kib)
    {
        const QString name = m_prefix + u'-' + what;
        docker({u"volume"_s, u"create"_s, name});
        docker({u"run"_s, u"--rm"_s, u"--network"_s, u"none"_s, u"-v"_s, name + u":/v"_s, m_image,
                u"sh"_s, u"-c"_s,
                u"dd if=/dev/zero of=/v/data bs=1k count="_s + QString::number(kib)});
        m_volumes << name;
        return name;
    }

    QString network(const QString &what)
    {
        const QString name = m_prefix + u'-' + what;
        docker({u"network"_s, u"create"_s, name});
        m_networks << name;
        return name;
    }

    DockerClient *m_client = nullptr;
    QString m_image, m_prefix, m_keeper, m_keeperVolume;
    QStringList m_containers, m_volumes, m_networks, m_images;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestPrune)
#include "tst_prune.moc"
