#include "transfer/ImageTransferController.h"

#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "containers/ContainersPage.h"
#include "images/ImagesPage.h"
#include "listings/ImageModel.h"
#include "live/Refresher.h"
#include "transfer/ArchiveDialog.h"
#include "transfer/ArchiveTransfer.h"
#include "transfer/BuildContext.h"
#include "transfer/BuildDialog.h"
#include "transfer/CommitDialog.h"

#include <QAction>
#include <QDir>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace gantry {

ImageTransferController::ImageTransferController(DockerClient *client, CommandLog *log,
                                                 Refresher *refresher, ImagesPage *images,
                                                 ContainersPage *containers, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
    , m_refresher(refresher)
    , m_images(images)
    , m_containers(containers)
{
    connect(images->addAction(u"buildImageAction"_s, tr("Build…"), QKeySequence(u"Ctrl+B"_s),
                              tr("Build an image from a folder with a Dockerfile (docker build)")),
            &QAction::triggered, this, [this] { build(); });
    m_save = images->addAction(u"saveImageAction"_s, tr("Save…"), QKeySequence(u"Ctrl+S"_s),
                               tr("Save the selected images with their layers and tags to a tar "
                                  "file (docker save)"));
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    connect(images->addAction(u"loadImageAction"_s, tr("Load…"), QKeySequence(u"Ctrl+L"_s),
                              tr("Load images from a tar file made by docker save (docker load)")),
            &QAction::triggered, this, [this] { load(); });
    connect(images->addAction(u"importImageAction"_s, tr("Import…"),
                              QKeySequence(u"Ctrl+Shift+I"_s),
                              tr("Make a one-layer image from a filesystem tar (docker import)")),
            &QAction::triggered, this, [this] { importArchive(); });
    m_commit = containers->addAction(
        u"commitContainerAction"_s, tr("Commit…"), QKeySequence(u"Ctrl+Shift+M"_s),
        tr("Make an image of the container's filesystem (docker commit)"));
    connect(m_commit, &QAction::triggered, this, [this] { commit(); });
    m_export = containers->addAction(
        u"exportContainerAction"_s, tr("Export…"), QKeySequence(u"Ctrl+Shift+X"_s),
        tr("Write the container's filesystem to a tar file (docker export)"));
    connect(m_export, &QAction::triggered, this, [this] { exportContainer(); });
    connect(images, &ResourcePage::selectionChanged, this, &ImageTransferController::updateActions);
    connect(containers, &ResourcePage::selectionChanged, this,
            &ImageTransferController::updateActions);
    updateActions();
}

void ImageTransferController::updateActions()
{
    m_save->setEnabled(!m_images->selectedImages().isEmpty());
    const bool one = m_containers->selectedContainers().size() == 1;
    m_commit->setEnabled(one);
    m_export->setEnabled(one);
}

BuildDialog *ImageTransferController::build(const QString &contextDir)
{
    auto *dialog = new BuildDialog(m_images->window());
    if (!contextDir.isEmpty())
        dialog->setContextDir(contextDir);
    connect(dialog, &BuildDialog::buildRequested, this, [this, dialog] { startBuild(dialog); });
    dialog->open();
    return dialog;
}

void ImageTransferController::startBuild(BuildDialog *dialog)
{
    const BuildSpec spec = dialog->spec();
    dialog->setBusy(true);
    dialog->setStatus(tr("Reading the folder…"));
    // Reading the folder is no engine call: a cancel meanwhile only drops its result.
    auto *watcher = new QFutureWatcher<Result<BuildContext>>(dialog);
    auto cancelled = std::make_shared<bool>(false);
    dialog->startJob(watcher, [dialog, cancelled] {
        *cancelled = true;
        dialog->finishJob(EngineError(EngineError::Kind::Cancelled, tr("Build cancelled.")));
    });
    connect(watcher, &QFutureWatcherBase::finished, dialog, [=, this] {
        const Result<BuildContext> context = watcher->result();
        watcher->deleteLater();
        if (*cancelled)
            return;
        if (!context) {
            dialog->finishJob(EngineError());
            dialog->showError(context.error().message());
            return;
        }
        dialog->setStatus(tr("Sending the build context (%n file(s), %1; %2 excluded by "
                             ".dockerignore)…",
                             "", int(context->entries().size()))
                              .arg(dialog->locale().formattedDataSize(context->contentBytes()))
                              .arg(context->excludedCount()));
        auto tar = std::make_shared<TarStream>(context->entries());
        tar->open(QIODevice::ReadOnly);
        const quint64 handle = m_log->append(shellJoin(spec.commandLine()));
        ArchiveTransfer *t = ArchiveTransfer::fromDevice(
            m_client, spec.request(context->dockerfileName()), tar, context->tarSize(), dialog);
        connect(t, &ArchiveTransfer::progress, dialog, &BuildDialog::setUploadProgress);
        connect(t, &ArchiveTransfer::outputReceived, dialog, [dialog, t](const QString &text) {
            dialog->appendOutput(text);
            dialog->setBuildStep(t->output().step(), t->output().stepCount(),
                                 t->output().stepText());
        });
        dialog->follow(t, m_log, handle);
        connect(t, &ArchiveTransfer::finished, dialog, [=, this](const EngineError &e) {
            if (e.isError())
                return; // shown by the dialog
            const QString id = ImageModel::shortId(t->output().imageId());
            dialog->showSuccess(
                spec.tags.isEmpty()
                    ? tr("Built image %1.").arg(id)
                    : tr("Built image %1, tagged %2.").arg(id, spec.tags.join(u", "_s)));
            m_refresher->refresh(Refresher::Images);
        });
    });
    watcher->setFuture(QtConcurrent::run(&BuildContext::scan, spec.contextDir, spec.dockerfile));
}

CommitDialog *ImageTransferController::commit()
{
    const QList<ContainerSummary> selected = m_containers->selectedContainers();
    if (selected.size() != 1)
        return nullptr;
    const ContainerSummary &c = selected.first();
    auto *dialog = new CommitDialog(c.id, c.names.value(0, c.id.left(12)), m_containers->window());
    connect(dialog, &CommitDialog::commitRequested, this, [this, dialog](const CommitSpec &spec) {
        dialog->setBusy(true);
        const quint64 line = m_log->append(shellJoin(spec.commandLine()));
        Reply *reply = m_client->perform(spec.request(), dialog, [this, dialog](Result<Done> r) {
            dialog->finishJob(r ? EngineError() : r.error());
            if (!r)
                return; // shown by the dialog
            dialog->accept();
            m_refresher->refresh(Refresher::Images);
        });
        QPointer<Reply> guard(reply);
        dialog->startJob(
            reply,
            [guard] {
                if (guard)
                    guard->cancel();
            },
            m_log, line);
    });
    dialog->open();
    return dialog;
}

ArchiveDialog *ImageTransferController::save()
{
    QStringList images;
    for (const ImagesPage::Selected &s : m_images->selectedImages())
        images << s.reference;
    if (images.isEmpty())
        return nullptr;
    auto *dialog = new ArchiveDialog(ArchiveDialog::Mode::Save, images, m_images->window());
    QString name = images.size() == 1 ? images.first().section(u'/', -1) : u"images"_s;
    name.replace(u':', u'_');
    dialog->setFilePath(QDir::home().filePath(name + u".tar"_s));
    connectArchive(dialog);
    return dialog;
}

ArchiveDialog *ImageTransferController::load()
{
    auto *dialog = new ArchiveDialog(ArchiveDialog::Mode::Load, {}, m_images->window());
    connectArchive(dialog);
    return dialog;
}

ArchiveDialog *ImageTransferController::exportContainer()
{
    const QList<ContainerSummary> selected = m_containers->selectedContainers();
    if (selected.size() != 1)
        return nullptr;
    const ContainerSummary &c = selected.first();
    const QString name = c.names.value(0, c.id.left(12));
    auto *dialog =
        new ArchiveDialog(ArchiveDialog::Mode::Export, {c.id, name}, m_containers->window());
    dialog->setFilePath(QDir::home().filePath(name + u"-fs.tar"_s));
    connectArchive(dialog);
    return dialog;
}

ArchiveDialog *ImageTransferController::importArchive()
{
    auto *dialog = new ArchiveDialog(ArchiveDialog::Mode::Import, {}, m_images->window());
    connectArchive(dialog);
    return dialog;
}

void ImageTransferController::connectArchive(ArchiveDialog *dialog)
{
    connect(dialog, &ArchiveDialog::startRequested, this, [this, dialog] { startArchive(dialog); });
    dialog->open();
}

void ImageTransferController::startArchive(ArchiveDialog *dialog)
{
    dialog->setBusy(true);
    const quint64 handle = m_log->append(shellJoin(dialog->commandLine()));
    ArchiveTransfer *t =
        dialog->sendsFile()
            ? ArchiveTransfer::fromFile(m_client, dialog->request(), dialog->filePath(), dialog)
            : ArchiveTransfer::toFile(m_client, dialog->request(), dialog->filePath(), dialog);
    connect(t, &ArchiveTransfer::progress, dialog, &ArchiveDialog::setProgress);
    dialog->follow(t, m_log, handle);
    connect(t, &ArchiveTransfer::finished, dialog, [=, this](const EngineError &e) {
        if (e.isError())
            return; // shown by the dialog
        const QString file = QDir::toNativeSeparators(dialog->filePath());
        switch (dialog->mode()) {
        case ArchiveDialog::Mode::Save: dialog->showSuccess(tr("Saved to %1.").arg(file)); break;
        case ArchiveDialog::Mode::Export:
            dialog->showSuccess(tr("Exported to %1.").arg(file));
            break;
        case ArchiveDialog::Mode::Load:
            dialog->showSuccess(tr("Loaded: %1.").arg(t->output().loadedImages().join(u", "_s)));
            m_refresher->refresh(Refresher::Images);
            break;
        case ArchiveDialog::Mode::Import:
            dialog->showSuccess(
                tr("Imported as image %1.").arg(ImageModel::shortId(t->output().imageId())));
            m_refresher->refresh(Refresher::Images);
            break;
        }
    });
}

} // namespace gantry
