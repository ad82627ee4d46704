#include "cleanup/PruneFindings.h"

#include "core/Format.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

QList<const ImageSummary *>
PruneFindings::imageCandidates(bool danglingOnly, QHash<QString, QStringList> *usedBy) const
{
    return prunableImages(listing, danglingOnly, usedBy);
}

QDateTime PruneFindings::createdOf(const QString &id, const QDateTime &fallback) const
{
    const QDateTime t = preciseCreated.value(id);
    return t.isValid() ? t : fallback;
}

PrunePreview PruneFindings::preview() const
{
    PrunePreview p;
    p.computedAt = engineNow;
    p.computedAtLocal = localNow;
    p.swarmManager = swarmManager;
    p.categories = categories;

    // Stopped containers.
    QSet<QString> containerCandidates;
    if (wants(PruneCategory::StoppedContainers)) {
        for (const ContainerSummary &c : std::as_const(listing.containers)) {
            if (isActiveState(c.state))
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
        return !users.isEmpty() && std::all_of(users.begin(), users.end(), [&](const QString &u) {
            return containerCandidates.contains(u);
        });
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
            if (!onlyCandidatesUse(users) || i.containers > users.size())
                continue; // (Podman counts its builder's containers, which it does not list)
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
    return p;
}

} // namespace gantry
