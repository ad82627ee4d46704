#include "Fixtures.h"
#include "cleanup/DiskUsage.h"
#include "cleanup/PruneActions.h"
#include "cleanup/PruneFindings.h"
#include "cleanup/PrunePlan.h"
#include "cleanup/PruneRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;
using Category = DiskUsageItem::Category;

namespace {

const DiskUsageItem *item(const DiskUsage &du, Category category, const QString &name)
{
    for (const DiskUsageItem &i : du.items) {
        if (i.category == category && i.name == name)
            return &i;
    }
    return nullptr;
}

qsizetype countOf(const DiskUsage &du, Category category)
{
    return std::count_if(du.items.begin(), du.items.end(),
                         [&](const DiskUsageItem &i) { return i.category == category; });
}

PruneCandidate candidate(PruneCategory category, const QString &id, const QString &name,
                         qint64 size = 0, const QDateTime &created = {})
{
    PruneCandidate c;
    c.category = category;
    c.id = id;
    c.name = name;
    c.size = size;
    c.created = created;
    return c;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

// The filters of a prune request's query, as JSON.
QJsonObject filtersOf(const Request &r)
{
    const QUrlQuery q(r.path.mid(r.path.indexOf(u'?') + 1));
    const QString json = q.queryItemValue(u"filters"_s, QUrl::FullyDecoded);
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Two dangling images share layer "s"; both share "base" with a kept image.
PrunePreview layeredPreview()
{
    PrunePreview p;
    p.computedAt = at("2026-11-29T12:00:00.000Z");
    p.computedAtLocal = QDateTime::currentDateTimeUtc();
    p.categories = {PruneCategory::DanglingImages};
    p.layerSize = {{u"base"_s, 1000}, {u"s"_s, 50}, {u"a"_s, 100}, {u"b"_s, 10}, {u"k"_s, 7}};
    p.imageLayers = {{u"sha256:i1"_s, {u"base"_s, u"s"_s, u"a"_s}},
                     {u"sha256:i2"_s, {u"base"_s, u"s"_s, u"b"_s}},
                     {u"sha256:i3"_s, {u"base"_s}}};
    p.keptLayers = {u"base"_s, u"k"_s};
    p.candidates = {candidate(PruneCategory::DanglingImages, u"sha256:i1"_s, u"i1"_s),
                    candidate(PruneCategory::DanglingImages, u"sha256:i2"_s, u"i2"_s),
                    candidate(PruneCategory::DanglingImages, u"sha256:i3"_s, u"i3"_s)};
    return p;
}

ContainerSummary container(const QString &id, const QString &state, const QString &imageId = {})
{
    ContainerSummary c;
    c.id = id;
    c.names = {id};
    c.state = state;
    c.imageId = imageId;
    return c;
}

ImageSummary image(const QString &id, const QStringList &tags, const QString &parent = {})
{
    ImageSummary i;
    i.id = id;
    i.repoTags = tags;
    i.parentId = parent;
    return i;
}

NetworkSummary network(const QString &id, const QString &name, const QString &scope = u"local"_s)
{
    NetworkSummary n;
    n.id = id;
    n.name = name;
    n.scope = scope;
    return n;
}

ContainerUsage usage(const QString &id, const QString &state, const QStringList &volumes,
                     const QString &networkName = {})
{
    ContainerUsage u;
    u.id = id;
    u.state = state;
    u.volumes = volumes;
    if (!networkName.isEmpty())
        u.networks = {{networkName, networkName + u"id"_s}};
    return u;
}

QStringList idsOf(const QList<const ImageSummary *> &images)
{
    QStringList out;
    for (const ImageSummary *i : images)
        out << i->id;
    out.sort();
    return out;
}

} // namespace

class TestPrunePlan : public QObject {
    Q_OBJECT
private slots:
    // Recorded from dockerd 20.10 (API 1.41): `docker system df` said then
    //   Images 3 / 2 active / 2.496MB / 2.291MB reclaimable, Containers 2 / 1 / 20.48kB /
    //   20.48kB, Local Volumes 2 / 1 / 65.54kB / 65.54kB, Build Cache 0.
    void diskUsageLegacyShape()
    {
        const auto du = parse::diskUsage(fixture("system_df_v1.41.json"));
        QVERIFY2(du.ok(), qPrintable(du.error().message()));
        QCOMPARE(du->layersSize, 2496291);
        QCOMPARE(du->images.count, 3);
        QCOMPARE(du->images.active, 2);
        QCOMPARE(du->images.size, 2496291);
        QCOMPARE(du->images.reclaimable, 2291481);
        QCOMPARE(du->containers.count, 2);
        QCOMPARE(du->containers.active, 1);
        QCOMPARE(du->containers.size, 20480);
        QCOMPARE(du->containers.reclaimable, 20480);
        QCOMPARE(du->volumes.count, 2);
        QCOMPARE(du->volumes.active, 1);
        QCOMPARE(du->volumes.size, 65539);
        QCOMPARE(du->volumes.reclaimable, 65536);
        QCOMPARE(du->buildCache.count, 0);

        // An untagged image in use by a stopped container: named by its short ID.
        const DiskUsageItem *untagged = item(du.value(), Category::Image, u"03a1816f4c3c"_s);
        QVERIFY(untagged);
        QVERIFY(untagged->inUse);
        QCOMPARE(untagged->reclaimable, 0);
        const DiskUsageItem *tagged = item(du.value(), Category::Image, u"gt-exp/a:1"_s);
        QVERIFY(tagged && !tagged->inUse);
        QCOMPARE(tagged->size, 2291481);
        QCOMPARE(tagged->reclaimable, 2291481 - 1984272); // minus what it shares
        QVERIFY(tagged->created.isValid());

        const DiskUsageItem *stopped =
            item(du.value(), Category::Container, u"gt-fixture-stopped"_s);
        QVERIFY(stopped && !stopped->inUse);
        QCOMPARE(stopped->size, 20480);
        const DiskUsageItem *unused = item(du.value(), Category::Volume, u"gt-fixture-unused"_s);
        QVERIFY(unused && !unused->inUse);
        QCOMPARE(unused->reclaimable, 65536);
        QVERIFY(unused->created.isValid());
    }

    // Hand-made after moby's api/docs/v1.53.yaml (SystemDataUsageResponse: ImageUsage,
    // ContainerUsage, VolumeUsage, BuildCacheUsage with ActiveCount, TotalCount, Reclaimable,
    // TotalSize and Items), holding the data of the 1.41 recording plus build cache records.
    void diskUsageNewShape()
    {
        const auto old = parse::diskUsage(fixture("system_df_v1.41.json"));
        const auto now = parse::diskUsage(fixture("system_df_v1.53.json"));
        QVERIFY2(now.ok(), qPrintable(now.error().message()));
        QCOMPARE(now->layersSize, old->layersSize);
        for (auto pair :
             {std::pair{&old->images, &now->images}, std::pair{&old->containers, &now->containers},
              std::pair{&old->volumes, &now->volumes}}) {
            QCOMPARE(pair.second->count, pair.first->count);
            QCOMPARE(pair.second->active, pair.first->active);
            QCOMPARE(pair.second->size, pair.first->size);
            QCOMPARE(pair.second->reclaimable, pair.first->reclaimable);
        }
        for (Category c : {Category::Image, Category::Container, Category::Volume})
            QCOMPARE(countOf(now.value(), c), countOf(old.value(), c));
        QVERIFY(item(now.value(), Category::Image, u"03a1816f4c3c"_s)); // RepoTags: []

        QCOMPARE(now->buildCache.count, 3);
        QCOMPARE(now->buildCache.active, 1);
        QCOMPARE(now->buildCache.reclaimable, 4096);
        QCOMPARE(countOf(now.value(), Category::BuildCache), 3);
        const DiskUsageItem *shared =
            item(now.value(), Category::BuildCache, u"pulled from gantry-seed/busybox:latest"_s);
        QVERIFY(shared && !shared->inUse);
        QCOMPARE(shared->reclaimable, 0); // its data belongs to an image too
    }

    // API 1.52 without verbose: the summaries (no Items) and the legacy lists side by side.
    void diskUsageTransitionShape()
    {
        const QByteArray json = R"({
            "LayersSize": 300,
            "Images": [{"Id": "sha256:aa", "RepoTags": ["x:1"], "Size": 300, "SharedSize": 0,
                        "Containers": 0, "Created": 1700000000}],
            "ImageUsage": {"ActiveCount": 0, "TotalCount": 1, "Reclaimable": 300,
                           "TotalSize": 300},
            "ContainerUsage": {"ActiveCount": 0, "TotalCount": 0, "Reclaimable": 0,
                               "TotalSize": 0},
            "Containers": [], "Volumes": [], "BuildCache": []
        })";
        const auto du = parse::diskUsage(json);
        QVERIFY2(du.ok(), qPrintable(du.error().message()));
        QCOMPARE(du->images.count, 1);
        QCOMPARE(du->images.reclaimable, 300);
        QCOMPARE(countOf(du.value(), Category::Image), 1);
        QVERIFY(item(du.value(), Category::Image, u"x:1"_s));

        // Totals only (1.53 without verbose): no items, totals all the same.
        const auto brief = parse::diskUsage(
            R"({"ImageUsage": {"ActiveCount": 1, "TotalCount": 4, "Reclaimable": 12,
                               "TotalSize": 98}})");
        QVERIFY(brief.ok());
        QCOMPARE(brief->images.count, 4);
        QCOMPARE(brief->images.size, 98);
        QCOMPARE(brief->layersSize, 98);
        QVERIFY(brief->items.isEmpty());
    }

    void diskUsageMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("list") << QByteArray("[]");
        QTest::newRow("no category") << QByteArray("{}");
        QTest::newRow("Images not a list") << QByteArray(R"({"LayersSize": 1, "Images": 3})");
        QTest::newRow("image without Id") << QByteArray(R"({"LayersSize": 1, "Images": [{}]})");
        QTest::newRow("summary not an object") << QByteArray(R"({"ImageUsage": []})");
        QTest::newRow("Items not a list") << QByteArray(R"({"VolumeUsage": {"Items": {}}})");
        QTest::newRow("volume without Name")
            << QByteArray(R"({"VolumeUsage": {"Items": [{"Driver": "local"}]}})");
        const QByteArray whole = fixture("system_df_v1.41.json");
        QTest::newRow("truncated") << whole.left(whole.size() / 2);
    }

    void diskUsageMalformed()
    {
        QFETCH(QByteArray, json);
        const auto du = parse::diskUsage(json);
        QVERIFY(!du.ok());
        QCOMPARE(du.error().kind(), EngineError::Kind::Protocol);
    }

    void freedBytesCountsSharedLayersOnce()
    {
        PrunePreview p = layeredPreview();
        // i1 and i2 share "s": counted once; "base" a kept image uses frees nothing.
        QCOMPARE(p.freedBytes(), 100 + 10 + 50);
        QVERIFY(!p.partial());

        // Unticked, i2 stays and keeps "s" (and its own "b").
        p.candidates[1].selected = false;
        QVERIFY(p.partial());
        QCOMPARE(p.freedBytes(), 100);

        // An image made only of layers kept images use frees nothing.
        for (PruneCandidate &c : p.candidates)
            c.selected = c.id == u"sha256:i3"_s;
        QCOMPARE(p.freedBytes(), 0);

        for (PruneCandidate &c : p.candidates)
            c.selected = false;
        QCOMPARE(p.freedBytes(), 0);
    }

    void freedBytesOfOtherCandidates()
    {
        PrunePreview p;
        p.candidates = {candidate(PruneCategory::StoppedContainers, u"c1"_s, u"c1"_s, 20),
                        candidate(PruneCategory::UnusedVolumes, u"v1"_s, u"v1"_s, 4096),
                        candidate(PruneCategory::UnusedVolumes, u"v2"_s, u"v2"_s, -1), // unknown
                        candidate(PruneCategory::BuildCache, u"r1"_s, u"r1"_s, 512)};
        QCOMPARE(p.freedBytes(), 20 + 4096 + 512);

        // A volume only c1 uses goes with it, or stays with it.
        PruneCandidate held = candidate(PruneCategory::UnusedVolumes, u"v3"_s, u"v3"_s, 1000);
        held.dependsOn = {u"c1"_s};
        p.candidates << held;
        QCOMPARE(p.freedBytes(), 20 + 4096 + 512 + 1000);
        p.candidates[0].selected = false;
        QCOMPARE(p.freedBytes(), 4096 + 512);
    }

    void imageHeldByAStoppedContainer()
    {
        PrunePreview p = layeredPreview();
        p.candidates.insert(0, candidate(PruneCategory::StoppedContainers, u"c9"_s, u"c9"_s, 5));
        p.layerSize.insert(u"x"_s, 300);
        p.imageLayers.insert(u"sha256:i4"_s, {u"base"_s, u"x"_s});
        PruneCandidate i4 = candidate(PruneCategory::DanglingImages, u"sha256:i4"_s, u"i4"_s);
        i4.dependsOn = {u"c9"_s};
        p.candidates << i4;
        QCOMPARE(p.freedBytes(), 5 + 160 + 300);
        p.candidates[0].selected = false; // the container stays, so does its image
        QCOMPARE(p.freedBytes(), 160);
        const QStringList lines = pruneCommandLines(p, ApiVersion::baseline());
        QVERIFY(!lines.join(u'\n').contains(u"c9"_s));
        QVERIFY(lines.contains(u"docker image prune -f --filter until=2026-11-29T12:00:00.000Z"_s));
    }

    void fullPreviewPrunesWithUntil()
    {
        PrunePreview p;
        p.computedAt = at("2026-11-29T12:00:00.000Z");
        p.computedAtLocal = QDateTime::currentDateTimeUtc().addSecs(-42);
        p.candidates = {
            candidate(PruneCategory::StoppedContainers, u"c1id"_s, u"c1"_s, 20,
                      at("2026-11-29T11:59:59.500Z")),
            candidate(PruneCategory::UnusedNetworks, u"n1id"_s, u"n1"_s, 0,
                      at("2026-11-29T12:00:00.400Z")), // made while listing: until moves up
            candidate(PruneCategory::UnusedVolumes, u"v1"_s, u"v1"_s, 10),
            candidate(PruneCategory::DanglingImages, u"sha256:0123456789abcdef"_s,
                      u"0123456789ab"_s, 0, at("2026-11-29T11:00:00.000Z")),
            candidate(PruneCategory::BuildCache, u"r1"_s, u"r1"_s, 512)};
        const QList<Action> actions = pruneActions(p, ApiVersion::baseline());
        const QStringList lines = pruneCommandLines(p, ApiVersion::baseline());
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0),
                 u"docker container prune -f --filter until=2026-11-29T12:00:00.000Z"_s);
        QCOMPARE(lines.at(1), u"docker network prune -f --filter until=2026-11-29T12:00:00.401Z"_s);
        QCOMPARE(lines.at(2), u"docker volume rm v1"_s); // volumes: always by name
        QCOMPARE(lines.at(3), u"docker image prune -f --filter until=2026-11-29T12:00:00.000Z"_s);
        QVERIFY2(QRegularExpression(u"^docker builder prune -a -f --filter until=4[2-9]s$"_s)
                     .match(lines.at(4))
                     .hasMatch(),
                 qPrintable(lines.at(4)));

        QCOMPARE(actions.at(0).request.method, QByteArray("POST"));
        QVERIFY(actions.at(0).request.path.startsWith(u"/containers/prune?"_s));
        QCOMPARE(filtersOf(actions.at(0).request),
                 (QJsonObject{{u"until"_s, QJsonArray{u"2026-11-29T12:00:00.000Z"_s}}}));
        QVERIFY(actions.at(1).request.path.startsWith(u"/networks/prune?"_s));
        QCOMPARE(actions.at(2).request.method, QByteArray("DELETE"));
        QCOMPARE(actions.at(2).request.path, u"/volumes/v1"_s);
        QVERIFY(actions.at(3).request.path.startsWith(u"/images/prune?"_s));
        QCOMPARE(filtersOf(actions.at(3).request),
                 (QJsonObject{{u"dangling"_s, QJsonArray{u"true"_s}},
                              {u"until"_s, QJsonArray{u"2026-11-29T12:00:00.000Z"_s}}}));
        QVERIFY(actions.at(4).request.path.startsWith(u"/build/prune?all=1&"_s));
        QVERIFY(filtersOf(actions.at(4).request).value(u"until"_s).isArray());
    }

    void partialPreviewRemovesItemByItem()
    {
        PrunePreview p;
        p.computedAt = at("2026-11-29T12:00:00.000Z");
        p.computedAtLocal = QDateTime::currentDateTimeUtc();
        p.candidates = {
            candidate(PruneCategory::StoppedContainers, u"c1id"_s, u"c1"_s, 20),
            candidate(PruneCategory::StoppedContainers, u"c2id"_s, u"c2"_s, 30),
            candidate(PruneCategory::UnusedNetworks, u"n1id"_s, u"n1"_s),
            candidate(PruneCategory::UnusedNetworks, u"n2id"_s, u"n2"_s),
            candidate(PruneCategory::DanglingImages, u"sha256:0123456789abcdef"_s,
                      u"0123456789ab"_s),
            candidate(PruneCategory::DanglingImages, u"sha256:fedcba9876543210"_s,
                      u"fedcba987654"_s),
            candidate(PruneCategory::UnusedImages, u"sha256:aaaa"_s, u"web:1, web:latest"_s),
            candidate(PruneCategory::BuildCache, u"r1"_s, u"r1 step"_s, 512),
            candidate(PruneCategory::BuildCache, u"r2"_s, u"r2 step"_s, 512)};
        p.candidates[0].selected = false;
        p.candidates[3].selected = false;
        p.candidates[5].selected = false;
        p.candidates[8].selected = false;
        QVERIFY(p.partial());
        const QList<Action> actions = pruneActions(p, ApiVersion::baseline());
        const QStringList lines = pruneCommandLines(p, ApiVersion::baseline());
        QCOMPARE(lines, (QStringList{u"docker rm c2"_s, u"docker network rm n1id"_s,
                                     u"docker image rm 0123456789ab"_s, u"docker image rm web:1"_s,
                                     u"docker image rm web:latest"_s,
                                     u"docker builder prune -a -f --filter id=r1"_s}));
        QCOMPARE(actions.at(0).request.method, QByteArray("DELETE"));
        QCOMPARE(actions.at(0).request.path, u"/containers/c2id"_s);
        QCOMPARE(actions.at(1).request.path, u"/networks/n1id"_s);
        QCOMPARE(actions.at(1).target, u"n1"_s);
        QCOMPARE(actions.at(2).request.path, u"/images/sha256:0123456789abcdef"_s);
        QCOMPARE(actions.at(3).request.path, u"/images/web:1"_s);
        QCOMPARE(filtersOf(actions.at(5).request), (QJsonObject{{u"id"_s, QJsonArray{u"r1"_s}}}));
        // Nothing forced: the engine refuses what is in use.
        for (const Action &a : actions)
            QVERIFY2(!a.request.path.contains(u"force"_s), qPrintable(a.request.path));
    }

    void imageCategoriesTogether()
    {
        PrunePreview p;
        p.computedAt = at("2026-11-29T12:00:00.000Z");
        p.candidates = {candidate(PruneCategory::DanglingImages, u"sha256:d1"_s, u"d1"_s),
                        candidate(PruneCategory::UnusedImages, u"sha256:u1"_s, u"u:1"_s)};
        // All ticked: one image prune -a takes both.
        QCOMPARE(
            pruneCommandLines(p, ApiVersion::baseline()),
            QStringList{u"docker image prune -a -f --filter until=2026-11-29T12:00:00.000Z"_s});
        // A dangling one unticked: -a would take it, so the others go one by one.
        p.candidates[0].selected = false;
        QCOMPARE(pruneCommandLines(p, ApiVersion::baseline()),
                 QStringList{u"docker image rm u:1"_s});
        // An unused one unticked: the dangling ones can still be pruned.
        p.candidates[0].selected = true;
        p.candidates[1].selected = false;
        QCOMPARE(pruneCommandLines(p, ApiVersion::baseline()),
                 QStringList{u"docker image prune -f --filter until=2026-11-29T12:00:00.000Z"_s});
    }

    void withoutAClockItemByItem()
    {
        PrunePreview p;
        p.candidates = {candidate(PruneCategory::StoppedContainers, u"c1id"_s, u"c1"_s)};
        QCOMPARE(pruneCommandLines(p, ApiVersion::baseline()), QStringList{u"docker rm c1"_s});
        QVERIFY(pruneActions(PrunePreview(), ApiVersion::baseline()).isEmpty());
    }
    // -- the rules, one by one: a case that goes, a case that stays ---------------------------

    void ruleCandidateGoes()
    {
        PrunePreview p;
        p.candidates = {candidate(PruneCategory::StoppedContainers, u"c1"_s, u"c1"_s),
                        candidate(PruneCategory::UnusedVolumes, u"v1"_s, u"v1"_s),
                        candidate(PruneCategory::UnusedVolumes, u"v2"_s, u"v2"_s)};
        p.candidates[1].dependsOn = {u"c1"_s};
        p.candidates[2].dependsOn = {u"gone"_s};     // waits for something the preview lacks
        QVERIFY(candidateGoes(p, p.candidates[0]));  // ticked, waits for nothing
        QVERIFY(candidateGoes(p, p.candidates[1]));  // ticked, what it waits for goes
        QVERIFY(!candidateGoes(p, p.candidates[2])); // what it waits for is not there
        p.candidates[0].selected = false;
        QVERIFY(!candidateGoes(p, p.candidates[0])); // unticked
        QVERIFY(!candidateGoes(p, p.candidates[1])); // what it waits for stays
    }

    void ruleCandidateHeld()
    {
        PrunePreview p;
        p.candidates = {candidate(PruneCategory::StoppedContainers, u"c1"_s, u"c1"_s),
                        candidate(PruneCategory::DanglingImages, u"sha256:i"_s, u"i"_s)};
        p.candidates[1].dependsOn = {u"c1"_s};
        QVERIFY(!candidateHeld(p, p.candidates[1])); // goes with its container
        p.candidates[0].selected = false;
        QVERIFY(candidateHeld(p, p.candidates[1]));  // ticked, but its container stays
        QVERIFY(!candidateHeld(p, p.candidates[0])); // unticked: stays, not held
        p.candidates[1].selected = false;
        QVERIFY(!candidateHeld(p, p.candidates[1]));
    }

    void ruleCountGoing()
    {
        PrunePreview p;
        p.candidates = {candidate(PruneCategory::StoppedContainers, u"c1"_s, u"c1"_s),
                        candidate(PruneCategory::StoppedContainers, u"c2"_s, u"c2"_s),
                        candidate(PruneCategory::DanglingImages, u"sha256:d"_s, u"d"_s),
                        candidate(PruneCategory::UnusedImages, u"sha256:u"_s, u"u:1"_s),
                        candidate(PruneCategory::UnusedVolumes, u"v1"_s, u"v1"_s),
                        candidate(PruneCategory::UnusedNetworks, u"n1"_s, u"n1"_s),
                        candidate(PruneCategory::BuildCache, u"r1"_s, u"r1"_s)};
        p.candidates[4].dependsOn = {u"c2"_s};
        PruneCounts all;
        all.containers = 2;
        all.images = 2; // both image categories
        all.volumes = 1;
        all.networks = 1;
        all.buildCache = 1;
        QCOMPARE(countGoing(p), all);
        QCOMPARE(countGoing(p).total(), 7);

        p.candidates[1].selected = false; // c2 stays, and v1 with it
        p.candidates[2].selected = false;
        PruneCounts fewer = all;
        fewer.containers = 1;
        fewer.images = 1;
        fewer.volumes = 0;
        QCOMPARE(countGoing(p), fewer);
        QCOMPARE(countGoing(PrunePreview()).total(), 0);
    }

    void ruleCategoriesTakenAlong()
    {
        // docker image prune -a takes the dangling images too; nothing else takes anything.
        QCOMPARE(categoriesTakenWith(PruneCategory::UnusedImages),
                 QSet<PruneCategory>{PruneCategory::DanglingImages});
        for (PruneCategory c : allPruneCategories) {
            if (c != PruneCategory::UnusedImages)
                QVERIFY(categoriesTakenWith(c).isEmpty());
        }
        QVERIFY(takenByAnother(PruneCategory::DanglingImages, {PruneCategory::UnusedImages}));
        QVERIFY(!takenByAnother(PruneCategory::DanglingImages, {PruneCategory::DanglingImages}));
        QVERIFY(!takenByAnother(PruneCategory::DanglingImages,
                                {PruneCategory::StoppedContainers, PruneCategory::BuildCache}));
        QVERIFY(!takenByAnother(PruneCategory::UnusedImages,
                                {PruneCategory::UnusedImages, PruneCategory::DanglingImages}));
        QVERIFY(!takenByAnother(
            PruneCategory::UnusedVolumes,
            QSet<PruneCategory>(std::begin(allPruneCategories), std::end(allPruneCategories))));
    }

    void ruleActiveStatesAndImageCategories()
    {
        for (const QString &s : {u"running"_s, u"paused"_s, u"restarting"_s})
            QVERIFY2(isActiveState(s), qPrintable(s));
        for (const QString &s : {u"exited"_s, u"created"_s, u"dead"_s, u"removing"_s})
            QVERIFY2(!isActiveState(s), qPrintable(s));
        QVERIFY(isImageCategory(PruneCategory::DanglingImages));
        QVERIFY(isImageCategory(PruneCategory::UnusedImages));
        QVERIFY(!isImageCategory(PruneCategory::StoppedContainers));
        QVERIFY(!isImageCategory(PruneCategory::BuildCache));
    }

    void ruleImageTags()
    {
        QCOMPARE(imageTags(
                     candidate(PruneCategory::UnusedImages, u"sha256:a"_s, u"web:1, web:latest"_s)),
                 (QStringList{u"web:1"_s, u"web:latest"_s}));
        QVERIFY(
            imageTags(candidate(PruneCategory::DanglingImages, u"sha256:a"_s, u"0123456789ab"_s))
                .isEmpty());
        QVERIFY(imageTags(candidate(PruneCategory::DanglingImages, u"sha256:a"_s, u"sha256:0123"_s))
                    .isEmpty());
    }

    void rulePrunableImages()
    {
        PruneListing l;
        l.images = {image(u"tagged"_s, {u"web:1"_s}),
                    image(u"head"_s, {}),
                    image(u"intermediate"_s, {}),
                    image(u"child"_s, {u"app:1"_s}, u"intermediate"_s),
                    image(u"used"_s, {}),
                    image(u"usedTagged"_s, {u"db:1"_s})};
        l.containers = {container(u"c1"_s, u"exited"_s, u"used"_s),
                        container(u"c2"_s, u"running"_s, u"usedTagged"_s)};
        QHash<QString, QStringList> usedBy;
        // Dangling: the untagged heads no container uses.
        QCOMPARE(idsOf(prunableImages(l, true, &usedBy)), QStringList{u"head"_s});
        QCOMPARE(usedBy.value(u"used"_s), QStringList{u"c1"_s});
        // -a: tagged or head, never an intermediate one, never one in use (running or not).
        usedBy.clear();
        QCOMPARE(idsOf(prunableImages(l, false, &usedBy)),
                 (QStringList{u"child"_s, u"head"_s, u"tagged"_s}));
        QCOMPARE(usedBy.value(u"usedTagged"_s), QStringList{u"c2"_s});
    }

    void ruleNetworkPrunable()
    {
        PruneListing l;
        l.usage = {usage(u"c1"_s, u"running"_s, {}, u"busy"_s),
                   usage(u"c2"_s, u"exited"_s, {}, u"idle"_s)};
        QVERIFY(networkPrunable(network(u"freeid"_s, u"free"_s), l));
        QVERIFY(networkPrunable(network(u"idleid"_s, u"idle"_s), l));      // only a stopped user
        QVERIFY(!networkPrunable(network(u"busyid"_s, u"busy"_s), l));     // a running user
        QVERIFY(!networkPrunable(network(u"bridgeid"_s, u"bridge"_s), l)); // predefined
        QVERIFY(!networkPrunable(network(u"swarmid"_s, u"overlay1"_s, u"swarm"_s), l));
    }

    // A swarm node: its swarm networks are listed, its gateway bridge is no candidate (the
    // ingress sandbox holds it); a plain engine's docker_gwbridge is an ordinary network.
    void ruleSwarmNetworks()
    {
        PruneListing l;
        l.networks = {network(u"gwid"_s, u"docker_gwbridge"_s)};
        QVERIFY(!swarmNetworkListed(l.networks));
        QVERIFY(networkPrunable(l.networks.first(), l));
        l.networks << network(u"ingressid"_s, u"ingress"_s, u"swarm"_s);
        QVERIFY(swarmNetworkListed(l.networks));
        QVERIFY(!networkPrunable(l.networks.first(), l));
        QVERIFY(networkPrunable(network(u"freeid"_s, u"free"_s), l));

        QVERIFY(
            isSwarmManager(QJsonObject{{u"Swarm"_s, QJsonObject{{u"LocalNodeState"_s, u"active"_s},
                                                                {u"ControlAvailable"_s, true}}}}));
        QVERIFY(!isSwarmManager(
            QJsonObject{{u"Swarm"_s, QJsonObject{{u"LocalNodeState"_s, u"active"_s},
                                                 {u"ControlAvailable"_s, false}}}})); // a worker
        QVERIFY(!isSwarmManager(
            QJsonObject{{u"Swarm"_s, QJsonObject{{u"LocalNodeState"_s, u"inactive"_s}}}}));
        QVERIFY(!isSwarmManager(QJsonObject()));
    }

    // On a swarm manager the networks go one by one, even all ticked; the others still prune.
    void swarmManagerRemovesNetworksOneByOne()
    {
        PrunePreview p;
        p.computedAt = at("2026-11-29T12:00:00.000Z");
        p.candidates = {candidate(PruneCategory::StoppedContainers, u"c1id"_s, u"c1"_s, 0,
                                  at("2026-11-29T11:00:00.000Z")),
                        candidate(PruneCategory::UnusedNetworks, u"n1id"_s, u"n1"_s, 0,
                                  at("2026-11-29T11:00:00.000Z")),
                        candidate(PruneCategory::UnusedNetworks, u"n2id"_s, u"n2"_s, 0,
                                  at("2026-11-29T11:00:00.000Z"))};
        QCOMPARE(pruneCommandLines(p, ApiVersion::baseline()).at(1),
                 u"docker network prune -f --filter until=2026-11-29T12:00:00.000Z"_s);
        p.swarmManager = true;
        QCOMPARE(
            pruneCommandLines(p, ApiVersion::baseline()),
            (QStringList{u"docker container prune -f --filter until=2026-11-29T12:00:00.000Z"_s,
                         u"docker network rm n1id"_s, u"docker network rm n2id"_s}));
        PruneFindings f;
        f.categories = {PruneCategory::UnusedNetworks};
        f.engineNow = p.computedAt;
        f.swarmManager = true;
        QVERIFY(f.preview().swarmManager);
    }

    // The build cache's age is the time since the preview at the moment asked, rounded up.
    void buildCacheAgeAtTheMomentAsked()
    {
        const QDateTime preview = at("2026-11-29T12:00:00.000Z");
        QCOMPARE(buildCacheAge(preview, preview), u"1s"_s); // never 0 (no filter)
        QCOMPARE(buildCacheAge(preview, preview.addMSecs(1)), u"1s"_s);
        QCOMPARE(buildCacheAge(preview, preview.addMSecs(4001)), u"5s"_s);
        QCOMPARE(buildCacheAge(preview, preview.addSecs(600)), u"600s"_s);
        QCOMPARE(buildCacheAge(preview, preview.addSecs(-5)), u"1s"_s); // a clock set back

        PrunePreview p;
        p.computedAt = preview;
        p.computedAtLocal = preview;
        p.candidates = {candidate(PruneCategory::BuildCache, u"r1"_s, u"r1"_s, 512)};
        const QList<PruneStep> steps = pruneSteps(p);
        QCOMPARE(steps.size(), 1);
        QVERIFY(steps.first().ageSincePreview); // the runner asks again when it sends it
        const Action later = buildCacheAgeAction(p, preview.addSecs(90));
        QCOMPARE(shellJoin(later.command), u"docker builder prune -a -f --filter until=90s"_s);
        QCOMPARE(filtersOf(later.request), (QJsonObject{{u"until"_s, QJsonArray{u"90s"_s}}}));
        QVERIFY(later.request.path.startsWith(u"/build/prune?all=1&"_s));
        // Unticked records go by ID: no age.
        p.candidates << candidate(PruneCategory::BuildCache, u"r2"_s, u"r2"_s, 512);
        p.candidates[1].selected = false;
        QVERIFY(!pruneSteps(p).first().ageSincePreview);
    }

    // Removals by name carry what must still hold right before they are sent.
    void removalsByNameAreGuarded()
    {
        PrunePreview p;
        p.computedAt = at("2026-11-29T12:00:00.000Z");
        p.candidates = {
            candidate(PruneCategory::UnusedImages, u"sha256:aaaa"_s, u"web:1, web:latest"_s),
            candidate(PruneCategory::DanglingImages, u"sha256:dddd"_s, u"dddd"_s),
            candidate(PruneCategory::UnusedVolumes, u"v1"_s, u"v1"_s, 10,
                      at("2026-11-29T11:00:00.000Z")),
            candidate(PruneCategory::StoppedContainers, u"c1id"_s, u"c1"_s),
            candidate(PruneCategory::UnusedImages, u"sha256:eeee"_s, u"other:1"_s)};
        p.candidates[4].selected = false; // partial: images go one by one
        const QList<PruneStep> steps = pruneSteps(p);
        QHash<QString, PruneStep> byLine;
        for (const PruneStep &s : steps)
            byLine.insert(shellJoin(s.action.command), s);
        const PruneStep web1 = byLine.value(u"docker image rm web:1"_s);
        QCOMPARE(web1.guard, PruneStep::Guard::ImageTag);
        QCOMPARE(web1.guardedName, u"web:1"_s);
        QCOMPARE(web1.expectedId, u"sha256:aaaa"_s);
        QCOMPARE(web1.guardRequest().path, u"/images/web:1/json"_s);
        QCOMPARE(byLine.value(u"docker image rm web:latest"_s).expectedId, u"sha256:aaaa"_s);
        // By ID: nothing to check, the ID is the image.
        QCOMPARE(byLine.value(u"docker image rm dddd"_s).guard, PruneStep::Guard::None);
        const PruneStep v1 = byLine.value(u"docker volume rm v1"_s);
        QCOMPARE(v1.guard, PruneStep::Guard::VolumeCreated);
        QCOMPARE(v1.expectedCreated, at("2026-11-29T11:00:00.000Z"));
        QCOMPARE(v1.guardRequest().path, u"/volumes/v1"_s);
        QCOMPARE(
            byLine.value(u"docker container prune -f --filter until=2026-11-29T12:00:00.000Z"_s)
                .guard,
            PruneStep::Guard::None);

        // The decision, from the object as it is now.
        QVERIFY(staleReason(web1, QJsonObject{{u"Id"_s, u"sha256:aaaa"_s}}).isEmpty());
        QVERIFY(staleReason(web1, QJsonObject{{u"Id"_s, u"sha256:bbbb"_s}})
                    .contains(u"another image"_s));
        QVERIFY(!staleReason(web1, QJsonObject()).isEmpty()); // the tag is gone
        QVERIFY(staleReason(v1, QJsonObject{{u"Name"_s, u"v1"_s},
                                            {u"CreatedAt"_s, u"2026-11-29T11:00:00Z"_s}})
                    .isEmpty());
        QVERIFY(staleReason(v1, QJsonObject{{u"Name"_s, u"v1"_s},
                                            {u"CreatedAt"_s, u"2026-11-29T12:00:05Z"_s}})
                    .contains(u"made again"_s));
        QVERIFY(staleReason(v1, QJsonObject{{u"Name"_s, u"v1"_s},
                                            {u"CreatedAt"_s, u"2026-11-29T12:00:00+01:00"_s}})
                    .isEmpty()); // the same moment in another zone
        QVERIFY(!staleReason(v1, QJsonObject()).isEmpty());
        PruneStep unknown = v1;
        unknown.expectedCreated = {};
        QVERIFY(staleReason(unknown, QJsonObject{{u"CreatedAt"_s, u"2026-11-29T12:00:05Z"_s}})
                    .isEmpty());
        QVERIFY(staleReason(PruneStep(), QJsonObject()).isEmpty());
    }

    // A volume or an image only stopped containers use waits for them (dependsOn); one a
    // running container uses is no candidate.
    void findingsHoldWhatStoppedContainersUse()
    {
        PruneFindings f;
        f.categories = {PruneCategory::StoppedContainers, PruneCategory::UnusedVolumes,
                        PruneCategory::UnusedImages};
        f.engineNow = at("2026-11-29T12:00:00.000Z");
        f.listing.containers = {container(u"stopped"_s, u"exited"_s, u"sha256:old"_s),
                                container(u"live"_s, u"running"_s, u"sha256:kept"_s)};
        f.listing.usage = {usage(u"stopped"_s, u"exited"_s, {u"data"_s}),
                           usage(u"live"_s, u"running"_s, {u"busy"_s})};
        f.listing.images = {image(u"sha256:old"_s, {u"old:1"_s}),
                            image(u"sha256:kept"_s, {u"kept:1"_s})};
        for (const QString &v : {u"data"_s, u"busy"_s, u"free"_s}) {
            DiskUsageItem item;
            item.category = Category::Volume;
            item.id = item.name = v;
            item.inUse = v != u"free"_s;
            item.size = 10;
            f.df.items << item;
        }
        const PrunePreview p = f.preview();
        QHash<QString, QStringList> waits;
        for (const PruneCandidate &c : p.candidates)
            waits.insert(c.id, c.dependsOn);
        QCOMPARE(waits.keys().size(), 4);
        QCOMPARE(waits.value(u"stopped"_s), QStringList());
        QCOMPARE(waits.value(u"free"_s), QStringList());
        QCOMPARE(waits.value(u"data"_s), QStringList{u"stopped"_s});
        QCOMPARE(waits.value(u"sha256:old"_s), QStringList{u"stopped"_s});
        QVERIFY(!waits.contains(u"live"_s));
        QVERIFY(!waits.contains(u"busy"_s));
        QVERIFY(!waits.contains(u"sha256:kept"_s));
    }
};

QTEST_GUILESS_MAIN(TestPrunePlan)
#include "tst_prune_plan.moc"
