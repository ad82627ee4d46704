#pragma once

#include "cleanup/PrunePlan.h"
#include "core/ApiVersion.h"
#include "specs/ActionSpecs.h"

#include <QDateTime>
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
    Action action;
    QStringList ids; // the candidates it removes
};

// The steps that carry out a preview, in docker system prune's order.
QList<PruneStep> pruneSteps(const PrunePreview &p);
// One removal per candidate of `list` that goes (images: one per tag).
QList<PruneStep> pruneItemSteps(const PrunePreview &p, const QList<const PruneCandidate *> &list);

} // namespace gantry
