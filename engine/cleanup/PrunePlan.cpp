#include "cleanup/PrunePlan.h"

#include "api/DockerClient.h"
#include "api/Parsers.h"
#include "api/ResourceUsage.h"
#include "cleanup/DiskUsage.h"
#include "core/Format.h"
#include "specs/VolumeNetworkSpecs.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

// What keeps "nothing made after the preview is removed" true, category by category:
//
// - stopped containers, unused networks, dangling and unused images, when nothing was
//   unticked: one prune call filtered with until=T, where T is the engine's clock when the
//   listing began (GET /info's SystemTime, sent before any listing), raised to just past the
//   newest previewed item of that category (their creation times are read to the
//   millisecond). The engine compares until with the creation time of containers, networks
//   and images, so anything made after the listing is newer than T and stays.
//   until cannot protect what existed before but became prunable after the preview (a
//   container that stopped, an image that lost its tag or its last container, an image
//   pulled after the preview but built before it): right before each such prune call,
//   runPrune lists that category again and, if the prune would take anything the preview
//   did not show, removes the previewed items one by one instead (and says so in a note).
// - volumes: always one by one (docker volume rm NAME). Volume prune has no until filter
//   (1.41 knows only label), and a volume made by `docker run -v` is unused for a moment
//   before its container exists: a prune could take it.
// - build cache, nothing unticked: docker builder prune -a --filter until=AGE, AGE being the
//   time since the preview: the engine keeps records used (or made) within that age.
//   Unticked records: one prune per record with the filter id=ID.
// - something unticked: one removal per ticked item (docker rm, docker rmi, docker network
//   rm, ...), so exactly the previewed items go. None is forced: the engine refuses (409) to
//   remove a container that runs, an image or a volume that a container uses.
namespace gantry {

namespace {

bool isActive(const ContainerState &state)
{
    // What the engine counts as running: prune leaves them, and their networks.
    return state.isActive();
}

bool isImageCategory(PruneCategory c)
{
    return c == PruneCategory::DanglingImages || c == PruneCategory::UnusedImages;
}

// chain[0] = diff[0], chain[i] = sha256(chain[i-1] + " " + diff[i]): the layer store's keys.
QStringList chainIds(const QStringList &diffIds)
{
    QStringList out;
    QString chain;
    for (const QString &diff : diffIds) {
        if (chain.isEmpty()) {
            chain = diff;
        } else {
            const QByteArray h = QCryptographicHash::hash((chain + u' ' + diff).toUtf8(),
                                                          QCryptographicHash::Sha256);
            chain = u"sha256:"_s + QString::fromLatin1(h.toHex());
        }
        out << chain;
    }
    return out;
}

// History steps that make no layer: classic builder "#(nop) CMD ...", BuildKit "CMD ...".
bool looksLikeMetadataStep(const QString &createdBy)
{
    if (createdBy.contains(u"#(nop) "_s))
        return !createdBy.contains(u"#(nop) ADD"_s) && !createdBy.contains(u"#(nop) COPY"_s);
    static const QStringList metadata{u"ENV "_s,         u"LABEL "_s,  u"CMD "_s,  u"ENTRYPOINT "_s,
                                      u"EXPOSE "_s,      u"VOLUME "_s, u"USER "_s, u"STOPSIGNAL "_s,
                                      u"HEALTHCHECK "_s, u"SHELL "_s,  u"ARG "_s,  u"ONBUILD "_s,
                                      u"MAINTAINER "_s};
    return std::any_of(metadata.begin(), metadata.end(),
                       [&](const QString &m) { return createdBy.startsWith(m); });
}

// Each layer's size from the image history (newest entry first). The history does not say
// which entries made a layer: entries with a size do, entries of 0 bytes may (RUN true) or
// may not (CMD). Zero-byte layers weigh nothing, so a wrong guess only moves nothing around.
QList<qint64> layerSizes(const QList<HistoryEntry> &history, qsizetype layers)
{
    QList<HistoryEntry> oldestFirst(history.rbegin(), history.rend());
    QList<qint64> nonZero, bearing, all;
    for (const HistoryEntry &h : std::as_const(oldestFirst)) {
        all << h.size;
        if (h.size > 0)
            nonZero << h.size;
        if (h.size > 0 || !looksLikeMetadataStep(h.createdBy))
            bearing << h.size;
    }
    QList<qint64> sizes;
    if (nonZero.size() == layers)
        sizes = nonZero;
    else if (bearing.size() == layers)
        sizes = bearing;
    else if (all.size() == layers)
        sizes = all;
    else
        sizes = nonZero.mid(0, layers);
    sizes.resize(layers, 0);
    return sizes;
}

QString untilText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString filtersQueryValue(const QJsonObject &filters)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(
        QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))));
}

Request pruneRequest(const QString &path, const QJsonObject &filters, bool all = false)
{
    QUrlQuery q;
    if (all)
        q.addQueryItem(u"all"_s, u"1"_s);
    if (!filters.isEmpty())
        q.addQueryItem(u"filters"_s, filtersQueryValue(filters));
    Request r;
    r.method = "POST";
    const QString query = q.toString(QUrl::FullyEncoded);
    r.path = query.isEmpty() ? path : path + u'?' + query;
    r.timeoutMs = 10 * 60 * 1000; // a prune of thousands of layers takes minutes
    return r;
}

// -- which candidates go ------------------------------------------------------------------

const PruneCandidate *findCandidate(const PrunePreview &p, const QString &id)
{
    for (const PruneCandidate &c : p.candidates) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

// Ticked, and nothing it waits for was unticked.
bool removable(const PrunePreview &p, const PruneCandidate &c)
{
    if (!c.selected)
        return false;
    return std::all_of(c.dependsOn.begin(), c.dependsOn.end(), [&](const QString &dep) {
        const PruneCandidate *d = findCandidate(p, dep);
        return d && d->selected;
    });
}

QList<const PruneCandidate *> ofCategory(const PrunePreview &p, PruneCategory category)
{
    QList<const PruneCandidate *> out;
    for (const PruneCandidate &c : p.candidates) {
        if (c.category == category)
            out << &c;
    }
    return out;
}

bool allSelected(const QList<const PruneCandidate *> &list)
{
    return std::all_of(list.begin(), list.end(),
                       [](const PruneCandidate *c) { return c->selected; });
}

// Just past the newest of `list`, and never before the preview's clock.
QDateTime untilFor(const PrunePreview &p, const QList<const PruneCandidate *> &list)
{
    QDateTime t = p.computedAt.toUTC();
    for (const PruneCandidate *c : list) {
        if (c->created.isValid()) {
            const QDateTime after = c->created.toUTC().addMSecs(1); // created is cut to ms
            if (after > t)
                t = after;
        }
    }
    return t;
}

// Tags of an image candidate: its name when that is a list of references (see the planner).
QStringList imageTags(const PruneCandidate &c)
{
    const QStringList parts = c.name.split(u", "_s, Qt::SkipEmptyParts);
    const bool tags = !parts.isEmpty() && std::all_of(parts.begin(), parts.end(), [](auto &s) {
        return s.contains(u':') && !s.startsWith(u"sha256:"_s);
    });
    return tags ? parts : QStringList();
}

// One step of the plan: a prune call, or the removal of one item.
struct Step {
    PruneCategory category = PruneCategory::DanglingImages;
    bool prune = false;
    bool danglingOnly = true; // image prunes
    QDateTime until;          // prune calls filtered by creation time
    Action action;
    QStringList ids; // the candidates it removes
};

QList<Step> itemSteps(const PrunePreview &p, const QList<const PruneCandidate *> &list)
{
    QList<Step> out;
    for (const PruneCandidate *c : list) {
        if (!removable(p, *c))
            continue;
        Step s;
        s.category = c->category;
        s.ids = {c->id};
        switch (c->category) {
        case PruneCategory::StoppedContainers: {
            ContainerActionSpec spec;
            spec.verb = ContainerActionSpec::Verb::Remove;
            spec.id = c->id;
            spec.name = c->name;
            s.action = spec.action();
            out << s;
            break;
        }
        case PruneCategory::UnusedNetworks:
            // By ID: two networks may share a name.
            s.action = NetworkRemoveSpec{c->id}.action();
            s.action.target = c->name;
            out << s;
            break;
        case PruneCategory::UnusedVolumes:
            s.action = VolumeRemoveSpec{c->name, false}.action();
            out << s;
            break;
        case PruneCategory::DanglingImages:
        case PruneCategory::UnusedImages: {
            // By ID an image with several tags needs force (which would also take one a
            // stopped container uses): remove its tags one by one, as the prune does; the
            // last one removes the image.
            const QStringList tags = imageTags(*c);
            if (tags.isEmpty()) {
                s.action = ImageRemoveSpec{c->id, false, false}.action();
                s.action.target = c->name;
                out << s;
            }
            for (const QString &tag : tags) {
                s.action = ImageRemoveSpec{tag, false, false}.action();
                out << s;
            }
            break;
        }
        case PruneCategory::BuildCache: {
            const QJsonObject filters{{u"id"_s, QJsonArray{c->id}}};
            s.action.target = c->name;
            s.action.request = pruneRequest(u"/build/prune"_s, filters, true);
            s.action.command = {u"docker"_s, u"builder"_s,  u"prune"_s,      u"-a"_s,
                                u"-f"_s,     u"--filter"_s, u"id="_s + c->id};
            s.prune = true; // the answer is a prune report
            out << s;
            break;
        }
        }
    }
    return out;
}

Step pruneStep(const PrunePreview &p, PruneCategory category,
               const QList<const PruneCandidate *> &list, bool danglingOnly = true)
{
    Step s;
    s.category = category;
    s.prune = true;
    s.danglingOnly = danglingOnly;
    for (const PruneCandidate *c : list)
        s.ids << c->id;
    s.until = untilFor(p, list);
    const QString until = untilText(s.until);
    const QJsonObject untilFilter{{u"until"_s, QJsonArray{until}}};
    switch (category) {
    case PruneCategory::StoppedContainers:
        s.action.target = PrunePlanner::tr("stopped containers");
        s.action.request = pruneRequest(u"/containers/prune"_s, untilFilter);
        s.action.command = {u"docker"_s, u"container"_s, u"prune"_s,
                            u"-f"_s,     u"--filter"_s,  u"until="_s + until};
        break;
    case PruneCategory::UnusedNetworks:
        s.action.target = PrunePlanner::tr("unused networks");
        s.action.request = pruneRequest(u"/networks/prune"_s, untilFilter);
        s.action.command = {u"docker"_s, u"network"_s,  u"prune"_s,
                            u"-f"_s,     u"--filter"_s, u"until="_s + until};
        break;
    case PruneCategory::DanglingImages:
    case PruneCategory::UnusedImages: {
        QJsonObject filters = untilFilter;
        filters.insert(u"dangling"_s, QJsonArray{danglingOnly ? u"true"_s : u"false"_s});
        s.action.target =
            danglingOnly ? PrunePlanner::tr("dangling images") : PrunePlanner::tr("unused images");
        s.action.request = pruneRequest(u"/images/prune"_s, filters);
        s.action.command = {u"docker"_s, u"image"_s, u"prune"_s};
        if (!danglingOnly)
            s.action.command << u"-a"_s;
        s.action.command << u"-f"_s << u"--filter"_s << u"until="_s + until;
        break;
    }
    case PruneCategory::BuildCache: {
        // The engine reads until as an age for the build cache: the time since the preview,
        // rounded up (never 0: that would mean no filter).
        const qint64 ms = p.computedAtLocal.msecsTo(QDateTime::currentDateTimeUtc());
        const QString age = QString::number(qMax<qint64>(1, (ms + 999) / 1000)) + u's';
        s.action.target = PrunePlanner::tr("build cache");
        s.action.request = pruneRequest(u"/build/prune"_s, {{u"until"_s, QJsonArray{age}}}, true);
        s.action.command = {u"docker"_s, u"builder"_s,  u"prune"_s,       u"-a"_s,
                            u"-f"_s,     u"--filter"_s, u"until="_s + age};
        break;
    }
    case PruneCategory::UnusedVolumes: break; // never pruned: see the top of this file
    }
    return s;
}

QList<Step> planSteps(const PrunePreview &p)
{
    QList<Step> steps;
    // A prune call needs a clock to filter by; a preview without one goes item by item.
    const bool canPrune = p.computedAt.isValid();

    // docker system prune's order: containers first, then what they held.
    const auto simple = [&](PruneCategory category) {
        const auto list = ofCategory(p, category);
        if (list.isEmpty())
            return;
        if (canPrune && allSelected(list) && category != PruneCategory::UnusedVolumes)
            steps << pruneStep(p, category, list);
        else
            steps << itemSteps(p, list);
    };
    simple(PruneCategory::StoppedContainers);
    simple(PruneCategory::UnusedNetworks);
    simple(PruneCategory::UnusedVolumes);

    const auto dangling = ofCategory(p, PruneCategory::DanglingImages);
    const auto unused = ofCategory(p, PruneCategory::UnusedImages);
    const bool danglingFull = canPrune && !dangling.isEmpty() && allSelected(dangling);
    const bool unusedFull = canPrune && !unused.isEmpty() && allSelected(unused) &&
                            (dangling.isEmpty() || danglingFull);
    if (unusedFull) {
        // image prune -a takes the dangling ones too.
        steps << pruneStep(p, PruneCategory::UnusedImages, dangling + unused, false);
    } else {
        if (danglingFull)
            steps << pruneStep(p, PruneCategory::DanglingImages, dangling, true);
        else
            steps << itemSteps(p, dangling);
        steps << itemSteps(p, unused);
    }

    const auto cache = ofCategory(p, PruneCategory::BuildCache);
    if (!cache.isEmpty()) {
        if (canPrune && p.computedAtLocal.isValid() && allSelected(cache))
            steps << pruneStep(p, PruneCategory::BuildCache, cache);
        else
            steps << itemSteps(p, cache);
    }
    return steps;
}

} // namespace

// -- PrunePreview --------------------------------------------------------------------------

qint64 PrunePreview::freedBytes() const
{
    qint64 total = 0;
    QSet<QString> freedChains, keptChains = keptLayers, counted;
    for (const PruneCandidate &c : candidates) {
        if (counted.contains(c.id))
            continue; // an image listed under two categories counts once
        counted.insert(c.id);
        const bool goes = removable(*this, c);
        if (isImageCategory(c.category)) {
            for (const QString &chain : imageLayers.value(c.id))
                (goes ? freedChains : keptChains).insert(chain);
        } else if (goes && c.size > 0) {
            total += c.size; // -1 (unknown) counts as nothing
        }
    }
    for (const QString &chain : std::as_const(freedChains)) {
        if (!keptChains.contains(chain))
            total += layerSize.value(chain);
    }
    return total;
}

bool PrunePreview::partial() const
{
    return std::any_of(candidates.begin(), candidates.end(),
                       [](const PruneCandidate &c) { return !c.selected; });
}

QList<Action> pruneActions(const PrunePreview &preview, ApiVersion api)
{
    Q_UNUSED(api) // the same requests from 1.41 on; volumes are never pruned (no until)
    QList<Action> out;
    for (const Step &s : planSteps(preview))
        out << s.action;
    return out;
}

QStringList pruneCommandLines(const PrunePreview &preview, ApiVersion api)
{
    QStringList out;
    for (const Action &a : pruneActions(preview, api))
        out << shellJoin(a.command);
    return out;
}

// -- PrunePlanner --------------------------------------------------------------------------

namespace {

struct Listing {
    QList<ContainerSummary> containers;
    QList<ContainerUsage> usage;
    QHash<QString, qint64> sizeRw;
    QList<ImageSummary> images;
    QList<NetworkSummary> networks;
};

// The images a prune would consider, with the rules of the engine's image prune: dangling
// = untagged and no other image's parent (intermediate images of the classic builder go
// with their child); -a = tagged, or untagged and no image's parent. Never one a container
// uses (running or not); `usedBy` gets the users of the others.
QList<const ImageSummary *> prunableImages(const Listing &l, bool danglingOnly,
                                           QHash<QString, QStringList> *usedBy = nullptr)
{
    QSet<QString> parents;
    for (const ImageSummary &i : l.images) {
        if (!i.parentId.isEmpty())
            parents.insert(i.parentId);
    }
    QHash<QString, QStringList> users;
    for (const ContainerSummary &c : l.containers)
        users[c.imageId] << c.id;
    QList<const ImageSummary *> out;
    for (const ImageSummary &i : l.images) {
        const bool untagged = i.repoTags.isEmpty();
        const bool head = !parents.contains(i.id);
        if (danglingOnly ? !(untagged && head) : (untagged && !head))
            continue;
        if (users.contains(i.id)) {
            if (usedBy)
                usedBy->insert(i.id, users.value(i.id));
            continue;
        }
        out << &i;
    }
    return out;
}

bool networkPrunable(const NetworkSummary &n, const Listing &l)
{
    if (NetworkRemoveSpec::isPredefined(n.name) || n.scope != u"local"_s)
        return false;
    // The engine's network prune leaves a network only to running containers (a stopped
    // one holds no endpoint), so a network only stopped containers use is prunable.
    for (const ContainerUsage &u : l.usage) {
        if (isActive(u.state) && u.usesNetwork(n.id, n.name))
            return false;
    }
    return true;
}

Result<Listing> parseContainers(const QByteArray &json, Listing l)
{
    const auto containers = parse::containers(json);
    if (!containers)
        return containers.error();
    const auto usage = parse::containerUsage(json);
    if (!usage)
        return usage.error();
    l.containers = containers.value();
    l.usage = usage.value();
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        l.sizeRw.insert(o.value("Id"_L1).toString(), qint64(o.value("SizeRw"_L1).toDouble()));
    }
    return l;
}

} // namespace

struct PrunePlanner::State : std::enable_shared_from_this<PrunePlanner::State> {
    QPointer<PrunePlanner> planner;
    DockerClient *client = nullptr;
    QSet<PruneCategory> categories;
    bool running = true;
    QList<QPointer<Reply>> inflight;

    QDateTime engineNow, localNow;
    Listing listing;
    DiskUsage df;
    QHash<QString, QStringList> cacheParents;
    QHash<QString, QDateTime> preciseCreated;
    QHash<QString, QStringList> imageChains;
    QHash<QString, qint64> layerSize;
    QSet<QString> goneImages; // removed while we looked

    bool wants(PruneCategory c) const { return categories.contains(c); }
    bool wantsImages() const
    {
        return wants(PruneCategory::DanglingImages) || wants(PruneCategory::UnusedImages);
    }

    // Sends a request; `next` runs only while this computation is still the current one.
    void get(const QString &path, int timeoutMs,
             std::function<void(const QByteArray &body, Reply *reply)> next,
             std::function<bool(const EngineError &)> tolerate = {})
    {
        Request r;
        r.path = path;
        r.timeoutMs = timeoutMs;
        Reply *reply = client->send(r);
        inflight << reply;
        auto self = shared_from_this();
        QObject::connect(reply, &Reply::finished, planner, [self, reply, next, tolerate] {
            self->inflight.removeAll(reply);
            if (!self->running)
                return;
            if (reply->error().isError() && !(tolerate && tolerate(reply->error())))
                return self->fail(reply->error());
            next(reply->error().isError() ? QByteArray() : reply->body(), reply);
        });
    }

    // Up to four requests in flight; `next` once all have answered.
    void forEach(const QStringList &paths, std::function<void(int, const QByteArray &)> each,
                 std::function<void()> next, std::function<bool(const EngineError &)> tolerate)
    {
        struct Pool {
            QStringList paths;
            int next = 0, running = 0;
            bool done = false;
        };
        auto pool = std::make_shared<Pool>();
        pool->paths = paths;
        auto self = shared_from_this();
        // The pump holds itself only through the requests in flight (no cycle).
        auto pump = std::make_shared<std::function<void()>>();
        std::weak_ptr<std::function<void()>> weakPump = pump;
        *pump = [self, pool, each, next, tolerate, weakPump] {
            const auto strong = weakPump.lock();
            while (pool->running < 4 && pool->next < pool->paths.size()) {
                const int index = pool->next++;
                ++pool->running;
                self->get(
                    pool->paths.at(index), 60000,
                    [pool, index, each, strong](const QByteArray &body, Reply *) {
                        --pool->running;
                        each(index, body);
                        (*strong)();
                    },
                    tolerate);
            }
            if (pool->running == 0 && pool->next >= pool->paths.size() && !pool->done) {
                pool->done = true;
                next();
            }
        };
        (*pump)();
    }

    void fail(const EngineError &error)
    {
        running = false;
        for (const QPointer<Reply> &r : std::as_const(inflight)) {
            if (r)
                r->cancel();
        }
        inflight.clear();
        if (planner)
            emit planner->finished(Result<PrunePreview>(error));
    }

    void progress(const QString &what)
    {
        if (planner)
            emit planner->progress(what);
    }

    void start()
    {
        progress(PrunePlanner::tr("Reading the engine's clock"));
        // The clock first: everything listed afterwards existed at that time or later.
        get(u"/info"_s, 60000, [this](const QByteArray &body, Reply *reply) {
            localNow = QDateTime::currentDateTimeUtc();
            const auto info = parse::object(body);
            if (info)
                engineNow = parse::fromRfc3339(info->value("SystemTime"_L1));
            if (!engineNow.isValid()) {
                // The Date header (whole seconds, cut down: still not after the listing).
                // Qt reads "+0000" where HTTP writes "GMT".
                QString date = QString::fromLatin1(reply->header("date"));
                date.replace(u" GMT"_s, u" +0000"_s);
                engineNow = QDateTime::fromString(date, Qt::RFC2822Date).toUTC();
            }
            if (!engineNow.isValid())
                return fail(EngineError::protocol(
                    PrunePlanner::tr("The engine did not say what time it is.")));
            listContainers();
        });
    }

    void listContainers()
    {
        if (categories == QSet<PruneCategory>{PruneCategory::BuildCache})
            return listImages();
        progress(PrunePlanner::tr("Listing containers"));
        // size=1 for the writable layers: slow on big hosts, but this runs on demand only.
        const bool sizes = wants(PruneCategory::StoppedContainers);
        get(sizes ? u"/containers/json?all=1&size=1"_s : u"/containers/json?all=1"_s,
            10 * 60 * 1000, [this](const QByteArray &body, Reply *) {
                auto l = parseContainers(body, listing);
                if (!l)
                    return fail(l.error());
                listing = l.value();
                listImages();
            });
    }

    void listImages()
    {
        if (!wantsImages())
            return listNetworks();
        progress(PrunePlanner::tr("Listing images"));
        get(u"/images/json?all=1"_s, 10 * 60 * 1000, [this](const QByteArray &body, Reply *) {
            auto images = parse::images(body);
            if (!images)
                return fail(images.error());
            listing.images = images.value();
            listNetworks();
        });
    }

    void listNetworks()
    {
        if (!wants(PruneCategory::UnusedNetworks))
            return diskUsage();
        progress(PrunePlanner::tr("Listing networks"));
        get(u"/networks"_s, 60000, [this](const QByteArray &body, Reply *) {
            auto networks = parse::networks(body);
            if (!networks)
                return fail(networks.error());
            listing.networks = networks.value();
            diskUsage();
        });
    }

    void diskUsage()
    {
        const bool volumes = wants(PruneCategory::UnusedVolumes);
        const bool cache = wants(PruneCategory::BuildCache);
        if (!volumes && !cache)
            return inspectContainers();
        progress(PrunePlanner::tr("Measuring volumes and build cache (this can take minutes)"));
        QUrlQuery q;
        if (client->apiVersion() >= ApiVersion(1, 42)) {
            if (volumes)
                q.addQueryItem(u"type"_s, u"volume"_s);
            if (cache)
                q.addQueryItem(u"type"_s, u"build-cache"_s);
        }
        if (client->apiVersion() >= ApiVersion(1, 52))
            q.addQueryItem(u"verbose"_s, u"1"_s);
        const QString query = q.toString(QUrl::FullyEncoded);
        get(u"/system/df"_s + (query.isEmpty() ? QString() : u'?' + query), 10 * 60 * 1000,
            [this](const QByteArray &body, Reply *) {
                auto du = parse::diskUsage(body);
                if (!du)
                    return fail(du.error());
                df = du.value();
                // Parents of build cache records: children are removed first.
                const QJsonObject root = QJsonDocument::fromJson(body).object();
                QJsonArray records =
                    root.value("BuildCacheUsage"_L1).toObject().value("Items"_L1).toArray();
                if (records.isEmpty())
                    records = root.value("BuildCache"_L1).toArray();
                for (const QJsonValue &v : std::as_const(records)) {
                    const QJsonObject o = v.toObject();
                    QStringList parents;
                    for (const QJsonValue &p : o.value("Parents"_L1).toArray())
                        parents << p.toString();
                    if (!o.value("Parent"_L1).toString().isEmpty())
                        parents << o.value("Parent"_L1).toString();
                    cacheParents.insert(o.value("ID"_L1).toString(), parents);
                }
                inspectContainers();
            });
    }

    static bool notFound(const EngineError &e) { return e.kind() == EngineError::Kind::NotFound; }

    void inspectContainers()
    {
        // Their creation to the millisecond (the listing has whole seconds).
        QStringList ids, paths;
        if (wants(PruneCategory::StoppedContainers)) {
            for (const ContainerSummary &c : std::as_const(listing.containers)) {
                if (!isActive(c.state)) {
                    ids << c.id;
                    paths << u"/containers/"_s + pathSegment(c.id) + u"/json"_s;
                }
            }
        }
        if (!paths.isEmpty())
            progress(PrunePlanner::tr("Inspecting stopped containers"));
        forEach(
            paths,
            [this, ids](int i, const QByteArray &body) {
                const auto o = parse::object(body);
                if (o)
                    preciseCreated.insert(ids.at(i), parse::fromRfc3339(o->value("Created"_L1)));
            },
            [this] { inspectImages(); }, &notFound);
    }

    QList<const ImageSummary *> imageCandidates(bool danglingOnly,
                                                QHash<QString, QStringList> *usedBy)
    {
        return prunableImages(listing, danglingOnly, usedBy);
    }

    void inspectImages()
    {
        if (!wantsImages())
            return build();
        QStringList ids, paths;
        for (const ImageSummary &i : std::as_const(listing.images)) {
            ids << i.id;
            paths << u"/images/"_s + pathSegment(i.id) + u"/json"_s;
        }
        progress(PrunePlanner::tr("Reading the layers of %n image(s)", nullptr, int(ids.size())));
        forEach(
            paths,
            [this, ids](int i, const QByteArray &body) {
                const auto o = parse::object(body);
                if (!o) {
                    goneImages.insert(ids.at(i)); // 404: removed meanwhile
                    return;
                }
                QStringList diffs;
                const QJsonObject rootFs = o->value("RootFS"_L1).toObject();
                for (const QJsonValue &d : rootFs.value("Layers"_L1).toArray())
                    diffs << d.toString();
                imageChains.insert(ids.at(i), chainIds(diffs));
                preciseCreated.insert(ids.at(i), parse::fromRfc3339(o->value("Created"_L1)));
            },
            [this] { readHistories(); }, &notFound);
    }

    void readHistories()
    {
        // Layer sizes of the images that may go (the kept ones only need their chains).
        QSet<QString> wanted;
        QHash<QString, QStringList> usedBy;
        const bool all = wants(PruneCategory::UnusedImages);
        for (const ImageSummary *i : imageCandidates(!all, &usedBy))
            wanted.insert(i->id);
        if (wants(PruneCategory::StoppedContainers)) {
            // Also those only stopped containers use (any image: they are few).
            for (auto it = usedBy.cbegin(); it != usedBy.cend(); ++it)
                wanted.insert(it.key());
            for (const ContainerSummary &c : std::as_const(listing.containers)) {
                if (!isActive(c.state))
                    wanted.insert(c.imageId);
            }
        }
        QStringList ids, paths;
        for (const QString &id : std::as_const(wanted)) {
            if (goneImages.contains(id))
                continue;
            ids << id;
            paths << u"/images/"_s + pathSegment(id) + u"/history"_s;
        }
        forEach(
            paths,
            [this, ids](int i, const QByteArray &body) {
                const auto history = parse::history(body);
                if (!history) {
                    goneImages.insert(ids.at(i));
                    return;
                }
                const QStringList chains = imageChains.value(ids.at(i));
                const QList<qint64> sizes = layerSizes(history.value(), chains.size());
                for (qsizetype k = 0; k < chains.size(); ++k)
                    layerSize.insert(chains.at(k), sizes.at(k));
            },
            [this] { build(); }, &notFound);
    }

    QDateTime createdOf(const QString &id, const QDateTime &fallback) const
    {
        const QDateTime t = preciseCreated.value(id);
        return t.isValid() ? t : fallback;
    }

    void build()
    {
        PrunePreview p;
        p.computedAt = engineNow;
        p.computedAtLocal = localNow;
        p.categories = categories;

        // Stopped containers.
        QSet<QString> containerCandidates;
        if (wants(PruneCategory::StoppedContainers)) {
            for (const ContainerSummary &c : std::as_const(listing.containers)) {
                if (isActive(c.state))
                    continue;
                PruneCandidate pc;
                pc.category = PruneCategory::StoppedContainers;
                pc.id = c.id;
                pc.name = c.names.value(0, shortId(c.id));
                pc.size = listing.sizeRw.value(c.id);
                pc.created = createdOf(c.id, c.created);
                p.candidates << pc;
                containerCandidates.insert(c.id);
            }
        }
        // Something the containers use goes only if all its users go first.
        const auto onlyCandidatesUse = [&](const QStringList &users) {
            return !users.isEmpty() &&
                   std::all_of(users.begin(), users.end(),
                               [&](const QString &u) { return containerCandidates.contains(u); });
        };

        // Networks.
        if (wants(PruneCategory::UnusedNetworks)) {
            for (const NetworkSummary &n : std::as_const(listing.networks)) {
                if (!networkPrunable(n, listing))
                    continue;
                PruneCandidate pc;
                pc.category = PruneCategory::UnusedNetworks;
                pc.id = n.id;
                pc.name = n.name;
                pc.created = n.created;
                p.candidates << pc;
            }
        }

        // Volumes: unused (no container, running or stopped, mounts it), or used only by
        // stopped containers that go first.
        if (wants(PruneCategory::UnusedVolumes)) {
            for (const DiskUsageItem &v : std::as_const(df.items)) {
                if (v.category != DiskUsageItem::Category::Volume)
                    continue;
                QStringList users;
                for (const ContainerUsage &u : std::as_const(listing.usage)) {
                    if (u.volumes.contains(v.id))
                        users << u.id;
                }
                const bool unused = !v.inUse && users.isEmpty();
                if (!unused && !onlyCandidatesUse(users))
                    continue;
                PruneCandidate pc;
                pc.category = PruneCategory::UnusedVolumes;
                pc.id = v.id;
                pc.name = v.name;
                pc.size = v.size; // -1: unknown (not a local volume)
                pc.created = v.created;
                pc.dependsOn = unused ? QStringList() : users;
                p.candidates << pc;
            }
        }

        // Images.
        if (wantsImages()) {
            const auto dangling = imageCandidates(true, nullptr);
            const auto unused = imageCandidates(false, nullptr);
            QSet<QString> danglingIds;
            const auto add = [&](const ImageSummary &i, PruneCategory category,
                                 const QStringList &dependsOn) {
                if (goneImages.contains(i.id))
                    return;
                PruneCandidate pc;
                pc.category = category;
                pc.id = i.id;
                // Tags, comma-separated (pruneActions removes a tagged image tag by tag).
                pc.name = i.repoTags.isEmpty() ? shortId(i.id) : i.repoTags.join(u", "_s);
                pc.created = createdOf(i.id, i.created);
                pc.dependsOn = dependsOn;
                p.candidates << pc;
            };
            if (wants(PruneCategory::DanglingImages)) {
                for (const ImageSummary *i : dangling) {
                    add(*i, PruneCategory::DanglingImages, {});
                    danglingIds.insert(i->id);
                }
            }
            if (wants(PruneCategory::UnusedImages)) {
                for (const ImageSummary *i : unused) {
                    if (!danglingIds.contains(i->id))
                        add(*i, PruneCategory::UnusedImages, {});
                }
            }
            // Images only stopped containers that go use: they go after them (as with
            // docker system prune -a), never while such a container stays.
            QSet<QString> parents;
            for (const ImageSummary &i : std::as_const(listing.images))
                parents.insert(i.parentId);
            QHash<QString, QStringList> allUsers;
            for (const ContainerSummary &c : std::as_const(listing.containers))
                allUsers[c.imageId] << c.id;
            for (const ImageSummary &i : std::as_const(listing.images)) {
                const QStringList users = allUsers.value(i.id);
                if (!onlyCandidatesUse(users))
                    continue;
                // The engine's rules again: dangling = untagged head; -a = tagged or head.
                const bool untagged = i.repoTags.isEmpty();
                const bool head = !parents.contains(i.id);
                if (untagged && head && wants(PruneCategory::DanglingImages))
                    add(i, PruneCategory::DanglingImages, users);
                else if ((!untagged || head) && wants(PruneCategory::UnusedImages))
                    add(i, PruneCategory::UnusedImages, users);
            }

            // Layers: what the images that stay use is kept. Untagged images with children
            // (intermediate ones) add no layer of their own: their children hold them.
            QSet<QString> candidateIds;
            for (const PruneCandidate &c : std::as_const(p.candidates)) {
                if (isImageCategory(c.category))
                    candidateIds.insert(c.id);
            }
            QHash<QString, int> users;
            for (const ContainerSummary &c : std::as_const(listing.containers))
                users[c.imageId]++;
            for (const ImageSummary &i : std::as_const(listing.images)) {
                if (candidateIds.contains(i.id))
                    continue;
                const bool intermediate = i.repoTags.isEmpty() && parents.contains(i.id);
                if (intermediate && !users.contains(i.id))
                    continue;
                for (const QString &chain : imageChains.value(i.id))
                    p.keptLayers.insert(chain);
            }
            for (const QString &id : std::as_const(candidateIds)) {
                p.imageLayers.insert(id, imageChains.value(id));
                for (const QString &chain : imageChains.value(id))
                    p.layerSize.insert(chain, layerSize.value(chain));
            }
            // Each image's own size: the layers no other image (kept or candidate) uses.
            QHash<QString, int> chainUsers;
            for (const QString &chain : std::as_const(p.keptLayers))
                chainUsers[chain]++;
            for (const QString &id : std::as_const(candidateIds)) {
                for (const QString &chain : p.imageLayers.value(id))
                    chainUsers[chain]++;
            }
            for (PruneCandidate &c : p.candidates) {
                if (!isImageCategory(c.category))
                    continue;
                c.size = 0;
                for (const QString &chain : p.imageLayers.value(c.id)) {
                    if (chainUsers.value(chain) == 1)
                        c.size += p.layerSize.value(chain);
                }
            }
        }

        // Build cache: records not in use, children before parents.
        if (wants(PruneCategory::BuildCache)) {
            QList<DiskUsageItem> records;
            for (const DiskUsageItem &i : std::as_const(df.items)) {
                if (i.category == DiskUsageItem::Category::BuildCache && !i.inUse)
                    records << i;
            }
            while (!records.isEmpty()) {
                QSet<QString> parentsLeft;
                for (const DiskUsageItem &r : std::as_const(records)) {
                    for (const QString &parent : cacheParents.value(r.id))
                        parentsLeft.insert(parent);
                }
                QList<DiskUsageItem> rest;
                bool progressed = false;
                for (const DiskUsageItem &r : std::as_const(records)) {
                    if (parentsLeft.contains(r.id)) {
                        rest << r;
                        continue;
                    }
                    progressed = true;
                    PruneCandidate pc;
                    pc.category = PruneCategory::BuildCache;
                    pc.id = r.id;
                    pc.name = r.name.isEmpty() ? r.id : r.name;
                    pc.size = r.reclaimable; // a shared record frees nothing
                    pc.created = r.created;
                    p.candidates << pc;
                }
                if (!progressed) { // a cycle would be a broken answer: keep the order
                    for (const DiskUsageItem &r : std::as_const(rest)) {
                        PruneCandidate pc;
                        pc.category = PruneCategory::BuildCache;
                        pc.id = r.id;
                        pc.name = r.name.isEmpty() ? r.id : r.name;
                        pc.size = r.reclaimable;
                        pc.created = r.created;
                        p.candidates << pc;
                    }
                    rest.clear();
                }
                records = rest;
            }
        }

        running = false;
        if (planner)
            emit planner->finished(Result<PrunePreview>(p));
    }
};

PrunePlanner::PrunePlanner(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void PrunePlanner::compute(const QSet<PruneCategory> &categories)
{
    if (m_state && m_state->running) { // a new question replaces the old one
        m_state->running = false;
        for (const QPointer<Reply> &r : std::as_const(m_state->inflight)) {
            if (r)
                r->cancel();
        }
    }
    m_state = std::make_shared<State>();
    m_state->planner = this;
    m_state->client = m_client;
    m_state->categories = categories;
    if (categories.isEmpty()) {
        m_state->running = false;
        PrunePreview empty;
        emit finished(Result<PrunePreview>(empty));
        return;
    }
    m_state->start();
}

void PrunePlanner::cancel()
{
    if (!isRunning())
        return;
    m_state->fail(EngineError(EngineError::Kind::Cancelled, tr("Cancelled.")));
}

bool PrunePlanner::isRunning() const
{
    return m_state && m_state->running;
}

// -- runPrune ------------------------------------------------------------------------------

namespace {

class PruneRunner : public QObject {
public:
    PruneRunner(DockerClient *client, const PrunePreview &preview, QObject *context,
                std::function<void(const PruneOutcome &)> done)
        : QObject(context)
        , m_client(client)
        , m_preview(preview)
        , m_steps(planSteps(preview))
        , m_done(std::move(done))
    {
    }

    void next()
    {
        if (!m_client || m_index >= m_steps.size()) {
            if (m_done)
                m_done(m_outcome);
            m_done = nullptr;
            deleteLater();
            return;
        }
        const Step &step = m_steps.at(m_index);
        const bool guarded =
            step.prune && step.category != PruneCategory::BuildCache && step.until.isValid();
        if (guarded)
            check(step);
        else
            send(step);
    }

private:
    QString nameOf(const QString &id) const
    {
        const PruneCandidate *c = findCandidate(m_preview, id);
        return c ? c->name : id;
    }

    // Lists the category again: would the prune take something the preview did not show?
    void check(const Step &step)
    {
        const bool needImages = isImageCategory(step.category);
        const bool needNetworks = step.category == PruneCategory::UnusedNetworks;
        auto listing = std::make_shared<Listing>();
        auto afterContainers = [this, step, listing, needImages, needNetworks] {
            if (needImages) {
                m_client->listImages(true, this, [this, step, listing](auto images) {
                    if (!images)
                        return fallBack(step);
                    listing->images = images.value();
                    decide(step, *listing);
                });
            } else if (needNetworks) {
                m_client->listNetworks(this, [this, step, listing](auto networks) {
                    if (!networks)
                        return fallBack(step);
                    listing->networks = networks.value();
                    decide(step, *listing);
                });
            } else {
                decide(step, *listing);
            }
        };
        Request r;
        r.path = u"/containers/json?all=1"_s;
        r.timeoutMs = 10 * 60 * 1000;
        Reply *reply = m_client->send(r);
        connect(reply, &Reply::finished, this, [this, reply, step, listing, afterContainers] {
            if (reply->error().isError())
                return fallBack(step);
            auto l = parseContainers(reply->body(), *listing);
            if (!l)
                return fallBack(step);
            *listing = l.value();
            afterContainers();
        });
    }

    void decide(const Step &step, const Listing &l)
    {
        // Anything the prune would take that was not previewed, judged with the creation
        // times of the listings (whole seconds: a second's doubt counts as taken).
        const QSet<QString> previewed(step.ids.begin(), step.ids.end());
        const QDateTime until = step.until;
        const auto taken = [&](const QString &id, const QDateTime &created) {
            return !previewed.contains(id) && (!created.isValid() || created <= until);
        };
        bool extra = false;
        switch (step.category) {
        case PruneCategory::StoppedContainers:
            for (const ContainerSummary &c : l.containers)
                extra = extra || (!isActive(c.state) && taken(c.id, c.created));
            break;
        case PruneCategory::UnusedNetworks:
            for (const NetworkSummary &n : l.networks)
                extra = extra || (networkPrunable(n, l) && taken(n.id, n.created));
            break;
        case PruneCategory::DanglingImages:
        case PruneCategory::UnusedImages:
            for (const ImageSummary *i : prunableImages(l, step.danglingOnly))
                extra = extra || taken(i->id, i->created);
            break;
        case PruneCategory::UnusedVolumes:
        case PruneCategory::BuildCache: break;
        }
        if (extra)
            return fallBack(step);
        send(step);
    }

    // Replaces the prune call by the removal of each previewed item.
    void fallBack(const Step &step)
    {
        QList<const PruneCandidate *> list;
        for (const QString &id : step.ids) {
            if (const PruneCandidate *c = findCandidate(m_preview, id))
                list << c;
        }
        m_outcome.notes << PrunePlanner::tr("%1: something changed since the preview, so the "
                                            "previewed items were removed one by one.")
                               .arg(step.action.target);
        m_steps.remove(m_index);
        const QList<Step> items = itemSteps(m_preview, list);
        for (qsizetype k = 0; k < items.size(); ++k)
            m_steps.insert(m_index + k, items.at(k));
        next();
    }

    void send(const Step &step)
    {
        Reply *reply = m_client->send(step.action.request);
        connect(reply, &Reply::finished, this, [this, reply, step] {
            if (reply->error().isError())
                failed(step, reply->error().describe());
            else if (step.prune)
                pruned(step, reply->body());
            else
                m_outcome.removed << step.action.target;
            ++m_index;
            next();
        });
    }

    void failed(const Step &step, const QString &why)
    {
        if (!step.prune) {
            m_outcome.failed << qMakePair(step.action.target, why);
            return;
        }
        for (const QString &id : step.ids)
            m_outcome.failed << qMakePair(nameOf(id), why);
    }

    void pruned(const Step &step, const QByteArray &body)
    {
        const auto report = parse::object(body);
        if (!report)
            return failed(step, report.error().describe());
        QSet<QString> deleted, untagged;
        const auto collect = [&](const char *key) {
            for (const QJsonValue &v : report->value(QLatin1StringView(key)).toArray()) {
                if (v.isObject()) {
                    deleted.insert(v.toObject().value("Deleted"_L1).toString());
                    untagged.insert(v.toObject().value("Untagged"_L1).toString());
                } else {
                    deleted.insert(v.toString());
                }
            }
        };
        collect("ImagesDeleted");
        collect("ContainersDeleted");
        collect("VolumesDeleted");
        collect("NetworksDeleted"); // names
        collect("CachesDeleted");
        deleted.remove(QString());
        m_outcome.reclaimedByEngine += qint64(report->value("SpaceReclaimed"_L1).toDouble());
        m_outcome.engineReportedSpace = true;

        QSet<QString> known;
        for (const QString &id : step.ids) {
            const PruneCandidate *c = findCandidate(m_preview, id);
            const QString name = c ? c->name : id;
            known << id << name;
            if (c && !removable(m_preview, *c))
                continue; // a container it needs stays: so does it, as the preview said
            bool gone = deleted.contains(id);
            if (c && c->category == PruneCategory::UnusedNetworks)
                gone = gone || deleted.contains(c->name);
            if (c && isImageCategory(c->category) && !gone) {
                // A tagged image another image is built on loses its tags only (its layers
                // stay with the child): gone from the list all the same.
                const QStringList tags = imageTags(*c);
                gone = !tags.isEmpty() && std::all_of(tags.begin(), tags.end(), [&](auto &t) {
                    return untagged.contains(t);
                });
            }
            if (gone) {
                m_outcome.removed << name;
            } else {
                m_outcome.failed << qMakePair(
                    name, PrunePlanner::tr("The engine did not remove it: in use, or changed "
                                           "since the preview."));
            }
        }
        // Image prunes also list the layers and the intermediate images that went with the
        // previewed ones; anything else the engine took is named too.
        if (isImageCategory(step.category))
            return;
        for (const QString &d : std::as_const(deleted)) {
            if (!known.contains(d))
                m_outcome.removed << d;
        }
    }

    QPointer<DockerClient> m_client;
    PrunePreview m_preview;
    QList<Step> m_steps;
    qsizetype m_index = 0;
    PruneOutcome m_outcome;
    std::function<void(const PruneOutcome &)> m_done;
};

} // namespace

void runPrune(DockerClient *client, const PrunePreview &preview, QObject *context,
              std::function<void(const PruneOutcome &)> done)
{
    auto *runner = new PruneRunner(client, preview, context ? context : client, std::move(done));
    runner->next();
}

} // namespace gantry
