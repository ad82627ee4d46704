#include "Workspace.h"

#include "CommandLogDock.h"
#include "ConnectionPresenter.h"
#include "MainWindow.h"
#include "actions/ActionRunner.h"
#include "actions/CommandLog.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "cleanup/DiskUsagePage.h"
#include "cleanup/PruneController.h"
#include "compose/ComposeConfig.h"
#include "compose/ComposeProjectDialog.h"
#include "compose/ComposeTool.h"
#include "compose/OpenComposeDialog.h"
#include "containers/ContainerActions.h"
#include "containers/ContainersPage.h"
#include "containers/LimitsController.h"
#include "core/Format.h"
#include "details/DetailsPanel.h"
#include "details/FilesView.h"
#include "details/ResourceInspector.h"
#include "images/ImageActions.h"
#include "images/ImagesPage.h"
#include "layout/LayoutMemory.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "listings/NetworkModel.h"
#include "listings/PortModel.h"
#include "listings/VolumeModel.h"
#include "live/Refresher.h"
#include "live/StatsOverviewModel.h"
#include "live/VolumeNetworkRefresher.h"
#include "logs/LogView.h"
#include "networks/NetworkActions.h"
#include "networks/NetworksPage.h"
#include "notify/ContainerNotifications.h"
#include "notify/TrayIcon.h"
#include "palette/CommandPalette.h"
#include "palette/ShortcutsDialog.h"
#include "ports/PortsPage.h"
#include "registry/CredentialStore.h"
#include "registry/RegistryController.h"
#include "registry/UpdateChecker.h"
#include "run/RunController.h"
#include "stats/StatsOverviewPage.h"
#include "swarm/ClusterTab.h"
#include "swarm/NodeModel.h"
#include "swarm/NodesTab.h"
#include "swarm/ServiceRefresher.h"
#include "swarm/ServiceTabs.h"
#include "swarm/ServicesView.h"
#include "swarm/StacksView.h"
#include "swarm/SwarmActions.h"
#include "swarm/SwarmObjectsTab.h"
#include "swarm/SwarmPage.h"
#include "swarm/SwarmRefresher.h"
#include "terminal/TerminalPanel.h"
#include "transfer/ImageTransferController.h"
#include "transport/EndpointPrivacy.h"
#include "volumes/VolumeActions.h"
#include "volumes/VolumesPage.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"
#include "widgets/StartupTrace.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gantry {

Workspace::Workspace(DockerClient *client, ConnectionMonitor *monitor, QObject *parent,
                     CredentialStore *credentials)
    : QObject(parent)
    , m_client(client)
    , m_monitor(monitor)
    , m_containers(new ContainerModel(this))
    , m_images(new ImageModel(this))
    , m_log(new CommandLog(this))
    , m_refresher(new Refresher(client, m_containers, m_images, this))
    , m_runner(new ActionRunner(client, m_log, this))
    , m_window((StartupTrace::mark("  models and refresher built"), new MainWindow))
    , m_containersPage(
          (StartupTrace::mark("  main window built"), new ContainersPage(m_containers)))
    , m_imagesPage((StartupTrace::mark("  containers page built"), new ImagesPage(m_images)))
    , m_details((StartupTrace::mark("  window, containers and images pages built"),
                 new DetailsPanel(client)))
    , m_logDock(new CommandLogDock(m_log))
{
    StartupTrace::mark("  log dock built");
    using Icon = Icons::Icon;
    m_window->addPage(u"containersPage"_s, Icons::icon(Icon::Containers), tr("Containers"),
                      m_containersPage);
    m_window->addPage(u"imagesPage"_s, Icons::icon(Icon::Images), tr("Images"), m_imagesPage);
    // Pages the first listing does not need are built when first shown (or asked for).
    m_window->addLazyPage(u"volumesPage"_s, Icons::icon(Icon::Volumes), tr("Volumes"),
                          [this] { return buildVolumesPage(); });
    m_window->addLazyPage(u"networksPage"_s, Icons::icon(Icon::Networks), tr("Networks"),
                          [this] { return buildNetworksPage(); });
    m_window->addLazyPage(u"portsPage"_s, Icons::icon(Icon::Ports), tr("Ports"),
                          [this] { return new PortsPage(new PortModel(m_containers, this)); });
    m_window->addLazyPage(u"diskUsagePage"_s, Icons::icon(Icon::DiskUsage), tr("Disk usage"),
                          [this] { return buildDiskUsagePage(); });
    m_window->addLazyPage(u"statsPage"_s, Icons::icon(Icon::Stats),
                          tr("Stats", "container statistics"), [this] { return buildStatsPage(); });
    m_window->addLazyPage(u"swarmPage"_s, Icons::icon(Icon::Networks), tr("Swarm"),
                          [this] { return buildSwarmPage(); });
    StartupTrace::mark("  sidebar filled");
    m_detailsDock = new QDockWidget(tr("Details"));
    m_detailsDock->setObjectName(u"detailsDock"_s);
    m_detailsDock->setWidget(m_details);
    m_window->addDock(m_detailsDock, Qt::RightDockWidgetArea);
    m_details->terminalPanel()->setCommandLog(m_log);
    m_details->filesView()->setCommandLog(m_log);
    m_window->addDock(m_logDock, Qt::BottomDockWidgetArea);

    StartupTrace::mark("  docks placed");
    m_connection = new ConnectionPresenter(monitor, client->endpoint().url(), m_window->banner(),
                                           m_window->connectionLabel(), this);
    if (const QString warning = EndpointPrivacy::warning(client->endpoint()); !warning.isEmpty())
        m_window->securityBanner()->showMessage(MessageBanner::Level::Warning, warning);
    m_containerActions = new ContainerActions(m_containersPage, m_runner, m_refresher, this);
    m_composeTool = new ComposeToolDetector({}, this);
    connect(m_containersPage, &ContainersPage::composeRequested, this,
            &Workspace::openComposeProject);
    auto *openCompose = m_window->fileMenu()->addAction(tr("Open compose file…"));
    openCompose->setObjectName(u"openComposeAction"_s);
    openCompose->setShortcut(QKeySequence(u"Ctrl+Shift+F"_s));
    openCompose->setToolTip(tr("Check a compose file (or a folder holding one), see its "
                               "services, and start it (up -d); dropping one on the window "
                               "does the same"));
    connect(openCompose, &QAction::triggered, this, [this] { openComposeFile(); });
    m_window->setDropFilter(&isComposePath);
    connect(m_window, &MainWindow::pathsDropped, this,
            [this](const QStringList &paths) { openComposeFile(paths.first()); });
    m_imageActions = new ImageActions(m_imagesPage, m_runner, m_refresher, this);
    m_prune = new PruneController(client, m_log, m_window, this);
    connect(m_imagesPage, &ImagesPage::pruneDanglingRequested, m_prune,
            [this] { m_prune->open({PruneCategory::DanglingImages}); });
    connect(m_prune, &PruneController::pruned, this, [this] {
        m_refresher->refresh(Refresher::All);
        if (m_volumeNetworkRefresher)
            m_volumeNetworkRefresher->refresh();
        if (m_diskUsagePage)
            m_diskUsagePage->markStale();
    });
    m_inspector = new ResourceInspector(client, m_details, this);
    m_run = new RunController(client, m_log, m_containers, m_images, m_refresher, m_window, this);
    m_imageTransfers = new ImageTransferController(client, m_log, m_refresher, m_imagesPage,
                                                   m_containersPage, this);
    connect(m_containersPage, &ContainersPage::runRequested, m_run, [this] { m_run->runNew(); });
    connect(m_containersPage, &ContainersPage::recreateRequested, m_run,
            &RunController::editAndRecreate);
    connect(m_run, &RunController::recreateWarning, m_containersPage, [this](const QString &text) {
        m_containersPage->banner()->showMessage(MessageBanner::Level::Warning, text);
    });
    connect(m_imagesPage, &ImagesPage::runRequested, m_run,
            [this](const QString &image) { m_run->runNew(image); });
    connect(m_run, &RunController::attachedRunCreated, this,
            [this](const QString &id, const QString &name, const QStringList &runLine,
                   bool interactive) {
                m_details->showContainer(id, name, ContainerState::Created);
                m_detailsDock->show();
                m_detailsDock->raise();
                TerminalPanel *terminal = m_details->terminalPanel();
                m_details->setCurrentWidget(terminal);
                terminal->runAttached(id, name, runLine, interactive);
            });
    m_limits = new LimitsController(client, m_runner, m_refresher, m_window, this);
    connect(m_containersPage, &ContainersPage::limitsRequested, m_limits, &LimitsController::open);
    connect(m_limits, &LimitsController::failed, m_containersPage, [this](const QString &text) {
        m_containersPage->banner()->showMessage(MessageBanner::Level::Error, text);
    });

    StartupTrace::mark("  actions, prune, run, transfers wired");
    m_registry =
        new RegistryController(client, credentials ? credentials : new CredentialStore(this), m_log,
                               m_refresher, m_window, this);
    connect(m_imagesPage, &ImagesPage::pullRequested, m_registry,
            [this] { m_registry->openPull(); });
    connect(m_imagesPage, &ImagesPage::pushRequested, m_registry, &RegistryController::openPush);
    connect(m_imagesPage, &ImagesPage::registriesRequested, m_registry,
            &RegistryController::openRegistries);
    auto *updates = new UpdateChecker(client, m_registry->credentials(), this);
    connect(m_imagesPage, &ImagesPage::updateCheckRequested, updates, &UpdateChecker::check);
    connect(updates, &UpdateChecker::answered, this, [this](const QString &text, bool outdated) {
        m_imagesPage->banner()->showMessage(
            outdated ? MessageBanner::Level::Warning : MessageBanner::Level::Info, text);
    });
    connect(updates, &UpdateChecker::failed, this, [this](const QString &text) {
        m_imagesPage->banner()->showMessage(MessageBanner::Level::Error, text);
    });

    StartupTrace::mark("  registry and credential store built");
    connect(m_containersPage, &ResourcePage::currentChanged, this, [this](const QModelIndex &i) {
        if (const ContainerSummary *c = m_containers->container(i))
            m_details->showContainer(c->id, c->names.value(0), c->state);
        else if (i.isValid() && i.data(ContainerModel::IsProjectRole).toBool())
            m_details->showProject(i.data(ContainerModel::ProjectRole).toString(),
                                   projectLogTargets(i.siblingAtColumn(0)));
    });
    // The details follow their container's state (started, stopped, removed).
    const auto followState = [this] {
        const QString id = m_details->containerId();
        if (id.isEmpty())
            return;
        const ContainerSummary *c = m_containers->container(m_containers->findKey(id));
        m_details->followContainerState(c ? c->state : ContainerState());
        if (c)
            m_details->followContainerHealth(c->health);
    };
    connect(m_containers, &QAbstractItemModel::dataChanged, this, followState);
    connect(m_containers, &QAbstractItemModel::rowsRemoved, this, followState);
    connect(m_containersPage, &ContainersPage::terminalRequested, this, [this](const QString &id) {
        const ContainerSummary *c = m_containers->container(m_containers->findKey(id));
        if (!c)
            return;
        TerminalPanel *terminal = m_details->terminalPanel();
        terminal->setContainer(c->id, c->names.value(0), c->state.toString());
        m_detailsDock->show();
        m_detailsDock->raise();
        m_details->setCurrentWidget(terminal);
        terminal->openShell();
    });
    connect(m_imagesPage, &ResourcePage::currentChanged, this, [this](const QModelIndex &i) {
        if (m_images->image(i))
            m_details->showImage(i.data(ImageModel::ReferenceRole).toString());
    });
    // The engine is back (or reachable for the first time): follow it again.
    connect(monitor, &ConnectionMonitor::connected, m_refresher, [this] {
        m_refresher->reconnect();
        m_refresher->refresh();
    });
    // A log the engine's going away cut is followed again (the container may run again
    // without its state ever changing in the listing: restarted while we could not see).
    connect(monitor, &ConnectionMonitor::connected, m_details->logView(),
            &LogView::resumeInterrupted);
    // An open event stream proves the engine answers; its end has the engine checked at once.
    connect(m_refresher, &Refresher::streamStateChanged, monitor,
            &ConnectionMonitor::setStreamAlive);
    connect(m_window, &MainWindow::shownChanged, m_refresher, &Refresher::setActive);
    // Not needed for the first listing (and the session bus costs a round trip): made after.
    connect(m_refresher, &Refresher::firstRefreshDone, this, &Workspace::setUpNotifications,
            Qt::SingleShotConnection);
    connect(m_refresher, &Refresher::listingFailed, this, [this](const EngineError &e) {
        if (e.kind() == EngineError::Kind::Protocol || e.kind() == EngineError::Kind::ServerError)
            m_window->banner()->showMessage(MessageBanner::Level::Warning,
                                            tr("Listing failed: %1").arg(e.describe()));
    });
    setUpPalette();
    connect(m_window, &MainWindow::shortcutsRequested, this, &Workspace::showShortcuts);
}

void Workspace::setUpPalette()
{
    m_palette = new CommandPalette(m_window);
    connect(m_window, &MainWindow::paletteRequested, m_palette, &CommandPalette::open);
    m_palette->addSource([this] {
        // A page's action acts on that page's selection: the page is shown first, so that
        // it acts on what the user sees.
        return PaletteEntries::actions(
            m_window, [this](const QAction *action) { return m_window->placeOf(action); },
            [this](const QAction *action) {
                if (const QString page = m_window->pageOf(action); !page.isEmpty())
                    m_window->showPage(page);
            });
    });
    using Icon = Icons::Icon;
    // An object chosen: its page shown, its row current there.
    const auto revealIn = [this](const QString &pageName) {
        return [this, pageName](const QPersistentModelIndex &index) {
            m_window->showPage(pageName);
            if (auto *page = qobject_cast<ResourcePage *>(m_window->page(pageName)))
                page->reveal(index);
        };
    };
    m_palette->addSource([this, revealIn] {
        QList<PaletteEntry> out = PaletteEntries::rows(
            m_containers, tr("Container"), Qt::DisplayRole, ContainerModel::IdRole,
            Icons::icon(Icon::Containers), revealIn(u"containersPage"_s));
        out += PaletteEntries::rows(m_images, tr("Image"), ImageModel::ReferenceRole,
                                    ImageModel::IdRole, Icons::icon(Icon::Images),
                                    revealIn(u"imagesPage"_s));
        // Listed once their page was first shown.
        out += PaletteEntries::rows(m_volumes, tr("Volume"), Qt::DisplayRole, VolumeModel::NameRole,
                                    Icons::icon(Icon::Volumes), revealIn(u"volumesPage"_s));
        out +=
            PaletteEntries::rows(m_networks, tr("Network"), Qt::DisplayRole, NetworkModel::IdRole,
                                 Icons::icon(Icon::Networks), revealIn(u"networksPage"_s));
        return out;
    });
}

ShortcutsDialog *Workspace::showShortcuts()
{
    if (m_shortcuts) {
        m_shortcuts->raise();
        m_shortcuts->activateWindow();
        return m_shortcuts;
    }
    m_window->buildAllPages();
    m_shortcuts = new ShortcutsDialog(
        m_window, [this](const QAction *action) { return m_window->placeOf(action); });
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts->show();
    return m_shortcuts;
}

void Workspace::rememberLayout(QSettings *settings)
{
    m_layout = new LayoutMemory(m_window, settings, this);
    m_layoutRestored = m_layout->restoreWindow();
    for (QWidget *page : m_window->builtPages())
        m_layout->adoptPage(page);
    // The docks' lists keep their columns too (the inspect tree, the layers...).
    m_layout->adoptPage(m_detailsDock);
    m_layout->adoptPage(m_logDock);
    connect(m_window, &MainWindow::pageBuilt, m_layout, &LayoutMemory::adoptPage);
    connect(m_window, &MainWindow::currentPageChanged, m_layout, &LayoutMemory::setCurrentPage);
    if (QWidget *page = m_window->currentPage())
        m_layout->setCurrentPage(page->objectName());
    if (const QString last = m_layout->lastPage(); !last.isEmpty())
        m_window->showPage(last);
    connect(m_window, &MainWindow::resetLayoutRequested, m_layout, &LayoutMemory::reset);
    connect(m_layout, &LayoutMemory::resetDone, this, [this] {
        m_window->showPage(u"containersPage"_s);
        sizeDocks();
    });
}

void Workspace::saveLayout()
{
    if (m_layout)
        m_layout->save();
}

void Workspace::sizeDocks()
{
    m_detailsDock->show();
    m_logDock->show();
    m_window->resizeDocks({m_detailsDock}, {380}, Qt::Horizontal);
    m_window->resizeDocks({m_logDock}, {150}, Qt::Vertical);
}

void Workspace::setUpNotifications()
{
    m_notifications = new ContainerNotifications(m_refresher, nullptr, this);
    m_window->addMenu(m_notifications->menu());
    connect(m_notifications, &ContainerNotifications::showContainer, this,
            &Workspace::showContainer);
    // One tray icon for the application: the first window's engine is the one counted.
    if (QSystemTrayIcon::isSystemTrayAvailable() && !TrayIcon::instance())
        m_tray =
            new TrayIcon(m_containers, m_client->endpoint().url(), m_notifications->menu(), this);
    if (m_tray)
        connect(m_tray, &TrayIcon::showWindowRequested, m_window, &MainWindow::bringToFront);
}

void Workspace::showContainer(const QString &id)
{
    m_window->bringToFront();
    m_window->showPage(u"containersPage"_s);
    m_containersPage->showContainer(id);
}

VolumeNetworkRefresher *Workspace::volumeNetworkRefresher()
{
    if (m_volumeNetworkRefresher)
        return m_volumeNetworkRefresher;
    // Volumes and networks are listed (and their events followed) once one of their pages
    // is first shown: the first listing of containers does not wait for them.
    m_volumes = new VolumeModel(this);
    m_networks = new NetworkModel(this);
    m_volumeNetworkRefresher = new VolumeNetworkRefresher(m_client, m_volumes, m_networks, this);
    connect(m_monitor, &ConnectionMonitor::connected, m_volumeNetworkRefresher, [this] {
        // Networks are listed again every 10 s while the events flow if they do not say it.
        m_volumeNetworkRefresher->setPollWhileStreamUp(
            m_monitor->version().eventsCoverNetworks() ? 0 : 10000);
        m_volumeNetworkRefresher->reconnect();
        m_volumeNetworkRefresher->refresh();
    });
    connect(m_window, &MainWindow::shownChanged, m_volumeNetworkRefresher,
            &VolumeNetworkRefresher::setActive);
    connect(m_volumeNetworkRefresher, &VolumeNetworkRefresher::listingFailed, this,
            [this](const EngineError &e) {
                if (e.kind() == EngineError::Kind::Protocol ||
                    e.kind() == EngineError::Kind::ServerError)
                    m_window->banner()->showMessage(MessageBanner::Level::Warning,
                                                    tr("Listing failed: %1").arg(e.describe()));
            });
    if (m_started)
        m_volumeNetworkRefresher->start();
    return m_volumeNetworkRefresher;
}

QWidget *Workspace::buildVolumesPage()
{
    VolumeNetworkRefresher *refresher = volumeNetworkRefresher();
    auto *page = new VolumesPage(m_volumes);
    new VolumeActions(page, m_runner, refresher, this);
    connect(page, &VolumesPage::inspectRequested, m_inspector, &ResourceInspector::showVolume);
    return page;
}

QWidget *Workspace::buildNetworksPage()
{
    VolumeNetworkRefresher *refresher = volumeNetworkRefresher();
    auto *page = new NetworksPage(m_networks);
    new NetworkActions(page, m_runner, refresher, this);
    connect(page, &NetworksPage::inspectRequested, m_inspector, &ResourceInspector::showNetwork);
    return page;
}

QWidget *Workspace::buildDiskUsagePage()
{
    m_diskUsagePage = new DiskUsagePage(m_client);
    connect(m_diskUsagePage, &DiskUsagePage::pruneRequested, m_prune, [this] { m_prune->open(); });
    return m_diskUsagePage;
}

QWidget *Workspace::buildStatsPage()
{
    auto *model = new StatsOverviewModel(this);
    model->followContainers(m_containers);
    auto *page = new StatsOverviewPage(m_client, model);
    connect(m_window, &MainWindow::shownChanged, page, &StatsOverviewPage::setWindowShown);
    return page;
}

QWidget *Workspace::buildSwarmPage()
{
    // The swarm is listed (and its events followed) once its page is first shown.
    auto *nodes = new NodeModel(this);
    auto *secrets = new SwarmObjectModel(this);
    auto *configs = new SwarmObjectModel(this);
    m_swarmRefresher = new SwarmRefresher(m_client, nodes, secrets, configs, this);
    auto *page = new SwarmPage;
    auto *actions = new SwarmActions(page, m_runner, m_swarmRefresher, this);

    // Services and Stacks: listed and followed only while this engine is a manager.
    auto *services = new ServiceTabs(m_client, m_runner, m_log, this);
    page->addTab(services->servicesView(), tr("Services"));
    page->addTab(services->stacksView(), tr("Stacks"));
    ServiceRefresher *serviceRefresher = services->refresher();
    connect(m_swarmRefresher, &SwarmRefresher::membershipChanged, serviceRefresher,
            [serviceRefresher](const SwarmMembership &membership) {
                if (membership.manager && !serviceRefresher->isRunning())
                    serviceRefresher->start();
                else if (!membership.manager && serviceRefresher->isRunning())
                    serviceRefresher->stop();
            });
    connect(m_monitor, &ConnectionMonitor::connected, serviceRefresher, [serviceRefresher] {
        if (serviceRefresher->isRunning()) {
            serviceRefresher->reconnect();
            serviceRefresher->refresh();
        }
    });

    auto *nodesTab = new NodesTab(nodes);
    page->addTab(nodesTab, tr("Nodes"));
    actions->watchNodes(nodesTab);
    auto *secretsTab = new SwarmObjectsTab(SwarmObjectKind::Secret, secrets);
    page->addTab(secretsTab, tr("Secrets"));
    actions->watchObjects(secretsTab);
    auto *configsTab = new SwarmObjectsTab(SwarmObjectKind::Config, configs);
    page->addTab(configsTab, tr("Configs"));
    actions->watchObjects(configsTab);
    auto *clusterTab = new ClusterTab;
    page->addTab(clusterTab, tr("Swarm"));
    actions->watchCluster(clusterTab);

    connect(m_swarmRefresher, &SwarmRefresher::membershipChanged, page, &SwarmPage::setMembership);
    // The join commands need the tokens (/swarm) and the manager's address (/info).
    const auto showTokens = [this, clusterTab] {
        const auto cluster = m_swarmRefresher->cluster();
        const auto membership = m_swarmRefresher->membership();
        clusterTab->setTokens(cluster ? cluster->workerToken : QString(),
                              cluster ? cluster->managerToken : QString(),
                              membership ? membership->managerAddress : QString());
    };
    connect(m_swarmRefresher, &SwarmRefresher::clusterChanged, clusterTab, showTokens);
    connect(m_swarmRefresher, &SwarmRefresher::membershipChanged, clusterTab, showTokens);
    connect(m_monitor, &ConnectionMonitor::connected, m_swarmRefresher, [this] {
        m_swarmRefresher->reconnect();
        m_swarmRefresher->refresh();
    });
    connect(m_window, &MainWindow::shownChanged, m_swarmRefresher, &SwarmRefresher::setActive);
    if (m_started)
        m_swarmRefresher->start();
    return page;
}

SwarmPage *Workspace::swarmPage()
{
    return static_cast<SwarmPage *>(m_window->page(u"swarmPage"_s));
}

VolumesPage *Workspace::volumesPage()
{
    return static_cast<VolumesPage *>(m_window->page(u"volumesPage"_s));
}

NetworksPage *Workspace::networksPage()
{
    return static_cast<NetworksPage *>(m_window->page(u"networksPage"_s));
}

DiskUsagePage *Workspace::diskUsagePage()
{
    return static_cast<DiskUsagePage *>(m_window->page(u"diskUsagePage"_s));
}

StatsOverviewPage *Workspace::statsPage()
{
    return static_cast<StatsOverviewPage *>(m_window->page(u"statsPage"_s));
}

QList<LogTarget> Workspace::projectLogTargets(const QModelIndex &project) const
{
    QList<LogTarget> targets;
    for (int r = 0; r < m_containers->rowCount(project); ++r) {
        if (const ContainerSummary *c = m_containers->container(m_containers->index(r, 0, project)))
            targets.append(
                LogTarget(c->id, ContainerModel::nameOf(*c), false,
                          c->labels.value(QLatin1StringView(ContainerModel::kServiceLabel))));
    }
    return targets;
}

ComposeContext Workspace::composeContext() const
{
    const Endpoint &endpoint = m_client->endpoint();
    ComposeContext context;
    context.detector = m_composeTool;
    context.log = m_log;
    context.environment = composeEnvironment(endpoint);
    context.engineLocal = endpoint.isLocal();
    context.containersOf = [model = QPointer<ContainerModel>(m_containers)](const QString &name) {
        QList<ContainerSummary> out;
        if (!model)
            return out;
        const QModelIndex project = model->findKey(u"project:"_s + name);
        for (int r = 0; project.isValid() && r < model->rowCount(project); ++r) {
            if (const ContainerSummary *c = model->container(model->index(r, 0, project)))
                out << *c;
        }
        return out;
    };
    return context;
}

void Workspace::openComposeFile(const QString &path)
{
    auto *dialog = new OpenComposeDialog(composeContext(), m_window);
    connect(dialog, &OpenComposeDialog::jobFinished, m_refresher,
            [this] { m_refresher->refresh(Refresher::Containers); });
    dialog->show();
    if (!path.isEmpty())
        dialog->setPath(path);
}

void Workspace::openComposeProject(const QString &project,
                                   const QList<ContainerSummary> &containers)
{
    auto *dialog = new ComposeProjectDialog(ComposeProject::fromContainers(project, containers),
                                            composeContext(), m_window);
    connect(dialog, &ComposeProjectDialog::jobFinished, m_refresher,
            [this] { m_refresher->refresh(Refresher::Containers); });
    dialog->show();
}

Workspace::~Workspace()
{
    saveLayout();
    delete m_window;
}

void Workspace::start()
{
    m_started = true;
    m_refresher->start();
    if (m_volumeNetworkRefresher)
        m_volumeNetworkRefresher->start();
    if (m_swarmRefresher)
        m_swarmRefresher->start();
    StartupTrace::mark("refreshers started");
    m_window->show();
    // Docks get their sizes once the window is laid out (unless remembered).
    if (!m_layoutRestored)
        QTimer::singleShot(0, m_window, [this] { sizeDocks(); });
}

} // namespace gantry
