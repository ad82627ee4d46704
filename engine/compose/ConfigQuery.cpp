#include "compose/ConfigQuery.h"

namespace gantry {

ComposeJob *startConfigQuery(const ComposeTool &tool, const ComposeCommandSpec &spec,
                             const QProcessEnvironment &env, QObject *parent,
                             std::function<void(const ConfigOutcome &)> done)
{
    auto *job = new ComposeJob(tool, spec, env, parent);
    job->captureStandardOutput();
    QObject::connect(job, &ComposeJob::finished, job,
                     [job, spec, done = std::move(done)](bool ok, const QString &message) {
                         ConfigOutcome outcome;
                         outcome.ok = ok;
                         outcome.output = job->standardOutput();
                         if (!ok) {
                             outcome.error = ComposeError::fromOutput(job->allOutput(), spec.files,
                                                                      spec.workingDir);
                             if (outcome.error.message.isEmpty())
                                 outcome.error.message = message;
                         }
                         job->deleteLater();
                         done(outcome);
                     });
    job->start();
    return job;
}

} // namespace gantry
