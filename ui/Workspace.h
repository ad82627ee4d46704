#pragma once

#include "compose/ComposeContext.h"
#include "core/Types.h"
#include "live/LogFeed.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QSettings;

namespace gantry {

class ActionRunner;
class CommandLog;
class CommandPalette;
class LayoutMemory;
class ShortcutsDialog;
class CommandLogDock;
class ConnectionMonitor;
class ConnectionPresenter;
class ComposeToolDetector;
class ContainerActions;
class ContainerModel;
class ContainerNotifications;
class ContainersPage;
class CredentialStore;
class DetailsPanel;
class DiskUsagePage;
class DockerClient;
class ImageActions;
class ImageModel;
class ImageTransferController;
class LimitsController;
class ImagesPage;
class MainWindow;
class NetworkModel;
class NetworksPage;
class PruneController;
class Refresher;
class RegistryController;
class ResourceInspector;
class RunController;
class StatsOverviewPage;
class SwarmPage;
class SwarmRefresher;
class TrayIcon;
class VolumeNetworkRefresher;
class VolumeModel;
class VolumesPage;

// Builds the main window for one engine: the models, the refresher, the pages and the
// controllers that act for them. The application and the GUI tests make the same window
// through it; MainWindow itself only lays things out.
class Workspace : public QObject {
    Q_OBJECT
public:
    // credentials: the application's registry logins, shared by its windows (not owned);
    // nullptr: the workspace keeps its own.
    Workspace(DockerClient *client, ConnectionMonitor *monitor, QObject *parent = nullptr,
              CredentialStore *credentials = nullptr);
    ~Workspace() override;

    // Starts following the engine (events, listings) and shows the window.
    void start();
    // Keeps the window's layout in `settings` (not owned): restored now (call before start()),
    // saved by saveLayout() and when the workspace goes. Without it, nothing is remembered.
    void rememberLayout(QSettings *settings);
    void saveLayout();
    LayoutMemory *layoutMemory() const { return m_layout; }
    CommandPalette *palette() const { return m_palette; }
    // Help > Keyboard shortcuts (every page built first, so that all their actions are there);
    // the one already open is raised rather than another made (and the pages built again).
    ShortcutsDialog *showShortcuts();

    MainWindow *window() const { return m_window; }
    ContainerModel *containerModel() const { return m_containers; }
    ImageModel *imageModel() const { return m_images; }
    CommandLog *commandLog() const { return m_log; }
    Refresher *refresher() const { return m_refresher; }
    ContainersPage *containersPage() const { return m_containersPage; }
    ImagesPage *imagesPage() const { return m_imagesPage; }
    DetailsPanel *details() const { return m_details; }
    RunController *runController() const { return m_run; }
    LimitsController *limitsController() const { return m_limits; }
    // Desktop notifications and the tray icon, made once the first listing is shown
    // (nullptr before; the tray only where the desktop has one).
    ContainerNotifications *notifications() const { return m_notifications; }
    TrayIcon *trayIcon() const { return m_tray; }
    // Brings the window to the front on the containers page with that container selected.
    void showContainer(const QString &id);
    // These pages are built the first time they are shown, or asked for here.
    VolumesPage *volumesPage();
    NetworksPage *networksPage();
    DiskUsagePage *diskUsagePage();
    StatsOverviewPage *statsPage();
    SwarmPage *swarmPage();
    // Made (and started, once the workspace is) with the Swarm page.
    // Made (and started, once the workspace is) with the first volumes or networks page.
    VolumeNetworkRefresher *volumeNetworkRefresher();
    PruneController *pruneController() const { return m_prune; }
    ImageTransferController *imageTransfers() const { return m_imageTransfers; }
    RegistryController *registryController() const { return m_registry; }
    // Opens the view of a compose project (its files and the compose tool's actions).
    void openComposeProject(const QString &project, const QList<ContainerSummary> &containers);
    // Opens a compose file or folder (empty: the dialog asks for one) to check and start it.
    void openComposeFile(const QString &path = {});
    // What the compose dialogs share: the tool (looked for once), the command log, the
    // engine's environment, the project's containers as listed now.
    ComposeContext composeContext() const;

private:
    void setUpPalette();
    // The docks' first sizes (once the window is laid out), also after Reset layout.
    void sizeDocks();
    void setUpNotifications();
    // The containers of a compose project row, for its merged logs.
    QList<LogTarget> projectLogTargets(const QModelIndex &project) const;
    QWidget *buildVolumesPage();
    QWidget *buildNetworksPage();
    QWidget *buildDiskUsagePage();
    QWidget *buildStatsPage();
    QWidget *buildSwarmPage();

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
    LimitsController *m_limits;
    ResourceInspector *m_inspector = nullptr;
    VolumeModel *m_volumes = nullptr; // made with the volume and network refresher
    NetworkModel *m_networks = nullptr;
    VolumeNetworkRefresher *m_volumeNetworkRefresher = nullptr; // made on first use
    SwarmRefresher *m_swarmRefresher = nullptr;                 // made with the Swarm page
    DiskUsagePage *m_diskUsagePage = nullptr;                   // built when first shown
    PruneController *m_prune = nullptr;
    ImageTransferController *m_imageTransfers = nullptr;
    RegistryController *m_registry = nullptr;
    ComposeToolDetector *m_composeTool = nullptr;
    LayoutMemory *m_layout = nullptr;
    CommandPalette *m_palette = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts; // while open
    bool m_layoutRestored = false;
    ContainerNotifications *m_notifications = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_started = false;
};

} // namespace gantry
