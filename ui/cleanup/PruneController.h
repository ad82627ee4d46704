#pragma once

#include "cleanup/PrunePlan.h"

#include <QObject>
#include <QSet>

class QWidget;

namespace gantry {

class CommandLog;
class DockerClient;
class PruneDialog;

// Behind the prune dialog: computes its preview (cancellable; a new choice of categories
// replaces the preview in flight), runs the removal of what stayed ticked with each docker
// command line in the command log, and hands the outcome back to the dialog.
class PruneController : public QObject {
    Q_OBJECT
public:
    PruneController(DockerClient *client, CommandLog *log, QWidget *window,
                    QObject *parent = nullptr);

    // Opens the dialog; the given categories are ticked and their preview starts at once.
    PruneDialog *open(const QSet<PruneCategory> &categories = {});

signals:
    // Something may have been removed: listings and disk usage are out of date.
    void pruned(const gantry::PruneOutcome &outcome);

private:
    void run(PruneDialog *dialog, const PrunePreview &selection);

    DockerClient *m_client;
    CommandLog *m_log;
    QWidget *m_window;
};

} // namespace gantry
