#pragma once

#include "actions/ActionRunner.h"

#include <functional>

namespace gantry {

// Runs the one action a dialog asked for: the dialog is busy meanwhile; an engine error is
// shown in it (it stays open with what the user typed); on success it closes and `done`
// runs. Dialog: a FormDialog, or any QDialog with setBusy(bool) and showError(QString).
template <typename Dialog>
void runFromDialog(ActionRunner *runner, const Action &action, Dialog *dialog,
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
