#include "cleanup/DiskUsage.h"

#include "api/DockerClient.h"
#include "api/ParseSupport.h"
#include "api/Parsers.h"
#include "core/Format.h"
#include "core/Numbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// Two shapes of GET /system/df:
//
// - up to API 1.51 (and still in 1.52 unless verbose=1): LayersSize plus the lists Images,
//   Containers, Volumes and BuildCache, from which the totals are computed here the way
//   `docker system df` computes them;
// - from API 1.52: ImageUsage, ContainerUsage, VolumeUsage and BuildCacheUsage, each a
//   summary {ActiveCount, TotalCount, Reclaimable, TotalSize} with its list under Items
//   (Items only with verbose=1). 1.52 sends both shapes, 1.53 only the new one. The shape is
//   the one of moby's api/docs/v1.53.yaml (definitions ImagesDiskUsage, ContainersDiskUsage,
//   VolumesDiskUsage, BuildCacheDiskUsage); the 1.52 changelog spells the keys
//   ImagesUsage/ContainersUsage/VolumesUsage, so both spellings are read.
namespace gantry {

namespace {

using parse::malformed;

qint64 int64(const QJsonValue &v, qint64 fallback = 0)
{
    return toInt64(v, fallback);
}

using Category = DiskUsageItem::Category;

DiskUsageItem imageItem(const QJsonObject &o)
{
    DiskUsageItem i;
    i.category = Category::Image;
    i.id = o.value("Id"_L1).toString();
    // Podman 4.3 sends the bare hex and, as RepoTags, only the tags ("latest"): the ID gets
    // the algorithm the image listing has, and a tag without its repository names nothing.
    i.id = imageIdWithAlgorithm(i.id);
    QStringList tags;
    for (const QJsonValue &t : o.value("RepoTags"_L1).toArray()) {
        const QString tag = t.toString();
        if (tag != u"<none>:<none>"_s && (tag.contains(u':') || tag.contains(u'@')))
            tags << familiarReference(tag);
    }
    i.name = tags.isEmpty() ? shortId(i.id) : tags.join(u", "_s);
    i.size = int64(o.value("Size"_L1));
    const qint64 shared = int64(o.value("SharedSize"_L1), -1);
    i.inUse = o.value("Containers"_L1).toInt(0) > 0;
    i.reclaimable = i.inUse ? 0 : subClamped(i.size, qMax<qint64>(shared, 0));
    i.created = parse::fromUnixSeconds(o.value("Created"_L1));
    return i;
}

DiskUsageItem containerItem(const QJsonObject &o)
{
    DiskUsageItem i;
    i.category = Category::Container;
    i.id = o.value("Id"_L1).toString();
    const QString name = o.value("Names"_L1).toArray().first().toString();
    i.name = name.startsWith(u'/') ? name.mid(1) : name;
    if (i.name.isEmpty())
        i.name = shortId(i.id);
    i.size = int64(o.value("SizeRw"_L1));
    // As `docker system df` counts them: running, paused and restarting ones are active.
    i.inUse = ContainerState::parse(o.value("State"_L1).toString()).isActive();
    i.reclaimable = i.inUse ? 0 : i.size;
    i.created = parse::fromUnixSeconds(o.value("Created"_L1));
    return i;
}

DiskUsageItem volumeItem(const QJsonObject &o)
{
    DiskUsageItem i;
    i.category = Category::Volume;
    i.id = o.value("Name"_L1).toString();
    i.name = i.id;
    const QJsonObject usage = o.value("UsageData"_L1).toObject();
    i.size = int64(usage.value("Size"_L1), -1); // -1: the driver does not tell
    i.inUse = int64(usage.value("RefCount"_L1), 0) > 0;
    i.reclaimable = i.inUse ? 0 : qMax<qint64>(i.size, 0);
    i.created = parse::fromRfc3339(o.value("CreatedAt"_L1));
    return i;
}

DiskUsageItem cacheItem(const QJsonObject &o)
{
    DiskUsageItem i;
    i.category = Category::BuildCache;
    i.id = o.value("ID"_L1).toString();
    i.name = o.value("Description"_L1).toString();
    if (i.name.isEmpty())
        i.name = o.value("Type"_L1).toString();
    i.size = int64(o.value("Size"_L1));
    i.inUse = o.value("InUse"_L1).toBool();
    // A shared record's data also belongs to an image: removing the record frees nothing.
    i.reclaimable = i.inUse || o.value("Shared"_L1).toBool() ? 0 : i.size;
    i.created = parse::fromRfc3339(o.value("CreatedAt"_L1));
    return i;
}

struct Kind {
    const char *legacyList;   // 1.41 list
    const char *summaries[2]; // 1.52+ summary object (as the swagger, as the changelog)
    const char *idKey;
    DiskUsageItem (*convert)(const QJsonObject &);
};

// Reads one category's list (legacy list or the summary's Items) into `out`.
Result<bool> readItems(const QJsonObject &root, const Kind &kind, QJsonObject &summary,
                       QList<DiskUsageItem> &out)
{
    const QJsonValue legacy = root.value(QLatin1StringView(kind.legacyList));
    QJsonValue items;
    for (const char *key : kind.summaries) {
        if (!key)
            continue;
        const QJsonValue s = root.value(QLatin1StringView(key));
        if (s.isUndefined() || s.isNull())
            continue;
        if (!s.isObject())
            return malformed(QCoreApplication::translate("Parse", "%1 is not an object")
                                 .arg(QLatin1StringView(key)));
        summary = s.toObject();
        items = summary.value("Items"_L1);
        break;
    }
    // 1.52 without verbose: the summary has no Items, the legacy list has them.
    if (items.isUndefined() || items.isNull())
        items = legacy;
    if (items.isUndefined() || items.isNull())
        return false;
    if (!items.isArray())
        return malformed(QCoreApplication::translate("Parse", "%1 is not a list")
                             .arg(QLatin1StringView(kind.legacyList)));
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || o.value(QLatin1StringView(kind.idKey)).toString().isEmpty())
            return malformed(QCoreApplication::translate("Parse", "an entry without %1")
                                 .arg(QLatin1StringView(kind.idKey)));
        out.append(kind.convert(o));
    }
    return true;
}

// Totals from the summary when the engine sent one, else computed from the items.
DiskUsage::Totals totals(const QJsonObject &summary, const QList<DiskUsageItem> &items,
                         Category category, qint64 layersSize)
{
    DiskUsage::Totals t;
    for (const DiskUsageItem &i : items) {
        if (i.category != category)
            continue;
        ++t.count;
        t.active += i.inUse ? 1 : 0;
        t.size = addClamped(t.size, qMax<qint64>(i.size, 0));
        t.reclaimable = addClamped(t.reclaimable, i.reclaimable);
    }
    if (category == Category::Image)
        t.size = layersSize; // images share layers: not the sum of the images' sizes
    if (!summary.isEmpty()) {
        t.count = int(int64(summary.value("TotalCount"_L1), t.count));
        t.active = int(int64(summary.value("ActiveCount"_L1), t.active));
        t.size = int64(summary.value("TotalSize"_L1), t.size);
        t.reclaimable = int64(summary.value("Reclaimable"_L1), t.reclaimable);
    }
    return t;
}

} // namespace

namespace parse {

Result<DiskUsage> diskUsage(const QByteArray &json)
{
    const Result<QJsonObject> o = object(json);
    if (!o)
        return o.error();
    const QJsonObject &root = o.value();

    static const Kind images{"Images", {"ImageUsage", "ImagesUsage"}, "Id", &imageItem};
    static const Kind containers{
        "Containers", {"ContainerUsage", "ContainersUsage"}, "Id", &containerItem};
    static const Kind volumes{"Volumes", {"VolumeUsage", "VolumesUsage"}, "Name", &volumeItem};
    static const Kind cache{"BuildCache", {"BuildCacheUsage", nullptr}, "ID", &cacheItem};

    DiskUsage du;
    QJsonObject sums[4];
    const Kind *kinds[4] = {&images, &containers, &volumes, &cache};
    bool any = false;
    for (int k = 0; k < 4; ++k) {
        const Result<bool> r = readItems(root, *kinds[k], sums[k], du.items);
        if (!r)
            return r.error();
        any = any || r.value() || !sums[k].isEmpty();
    }
    const QJsonValue layers = root.value("LayersSize"_L1);
    if (!any && !layers.isDouble())
        return malformed(
            QCoreApplication::translate("Parse", "no disk usage category in the answer"));
    du.layersSize = int64(layers, int64(sums[0].value("TotalSize"_L1)));
    if (du.layersSize == 0 && sums[0].isEmpty()) {
        // Podman 4.3 says LayersSize 0 whatever it stores: the images' own parts
        // (Size - SharedSize) plus the largest shared part, counted once, come close (exact
        // when the shared layers are one base, as an image family's are).
        qint64 unique = 0, shared = 0;
        for (const QJsonValue &v : root.value("Images"_L1).toArray()) {
            const QJsonObject i = v.toObject();
            const qint64 size = int64(i.value("Size"_L1));
            const qint64 common = qBound<qint64>(0, int64(i.value("SharedSize"_L1), 0), size);
            unique = addClamped(unique, size - common);
            shared = qMax(shared, common);
        }
        du.layersSize = addClamped(unique, shared);
    }

    du.images = totals(sums[0], du.items, Category::Image, du.layersSize);
    if (sums[0].isEmpty()) {
        // As `docker system df` says it: all layers minus the unique part (Size - SharedSize)
        // of the images in use. Layers an image in use shares with unused ones count as
        // reclaimable there, so they do here.
        qint64 used = 0;
        for (const QJsonValue &v : root.value("Images"_L1).toArray()) {
            const QJsonObject i = v.toObject();
            const qint64 shared = int64(i.value("SharedSize"_L1), -1);
            if (i.value("Containers"_L1).toInt(0) > 0 && shared >= 0)
                used = addClamped(used, subClamped(int64(i.value("Size"_L1)), shared));
        }
        du.images.reclaimable = qMax<qint64>(0, subClamped(du.layersSize, used));
    }
    du.containers = totals(sums[1], du.items, Category::Container, 0);
    du.volumes = totals(sums[2], du.items, Category::Volume, 0);
    du.buildCache = totals(sums[3], du.items, Category::BuildCache, 0);
    return du;
}

} // namespace parse

Reply *fetchDiskUsage(DockerClient *client, QObject *context,
                      std::function<void(Result<DiskUsage>)> done)
{
    Request r;
    r.path = u"/system/df"_s;
    if (client->apiVersion() >= ApiVersion(1, 52))
        r.path += u"?verbose=1"_s; // the per-item lists; without it 1.53 sends totals only
    r.timeoutMs = 10 * 60 * 1000;  // minutes on hosts with many layers and volumes
    Reply *reply = client->send(r);
    QObject::connect(reply, &Reply::finished, context ? context : client, [reply, done] {
        if (reply->error().isError())
            done(reply->error());
        else
            done(parse::diskUsage(reply->body()));
    });
    return reply;
}

} // namespace gantry
