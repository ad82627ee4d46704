#pragma once

#include "cleanup/PrunePlan.h"
#include "core/ApiVersion.h"
#include "specs/ActionSpecs.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace gantry {

// The actions that carry out a preview: one prune call per category filtered with
// until=computedAt when nothing was unticked, else one removal per selected item
// (docker rm / docker rmi / docker volume rm ...), so that exactly the previewed items go.
QList<Action> pruneActions(const PrunePreview &preview, ApiVersion api);
// What the user reads as the CLI equivalent (one line per action).
QStringList pruneCommandLines(const PrunePreview &preview, ApiVersion api);

// One step of the plan: a prune call, or the removal of one item. The runner walks them and
// may replace a prune call by the removal of its items (pruneItemSteps).
struct PruneStep {
    PruneCategory category = PruneCategory::DanglingImages;
    bool prune = false;
    bool danglingOnly = true; // image prunes
    QDateTime until;          // prune calls filtered by creation time
    // The build cache's prune filtered by an age: the age is the time since the preview
    // when the step is sent (buildCacheAgeAction), not when the plan was made.
    bool ageSincePreview = false;
    Action action;
    QStringList ids; // the candidates it removes

    // What the runner reads again right before sending a removal by name, so that a name
    // given to something else since the preview is left alone (see staleReason).
    enum class Guard {
        None,
        ImageTag,      // the tag must still name the image `expectedId`
        VolumeCreated, // the volume must still be the one made at `expectedCreated`
    };
    Guard guard = Guard::None;
    QString guardedName;       // the tag or the volume name
    QString expectedId;        // ImageTag: the previewed image's ID
    QDateTime expectedCreated; // VolumeCreated: the previewed volume's CreatedAt
    // The request that reads the guarded object (GET /images/TAG/json, GET /volumes/NAME).
    Request guardRequest() const;
};

// The build cache's prune, keeping what was used (or made) since the preview: until=AGE,
// AGE being the time from the preview (local clock) to `nowLocal`, rounded up, at least 1s.
QString buildCacheAge(const QDateTime &previewLocal, const QDateTime &nowLocal);
Action buildCacheAgeAction(const PrunePreview &p, const QDateTime &nowLocal);

// Why a guarded step must not be sent, judged from the object as it is now (`current`, the
// answer of guardRequest(); empty when the engine says it is gone): empty when it is still
// what was previewed. Volumes compare CreatedAt (the engine has no volume ID and gives it in
// whole seconds: a volume removed and made again within the second of its first making is
// the one case this cannot see).
QString staleReason(const PruneStep &step, const QJsonObject &current);

// The steps that carry out a preview, in docker system prune's order.
QList<PruneStep> pruneSteps(const PrunePreview &p);
// One removal per candidate of `list` that goes (images: one per tag).
QList<PruneStep> pruneItemSteps(const PrunePreview &p, const QList<const PruneCandidate *> &list);

} // namespace gantry
