#pragma once

#include "live/LogFeed.h"

#include <QModelIndex>
#include <QObject>

class QDockWidget;

namespace gantry {

class ActionRunner;
class CommandLog;
class CommandLogDock;
class ConnectionMonitor;
class ConnectionPresenter;
class ContainerActions;
class ContainerModel;
class ContainersPage;
class DetailsPanel;
class DiskUsagePage;
class DockerClient;
class ImageActions;
class ImageModel;
class ImageTransferController;
class ImagesPage;
class MainWindow;
class NetworksPage;
class PruneController;
class Refresher;
class RegistryController;
class RunController;
class StatsOverviewPage;
class VolumeNetworkRefresher;
class VolumesPage;

// Builds the main window for one engine: the models, the refresher, the pages and the
// controllers that act for them. The application and the GUI tests make the same window
// through it; MainWindow itself only lays things out.
class Workspace : public QObject {
    Q_OBJECT
public:
    Workspace(DockerClient *client, ConnectionMonitor *monitor, QObject *parent = nullptr);
    ~Workspace() override;

    // Starts following the engine (events, listings) and shows the window.
    void start();

    MainWindow *window() const { return m_window; }
    ContainerModel *containerModel() const { return m_containers; }
    ImageModel *imageModel() const { return m_images; }
    CommandLog *commandLog() const { return m_log; }
    Refresher *refresher() const { return m_refresher; }
    ContainersPage *containersPage() const { return m_containersPage; }
    ImagesPage *imagesPage() const { return m_imagesPage; }
    DetailsPanel *details() const { return m_details; }
    RunController *runController() const { return m_run; }
    VolumesPage *volumesPage() const { return m_volumesPage; }
    NetworksPage *networksPage() const { return m_networksPage; }
    VolumeNetworkRefresher *volumeNetworkRefresher() const { return m_volumeNetworkRefresher; }
    DiskUsagePage *diskUsagePage() const { return m_diskUsagePage; }
    PruneController *pruneController() const { return m_prune; }
    StatsOverviewPage *statsPage() const { return m_statsPage; }
    ImageTransferController *imageTransfers() const { return m_imageTransfers; }
    RegistryController *registryController() const { return m_registry; }

private:
    // The containers of a compose project row, for its merged logs.
    QList<LogTarget> projectLogTargets(const QModelIndex &project) const;

    DockerClient *m_client;
    ConnectionMonitor *m_monitor;
    ContainerModel *m_containers;
    ImageModel *m_images;
    CommandLog *m_log;
    Refresher *m_refresher;
    ActionRunner *m_runner;
    MainWindow *m_window;
    ContainersPage *m_containersPage;
    ImagesPage *m_imagesPage;
    DetailsPanel *m_details;
    CommandLogDock *m_logDock;
    QDockWidget *m_detailsDock;
    ConnectionPresenter *m_connection;
    ContainerActions *m_containerActions;
    ImageActions *m_imageActions;
    RunController *m_run;
    VolumesPage *m_volumesPage = nullptr;
    NetworksPage *m_networksPage = nullptr;
    VolumeNetworkRefresher *m_volumeNetworkRefresher = nullptr;
    DiskUsagePage *m_diskUsagePage = nullptr;
    PruneController *m_prune = nullptr;
    StatsOverviewPage *m_statsPage = nullptr;
    ImageTransferController *m_imageTransfers = nullptr;
    RegistryController *m_registry = nullptr;
};

} // namespace gantry
