#include "run/RunController.h"

#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "live/Refresher.h"
#include "run/RunDialog.h"
#include "widgets/ConfirmDialog.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// What the container model knows that the dialog checks against.
void collect(const ContainerModel *model, const QModelIndex &parent, QSet<QString> &names,
             QSet<QString> &ports)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (const ContainerSummary *c = model->container(i)) {
            for (const QString &n : c->names)
                names.insert(n);
            for (const PortBinding &p : c->ports) {
                if (p.publicPort)
                    ports.insert(p.type + u'/' + QString::number(p.publicPort));
            }
        }
        collect(model, i, names, ports);
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

ContainerActionSpec containerAction(ContainerActionSpec::Verb verb, const QString &id,
                                    const QString &name)
{
    ContainerActionSpec spec;
    spec.verb = verb;
    spec.id = id;
    spec.name = name;
    return spec;
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

RunDialog *RunController::openDialog()
{
    auto *dialog = new RunDialog(m_window);
    QSet<QString> names, ports;
    collect(m_containers, {}, names, ports);
    dialog->setTakenNames(names);
    dialog->setPublishedPorts(ports);
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
    const quint64 line = m_log->append(shellJoin(spec.commandLine()));
    QPointer<RunDialog> guard(dialog);
    m_client->createContainer(
        spec.name, spec.createBody(), this,
        [this, guard, line, spec](Result<CreatedContainer> created) {
            if (!created) {
                m_log->finish(line, created.error());
                if (guard)
                    guard->showError(created.error().describe());
                return;
            }
            const QString id = created->id;
            m_client->perform(
                containerAction(ContainerActionSpec::Verb::Start, id, spec.name).request(), this,
                [this, guard, line, id](Result<Done> started) {
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
            // What the container only inherited from its image is left out of the dialog.
            const QString image = container->value("Image"_L1).toString();
            m_client->inspectImage(
                image, this, [this, containerId, container](Result<QJsonObject> image) {
                    const RunSpec original =
                        image ? RunSpec::fromInspect(container.value(), image.value())
                              : RunSpec::fromInspect(container.value());
                    openRecreateDialog(containerId, original);
                });
        });
}

void RunController::openRecreateDialog(const QString &containerId, const RunSpec &original)
{
    RunDialog *dialog = openDialog();
    dialog->setSpec(original);
    dialog->setRecreating(original.name);
    connect(dialog, &RunDialog::runRequested, this,
            [this, dialog, containerId, original](const RunSpec &spec) {
                auto *confirm = new ConfirmDialog(
                    tr("Recreate container"),
                    tr("Recreate %1? It is stopped and removed, then created again with the new "
                       "options. Files changed inside it that are not in a volume (its writable "
                       "layer) are lost; volumes are kept.")
                        .arg(original.name),
                    {original.name}, tr("Recreate"), dialog);
                connect(confirm, &QDialog::accepted, this,
                        [this, dialog, containerId, spec] { recreate(dialog, containerId, spec); });
                confirm->open();
            });
    dialog->open();
}

void RunController::recreate(RunDialog *dialog, const QString &oldId, const RunSpec &spec)
{
    dialog->setBusy(true);
    QPointer<RunDialog> guard(dialog);
    ContainerActionSpec stop = containerAction(ContainerActionSpec::Verb::Stop, oldId, spec.name);
    ContainerActionSpec remove =
        containerAction(ContainerActionSpec::Verb::Remove, oldId, spec.name);
    const quint64 stopLine = m_log->append(shellJoin(stop.commandLine()));
    m_client->perform(stop.request(), this, [=, this](Result<Done> stopped) {
        m_log->finish(stopLine, stopped ? EngineError() : stopped.error());
        if (!stopped) {
            if (guard)
                guard->showError(stopped.error().describe());
            return;
        }
        const quint64 rmLine = m_log->append(shellJoin(remove.commandLine()));
        m_client->perform(remove.request(), this, [=, this](Result<Done> removed) {
            m_log->finish(rmLine, removed ? EngineError() : removed.error());
            if (!removed) {
                if (guard)
                    guard->showError(removed.error().describe());
                return;
            }
            if (guard)
                createAndStart(guard, spec);
        });
    });
}

} // namespace gantry
