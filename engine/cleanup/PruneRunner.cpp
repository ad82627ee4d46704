#include "cleanup/PruneRunner.h"

#include "api/DockerClient.h"
#include "api/Parsers.h"
#include "cleanup/PruneActions.h"
#include "cleanup/PrunePlanner.h"
#include "cleanup/PruneRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

class PruneRunner : public QObject {
public:
    PruneRunner(DockerClient *client, const PrunePreview &preview, QObject *context,
                std::function<void(const PruneOutcome &)> done)
        : QObject(context)
        , m_client(client)
        , m_preview(preview)
        , m_steps(pruneSteps(preview))
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
        const PruneStep &step = m_steps.at(m_index);
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
    void check(const PruneStep &step)
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

    void decide(const PruneStep &step, const PruneListing &l)
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
    void fallBack(const PruneStep &step)
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
        const QList<PruneStep> items = pruneItemSteps(m_preview, list);
        for (qsizetype k = 0; k < items.size(); ++k)
            m_steps.insert(m_index + k, items.at(k));
        next();
    }

    void send(const PruneStep &step)
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

    void failed(const PruneStep &step, const QString &why)
    {
        if (!step.prune) {
            m_outcome.failed << qMakePair(step.action.target, why);
            return;
        }
        for (const QString &id : step.ids)
            m_outcome.failed << qMakePair(nameOf(id), why);
    }

    void pruned(const PruneStep &step, const QByteArray &body)
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
            if (c && !candidateGoes(m_preview, *c))
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
    QList<PruneStep> m_steps;
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
