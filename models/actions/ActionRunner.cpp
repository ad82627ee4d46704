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
