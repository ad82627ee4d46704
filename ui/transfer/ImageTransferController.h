#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace gantry {

class ArchiveDialog;
class ArchiveTransfer;
class BuildDialog;
class CommandLog;
class CommitDialog;
class ContainersPage;
class DockerClient;
class ImagesPage;
class Refresher;

// Images in and out of the engine: build, commit, save/load, export/import. Offers its
// actions on the Images and Containers pages, opens the dialogs, runs the transfers (the
// build context is listed off the GUI thread) and logs each docker line.
class ImageTransferController : public QObject {
    Q_OBJECT
public:
    ImageTransferController(DockerClient *client, CommandLog *log, Refresher *refresher,
                            ImagesPage *images, ContainersPage *containers,
                            QObject *parent = nullptr);

    BuildDialog *build(const QString &contextDir = {});
    CommitDialog *commit();
    ArchiveDialog *save();
    ArchiveDialog *load();
    ArchiveDialog *exportContainer();
    ArchiveDialog *importArchive();

private:
    void startBuild(BuildDialog *dialog);
    void connectArchive(ArchiveDialog *dialog);
    void startArchive(ArchiveDialog *dialog);
    void updateActions();

    DockerClient *m_client;
    CommandLog *m_log;
    Refresher *m_refresher;
    ImagesPage *m_images;
    ContainersPage *m_containers;
    QAction *m_save;
    QAction *m_commit;
    QAction *m_export;
};

} // namespace gantry
