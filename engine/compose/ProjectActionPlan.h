#pragma once

#include "core/Types.h"
#include "specs/ActionSpecs.h"

namespace gantry {

// A container action on a whole compose project: the containers it applies to (those
// whose state it changes), in dependency order: start, unpause and restart as compose
// starts them, stop, pause, kill and remove the reverse way. Remove stops the running
// containers first (as `docker compose down` does), then removes them all (rm -f).
struct ProjectActionPlan {
    using Verb = ContainerActionSpec::Verb;

    // startOrder: the project's containers in start order (ComposeProject::startOrder).
    static QList<ContainerSummary> targets(Verb verb, const QList<ContainerSummary> &startOrder);
    static QList<Action> actions(Verb verb, const QList<ContainerSummary> &startOrder,
                                 bool removeVolumes = false);
};

} // namespace gantry
