#include "compose/ApplyPlan.h"

#include "compose/ComposeProject.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

QHash<QString, QString> ApplyPlan::parseHashes(const QString &output)
{
    QHash<QString, QString> out;
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.simplified().split(u' ');
        if (parts.size() == 2 && !parts[0].isEmpty() && !parts[1].isEmpty())
            out.insert(parts[0], parts[1]);
    }
    return out;
}

ApplyPlan ApplyPlan::compare(const QHash<QString, QString> &hashes,
                             const QList<ContainerSummary> &containers)
{
    ApplyPlan plan;
    QStringList services = hashes.keys();
    std::sort(services.begin(), services.end());
    for (const QString &service : std::as_const(services)) {
        bool any = false, changed = false, stopped = false;
        for (const ContainerSummary &c : containers) {
            if (ComposeProject::serviceOf(c) != service)
                continue;
            any = true;
            if (c.labels.value(QLatin1StringView(kConfigHash)) != hashes.value(service))
                changed = true;
            if (c.state != ContainerState::Running)
                stopped = true;
        }
        if (!any)
            plan.created << service;
        else if (changed)
            plan.recreated << service;
        else if (stopped)
            plan.started << service;
        else
            plan.unchanged << service;
    }
    for (const ContainerSummary &c : containers) {
        const QString service = ComposeProject::serviceOf(c);
        if (!service.isEmpty() && !hashes.contains(service) && !plan.orphans.contains(service))
            plan.orphans << service;
    }
    return plan;
}

QString ApplyPlan::describe() const
{
    QStringList lines;
    const QString sep = u", "_s;
    if (!recreated.isEmpty())
        lines << tr("Recreated (their configuration changed): %1").arg(recreated.join(sep));
    if (!created.isEmpty())
        lines << tr("Created (no container yet): %1").arg(created.join(sep));
    if (!started.isEmpty())
        lines << tr("Started (unchanged, not running): %1").arg(started.join(sep));
    if (!unchanged.isEmpty())
        lines << tr("Configuration unchanged (an updated image or a changed network or volume "
                    "recreates it too): %1")
                     .arg(unchanged.join(sep));
    if (!orphans.isEmpty())
        lines << tr("No longer in the files, left alone: %1").arg(orphans.join(sep));
    return lines.join(u'\n');
}

} // namespace gantry
