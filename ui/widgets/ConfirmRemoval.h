#pragma once

#include "actions/ActionRunner.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

namespace gantry {

// What a removal asks before anything goes: the dialog's title and sentence, the items
// named one by one, the accept button, and an optional note.
struct RemovalQuestion {
    QString title;
    QString text;
    QStringList items;
    QString acceptText;
    QString note;
};

// Asks `question` over `page`; on acceptance runs `actions` and hands their outcomes to
// `report` (called in `context`).
inline void confirmRemoval(QWidget *page, const RemovalQuestion &question, ActionRunner *runner,
                           QObject *context, const QList<Action> &actions,
                           ActionRunner::Done report)
{
    auto *dialog =
        new ConfirmDialog(question.title, question.text, question.items, question.acceptText, page);
    if (!question.note.isEmpty())
        dialog->setNote(question.note);
    QObject::connect(dialog, &QDialog::accepted, context,
                     [runner, context, actions, report] { runner->run(actions, context, report); });
    dialog->open();
}

// The page's banner after a batch: hidden when nothing failed, else `heading` and one line
// per failure.
inline void reportFailures(MessageBanner *banner, const QString &heading,
                           const QStringList &failures)
{
    if (failures.isEmpty())
        banner->hide();
    else
        banner->showMessage(MessageBanner::Level::Error, heading + u'\n' + failures.join(u'\n'));
}

} // namespace gantry
