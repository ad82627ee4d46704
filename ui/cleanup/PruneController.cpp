#include "cleanup/PruneController.h"

#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "cleanup/PruneActions.h"
#include "cleanup/PruneDialog.h"
#include "cleanup/PrunePlanner.h"
#include "cleanup/PruneRunner.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// The action a failure reported under `name` belongs to, or -1 (an item a prune call left).
int actionOf(const QList<Action> &actions, const QString &name)
{
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions[i].target == name || actions[i].command.contains(name))
            return int(i);
    }
    return -1;
}

} // namespace

PruneController::PruneController(DockerClient *client, CommandLog *log, QWidget *window,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
    , m_window(window)
{
}

PruneDialog *PruneController::open(const QSet<PruneCategory> &categories)
{
    auto *dialog = new PruneDialog(m_client->apiVersion(), m_window);
    // One planner per preview: a new choice of categories drops the one in flight, whose
    // late answer then reaches nobody.
    auto current = std::make_shared<QPointer<PrunePlanner>>();
    const auto drop = [current, dialog] {
        if (PrunePlanner *planner = *current) {
            QObject::disconnect(planner, nullptr, dialog, nullptr);
            planner->cancel();
            planner->deleteLater();
        }
        *current = nullptr;
    };
    connect(dialog, &PruneDialog::previewRequested, dialog,
            [this, dialog, current, drop](const QSet<PruneCategory> &chosen) {
                drop();
                auto *planner = new PrunePlanner(m_client, dialog);
                *current = planner;
                connect(planner, &PrunePlanner::progress, dialog, &PruneDialog::setProgressText);
                connect(planner, &PrunePlanner::finished, dialog,
                        [dialog, current](const Result<PrunePreview> &result) {
                            if (PrunePlanner *done = *current) {
                                done->deleteLater();
                                *current = nullptr;
                            }
                            if (result)
                                dialog->setPreview(result.value());
                            else if (result.error().kind() == EngineError::Kind::Cancelled)
                                dialog->setComputing(false);
                            else
                                dialog->showPreviewError(result.error().describe());
                        });
                dialog->setComputing(true);
                planner->compute(chosen);
            });
    connect(dialog, &PruneDialog::cancelPreviewRequested, dialog, [dialog, drop] {
        drop();
        dialog->setComputing(false);
    });
    connect(dialog, &QDialog::finished, dialog, drop);
    connect(dialog, &PruneDialog::pruneRequested, this,
            [this, dialog](const PrunePreview &selection) { run(dialog, selection); });
    if (!categories.isEmpty())
        dialog->setCategories(categories);
    dialog->open();
    return dialog;
}

void PruneController::run(PruneDialog *dialog, const PrunePreview &selection)
{
    const ApiVersion api = m_client->apiVersion();
    const QList<Action> actions = pruneActions(selection, api);
    const QStringList lines = pruneCommandLines(selection, api);
    QList<quint64> handles;
    for (qsizetype i = 0; i < actions.size(); ++i)
        handles << m_log->append(i < lines.size() ? lines[i] : shellJoin(actions[i].command));
    // The controller, not the dialog, owns the run and waits for its end: the log lines get
    // finished even when the dialog is gone (closing it cancels the run).
    auto *runner = new PruneRunner(m_client, selection, this);
    const QPointer<PruneRunner> guard(runner);
    connect(runner, &PruneRunner::stepStarted, dialog, &PruneDialog::setRemovalStep);
    const QPointer<PruneDialog> target(dialog);
    connect(runner, &PruneRunner::finished, this,
            [this, runner, target, actions, handles](const PruneOutcome &outcome) {
                QList<EngineError> errors(handles.size());
                for (const auto &[name, message] : outcome.failed) {
                    const int i = actionOf(actions, name);
                    if (i >= 0 && i < errors.size() && !errors[i].isError())
                        // The outcome carries the engine's reason as text, not its kind.
                        errors[i] = EngineError(EngineError::Kind::BadRequest, message);
                }
                for (qsizetype i = outcome.actionsFinished; i < errors.size(); ++i) {
                    if (!errors[i].isError())
                        errors[i] = EngineError(EngineError::Kind::Cancelled,
                                                tr("Cancelled before it was carried out."));
                }
                for (qsizetype i = 0; i < handles.size(); ++i)
                    m_log->finish(handles[i], errors[i]);
                runner->deleteLater();
                if (target)
                    target->showOutcome(outcome);
                emit pruned(outcome);
            });
    dialog->setRunning(runner, [guard] {
        if (guard)
            guard->cancel();
    });
    runner->start();
}

} // namespace gantry
