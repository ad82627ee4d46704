#include "live/Refresher.h"

#include "api/DockerClient.h"
#include "api/Parsers.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "live/ContainerListing.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// Large listings are parsed, compared and freed on one thread of their own, which ends a few
// seconds after the last one: one simdjson parser (its buffers are ~2.5 times the largest
// listing it read) and one malloc arena at a time, given back once the listings calm down.
struct ListingPool : QThreadPool {
    ListingPool()
    {
        setMaxThreadCount(1);
        setExpiryTimeout(Refresher::kListingThreadExpiryMs);
    }
};
Q_GLOBAL_STATIC(ListingPool, theListingPool)

} // namespace

QThreadPool *Refresher::listingPool()
{
    return theListingPool();
}

Refresher::Refresher(DockerClient *client, ContainerModel *containers, ImageModel *images,
                     QObject *parent)
    : LiveRefresher(client, All, parent)
    , m_containers(containers)
    , m_images(images)
{
    m_trim.setSingleShot(true);
    m_trim.setInterval(kTrimDelayMs);
    connect(&m_trim, &QTimer::timeout, this, [] {
#ifdef __GLIBC__
        // Pages freed inside malloc's arenas go back to the system (glibc keeps them
        // otherwise). On the listing thread: malloc_trim holds each arena's lock in turn.
        listingPool()->start([] { malloc_trim(0); });
#endif
    });
}

Refresher::Digest Refresher::digest(const QByteArray &listing)
{
    const QByteArrayView bytes(listing);
    return {listing.size(), qHash(bytes, size_t(0x9e3779b97f4a7c15ULL)),
            qHash(bytes, size_t(0xd1b54a32d192ed03ULL))};
}

Refresher::Resources Refresher::affectedBy(const EngineEvent &e)
{
    if (e.type == u"container"_s) {
        static const QStringList quiet{u"exec_create"_s,    u"exec_start"_s, u"exec_die"_s,
                                       u"exec_detach"_s,    u"attach"_s,     u"detach"_s,
                                       u"resize"_s,         u"top"_s,        u"archive-path"_s,
                                       u"extract-to-dir"_s, u"export"_s,     u"copy"_s};
        const QString verb = e.action.section(u':', 0, 0);
        if (quiet.contains(verb))
            return {};
        if (verb == u"commit"_s)
            return All;
        return Containers; // image usage counts follow the container listing
    }
    if (e.type == u"image"_s)
        return Images;
    return {};
}

void Refresher::list(int resource)
{
    Request request;
    request.path = resource == Containers ? u"/containers/json?all=1"_s : u"/images/json"_s;
    Reply *reply = client()->send(request);
    connect(reply, &Reply::finished, this, [this, reply, resource] {
        received(resource); // a listing asked for meanwhile may start now
        if (reply->error().isError())
            return applied(resource, reply->error());
        arrived(resource, reply->body());
    });
}

namespace {

// Frees a parsed listing on the listing thread: 5,000 containers take ~10 ms to free.
template <typename T> void freeOffThread(T &&value)
{
    auto held = std::make_shared<std::decay_t<T>>(std::move(value));
    Refresher::listingPool()->start([held = std::move(held)]() mutable { held.reset(); });
}

} // namespace

void Refresher::arrived(int resource, const QByteArray &body)
{
    ++m_arrived[resource];
    // One parse at a time per resource: a listing arriving meanwhile waits, and replaces any
    // older one waiting, so a burst of listings costs at most two parses, not one each.
    if (const auto it = m_parsing.constFind(resource); it != m_parsing.cend()) {
        if (*it == body) // the very bytes being parsed: that parse applies them
            m_waiting.remove(resource);
        else
            m_waiting.insert(resource, body);
        return;
    }
    // The listing's bytes are compared with the last ones first: an unchanged listing (the
    // usual poll) costs one comparison instead of a parse and a diff.
    const Digest seen = digest(body);
    if (seen == (resource == Containers ? m_lastContainers : m_lastImages)) {
        if (resource == Containers)
            m_containers->listingSeen(); // the texts shown are the engine's of now
        m_appliedAt[resource].start();
        return applied(resource, {});
    }
    if (body.size() < m_offThreadBytes) {
        if (resource == Containers)
            applyContainers(ContainerListing::prepare(body, m_applied), seen);
        else
            applyImages(parse::images(body), seen);
        return;
    }
    ++m_offThread;
    m_parsing.insert(resource, body);
    auto *watcher = new QFutureWatcher<void>(this);
    // Done parsing. A newer listing that waited meanwhile makes this one stale: it is dropped,
    // unless nothing was applied for maxStaleMs (a steady flow of events would otherwise
    // overtake every parse and the views would never change). The waiting one goes next.
    const auto keep = [this, resource] {
        m_parsing.remove(resource);
        if (!m_waiting.contains(resource) || !appliedWithin(resource, m_maxStaleMs))
            return true;
        ++m_dropped;
        return false;
    };
    const auto next = [this, resource] {
        if (m_waiting.contains(resource) && !m_parsing.contains(resource))
            arrived(resource, m_waiting.take(resource));
    };
    if (resource == Containers) {
        auto out = std::make_shared<ContainerListing>();
        connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
            watcher->deleteLater();
            if (keep())
                applyContainers(std::move(*out), seen);
            else
                freeOffThread(std::move(*out));
            next();
        });
        watcher->setFuture(QtConcurrent::run(listingPool(), [out, body, baseline = m_applied] {
            *out = ContainerListing::prepare(body, baseline);
        }));
    } else {
        auto out = std::make_shared<Result<QList<ImageSummary>>>(QList<ImageSummary>());
        connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
            watcher->deleteLater();
            if (keep())
                applyImages(std::move(*out), seen);
            else
                freeOffThread(std::move(*out));
            next();
        });
        watcher->setFuture(
            QtConcurrent::run(listingPool(), [out, body] { *out = parse::images(body); }));
    }
}

bool Refresher::appliedWithin(int resource, int ms) const
{
    const auto it = m_appliedAt.constFind(resource);
    return it != m_appliedAt.cend() && !it->hasExpired(ms);
}

void Refresher::applyContainers(ContainerListing &&listing, const Digest &seen)
{
    if (listing.error.isError())
        return applied(Containers, listing.error);
    freeOffThread(listing.apply(m_containers, m_images, m_applied));
    freeOffThread(std::move(listing));
    appliedListing(Containers, seen);
}

void Refresher::applyImages(Result<QList<ImageSummary>> &&images, const Digest &seen)
{
    if (!images)
        return applied(Images, images.error());
    m_images->setImages(images.value());
    freeOffThread(std::move(images));
    appliedListing(Images, seen);
}

void Refresher::appliedListing(int resource, const Digest &seen)
{
    (resource == Containers ? m_lastContainers : m_lastImages) = seen;
    if (seen.size >= m_offThreadBytes)
        m_trim.start();
    m_appliedAt[resource].start();
    applied(resource, {});
}

} // namespace gantry
