#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace gantry {

enum class PruneCategory {
    DanglingImages,    // docker image prune
    UnusedImages,      // docker image prune -a
    StoppedContainers, // docker container prune
    UnusedVolumes,     // docker volume prune
    UnusedNetworks,    // docker network prune
    BuildCache,        // docker builder prune
};

// One thing a prune would remove, and what it frees as the engine counts it.
struct PruneCandidate {
    PruneCategory category = PruneCategory::DanglingImages;
    QString id;      // image ID, container ID, volume name, network ID, cache ID
    QString name;    // what the user recognises
    qint64 size = 0; // its own size; for images see PrunePreview::freedBytes
    bool selected = true;
    // When it was made (the engine's clock): what the until filter of a prune compares.
    QDateTime created;
    // IDs of candidates that must go first: the stopped containers that use an image or a
    // volume (docker system prune removes them, then what they used). Unticking one of them
    // keeps this candidate too (freedBytes and pruneActions leave it out).
    QStringList dependsOn;
    friend bool operator==(const PruneCandidate &, const PruneCandidate &) = default;
};

// What would go, computed from the engine's state at `computedAt`. Images free only the
// layers no kept image uses, so the total is not a sum: ask freedBytes() for a selection.
struct PrunePreview {
    QDateTime computedAt;      // the engine's clock when listed: nothing newer is removed
    QDateTime computedAtLocal; // the local clock at that moment (build cache's until is an age)
    // The engine is a swarm manager (GET /info): its network prune would also take swarm
    // networks the preview does not list, so networks go one by one.
    bool swarmManager = false;
    QSet<PruneCategory> categories;
    QList<PruneCandidate> candidates;

    // Layer accounting for images: chain ID -> size, image ID -> its chain IDs, and the
    // chains that images staying behind use.
    QHash<QString, qint64> layerSize;
    QHash<QString, QStringList> imageLayers;
    QSet<QString> keptLayers;

    // Bytes freed by removing the selected candidates (images: layers only they use).
    qint64 freedBytes() const;
    // True when some candidate was unticked: the prune becomes a list of removals.
    bool partial() const;
};

// After running the actions: what went, what did not, and the space the engine reported.
struct PruneOutcome {
    QStringList removed;                   // names
    QList<QPair<QString, QString>> failed; // name, error
    qint64 reclaimedByEngine = 0;          // SpaceReclaimed summed over prune calls
    bool engineReportedSpace = false;      // false when only individual removals ran
    QStringList notes;                     // translated remarks, e.g. a prune done item by item
    // A cancel stopped the run between steps: what was not sent yet stayed (names).
    bool cancelled = false;
    QStringList skipped;
    // How many of pruneActions(preview), in order, were carried out to the end.
    qsizetype actionsFinished = 0;
};

} // namespace gantry
