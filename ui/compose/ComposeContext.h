#pragma once

#include "compose/ComposeProject.h"
#include "core/Types.h"

#include <QProcessEnvironment>

#include <functional>

namespace gantry {

class CommandLog;
class ComposeToolDetector;

// What every compose dialog is given: where to find the tool, where to log its command
// lines, the environment it runs in, and the project's containers as listed now.
struct ComposeContext {
    ComposeToolDetector *detector = nullptr;
    CommandLog *log = nullptr;
    QProcessEnvironment environment; // DOCKER_HOST set to the engine (composeEnvironment)
    bool engineLocal = true;         // the engine runs on this machine
    // The containers of a project as the containers list has them now (empty when none).
    std::function<QList<ContainerSummary>(const QString &project)> containersOf;

    // The containers of `project` as listed now (containersOf), else as it was given.
    QList<ContainerSummary> containers(const ComposeProject &project) const
    {
        return containersOf ? containersOf(project.name) : project.containers;
    }
};

} // namespace gantry
