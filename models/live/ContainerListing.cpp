#include "live/ContainerListing.h"

#include "api/Parsers.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"

namespace gantry {

ContainerListing ContainerListing::prepare(const QByteArray &json,
                                           const QList<ContainerSummary> &baseline)
{
    ContainerListing out;
    Result<QList<ContainerSummary>> parsed = parse::containers(json);
    if (!parsed) {
        out.error = parsed.error();
        return out;
    }
    out.list = std::move(parsed.value());
    out.usage = ImageModel::usageOf(out.list);
    if (baseline.isEmpty())
        return out;

    QHash<QString, qsizetype> at; // baseline position by ID
    at.reserve(baseline.size());
    for (qsizetype i = 0; i < baseline.size(); ++i)
        at.insert(baseline[i].id, i);
    bool sameIds = out.list.size() == baseline.size() && at.size() == baseline.size();
    QList<bool> seen(baseline.size(), false);
    for (ContainerSummary &c : out.list) {
        const auto it = at.constFind(c.id);
        if (it == at.cend() || seen[*it]) {
            sameIds = false;
            continue;
        }
        seen[*it] = true;
        const ContainerSummary &old = baseline[*it];
        if (c == old)
            c = old; // share the baseline's data; this copy is freed here, off the GUI thread
        else
            out.changed.append(c);
    }
    // Same count, every ID known and none twice: the same set of containers.
    out.inPlace = sameIds;
    out.unchanged = out.inPlace && out.changed.isEmpty();
    if (!out.inPlace)
        out.changed.clear();
    return out;
}

QList<ContainerSummary> ContainerListing::apply(ContainerModel *containers, ImageModel *images,
                                                QList<ContainerSummary> &baseline)
{
    if (unchanged)
        containers->listingSeen();
    else if (!(inPlace && containers->updateContainers(changed)))
        containers->setContainers(list);
    images->setUsage(usage);
    QList<ContainerSummary> old = std::move(baseline);
    baseline = std::move(list);
    return old;
}

} // namespace gantry
