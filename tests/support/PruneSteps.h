#pragma once

#include "cleanup/PrunePlan.h"
#include "cleanup/PruneRunner.h"
#include "core/Result.h"

#include <QSet>

#include <optional>

namespace gantry {
class DockerClient;
}

// The prune tests' steps on the test bed: preview, run, and read the outcome.
namespace testbed {

// PrunePlanner's preview of these categories, waited for (2 minutes at most).
std::optional<gantry::Result<gantry::PrunePreview>>
planPrune(gantry::DockerClient *client, const QSet<gantry::PruneCategory> &categories);
// runPrune of a preview, waited for; an empty outcome if it did not finish.
gantry::PruneOutcome runPreview(gantry::DockerClient *client, const gantry::PrunePreview &preview);
// "id: reason; ..." of what failed, for test messages.
QString describeFailures(const gantry::PruneOutcome &outcome);
// The candidate with this ID, or nullptr.
const gantry::PruneCandidate *findCandidate(const gantry::PrunePreview &preview, const QString &id);

} // namespace testbed
