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
        if (--batch->pending > 0)
            return;
        emit finished(batch->outcomes);
        if (ctx && done)
            done(batch->outcomes);
    };
    if (actions.isEmpty()) {
        batch->pending = 1;
        complete();
        return;
    }
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const quint64 handle = m_log->append(shellJoin(actions[i].command));
        m_client->perform(actions[i].request, this,
                          [this, batch, i, handle, complete](Result<gantry::Done> r) {
                              batch->outcomes[i].error = r ? EngineError() : r.error();
                              m_log->finish(handle, batch->outcomes[i].error);
                              complete();
                          });
    }
}

void ActionRunner::runInOrder(const QList<Action> &actions, QObject *context, Done done)
{
    struct Sequence {
        QList<Outcome> outcomes;
        qsizetype next = 0;
        std::function<void()> step;
    };
    auto seq = std::make_shared<Sequence>();
    for (const Action &a : actions)
        seq->outcomes.append({a, {}});
    QPointer<QObject> ctx(context);
    // step holds the sequence weakly (no cycle); each request's callback holds it strongly.
    std::weak_ptr<Sequence> weak = seq;
    seq->step = [this, weak, ctx, done] {
        auto s = weak.lock();
        if (!s)
            return;
        if (s->next >= s->outcomes.size()) {
            const QList<Outcome> outcomes = s->outcomes;
            emit finished(outcomes);
            if (ctx && done)
                done(outcomes);
            return;
        }
        const qsizetype i = s->next++;
        const quint64 handle = m_log->append(shellJoin(s->outcomes[i].action.command));
        m_client->perform(s->outcomes[i].action.request, this,
                          [this, s, i, handle](Result<gantry::Done> r) {
                              s->outcomes[i].error = r ? EngineError() : r.error();
                              m_log->finish(handle, s->outcomes[i].error);
                              if (s->step)
                                  s->step();
                          });
    };
    seq->step();
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
