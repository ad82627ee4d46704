#pragma once

#include "actions/ActionRunner.h"
#include "widgets/FormDialog.h"

#include <functional>

namespace gantry {

// Runs the one action a form dialog asked for: the dialog is busy meanwhile; an engine
// error is shown in it (it stays open with what the user typed); on success it closes and
// `done` runs.
inline void runFromDialog(ActionRunner *runner, const Action &action, FormDialog *dialog,
                          std::function<void()> done)
{
    dialog->setBusy(true);
    runner->run({action}, dialog, [dialog, done](const QList<ActionRunner::Outcome> &outcomes) {
        if (outcomes.first().error.isError()) {
            dialog->showError(outcomes.first().error.describe());
            return;
        }
        dialog->accept();
        if (done)
            done();
    });
}

} // namespace gantry
