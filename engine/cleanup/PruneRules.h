#pragma once

#include "api/ResourceUsage.h"
#include "cleanup/PrunePlan.h"
#include "core/Types.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

// The rules of a prune, kept pure so that the planner, the runner and the dialog read the
// same ones: which candidates go with the user's ticks, which categories a prune takes along,
// and which listed containers, images and networks a prune would consider.
namespace gantry {

// Every category, in the order the dialog offers them.
inline constexpr PruneCategory allPruneCategories[] = {
    PruneCategory::DanglingImages, PruneCategory::UnusedImages,   PruneCategory::StoppedContainers,
    PruneCategory::UnusedVolumes,  PruneCategory::UnusedNetworks, PruneCategory::BuildCache,
};

bool isImageCategory(PruneCategory c);

// The categories that the prune of `c` removes as well (docker image prune -a takes the
// dangling images too).
QSet<PruneCategory> categoriesTakenWith(PruneCategory c);
// True when another category in `chosen` takes `c` along: choosing it cannot be undone.
bool takenByAnother(PruneCategory c, const QSet<PruneCategory> &chosen);

// A container state the engine counts as running: prune leaves such containers, and the
// networks they are attached to.
bool isActiveState(const ContainerState &state);

const PruneCandidate *findCandidate(const PrunePreview &p, const QString &id);
// Ticked, and every candidate it waits for (dependsOn) is ticked too.
bool candidateGoes(const PrunePreview &p, const PruneCandidate &c);
// Ticked but staying all the same: a candidate it waits for was unticked.
bool candidateHeld(const PrunePreview &p, const PruneCandidate &c);

QList<const PruneCandidate *> candidatesOf(const PrunePreview &p, PruneCategory category);
bool allSelected(const QList<const PruneCandidate *> &list);

// How many candidates go, by kind (both image categories count as images).
struct PruneCounts {
    int containers = 0;
    int images = 0;
    int volumes = 0;
    int networks = 0;
    int buildCache = 0;
    int total() const { return containers + images + volumes + networks + buildCache; }
    friend bool operator==(const PruneCounts &, const PruneCounts &) = default;
};
PruneCounts countGoing(const PrunePreview &p);

// Tags of an image candidate: its name when that is a list of references (see the planner).
QStringList imageTags(const PruneCandidate &c);

// What the engine listed, as the rules below need it.
struct PruneListing {
    QList<ContainerSummary> containers;
    QList<ContainerUsage> usage;
    QHash<QString, qint64> sizeRw;
    QList<ImageSummary> images;
    QList<NetworkSummary> networks;
};

// The images a prune would consider, with the rules of the engine's image prune: dangling
// = untagged and no other image's parent (intermediate images of the classic builder go
// with their child); -a = tagged, or untagged and no image's parent. Never one a container
// uses (running or not), nor one the engine counts containers for that it does not list
// (Podman's builder); `usedBy` gets the users of the others.
QList<const ImageSummary *> prunableImages(const PruneListing &l, bool danglingOnly,
                                           QHash<QString, QStringList> *usedBy = nullptr);
// A network the engine's network prune would take (the local ones: see swarmNetworkListed;
// not a swarm node's docker_gwbridge).
bool networkPrunable(const NetworkSummary &n, const PruneListing &l);
// GET /info says the engine manages a swarm: its network prune then also removes the
// swarm-scope networks no service holds.
bool isSwarmManager(const QJsonObject &info);
// A swarm-scope network is listed: a network prune might take it (a manager lists them all).
bool swarmNetworkListed(const QList<NetworkSummary> &networks);

} // namespace gantry
