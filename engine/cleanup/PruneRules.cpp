#include "cleanup/PruneRules.h"

#include "specs/VolumeNetworkSpecs.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

bool isImageCategory(PruneCategory c)
{
    return c == PruneCategory::DanglingImages || c == PruneCategory::UnusedImages;
}

QSet<PruneCategory> categoriesTakenWith(PruneCategory c)
{
    if (c == PruneCategory::UnusedImages)
        return {PruneCategory::DanglingImages};
    return {};
}

bool takenByAnother(PruneCategory c, const QSet<PruneCategory> &chosen)
{
    return std::any_of(chosen.begin(), chosen.end(), [c](PruneCategory other) {
        return other != c && categoriesTakenWith(other).contains(c);
    });
}

bool isActiveState(const ContainerState &state)
{
    // What the engine counts as running: prune leaves them, and their networks.
    return state.isActive();
}

const PruneCandidate *findCandidate(const PrunePreview &p, const QString &id)
{
    for (const PruneCandidate &c : p.candidates) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool candidateGoes(const PrunePreview &p, const PruneCandidate &c)
{
    if (!c.selected)
        return false;
    return std::all_of(c.dependsOn.begin(), c.dependsOn.end(), [&](const QString &dep) {
        const PruneCandidate *d = findCandidate(p, dep);
        return d && d->selected;
    });
}

QList<const PruneCandidate *> candidatesOf(const PrunePreview &p, PruneCategory category)
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

bool candidateHeld(const PrunePreview &p, const PruneCandidate &c)
{
    return c.selected && !candidateGoes(p, c);
}

PruneCounts countGoing(const PrunePreview &p)
{
    PruneCounts n;
    for (const PruneCandidate &c : p.candidates) {
        if (!candidateGoes(p, c))
            continue;
        switch (c.category) {
        case PruneCategory::DanglingImages:
        case PruneCategory::UnusedImages: ++n.images; break;
        case PruneCategory::StoppedContainers: ++n.containers; break;
        case PruneCategory::UnusedVolumes: ++n.volumes; break;
        case PruneCategory::UnusedNetworks: ++n.networks; break;
        case PruneCategory::BuildCache: ++n.buildCache; break;
        }
    }
    return n;
}

QStringList imageTags(const PruneCandidate &c)
{
    const QStringList parts = c.name.split(u", "_s, Qt::SkipEmptyParts);
    const bool tags = !parts.isEmpty() && std::all_of(parts.begin(), parts.end(), [](auto &s) {
        return s.contains(u':') && !s.startsWith(u"sha256:"_s);
    });
    return tags ? parts : QStringList();
}

QList<const ImageSummary *> prunableImages(const PruneListing &l, bool danglingOnly,
                                           QHash<QString, QStringList> *usedBy)
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
        // Podman counts containers it does not list (its builder's): the engine keeps it.
        if (i.containers > 0)
            continue;
        out << &i;
    }
    return out;
}

bool networkPrunable(const NetworkSummary &n, const PruneListing &l)
{
    if (NetworkRemoveSpec::isPredefined(n.name) || n.scope != u"local"_s)
        return false;
    // A swarm node's gateway bridge holds the endpoint of its ingress sandbox (not listed):
    // the engine's prune leaves it, and removing it is refused.
    if (n.name == u"docker_gwbridge"_s && swarmNetworkListed(l.networks))
        return false;
    // The engine's network prune leaves a network only to running containers (a stopped
    // one holds no endpoint), so a network only stopped containers use is prunable.
    for (const ContainerUsage &u : l.usage) {
        if (isActiveState(u.state) && u.usesNetwork(n.id, n.name))
            return false;
    }
    return true;
}

bool isSwarmManager(const QJsonObject &info)
{
    return info.value("Swarm"_L1).toObject().value("ControlAvailable"_L1).toBool();
}

bool swarmNetworkListed(const QList<NetworkSummary> &networks)
{
    return std::any_of(networks.begin(), networks.end(),
                       [](const NetworkSummary &n) { return n.scope == u"swarm"_s; });
}

} // namespace gantry
