#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QHash>
#include <QList>

namespace gantry {

class ContainerModel;
class ImageModel;

// A container listing made ready off the GUI thread, then applied on it in one batch.
// prepare() (any thread) parses the engine's answer and compares it with the listing applied
// last: unchanged containers take the baseline's copies (shared data: nothing to compare or
// free again later), and when containers only changed in place (state, status...) the batch
// carries just those. apply() (GUI thread) then touches only the changed rows; anything
// else (containers come or go, a first load) goes through ContainerModel::setContainers().
struct ContainerListing {
    EngineError error;               // Protocol error: nothing else is set
    QList<ContainerSummary> list;    // the whole listing
    QList<ContainerSummary> changed; // with `inPlace`: the containers that differ
    bool inPlace = false;            // same containers as the baseline, some changed
    bool unchanged = false;          // equal to the baseline
    QHash<QString, int> usage;       // ImageModel::usageOf(list)

    static ContainerListing prepare(const QByteArray &json,
                                    const QList<ContainerSummary> &baseline);
    // Shows the listing in the models; `baseline` becomes the listing. The old baseline is
    // returned, to be freed off the GUI thread.
    QList<ContainerSummary> apply(ContainerModel *containers, ImageModel *images,
                                  QList<ContainerSummary> &baseline);
};

} // namespace gantry
