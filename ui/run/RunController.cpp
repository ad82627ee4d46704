#include "run/RunController.h"

#include "actions/CommandLog.h"
#include "actions/SafeRecreate.h"
#include "api/DockerClient.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "live/Refresher.h"
#include "run/RunDialog.h"
#include "specs/RunSpecDiff.h"
#include "widgets/ConfirmDialog.h"

#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// What the container model knows that the dialog checks against. The container being
// recreated (`ownId`) gives up its name and ports to its replacement: they are not taken.
void collect(const ContainerModel *model, const QModelIndex &parent, const QString &ownId,
             QSet<QString> &names, QSet<QString> &ports, QSet<QString> &ownPorts)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (const ContainerSummary *c = model->container(i)) {
            const bool own = !ownId.isEmpty() && c->id == ownId;
            if (!own) {
                for (const QString &n : c->names)
                    names.insert(n);
            }
            for (const PortBinding &p : c->ports) {
                if (p.publicPort)
                    (own ? ownPorts : ports).insert(p.type + u'/' + QString::number(p.publicPort));
            }
        }
        collect(model, i, ownId, names, ports, ownPorts);
    }
}

QStringList imageReferences(const ImageModel *model)
{
    QStringList refs;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex repo = model->index(r, 0);
        for (int t = 0; t < model->rowCount(repo); ++t) {
            const QModelIndex tag = model->index(t, 0, repo);
            if (!tag.data(ImageModel::DanglingRole).toBool())
                refs << tag.data(ImageModel::ReferenceRole).toString();
        }
    }
    refs.sort();
    return refs;
}

} // namespace

RunController::RunController(DockerClient *client, CommandLog *log, ContainerModel *containers,
                             ImageModel *images, Refresher *refresher, QWidget *window,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
    , m_containers(containers)
    , m_images(images)
    , m_refresher(refresher)
    , m_window(window)
{
}

RunDialog *RunController::openDialog(const QString &ownId)
{
    auto *dialog = new RunDialog(m_window);
    QSet<QString> names, ports, ownPorts;
    collect(m_containers, {}, ownId, names, ports, ownPorts);
    dialog->setTakenNames(names);
    dialog->setPublishedPorts(ports);
    dialog->setOwnPorts(ownPorts);
    dialog->setImages(imageReferences(m_images));
    QPointer<RunDialog> guard(dialog);
    m_client->listNetworks(dialog, [guard](Result<QList<NetworkSummary>> r) {
        if (!r || !guard)
            return;
        QStringList names;
        for (const NetworkSummary &n : r.value())
            names << n.name;
        names.sort();
        guard->setNetworks(names);
    });
    m_client->listVolumes(dialog, [guard](Result<QList<VolumeSummary>> r) {
        if (!r || !guard)
            return;
        QStringList names;
        for (const VolumeSummary &v : r.value())
            names << v.name;
        names.sort();
        guard->setVolumes(names);
    });
    return dialog;
}

RunDialog *RunController::runNew(const QString &image)
{
    RunDialog *dialog = openDialog();
    if (!image.isEmpty()) {
        RunSpec spec;
        spec.image = image;
        dialog->setSpec(spec);
    }
    connect(dialog, &RunDialog::runRequested, this,
            [this, dialog](const RunSpec &spec) { createAndStart(dialog, spec); });
    dialog->open();
    return dialog;
}

void RunController::createAndStart(RunDialog *dialog, const RunSpec &spec)
{
    dialog->setBusy(true);
    const QStringList runArgs = dialog->commandArgs(spec); // env file values masked
    const quint64 line = m_log->append(shellJoin(runArgs));
    QPointer<RunDialog> guard(dialog);
    m_client->createContainer(
        spec.name, spec.createBody(), this,
        [this, guard, line, spec, runArgs](Result<CreatedContainer> created) {
            if (!created) {
                m_log->finish(line, created.error());
                if (guard)
                    guard->showError(created.error().describe());
                return;
            }
            const QString id = created->id;
            if (!spec.detach) {
                // -it: the terminal attaches, then starts it, as docker run -it does.
                m_log->finish(line, EngineError());
                m_refresher->refresh(Refresher::Containers);
                emit attachedRunCreated(id, spec.name, runArgs, spec.interactive);
                if (guard)
                    guard->accept();
                return;
            }
            m_client->perform(
                ContainerActionSpec::of(ContainerActionSpec::Verb::Start, id, spec.name).request(),
                this, [this, guard, line, id](Result<Done> started) {
                    m_log->finish(line, started ? EngineError() : started.error());
                    m_refresher->refresh(Refresher::Containers);
                    if (!started) {
                        // Like docker run, the container stays (created, not running); say so.
                        if (guard)
                            guard->showError(tr("The container was created but did not start: %1 "
                                                "Fix the options and run again under another name, "
                                                "or remove it from the containers page.")
                                                 .arg(started.error().describe()));
                        return;
                    }
                    emit containerStarted(id);
                    if (guard)
                        guard->accept();
                });
        });
}

void RunController::editAndRecreate(const QString &containerId)
{
    m_client->inspectContainer(
        containerId, this, [this, containerId](Result<QJsonObject> container) {
            if (!container)
                return;
            const QString id = container->value("Id"_L1).toString(containerId);
            // What the container only inherited from its image is left out of the dialog.
            const QString image = container->value("Image"_L1).toString();
            m_client->inspectImage(image, this, [this, id, container](Result<QJsonObject> image) {
                const RunSpec original =
                    image ? RunSpec::fromInspect(container.value(), image.value())
                          : RunSpec::fromInspect(container.value());
                openRecreateDialog(id, original);
            });
        });
}

void RunController::openRecreateDialog(const QString &containerId, const RunSpec &original)
{
    RunDialog *dialog = openDialog(containerId);
    dialog->setSpec(original);
    dialog->setRecreating(original.name);
    // A failed recreate of a --rm container can leave a new ID under the name.
    auto current = std::make_shared<QString>(containerId);
    connect(dialog, &RunDialog::runRequested, this,
            [this, dialog, current, original](const RunSpec &spec) {
                auto *confirm = new ConfirmDialog(
                    tr("Recreate container"),
                    tr("Recreate %1 with these changes? The new container is created first; "
                       "the old one is kept aside and only removed once the new one runs. Files "
                       "changed inside it that are not in a volume (its writable layer) are "
                       "lost; volumes are kept.")
                        .arg(original.name),
                    {original.name}, tr("Recreate"), dialog);
                confirm->setDetails(RunSpecDiff::text(RunSpecDiff::changes(original, spec)));
                if (original.autoRemove)
                    confirm->setNote(
                        tr("%1 is removed by the engine when it stops (--rm), so it cannot be "
                           "kept aside once stopped: if the new container then fails to start, "
                           "a fresh one with the old settings is started in its place.")
                            .arg(original.name));
                connect(confirm, &QDialog::accepted, this, [this, dialog, current, spec, original] {
                    recreate(dialog, current, spec, original);
                });
                confirm->open();
            });
    dialog->open();
}

void RunController::recreate(RunDialog *dialog, std::shared_ptr<QString> oldId, const RunSpec &spec,
                             const RunSpec &original)
{
    dialog->setBusy(true);
    dialog->setClosable(false); // half done, the sequence must finish or roll back
    QPointer<RunDialog> guard(dialog);
    auto *job = new SafeRecreate(m_client, m_log, this);
    connect(job, &SafeRecreate::finished, this,
            [this, guard, oldId](const SafeRecreate::Outcome &outcome) {
                m_refresher->refresh(Refresher::Containers);
                if (!outcome.id.isEmpty())
                    *oldId = outcome.id;
                // The dialog closes on success: the warning outlives it.
                if (outcome.recreated() && !outcome.warning.isEmpty())
                    emit recreateWarning(outcome.warning);
                if (!guard)
                    return;
                guard->setClosable(true);
                if (!outcome.recreated()) {
                    guard->showError(outcome.message());
                    return;
                }
                emit containerStarted(outcome.id);
                guard->accept();
            });
    job->start(*oldId, spec, original);
}

} // namespace gantry
