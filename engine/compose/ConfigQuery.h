#pragma once

#include "compose/ComposeCommand.h"
#include "compose/ComposeError.h"

#include <functional>

namespace gantry {

// One run of `config` (or `config --hash=*`): nothing is started, the files are only read.
// The answer is the tool's stdout, or the error it printed with its file and line.
struct ConfigOutcome {
    bool ok = false;
    QByteArray output; // stdout: the resolved YAML, or "service hash" lines
    ComposeError error;
};

// Starts the query; `done` is called once, on the GUI thread, and the job deletes itself
// afterwards. The job (a child of `parent`) can be cancelled; deleting `parent` stops it.
ComposeJob *startConfigQuery(const ComposeTool &tool, const ComposeCommandSpec &spec,
                             const QProcessEnvironment &env, QObject *parent,
                             std::function<void(const ConfigOutcome &)> done);

} // namespace gantry
