#include "actions/SafeRecreate.h"

#include "actions/CommandLog.h"
#include "actions/RecreatePlan.h"
#include "api/DockerClient.h"
#include "specs/ActionSpecs.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr int DefaultStopTimeout = 10; // the engine's own default grace period, in seconds
constexpr int StopMarginMs = 30000;    // beyond the grace period, for the kill and cleanup
// A create can copy an image's volume content into new volumes: a timeout that is not
// reached in normal work (one that fires yet was applied leaves a container under the name).
constexpr int CreateTimeoutMs = 300000;

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
    return recreate::asideName(name, id);
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
    m_currentName = inspect.value("Name"_L1).toString();
    if (m_currentName.startsWith(u'/'))
        m_currentName.remove(0, 1);
    m_oldName =
        recreate::baseName(m_original.name.isEmpty() ? m_currentName : m_original.name, m_oldId);
    const QJsonObject state = inspect.value("State"_L1).toObject();
    m_wasRunning = state.value("Running"_L1).toBool();
    const QJsonValue timeout = inspect.value("Config"_L1).toObject().value("StopTimeout"_L1);
    m_stopTimeout = timeout.isDouble() ? timeout.toInt() : DefaultStopTimeout;
    m_autoRemove = inspect.value("HostConfig"_L1).toObject().value("AutoRemove"_L1).toBool();
    m_aside = asideName(m_oldName, m_oldId);

    const QList<recreate::KeptVolume> kept = recreate::anonymousVolumes(
        inspect.value("Mounts"_L1).toArray(), RunSpec::fromInspect(inspect));
    m_spec = recreate::keepVolumes(m_spec, m_original, kept);
    m_original = recreate::keepVolumes(m_original, m_original, kept);

    setStep(Step::Renaming);
    // Left aside by an earlier attempt that could not be undone: it is there already.
    if (m_currentName == m_aside) {
        m_renamed = true;
        createNew();
        return;
    }
    rename(m_oldId, m_currentName, m_aside, [this](const EngineError &error) {
        if (error.isError()) {
            renameFailed(error);
            return;
        }
        m_renamed = true;
        createNew();
    });
}

void SafeRecreate::renameFailed(const EngineError &error)
{
    // A rename that timed out may have been applied: the name says whether to undo it.
    m_client->inspectContainer(m_oldId, this, [this, error](Result<QJsonObject> r) {
        std::optional<QString> name;
        if (r)
            name = r->value("Name"_L1).toString().mid(1);
        m_renamed = recreate::mayBeRenamed(name, m_aside);
        fail(error);
    });
}

void SafeRecreate::createNew()
{
    setStep(Step::Creating);
    m_createSent = true;
    const quint64 line = m_log->append(shellJoin(m_spec.createCommandLine()));
    m_client->createContainer(
        m_spec.name, m_spec.createBody(), this,
        [this, line](Result<CreatedContainer> r) {
            m_log->finish(line, r ? EngineError() : r.error());
            if (!r) {
                fail(r.error());
                return;
            }
            created(r->id);
        },
        CreateTimeoutMs);
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
    ContainerActionSpec stop =
        ContainerActionSpec::of(ContainerActionSpec::Verb::Stop, m_oldId, m_aside);
    stop.timeoutSeconds = m_stopTimeout;
    Request request = stop.request();
    // A negative timeout makes the engine wait for the container however long it takes.
    request.timeoutMs = m_stopTimeout < 0 ? 0 : m_stopTimeout * 1000 + StopMarginMs;
    m_stopSent = true;
    perform(stop.commandLine(), request, [this](const EngineError &error) {
        if (error.isError()) {
            stopFailed(error);
            return;
        }
        m_stopped = true;
        startNew();
    });
}

void SafeRecreate::stopFailed(const EngineError &error)
{
    if (!m_autoRemove) {
        fail(error);
        return;
    }
    // A --rm container that the failed stop stopped all the same is gone with its name
    // aside: removing the new one would leave nothing under the name.
    m_client->inspectContainer(m_oldId, this, [this, error](Result<QJsonObject> r) {
        const EngineError::Kind kind = r ? EngineError::Kind::None : r.error().kind();
        if (!recreate::continueAfterStopError(m_autoRemove, kind)) {
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
        ContainerActionSpec::of(ContainerActionSpec::Verb::Start, m_newId, m_spec.name);
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
    const ContainerActionSpec remove =
        ContainerActionSpec::of(ContainerActionSpec::Verb::Remove, m_oldId, m_aside);
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
    ContainerActionSpec remove =
        ContainerActionSpec::of(ContainerActionSpec::Verb::Remove, m_newId, m_spec.name);
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
    if (!m_newId.isEmpty() || !m_createSent || m_spec.name.isEmpty()) {
        renameBack();
        return;
    }
    // A create that failed (a timeout) may have made the container all the same: it would
    // hold the name the old one goes back to.
    m_client->inspectContainer(m_spec.name, this, [this](Result<QJsonObject> r) {
        const QJsonObject atName = r ? r.value() : QJsonObject();
        if (!recreate::isLeftoverNew(atName, m_spec.name, m_oldId)) {
            renameBack();
            return;
        }
        const QString id = atName.value("Id"_L1).toString();
        ContainerActionSpec remove =
            ContainerActionSpec::of(ContainerActionSpec::Verb::Remove, id, m_spec.name);
        remove.force = true;
        remove.removeVolumes = true;
        perform(remove.commandLine(), remove.request(), [this](const EngineError &error) {
            if (error.isError() && error.kind() != EngineError::Kind::NotFound)
                rollbackFailed(tr("The new container %1 could not be removed:").arg(m_spec.name),
                               error);
            renameBack();
        });
    });
}

void SafeRecreate::renameBack()
{
    // A --rm container is first looked for where it was put: the engine may not have
    // removed it (yet); only one that is gone is brought back from its settings.
    rename(m_oldId, m_aside, m_oldName, [this](const EngineError &error) {
        if (error.isError()) {
            if (recreate::restoreFromSettings(m_autoRemove, m_stopSent, error.kind())) {
                restoreAutoRemoved();
                return;
            }
            rollbackFailed(tr("The old container could not be renamed back from %1 to %2:")
                               .arg(m_aside, m_oldName),
                           error);
        }
        restartOld();
    });
}

void SafeRecreate::restartOld()
{
    if (!recreate::restartOld(m_wasRunning, m_stopSent)) {
        finish();
        return;
    }
    const ContainerActionSpec start =
        ContainerActionSpec::of(ContainerActionSpec::Verb::Start, m_oldId, m_oldName);
    perform(start.commandLine(), start.request(), [this](const EngineError &error) {
        if (error.isError()) {
            // Renamed back just before the engine removed it (--rm).
            if (recreate::restoreFromSettings(m_autoRemove, m_stopSent, error.kind())) {
                restoreAutoRemoved();
                return;
            }
            rollbackFailed(tr("The old container could not be started again:"), error);
        }
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
                ContainerActionSpec::of(ContainerActionSpec::Verb::Start, r->id, old.name);
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
