#pragma once

#include "core/EngineError.h"
#include "specs/ActionSpecs.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace gantry {

class CommandLog;
class DockerClient;

// Runs the actions of a multi-selection: each one is sent, its command line logged, and
// one failing item does not stop the others. Calls back once with every outcome.
class ActionRunner : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        Action action;
        EngineError error; // kind None: done
    };
    using Done = std::function<void(const QList<Outcome> &)>;

    ActionRunner(DockerClient *client, CommandLog *log, QObject *parent = nullptr);

    void run(const QList<Action> &actions, QObject *context, Done done);
    // The same, one action after the other in the order given (a compose project's
    // containers in dependency order); a failure does not stop the next ones.
    void runInOrder(const QList<Action> &actions, QObject *context, Done done);

signals:
    void finished(const QList<gantry::ActionRunner::Outcome> &outcomes);

private:
    struct Sequence;
    // Sends one action, its line in the command log; `then` gets its outcome.
    void performOne(const Action &action, std::function<void(const EngineError &)> then);
    void runNext(const std::shared_ptr<Sequence> &seq);
    // Tells `finished`, and `done` unless its context went.
    void finish(const QList<Outcome> &outcomes, const QPointer<QObject> &context, const Done &done);

    DockerClient *m_client;
    CommandLog *m_log;
};

// "web: conflict ..." lines for the failed outcomes, empty when all succeeded.
QStringList failureLines(const QList<ActionRunner::Outcome> &outcomes);

} // namespace gantry
