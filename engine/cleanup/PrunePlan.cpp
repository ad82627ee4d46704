#include "cleanup/PrunePlan.h"

#include "cleanup/PruneRules.h"

#include <algorithm>

namespace gantry {

qint64 PrunePreview::freedBytes() const
{
    qint64 total = 0;
    QSet<QString> freedChains, keptChains = keptLayers, counted;
    for (const PruneCandidate &c : candidates) {
        if (counted.contains(c.id))
            continue; // an image listed under two categories counts once
        counted.insert(c.id);
        const bool goes = candidateGoes(*this, c);
        if (isImageCategory(c.category)) {
            for (const QString &chain : imageLayers.value(c.id))
                (goes ? freedChains : keptChains).insert(chain);
        } else if (goes && c.size > 0) {
            total += c.size; // -1 (unknown) counts as nothing
        }
    }
    for (const QString &chain : std::as_const(freedChains)) {
        if (!keptChains.contains(chain))
            total += layerSize.value(chain);
    }
    return total;
}

bool PrunePreview::partial() const
{
    return std::any_of(candidates.begin(), candidates.end(),
                       [](const PruneCandidate &c) { return !c.selected; });
}

} // namespace gantry
