#include "cleanup/PruneActions.h"

#include "api/Parsers.h"
#include "cleanup/PrunePlanner.h"
#include "cleanup/PruneRules.h"
#include "specs/ApiRequest.h"
#include "specs/VolumeNetworkSpecs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

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
//   Unticked records: one prune per record with the filter id=ID. The age is computed when
//   that step is sent (the runner asks buildCacheAgeAction then): an age computed when the
//   run starts would, after minutes of image removals, take records used since the preview.
// - networks on a swarm manager: always one by one (docker network rm ID). The engine's
//   network prune there also removes every swarm-scope network older than until that no
//   service holds, which the preview does not list (a swarm network's users are services on
//   any node, known to the engine only by trying its removal). The runner also falls back to one by
//   one if its check before the prune call lists a swarm network (the engine joined a swarm since).
// - removals by name are checked right before they are sent: a tag must still name the
//   previewed image ID (else it was moved onto another image: left alone), a volume must
//   still have the previewed CreatedAt (else it was made again under that name: left alone).
// - something unticked: one removal per ticked item (docker rm, docker rmi, docker network
//   rm, ...), so exactly the previewed items go. None is forced: the engine refuses (409) to
namespace gantry {

namespace {

QString untilText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Request pruneRequest(const QString &path, const QJsonObject &filters, bool all = false)
{
    QUrlQuery q;
    if (all)
        q.addQueryItem(u"all"_s, u"1"_s);
    if (!filters.isEmpty())
        q.addQueryItem(u"filters"_s, filtersValue(filters));
    // A prune of thousands of layers takes minutes.
    return apiRequest("POST", path, q, {}, 10 * 60 * 1000);
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

PruneStep pruneStep(const PrunePreview &p, PruneCategory category,
                    const QList<const PruneCandidate *> &list, bool danglingOnly = true)
{
    PruneStep s;
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
    case PruneCategory::BuildCache:
        // An age, not a time: what the plan shows is the age now; the runner computes it
        // again when it sends the step.
        s.ageSincePreview = true;
        s.action = buildCacheAgeAction(p, QDateTime::currentDateTimeUtc());
        break;
    case PruneCategory::UnusedVolumes: break; // never pruned: see the top of this file
    }
    return s;
}

} // namespace

QString buildCacheAge(const QDateTime &previewLocal, const QDateTime &nowLocal)
{
    // Rounded up (never 0: that would mean no filter).
    const qint64 ms = qMax<qint64>(0, previewLocal.msecsTo(nowLocal));
    return QString::number(qMax<qint64>(1, (ms + 999) / 1000)) + u's';
}

Action buildCacheAgeAction(const PrunePreview &p, const QDateTime &nowLocal)
{
    // The engine reads until as an age for the build cache: it keeps the records used (or
    // made) within it, so everything touched since the preview stays.
    const QString age = buildCacheAge(p.computedAtLocal, nowLocal);
    Action a;
    a.target = PrunePlanner::tr("build cache");
    a.request = pruneRequest(u"/build/prune"_s, {{u"until"_s, QJsonArray{age}}}, true);
    a.command = {u"docker"_s, u"builder"_s,  u"prune"_s,       u"-a"_s,
                 u"-f"_s,     u"--filter"_s, u"until="_s + age};
    return a;
}

Request PruneStep::guardRequest() const
{
    Request r;
    r.timeoutMs = 60000;
    switch (guard) {
    case Guard::None: break;
    case Guard::ImageTag: r.path = u"/images/"_s + pathSegment(guardedName) + u"/json"_s; break;
    case Guard::VolumeCreated: r.path = u"/volumes/"_s + pathSegment(guardedName); break;
    }
    return r;
}

QString staleReason(const PruneStep &step, const QJsonObject &current)
{
    switch (step.guard) {
    case PruneStep::Guard::None: return {};
    case PruneStep::Guard::ImageTag:
        if (current.isEmpty())
            return PrunePlanner::tr("The tag was removed since the preview.");
        if (current.value("Id"_L1).toString() != step.expectedId)
            return PrunePlanner::tr("Since the preview this tag names another image: left "
                                    "alone.");
        return {};
    case PruneStep::Guard::VolumeCreated: {
        if (current.isEmpty())
            return PrunePlanner::tr("The volume was removed since the preview.");
        if (!step.expectedCreated.isValid())
            return {}; // nothing to compare (the listing gave no time)
        const QDateTime now = parse::fromRfc3339(current.value("CreatedAt"_L1));
        if (now != step.expectedCreated)
            return PrunePlanner::tr("A volume of this name was made again since the preview: "
                                    "left alone.");
        return {};
    }
    }
    return {};
}

QList<PruneStep> pruneItemSteps(const PrunePreview &p, const QList<const PruneCandidate *> &list)
{
    QList<PruneStep> out;
    for (const PruneCandidate *c : list) {
        if (!candidateGoes(p, *c))
            continue;
        PruneStep s;
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
            s.guard = PruneStep::Guard::VolumeCreated;
            s.guardedName = c->name;
            s.expectedCreated = c->created;
            out << s;
            break;
        case PruneCategory::DanglingImages:
        case PruneCategory::UnusedImages: {
            // By ID an image with several tags needs force (which would also take one a
            // stopped container uses), and one with a child refuses even its untagging:
            // remove its tags one by one, as the prune does; the last one removes the image.
            // Each tag is read again right before: one moved onto another image stays.
            const QStringList tags = imageTags(*c);
            if (tags.isEmpty()) {
                s.action = ImageRemoveSpec{c->id, false, false}.action();
                s.action.target = c->name;
                out << s;
            }
            for (const QString &tag : tags) {
                s.action = ImageRemoveSpec{tag, false, false}.action();
                s.guard = PruneStep::Guard::ImageTag;
                s.guardedName = tag;
                s.expectedId = c->id;
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

QList<PruneStep> pruneSteps(const PrunePreview &p)
{
    QList<PruneStep> steps;
    // A prune call needs a clock to filter by; a preview without one goes item by item.
    const bool canPrune = p.computedAt.isValid();

    // docker system prune's order: containers first, then what they held.
    const auto simple = [&](PruneCategory category) {
        const auto list = candidatesOf(p, category);
        if (list.isEmpty())
            return;
        const bool oneByOne = category == PruneCategory::UnusedVolumes ||
                              (category == PruneCategory::UnusedNetworks && p.swarmManager);
        if (canPrune && allSelected(list) && !oneByOne)
            steps << pruneStep(p, category, list);
        else
            steps << pruneItemSteps(p, list);
    };
    simple(PruneCategory::StoppedContainers);
    simple(PruneCategory::UnusedNetworks);
    simple(PruneCategory::UnusedVolumes);

    const auto dangling = candidatesOf(p, PruneCategory::DanglingImages);
    const auto unused = candidatesOf(p, PruneCategory::UnusedImages);
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
            steps << pruneItemSteps(p, dangling);
        steps << pruneItemSteps(p, unused);
    }

    const auto cache = candidatesOf(p, PruneCategory::BuildCache);
    if (!cache.isEmpty()) {
        if (canPrune && p.computedAtLocal.isValid() && allSelected(cache))
            steps << pruneStep(p, PruneCategory::BuildCache, cache);
        else
            steps << pruneItemSteps(p, cache);
    }
    return steps;
}

QList<Action> pruneActions(const PrunePreview &preview, ApiVersion api)
{
    Q_UNUSED(api) // the same requests from 1.41 on; volumes are never pruned (no until)
    QList<Action> out;
    for (const PruneStep &s : pruneSteps(preview))
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

} // namespace gantry
