#pragma once

#include "specs/RunSpec.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace gantry {

class CommandLog;
class ContainerModel;
class DockerClient;
class ImageModel;
class Refresher;
class RunDialog;

// Opens the run dialog (new, or prefilled from a container to edit and recreate it),
// fills its choices from the engine, and does the create + start. Errors go back into the
// dialog, which keeps what the user entered.
class RunController : public QObject {
    Q_OBJECT
public:
    RunController(DockerClient *client, CommandLog *log, ContainerModel *containers,
                  ImageModel *images, Refresher *refresher, QWidget *window,
                  QObject *parent = nullptr);

    RunDialog *runNew(const QString &image = {});
    void editAndRecreate(const QString &containerId);

signals:
    void containerStarted(const QString &id);
    // `docker run -it`: the container is created, not started; the terminal that attaches
    // to it starts it (TerminalPanel::runAttached). `runLine` is the run's command line.
    void attachedRunCreated(const QString &id, const QString &name, const QStringList &runLine,
                            bool interactive);
    // Recreated, but with something the user must know (the old container is left aside).
    void recreateWarning(const QString &text);

private:
    RunDialog *openDialog(const QString &ownId = {});
    void openRecreateDialog(const QString &containerId, const RunSpec &original);
    void createAndStart(RunDialog *dialog, const RunSpec &spec);
    void recreate(RunDialog *dialog, std::shared_ptr<QString> oldId, const RunSpec &spec,
                  const RunSpec &original);

    DockerClient *m_client;
    CommandLog *m_log;
    ContainerModel *m_containers;
    ImageModel *m_images;
    Refresher *m_refresher;
    QWidget *m_window;
};

} // namespace gantry
