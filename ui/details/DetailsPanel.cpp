#include "details/DetailsPanel.h"

#include "api/DockerClient.h"
#include "details/FilesView.h"
#include "details/HealthView.h"
#include "details/HistoryView.h"
#include "details/InspectView.h"
#include "logs/LogView.h"
#include "stats/StatsView.h"
#include "terminal/TerminalPanel.h"
#include "widgets/Icons.h"
#include "widgets/StartupTrace.h"

#include <QTabBar>

using namespace Qt::StringLiterals;

namespace gantry {

DetailsPanel::DetailsPanel(DockerClient *client, QWidget *parent)
    : QTabWidget(parent)
    , m_client(client)
    , m_inspect(new InspectView)
    , m_history(new HistoryView)
    , m_health(new HealthView)
{
    setObjectName(u"detailsPanel"_s);
    setAccessibleName(tr("Details"));
    using Icon = Icons::Icon;
    addTab(m_inspect, Icons::icon(Icon::Inspect), tr("Inspect"));
    addTab(m_history, Icons::icon(Icon::History), tr("History", "image layers"));
    StartupTrace::mark("  details: inspect and history views built");
    m_terminal = new TerminalPanel(client);
    addTab(m_terminal, Icons::icon(Icon::Terminal), tr("Terminal"));
    // Logs and Stats stream only while their tab is on screen (they stop when hidden).
    StartupTrace::mark("  details: terminal panel built");
    m_logs = new LogView(client);
    addTab(m_logs, Icons::icon(Icon::Logs), tr("Logs"));
    StartupTrace::mark("  details: log view built");
    // The charts are made when the Stats tab is first shown (start-up does not need them).
    m_statsStandIn = new QWidget;
    addTab(m_statsStandIn, Icons::icon(Icon::Stats), tr("Stats", "container statistics"));
    // Health: the container's probes, after the streams (enabled when it has a health check).
    addTab(m_health, Icons::icon(Icon::Inspect), tr("Health", "container health check"));
    // A container's files, through the archive endpoints (running or not, shell or not).
    m_files = new FilesView(client);
    addTab(m_files, Icons::icon(Icon::Volumes), tr("Files", "a container's files"));
    setTabEnabled(indexOf(m_files), false);
    // DESIGN.md's order: Inspect, Logs, Terminal, Stats, Health, Files, then the image's layers.
    tabBar()->moveTab(indexOf(m_history), count() - 1);
    tabBar()->moveTab(indexOf(m_logs), indexOf(m_terminal));
    connect(m_health, &HealthView::refreshRequested, this, &DetailsPanel::inspectContainer);
    m_historyTab = indexOf(m_history);
    setImageTabs(false);
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_statsStandIn && widget(index) == m_statsStandIn)
            statsView();
    });
}

StatsView *DetailsPanel::statsView()
{
    if (m_stats)
        return m_stats;
    m_stats = new StatsView(m_client);
    m_stats->setContainer(m_statsContainer);
    const int index = indexOf(m_statsStandIn);
    const bool enabled = isTabEnabled(index);
    const bool visible = isTabVisible(index);
    const bool current = currentIndex() == index;
    insertTab(index, m_stats, tabIcon(index), tabText(index));
    setTabEnabled(index, enabled);
    setTabVisible(index, visible);
    if (current)
        setCurrentIndex(index);
    delete m_statsStandIn; // removes its tab
    m_statsStandIn = nullptr;
    m_historyTab = indexOf(m_history);
    return m_stats;
}

void DetailsPanel::setStatsContainer(const QString &id)
{
    m_statsContainer = id;
    if (m_stats)
        m_stats->setContainer(id);
    setTabEnabled(statsTab(), !id.isEmpty());
}

void DetailsPanel::setFilesContainer(const QString &id, const QString &name)
{
    m_files->setContainer(id, name);
    setTabEnabled(indexOf(m_files), !id.isEmpty());
}

void DetailsPanel::setImageTabs(bool image)
{
    // Tabs with nothing to say are hidden, not only greyed: an image has no logs, terminal
    // or statistics; a container or a project no layers.
    setTabVisible(m_historyTab, image);
    setTabEnabled(m_historyTab, image);
    setTabVisible(indexOf(m_logs), !image);
    setTabVisible(indexOf(m_terminal), !image);
    setTabVisible(statsTab(), !image);
    setTabVisible(indexOf(m_files), !image);
    // Health: shown once the inspect data says the container has a health check.
    m_health->clear();
    setTabEnabled(indexOf(m_health), false);
    setTabVisible(indexOf(m_health), false);
}

int DetailsPanel::statsTab() const
{
    return m_stats ? indexOf(m_stats) : indexOf(m_statsStandIn);
}

void DetailsPanel::cancelPending()
{
    if (m_inspectReply)
        m_inspectReply->cancel();
    if (m_historyReply)
        m_historyReply->cancel();
}

void DetailsPanel::showInspected(const Result<QJsonObject> &r)
{
    if (r && !m_containerId.isEmpty()) {
        const HealthReport health = HealthReport::fromInspect(r.value());
        m_containerHealth = health.status; // what the listing's health is compared with
        m_health->setReport(health);
        setTabEnabled(indexOf(m_health), health.present);
        setTabVisible(indexOf(m_health), health.present); // nothing to say without a check
    }
    if (r)
        m_inspect->setDocument(r.value());
    else if (r.error().kind() != EngineError::Kind::Cancelled)
        m_inspect->setError(r.error().describe());
}

void DetailsPanel::clear()
{
    cancelPending();
    m_containerId.clear();
    m_inspect->clear();
    m_history->clear();
    setImageTabs(false);
    m_terminal->setContainer({}, {}, {});
    setFilesContainer({}, {});
    m_logs->setTargets({});
    m_statsContainer.clear();
    if (m_stats)
        m_stats->setContainer({});
}

void DetailsPanel::showContainer(const QString &id, const QString &name,
                                 const ContainerState &state)
{
    cancelPending();
    m_containerId = id;
    m_containerName = name;
    m_containerState = state;
    m_terminal->setContainer(id, name, state.toString());
    setFilesContainer(id, name);
    m_logs->setTargets({{id, name}});
    setTabEnabled(indexOf(m_logs), true);
    // Statistics exist for a running container only (an unknown state: let the engine say).
    const bool running = state.isEmpty() || state == ContainerState::Running;
    setStatsContainer(running ? id : QString());
    setImageTabs(false);
    m_history->clear();
    m_containerHealth = ContainerHealth::None;
    inspectContainer();
}

void DetailsPanel::inspectContainer()
{
    if (m_containerId.isEmpty())
        return;
    if (m_inspectReply)
        m_inspectReply->cancel();
    m_inspectReply = m_client->inspectContainer(
        m_containerId, this, [this](const Result<QJsonObject> &r) { showInspected(r); });
}

void DetailsPanel::followContainerHealth(ContainerHealth health)
{
    // An inspect on its way says the latest anyway.
    if (m_containerId.isEmpty() || health == m_containerHealth || m_inspectReply)
        return;
    m_containerHealth = health;
    inspectContainer();
}

void DetailsPanel::showImage(const QString &reference)
{
    cancelPending();
    m_containerId.clear();
    m_terminal->setContainer({}, {}, {});
    setFilesContainer({}, {});
    m_logs->setTargets({});
    setStatsContainer({});
    setTabEnabled(indexOf(m_logs), false);
    setImageTabs(true);
    m_inspectReply = m_client->inspectImage(
        reference, this, [this](const Result<QJsonObject> &r) { showInspected(r); });
    m_historyReply = m_client->imageHistory(reference, this, [this](Result<QList<HistoryEntry>> r) {
        if (r)
            m_history->setEntries(r.value());
        else if (r.error().kind() != EngineError::Kind::Cancelled)
            m_history->setError(r.error().describe());
    });
}

void DetailsPanel::showProject(const QString &project, const QList<LogTarget> &containers)
{
    Q_UNUSED(project)
    cancelPending();
    m_containerId.clear();
    m_inspect->clear();
    m_history->clear();
    setImageTabs(false);
    m_terminal->setContainer({}, {}, {});
    setFilesContainer({}, {});
    setStatsContainer({});
    m_logs->setTargets(containers);
    setTabEnabled(indexOf(m_logs), true);
}

void DetailsPanel::followContainerState(const ContainerState &state)
{
    if (m_containerId.isEmpty() || state == m_containerState)
        return;
    const bool wasRunning = m_containerState == ContainerState::Running;
    m_containerState = state;
    if (state.isEmpty()) { // removed
        m_terminal->setContainer({}, {}, {});
        setFilesContainer({}, {});
        setStatsContainer({});
        return;
    }
    m_terminal->setContainer(m_containerId, m_containerName, state.toString());
    const bool running = state == ContainerState::Running;
    setStatsContainer(running ? m_containerId : QString());
    if (running && !wasRunning && m_logs->feed()->runningCount() == 0)
        m_logs->feed()->restart();
}

} // namespace gantry
