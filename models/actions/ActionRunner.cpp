#include "actions/ActionRunner.h"

#include "actions/CommandLog.h"
#include "api/DockerClient.h"

#include <QPointer>

#include <memory>

namespace gantry {

ActionRunner::ActionRunner(DockerClient *client, CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{
}

void ActionRunner::run(const QList<Action> &actions, QObject *context, Done done)
{
    struct Batch {
        QList<Outcome> outcomes;
        int pending = 0;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = int(actions.size());
    batch->outcomes.reserve(actions.size());
    for (const Action &a : actions)
        batch->outcomes.append({a, {}});
    QPointer<QObject> ctx(context);
    auto complete = [this, batch, ctx, done] {
        if (--batch->pending == 0)
            finish(batch->outcomes, ctx, done);
    };
    if (actions.isEmpty()) {
        batch->pending = 1;
        complete();
        return;
    }
    for (qsizetype i = 0; i < actions.size(); ++i) {
        performOne(actions[i], [batch, i, complete](const EngineError &error) {
            batch->outcomes[i].error = error;
            complete();
        });
    }
}

void ActionRunner::performOne(const Action &action, std::function<void(const EngineError &)> then)
{
    const quint64 handle = m_log->append(shellJoin(action.command));
    m_client->perform(action.request, this, [this, handle, then](Result<gantry::Done> r) {
        const EngineError error = r ? EngineError() : r.error();
        m_log->finish(handle, error);
        then(error);
    });
}

void ActionRunner::finish(const QList<Outcome> &outcomes, const QPointer<QObject> &context,
                          const Done &done)
{
    emit finished(outcomes);
    if (context && done)
        done(outcomes);
}

struct ActionRunner::Sequence {
    QList<Outcome> outcomes;
    qsizetype next = 0;
    QPointer<QObject> context;
    Done done;
};

void ActionRunner::runInOrder(const QList<Action> &actions, QObject *context, Done done)
{
    auto seq = std::make_shared<Sequence>();
    for (const Action &a : actions)
        seq->outcomes.append({a, {}});
    seq->context = context;
    seq->done = std::move(done);
    runNext(seq);
}

void ActionRunner::runNext(const std::shared_ptr<Sequence> &seq)
{
    if (seq->next >= seq->outcomes.size())
        return finish(seq->outcomes, seq->context, seq->done);
    const qsizetype i = seq->next++;
    performOne(seq->outcomes[i].action, [this, seq, i](const EngineError &error) {
        seq->outcomes[i].error = error;
        runNext(seq);
    });
}

QStringList failureLines(const QList<ActionRunner::Outcome> &outcomes)
{
    QStringList lines;
    for (const ActionRunner::Outcome &o : outcomes) {
        if (o.error.isError())
            lines << o.action.target + QStringLiteral(": ") + o.error.describe();
    }
    return lines;
}

} // namespace gantry
