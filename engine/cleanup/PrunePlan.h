#pragma once

#include "core/ApiVersion.h"
#include "core/Result.h"
#include "specs/ActionSpecs.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace gantry {

class DockerClient;
class Reply;

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

// The actions that carry out a preview: one prune call per category filtered with
// until=computedAt when nothing was unticked, else one removal per selected item
// (docker rm / docker rmi / docker volume rm ...), so that exactly the previewed items go.
QList<Action> pruneActions(const PrunePreview &preview, ApiVersion api);
// What the user reads as the CLI equivalent (one line per action).
QStringList pruneCommandLines(const PrunePreview &preview, ApiVersion api);

// Computes a preview asynchronously from the engine (lists, and image inspects for the
// layer accounting). Cancellable; never on the GUI thread's back.
class PrunePlanner : public QObject {
    Q_OBJECT
public:
    explicit PrunePlanner(DockerClient *client, QObject *parent = nullptr);

    void compute(const QSet<PruneCategory> &categories);
    void cancel();
    bool isRunning() const;

signals:
    void progress(const QString &what);
    void finished(const gantry::Result<gantry::PrunePreview> &preview);

private:
    struct State;
    DockerClient *m_client;
    std::shared_ptr<State> m_state;
};

// After running the actions: what went, what did not, and the space the engine reported.
struct PruneOutcome {
    QStringList removed;                   // names
    QList<QPair<QString, QString>> failed; // name, error
    qint64 reclaimedByEngine = 0;          // SpaceReclaimed summed over prune calls
    bool engineReportedSpace = false;      // false when only individual removals ran
    QStringList notes;                     // translated remarks, e.g. a prune done item by item
};

// Runs pruneActions(preview) and gathers the outcome (prune responses are parsed for
// what they deleted and SpaceReclaimed).
void runPrune(DockerClient *client, const PrunePreview &preview, QObject *context,
              std::function<void(const PruneOutcome &)> done);

} // namespace gantry
