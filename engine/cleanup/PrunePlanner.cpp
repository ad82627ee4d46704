#include "cleanup/PrunePlanner.h"

#include "api/DockerClient.h"
#include "api/Parsers.h"
#include "cleanup/PruneFindings.h"
#include "core/Numbers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

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

} // namespace

Result<PruneListing> parsePruneContainers(const QByteArray &json, PruneListing l)
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
        l.sizeRw.insert(o.value("Id"_L1).toString(), toInt64(o.value("SizeRw"_L1)));
    }
    return l;
}

struct PrunePlanner::State : PruneFindings, std::enable_shared_from_this<PrunePlanner::State> {
    QPointer<PrunePlanner> planner;
    DockerClient *client = nullptr;
    bool running = true;
    QList<QPointer<Reply>> inflight;

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
            if (info) {
                engineNow = parse::fromRfc3339(info->value("SystemTime"_L1));
                swarmManager = isSwarmManager(info.value());
            }
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
                auto l = parsePruneContainers(body, listing);
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
                if (!isActiveState(c.state)) {
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
                if (!isActiveState(c.state))
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

    void build()
    {
        const PrunePreview p = preview();
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

} // namespace gantry
