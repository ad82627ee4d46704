#pragma once

#include "cleanup/DiskUsage.h"
#include "cleanup/PrunePlan.h"
#include "cleanup/PruneRules.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace gantry {

// What the planner learnt from the engine, and the preview made from it: kept apart from
// the requests so that the candidates follow from the listings alone.
struct PruneFindings {
    QSet<PruneCategory> categories;
    QDateTime engineNow, localNow;
    bool swarmManager = false;
    PruneListing listing;
    DiskUsage df;
    QHash<QString, QStringList> cacheParents;
    QHash<QString, QDateTime> preciseCreated;
    QHash<QString, QStringList> imageChains;
    QHash<QString, qint64> layerSize;
    QSet<QString> goneImages; // removed while we looked

    bool wants(PruneCategory c) const { return categories.contains(c); }
    bool wantsImages() const
    {
        return wants(PruneCategory::DanglingImages) || wants(PruneCategory::UnusedImages);
    }
    QList<const ImageSummary *> imageCandidates(bool danglingOnly,
                                                QHash<QString, QStringList> *usedBy) const;
    // The creation time to the millisecond when an inspect gave it, else `fallback`.
    QDateTime createdOf(const QString &id, const QDateTime &fallback) const;

    PrunePreview preview() const;
};

} // namespace gantry
