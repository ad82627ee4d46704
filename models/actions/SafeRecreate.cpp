#include "actions/SafeRecreate.h"

#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "specs/ActionSpecs.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr int DefaultStopTimeout = 10; // the engine's own default grace period, in seconds
constexpr int StopMarginMs = 30000;    // beyond the grace period, for the kill and cleanup

ContainerActionSpec action(ContainerActionSpec::Verb verb, const QString &id, const QString &name)
{
    ContainerActionSpec spec;
    spec.verb = verb;
    spec.id = id;
    spec.name = name;
    return spec;
}

} // namespace

QString SafeRecreate::Outcome::message() const
{
    if (!error.isError())
        return warning;
    QString text = error.describe() + u' ';
    if (!rollbackErrors.isEmpty())
        text +=
            SafeRecreate::tr("Undoing it did not fully work:") + u'\n' + rollbackErrors.join(u'\n');
    else if (!warning.isEmpty())
        text += warning;
    else
        text += SafeRecreate::tr("Nothing was changed: the container is back as it was.");
    return text;
}

SafeRecreate::SafeRecreate(DockerClient *client, CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{
}

QString SafeRecreate::asideName(const QString &name, const QString &id)
{
    return (name.isEmpty() ? u"container"_s : name) + u"-gantry-old-"_s + id.left(12);
}

void SafeRecreate::setStep(Step step)
{
    m_step = step;
    emit stepChanged(step);
}

void SafeRecreate::start(const QString &oldId, const RunSpec &spec, const RunSpec &original)
{
    m_oldId = oldId;
    m_spec = spec;
    m_original = original;
    setStep(Step::Inspecting);
    m_client->inspectContainer(oldId, this, [this](Result<QJsonObject> r) {
        if (!r) {
            fail(r.error());
            return;
        }
        inspected(r.value());
    });
}

void SafeRecreate::perform(const QStringList &commandLine, const Request &request, Next next)
{
    const quint64 line = m_log->append(shellJoin(commandLine));
    m_client->perform(request, this, [this, line, next](Result<Done> r) {
        const EngineError error = r ? EngineError() : r.error();
        m_log->finish(line, error);
        next(error);
    });
}

void SafeRecreate::rename(const QString &id, const QString &from, const QString &to, Next next)
{
    ContainerRenameSpec spec;
    spec.id = id;
    spec.name = from;
    spec.newName = to;
    perform(spec.commandLine(), spec.request(), std::move(next));
}

void SafeRecreate::inspected(const QJsonObject &inspect)
{
    m_oldId = inspect.value("Id"_L1).toString(m_oldId);
    m_oldName = inspect.value("Name"_L1).toString();
    if (m_oldName.startsWith(u'/'))
        m_oldName.remove(0, 1);
    const QJsonObject state = inspect.value("State"_L1).toObject();
    m_wasRunning = state.value("Running"_L1).toBool();
    const QJsonValue timeout = inspect.value("Config"_L1).toObject().value("StopTimeout"_L1);
    m_stopTimeout = timeout.isDouble() ? timeout.toInt() : DefaultStopTimeout;
    m_autoRemove = inspect.value("HostConfig"_L1).toObject().value("AutoRemove"_L1).toBool();
    m_aside = asideName(m_oldName, m_oldId);

    setStep(Step::Renaming);
    rename(m_oldId, m_oldName, m_aside, [this](const EngineError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        m_renamed = true;
        setStep(Step::Creating);
        const quint64 line = m_log->append(shellJoin(m_spec.createCommandLine()));
        m_client->createContainer(m_spec.name, m_spec.createBody(), this,
                                  [this, line](Result<CreatedContainer> r) {
                                      m_log->finish(line, r ? EngineError() : r.error());
                                      if (!r) {
                                          fail(r.error());
                                          return;
                                      }
                                      created(r->id);
                                  });
    });
}

void SafeRecreate::created(const QString &id)
{
    m_newId = id;
    if (m_wasRunning)
        stopOld();
    else
        startNew();
}

void SafeRecreate::stopOld()
{
    setStep(Step::Stopping);
    ContainerActionSpec stop = action(ContainerActionSpec::Verb::Stop, m_oldId, m_aside);
    stop.timeoutSeconds = m_stopTimeout;
    Request request = stop.request();
    // A negative timeout makes the engine wait for the container however long it takes.
    request.timeoutMs = m_stopTimeout < 0 ? 0 : m_stopTimeout * 1000 + StopMarginMs;
    perform(stop.commandLine(), request, [this](const EngineError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        m_stopped = true;
        startNew();
    });
}

void SafeRecreate::startNew()
{
    setStep(Step::Starting);
    const ContainerActionSpec start =
        action(ContainerActionSpec::Verb::Start, m_newId, m_spec.name);
    perform(start.commandLine(), start.request(), [this](const EngineError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        m_outcome.id = m_newId;
        // A --rm container that was stopped is already gone (or going) by itself.
        if (m_autoRemove && m_stopped) {
            finish();
            return;
        }
        removeOld();
    });
}

void SafeRecreate::removeOld()
{
    setStep(Step::RemovingOld);
    const ContainerActionSpec remove = action(ContainerActionSpec::Verb::Remove, m_oldId, m_aside);
    perform(remove.commandLine(), remove.request(), [this](const EngineError &error) {
        if (error.isError())
            m_outcome.warning = tr("The new container runs, but the old one, renamed %1, could "
                                   "not be removed: %2")
                                    .arg(m_aside, error.describe());
        finish();
    });
}

void SafeRecreate::fail(const EngineError &error)
{
    m_outcome.error = error;
    m_outcome.id = m_oldId;
    setStep(Step::RollingBack);
    if (m_newId.isEmpty()) {
        rollBackOld();
        return;
    }
    ContainerActionSpec remove = action(ContainerActionSpec::Verb::Remove, m_newId, m_spec.name);
    remove.force = true;
    remove.removeVolumes = true; // only the anonymous volumes it was just given
    perform(remove.commandLine(), remove.request(), [this](const EngineError &error) {
        // A --rm container the engine could not start is already removed by the engine.
        if (error.isError() && error.kind() != EngineError::Kind::NotFound)
            rollbackFailed(tr("The new container %1 could not be removed:")
                               .arg(m_spec.name.isEmpty() ? m_newId.left(12) : m_spec.name),
                           error);
        rollBackOld();
    });
}

void SafeRecreate::rollBackOld()
{
    if (!m_renamed) {
        finish();
        return;
    }
    if (m_autoRemove && m_stopped) {
        restoreAutoRemoved();
        return;
    }
    rename(m_oldId, m_aside, m_oldName, [this](const EngineError &error) {
        if (error.isError())
            rollbackFailed(tr("The old container could not be renamed back from %1 to %2:")
                               .arg(m_aside, m_oldName),
                           error);
        restartOld();
    });
}

void SafeRecreate::restartOld()
{
    if (!m_stopped) {
        finish();
        return;
    }
    const ContainerActionSpec start = action(ContainerActionSpec::Verb::Start, m_oldId, m_oldName);
    perform(start.commandLine(), start.request(), [this](const EngineError &error) {
        if (error.isError())
            rollbackFailed(tr("The old container could not be started again:"), error);
        finish();
    });
}

void SafeRecreate::restoreAutoRemoved()
{
    RunSpec old = m_original;
    old.name = m_oldName;
    const quint64 line = m_log->append(shellJoin(old.createCommandLine()));
    m_client->createContainer(
        old.name, old.createBody(), this, [this, line, old](Result<CreatedContainer> r) {
            m_log->finish(line, r ? EngineError() : r.error());
            if (!r) {
                rollbackFailed(tr("The old container was removed when it stopped (--rm), and "
                                  "one with its settings could not be created:"),
                               r.error());
                m_outcome.id.clear();
                finish();
                return;
            }
            m_outcome.id = r->id;
            const ContainerActionSpec start =
                action(ContainerActionSpec::Verb::Start, r->id, old.name);
            perform(start.commandLine(), start.request(), [this](const EngineError &error) {
                if (error.isError())
                    rollbackFailed(tr("The old container was removed when it stopped (--rm); "
                                      "one with its settings was created but did not start:"),
                                   error);
                else
                    m_outcome.warning = tr("The old container was removed when it stopped "
                                           "(--rm): one with its settings runs in its place.");
                finish();
            });
        });
}

void SafeRecreate::rollbackFailed(const QString &what, const EngineError &error)
{
    m_outcome.rollbackErrors << what + u' ' + error.describe();
}

void SafeRecreate::finish()
{
    setStep(Step::Done);
    emit finished(m_outcome);
    deleteLater();
}

} // namespace gantry
