#pragma once

#include "cleanup/PruneActions.h"
#include "cleanup/PrunePlan.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace gantry {

class DockerClient;
struct PruneListing;

// Runs pruneActions(preview) step by step and gathers the outcome (prune responses are
// parsed for what they deleted and SpaceReclaimed). cancel() stops the run between steps:
// a removal already sent cannot be called back, so it ends first and counts.
class PruneRunner : public QObject {
    Q_OBJECT
public:
    PruneRunner(DockerClient *client, const PrunePreview &preview, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isCancelled() const { return m_cancelled; }

signals:
    // Step `step` (1-based) of `count` begins; `what` is what it removes. A prune call
    // replaced by single removals changes the count.
    void stepStarted(int step, int count, const QString &what);
    // Once, also after cancel() (see PruneOutcome::cancelled and actionsFinished).
    void finished(const gantry::PruneOutcome &outcome);

private:
    void next();
    void finish();
    QString nameOf(const QString &id) const;
    void check(const PruneStep &step);
    void decide(const PruneStep &step, const PruneListing &l);
    void fallBack(const PruneStep &step);
    void send(const PruneStep &step);
    void failed(const PruneStep &step, const QString &why);
    void pruned(const PruneStep &step, const QByteArray &body);

    QPointer<DockerClient> m_client;
    PrunePreview m_preview;
    QList<PruneStep> m_steps;
    // The action of pruneActions(m_preview) each step carries out.
    QList<qsizetype> m_origins;
    qsizetype m_actionCount = 0;
    qsizetype m_index = 0;
    PruneOutcome m_outcome;
    bool m_cancelled = false;
    bool m_finished = false;
};

// A PruneRunner that deletes itself once done; `done` gets the outcome.
void runPrune(DockerClient *client, const PrunePreview &preview, QObject *context,
              std::function<void(const PruneOutcome &)> done);

} // namespace gantry
