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
    // The controller, not the dialog, owns the run and waits for its end: the log lines get
    // finished even when the dialog is gone (closing it cancels the run). Each line is the
    // step as the runner sends it (a prune call it replaced by removals logs the removals).
    auto *runner = new PruneRunner(m_client, selection, this);
    const QPointer<PruneRunner> guard(runner);
    auto current = std::make_shared<quint64>(0);
    connect(runner, &PruneRunner::commandStarted, this,
            [this, current](const QString &line) { *current = m_log->append(line); });
    connect(runner, &PruneRunner::commandEnded, this, [this, current](const EngineError &error) {
        if (*current)
            m_log->finish(*current, error);
        *current = 0;
    });
    connect(runner, &PruneRunner::stepStarted, dialog, &PruneDialog::setRemovalStep);
    const QPointer<PruneDialog> target(dialog);
    connect(runner, &PruneRunner::finished, this,
            [this, runner, target](const PruneOutcome &outcome) {
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
