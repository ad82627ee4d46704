#pragma once

#include "cleanup/PruneActions.h"
#include "cleanup/PrunePlan.h"
#include "core/EngineError.h"

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
    // The command line of each step as it is sent (a build cache age computed then, a
    // prune call replaced by single removals: their own lines), then how it ended. A step
    // never sent (cancelled, or left alone because its object changed since the preview)
    // starts and ends at once, with the reason.
    void commandStarted(const QString &commandLine);
    void commandEnded(const gantry::EngineError &error);
    // Once, also after cancel() (see PruneOutcome::cancelled and actionsFinished).
    void finished(const gantry::PruneOutcome &outcome);

private:
    void next();
    void finish();
    QString nameOf(const QString &id) const;
    void check(const PruneStep &step);
    void decide(const PruneStep &step, const PruneListing &l);
    void fallBack(const PruneStep &step);
    void verify(const PruneStep &step);
    void send(const PruneStep &step);
    void transmit(const PruneStep &step);
    void leave(const PruneStep &step, const EngineError &why);
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
