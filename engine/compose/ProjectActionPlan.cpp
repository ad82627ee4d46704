#include "compose/ProjectActionPlan.h"

#include <algorithm>

namespace gantry {

QList<ContainerSummary> ProjectActionPlan::targets(Verb verb,
                                                   const QList<ContainerSummary> &startOrder)
{
    QList<ContainerSummary> out;
    for (const ContainerSummary &c : startOrder) {
        const ContainerState::Kind k = c.state.kind();
        const bool running = k == ContainerState::Running || k == ContainerState::Restarting;
        bool take = true;
        switch (verb) {
        case Verb::Start: take = !c.state.isActive(); break;
        case Verb::Stop:
        case Verb::Kill: take = c.state.isActive(); break;
        case Verb::Pause: take = running; break;
        case Verb::Unpause: take = k == ContainerState::Paused; break;
        case Verb::Restart:
        case Verb::Remove: break;
        }
        if (take)
            out << c;
    }
    const bool reverse =
        verb == Verb::Stop || verb == Verb::Pause || verb == Verb::Kill || verb == Verb::Remove;
    if (reverse)
        std::reverse(out.begin(), out.end());
    return out;
}

QList<Action> ProjectActionPlan::actions(Verb verb, const QList<ContainerSummary> &startOrder,
                                         bool removeVolumes)
{
    QList<Action> out;
    const QList<ContainerSummary> chosen = targets(verb, startOrder);
    if (verb == Verb::Remove) {
        for (const ContainerSummary &c : chosen) {
            if (c.state.isActive())
                out << ContainerActionSpec::of(Verb::Stop, c.id, c.names.value(0)).action();
        }
    }
    for (const ContainerSummary &c : chosen) {
        ContainerActionSpec spec = ContainerActionSpec::of(verb, c.id, c.names.value(0));
        spec.removeVolumes = verb == Verb::Remove && removeVolumes;
        // The whole project was confirmed to go: one that runs again by now (a listing not
        // yet current, a restart policy) goes too rather than being refused.
        spec.force = verb == Verb::Remove;
        out << spec.action();
    }
    return out;
}

} // namespace gantry
