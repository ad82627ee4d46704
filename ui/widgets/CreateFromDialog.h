#pragma once

#include "widgets/DialogAction.h"

#include <QWidget>

#include <functional>

namespace gantry {

// Opens a create dialog (volume, network) over `page`: each createRequested(spec) runs the
// spec's action from the dialog (runFromDialog), and `done` refreshes what was created.
// Dialog: a QDialog with createRequested(Spec), setBusy(bool) and showError(QString).
template <typename Dialog, typename Spec>
void openCreateDialog(QWidget *page, QObject *context, ActionRunner *runner,
                      std::function<void()> done)
{
    auto *dialog = new Dialog(page);
    QObject::connect(dialog, &Dialog::createRequested, context,
                     [runner, dialog, done](const Spec &spec) {
                         runFromDialog(runner, spec.action(), dialog, done);
                     });
    dialog->open();
}

} // namespace gantry
