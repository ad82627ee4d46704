#pragma once

#include "cleanup/PrunePlan.h"

#include <QObject>

#include <functional>

namespace gantry {

class DockerClient;

// Runs pruneActions(preview) and gathers the outcome (prune responses are parsed for
// what they deleted and SpaceReclaimed).
void runPrune(DockerClient *client, const PrunePreview &preview, QObject *context,
              std::function<void(const PruneOutcome &)> done);

} // namespace gantry
