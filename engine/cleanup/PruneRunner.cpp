#include "cleanup/PruneRunner.h"

#include "api/DockerClient.h"
#include "api/Parsers.h"
#include "cleanup/PruneActions.h"
#include "cleanup/PrunePlanner.h"
#include "cleanup/PruneRules.h"
#include "core/Format.h"
#include "core/Numbers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

PruneRunner::PruneRunner(DockerClient *client, const PrunePreview &preview, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_preview(preview)
    , m_steps(pruneSteps(preview))
    , m_actionCount(m_steps.size())
{
    // One action per step at first: a prune call replaced by removals passes its index on.
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        m_origins << i;
}

void PruneRunner::start()
{
    next();
}

void PruneRunner::cancel()
{
    m_cancelled = true;
}

void PruneRunner::next()
{
    if (m_finished)
        return;
    if (!m_client || m_index >= m_steps.size() || m_cancelled)
        return finish();
    const PruneStep &step = m_steps.at(m_index);
    emit stepStarted(int(m_index) + 1, int(m_steps.size()), step.action.target);
    const bool guarded =
        step.prune && step.category != PruneCategory::BuildCache && step.until.isValid();
    if (guarded)
        check(step);
    else if (step.guard != PruneStep::Guard::None)
        verify(step);
    else
        send(step);
}

void PruneRunner::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // What was not sent stays: its action did not finish, and the user reads what stayed.
    m_outcome.actionsFinished = m_index < m_origins.size() ? m_origins.at(m_index) : m_actionCount;
    for (qsizetype i = m_index; i < m_steps.size(); ++i) {
        const PruneStep &step = m_steps.at(i);
        emit commandStarted(shellJoin(step.action.command));
        emit commandEnded(EngineError(EngineError::Kind::Cancelled,
                                      PrunePlanner::tr("Cancelled before it was carried out.")));
        if (!step.prune) {
            m_outcome.skipped << step.action.target;
            continue;
        }
        for (const QString &id : step.ids)
            m_outcome.skipped << nameOf(id);
    }
    m_outcome.cancelled = m_cancelled && !m_outcome.skipped.isEmpty();
    emit finished(m_outcome);
}

QString PruneRunner::nameOf(const QString &id) const
{
    const PruneCandidate *c = findCandidate(m_preview, id);
    return c ? c->name : id;
}

// Lists the category again: would the prune take something the preview did not show?
void PruneRunner::check(const PruneStep &step)
{
    const bool needImages = isImageCategory(step.category);
    const bool needNetworks = step.category == PruneCategory::UnusedNetworks;
    auto listing = std::make_shared<PruneListing>();
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
        auto l = parsePruneContainers(reply->body(), *listing);
        if (!l)
            return fallBack(step);
        *listing = l.value();
        afterContainers();
    });
}

void PruneRunner::decide(const PruneStep &step, const PruneListing &l)
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
            extra = extra || (!isActiveState(c.state) && taken(c.id, c.created));
        break;
    case PruneCategory::UnusedNetworks:
        // A swarm network listed: the engine may manage a swarm (it joined one since the
        // preview), and its prune would also take the unused swarm networks older than
        // until, which the preview does not list.
        extra = swarmNetworkListed(l.networks);
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
void PruneRunner::fallBack(const PruneStep &step)
{
    if (m_cancelled) // the listing was checked, nothing was removed: stop here
        return finish();
    QList<const PruneCandidate *> list;
    for (const QString &id : step.ids) {
        if (const PruneCandidate *c = findCandidate(m_preview, id))
            list << c;
    }
    m_outcome.notes << PrunePlanner::tr("%1: something changed since the preview, so the "
                                        "previewed items were removed one by one.")
                           .arg(step.action.target);
    const qsizetype origin = m_origins.at(m_index);
    m_steps.remove(m_index);
    m_origins.remove(m_index);
    const QList<PruneStep> items = pruneItemSteps(m_preview, list);
    for (qsizetype k = 0; k < items.size(); ++k) {
        m_steps.insert(m_index + k, items.at(k));
        m_origins.insert(m_index + k, origin);
    }
    next();
}

// Reads the tag or the volume again: still what was previewed? Else it stays. The read is
// part of the step: a cancel meanwhile lets the step end, as a removal sent would.
void PruneRunner::verify(const PruneStep &step)
{
    if (m_cancelled)
        return finish();
    Reply *reply = m_client->send(step.guardRequest());
    connect(reply, &Reply::finished, this, [this, reply, step] {
        const EngineError &error = reply->error();
        if (error.isError() && error.kind() != EngineError::Kind::NotFound)
            return leave(step, error);
        QJsonObject current;
        if (!error.isError()) {
            const auto o = parse::object(reply->body());
            if (!o)
                return leave(step, o.error());
            current = o.value();
        }
        const QString stale = staleReason(step, current);
        if (!stale.isEmpty())
            return leave(step, EngineError(EngineError::Kind::Conflict, stale));
        transmit(step);
    });
}

// The step is not sent: its line says why, and the run goes on.
void PruneRunner::leave(const PruneStep &step, const EngineError &why)
{
    emit commandStarted(shellJoin(step.action.command));
    emit commandEnded(why);
    failed(step, why.describe());
    ++m_index;
    next();
}

void PruneRunner::send(const PruneStep &step)
{
    // Cancel stops between steps; a removal sent cannot be called back, so it ends first.
    if (m_cancelled)
        return finish();
    transmit(step);
}

void PruneRunner::transmit(const PruneStep &planned)
{
    PruneStep step = planned;
    if (step.ageSincePreview) {
        // The age as of now: what was used since the preview stays, however long the
        // steps before took.
        step.action = buildCacheAgeAction(m_preview, QDateTime::currentDateTimeUtc());
        m_steps[m_index].action = step.action;
    }
    emit commandStarted(shellJoin(step.action.command));
    const qsizetype failedBefore = m_outcome.failed.size();
    Reply *reply = m_client->send(step.action.request);
    connect(reply, &Reply::finished, this, [this, reply, step, failedBefore] {
        if (reply->error().isError())
            failed(step, reply->error().describe());
        else if (step.prune)
            pruned(step, reply->body());
        else
            m_outcome.removed << step.action.target;
        if (reply->error().isError())
            emit commandEnded(reply->error());
        else if (m_outcome.failed.size() > failedBefore) // a prune that left some
            emit commandEnded(
                EngineError(EngineError::Kind::Conflict, m_outcome.failed.at(failedBefore).second));
        else
            emit commandEnded(EngineError());
        ++m_index;
        next();
    });
}

void PruneRunner::failed(const PruneStep &step, const QString &why)
{
    if (!step.prune) {
        m_outcome.failed << qMakePair(step.action.target, why);
        return;
    }
    for (const QString &id : step.ids)
        m_outcome.failed << qMakePair(nameOf(id), why);
}

void PruneRunner::pruned(const PruneStep &step, const QByteArray &body)
{
    const auto report = parse::object(body);
    if (!report)
        return failed(step, report.error().describe());
    QSet<QString> deleted, untagged;
    const auto collect = [&](const char *key) {
        for (const QJsonValue &v : report->value(QLatin1StringView(key)).toArray()) {
            if (v.isObject()) {
                deleted.insert(imageIdWithAlgorithm(v.toObject().value("Deleted"_L1).toString()));
                untagged.insert(familiarReference(v.toObject().value("Untagged"_L1).toString()));
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
    m_outcome.reclaimedByEngine += toInt64(report->value("SpaceReclaimed"_L1));
    m_outcome.engineReportedSpace = true;

    QSet<QString> known;
    for (const QString &id : step.ids) {
        const PruneCandidate *c = findCandidate(m_preview, id);
        const QString name = c ? c->name : id;
        known << id << name;
        if (c && !candidateGoes(m_preview, *c))
            continue; // a container it needs stays: so does it, as the preview said
        bool gone = deleted.contains(id);
        if (c && c->category == PruneCategory::UnusedNetworks)
            gone = gone || deleted.contains(c->name);
        if (c && isImageCategory(c->category) && !gone) {
            // A tagged image another image is built on loses its tags only (its layers
            // stay with the child): gone from the list all the same.
            const QStringList tags = imageTags(*c);
            gone = !tags.isEmpty() && std::all_of(tags.begin(), tags.end(),
                                                  [&](auto &t) { return untagged.contains(t); });
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

void runPrune(DockerClient *client, const PrunePreview &preview, QObject *context,
              std::function<void(const PruneOutcome &)> done)
{
    auto *runner = new PruneRunner(client, preview, context ? context : client);
    QObject::connect(runner, &PruneRunner::finished, runner,
                     [runner, done = std::move(done)](const PruneOutcome &outcome) {
                         if (done)
                             done(outcome);
                         runner->deleteLater();
                     });
    runner->start();
}

} // namespace gantry
