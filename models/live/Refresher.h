#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "live/LiveRefresher.h"

#include <QElapsedTimer>

class QThreadPool;

namespace gantry {

class ContainerModel;
class ImageModel;
struct ContainerListing;

// Keeps the container and image models live (see LiveRefresher). A container event
// re-lists the containers, which also gives the image usage counts.
class Refresher : public LiveRefresher {
    Q_OBJECT
public:
    enum Resource { Containers = 0x1, Images = 0x2, All = Containers | Images };
    Q_DECLARE_FLAGS(Resources, Resource)

    Refresher(DockerClient *client, ContainerModel *containers, ImageModel *images,
              QObject *parent = nullptr);

    // Re-list now, e.g. after an action or when the engine is reachable again.
    void refresh(Resources what = All) { refreshBits(int(what)); }
    int listingCount(Resource what) const { return listingsOf(what); }

    // Which resources an event makes stale (none for exec, attach, resize...).
    static Resources affectedBy(const EngineEvent &event);

    // Listings at least this long are parsed off the GUI thread (and compared there with the
    // last one), then applied in one batch. One parse runs at a time per resource: a newer
    // listing arriving meanwhile waits (replacing an older waiting one), and the running
    // parse, overtaken, is dropped when it ends, unless nothing was applied for
    // maxStaleMs. Smaller ones are parsed on arrival.
    static constexpr qsizetype kOffThreadBytes = 64 * 1024;
    // They run on one thread of their own, which ends this long after the last one (its
    // parser's buffers with it). After a large listing is applied, and no other for
    // kTrimDelayMs, the memory freed meanwhile goes back to the system (malloc_trim).
    static constexpr int kListingThreadExpiryMs = 5000;
    static constexpr int kTrimDelayMs = 2000;
    // That thread's pool (one thread at most).
    static QThreadPool *listingPool();
    void setOffThreadBytes(qsizetype bytes) { m_offThreadBytes = bytes; }
    static constexpr int kMaxStaleMs = 1000;
    void setMaxStaleMs(int ms) { m_maxStaleMs = ms; }
    // Parses started off the GUI thread, those dropped for a newer listing, and whether a
    // listing waits for the running parse (for tests).
    int offThreadParses() const { return m_offThread; }
    int droppedParses() const { return m_dropped; }
    bool hasWaitingListing(Resource what) const { return m_waiting.contains(int(what)); }
    int arrivedListings(Resource what) const { return m_arrived.value(int(what)); }

    // What is kept of the last listing applied, to skip a byte-identical one: its size and
    // two independently seeded 64-bit hashes, instead of its bytes (a 5.6 MB listing of 5,000
    // containers was kept whole, with up to as much again of spare capacity).
    struct Digest {
        qsizetype size = -1;
        size_t first = 0;
        size_t second = 0;
        friend bool operator==(const Digest &, const Digest &) = default;
    };
    static Digest digest(const QByteArray &listing);

protected:
    int affected(const EngineEvent &event) const override { return int(affectedBy(event)); }
    void list(int resource) override;

private:
    void arrived(int resource, const QByteArray &body);
    void applyContainers(ContainerListing &&listing, const Digest &seen);
    void applyImages(Result<QList<ImageSummary>> &&images, const Digest &seen);
    // The bookkeeping of a listing applied: its digest, the memory trim, the time.
    void appliedListing(int resource, const Digest &seen);
    bool appliedWithin(int resource, int ms) const;

    ContainerModel *m_containers;
    ImageModel *m_images;
    Digest m_lastContainers; // the last listings applied
    Digest m_lastImages;
    QList<ContainerSummary> m_applied; // the last container listing applied, parsed
    QHash<int, QByteArray> m_parsing;  // the listing being parsed off the GUI thread, if any
    QHash<int, QByteArray> m_waiting;  // the newest listing arrived during that parse
    QHash<int, int> m_arrived;         // listings received, per resource
    QTimer m_trim;
    QHash<int, QElapsedTimer> m_appliedAt; // since the last listing applied, per resource
    int m_maxStaleMs = kMaxStaleMs;
    qsizetype m_offThreadBytes = kOffThreadBytes;
    int m_offThread = 0;
    int m_dropped = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Refresher::Resources)

} // namespace gantry
