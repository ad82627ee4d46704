#include "details/DetailsPanel.h"

#include "StartupTrace.h"
#include "api/DockerClient.h"
#include "details/HistoryView.h"
#include "details/InspectView.h"
#include "logs/LogView.h"
#include "stats/StatsView.h"
#include "terminal/TerminalPanel.h"
#include "widgets/Icons.h"

#include <QTabBar>

using namespace Qt::StringLiterals;

namespace gantry {

DetailsPanel::DetailsPanel(DockerClient *client, QWidget *parent)
    : QTabWidget(parent)
    , m_client(client)
    , m_inspect(new InspectView)
    , m_history(new HistoryView)
{
    setObjectName(u"detailsPanel"_s);
    setAccessibleName(tr("Details"));
    using Icon = Icons::Icon;
    addTab(m_inspect, Icons::icon(Icon::Inspect), tr("Inspect"));
    m_historyTab = addTab(m_history, Icons::icon(Icon::History), tr("History", "image layers"));
    setTabEnabled(m_historyTab, false);
    StartupTrace::mark("  details: inspect and history views built");
    m_terminal = new TerminalPanel(client);
    addTab(m_terminal, Icons::icon(Icon::Terminal), tr("Terminal"));
    // Logs and Stats stream only while their tab is on screen (they stop when hidden).
    StartupTrace::mark("  details: terminal panel built");
    m_logs = new LogView(client);
    addTab(m_logs, Icons::icon(Icon::Logs), tr("Logs"));
    StartupTrace::mark("  details: log view built");
    m_stats = new StatsView(client);
    addTab(m_stats, Icons::icon(Icon::Stats), tr("Stats", "container statistics"));
    StartupTrace::mark("  details: stats view built");
    // DESIGN.md's order: Inspect, Logs, Terminal, Stats, then the image's layers.
    tabBar()->moveTab(indexOf(m_history), count() - 1);
    tabBar()->moveTab(indexOf(m_logs), indexOf(m_terminal));
    m_historyTab = indexOf(m_history);
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
    setTabEnabled(m_historyTab, false);
    m_terminal->setContainer({}, {}, {});
    m_logs->setTargets({});
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
    m_logs->setTargets({{id, name}});
    setTabEnabled(indexOf(m_logs), true);
    // Statistics exist for a running container only (an unknown state: let the engine say).
    const bool running = state.isEmpty() || state == ContainerState::Running;
    m_stats->setContainer(running ? id : QString());
    setTabEnabled(indexOf(m_stats), running);
    setTabEnabled(m_historyTab, false);
    m_history->clear();
    m_inspectReply = m_client->inspectContainer(
        id, this, [this](const Result<QJsonObject> &r) { showInspected(r); });
}

void DetailsPanel::showImage(const QString &reference)
{
    cancelPending();
    m_containerId.clear();
    m_terminal->setContainer({}, {}, {});
    m_logs->setTargets({});
    m_stats->setContainer({});
    setTabEnabled(indexOf(m_logs), false);
    setTabEnabled(indexOf(m_stats), false);
    setTabEnabled(m_historyTab, true);
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
    setTabEnabled(m_historyTab, false);
    m_terminal->setContainer({}, {}, {});
    m_stats->setContainer({});
    setTabEnabled(indexOf(m_stats), false);
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
        m_stats->setContainer({});
        setTabEnabled(indexOf(m_stats), false);
        return;
    }
    m_terminal->setContainer(m_containerId, m_containerName, state.toString());
    const bool running = state == ContainerState::Running;
    m_stats->setContainer(running ? m_containerId : QString());
    setTabEnabled(indexOf(m_stats), running);
    if (running && !wasRunning && m_logs->feed()->runningCount() == 0)
        m_logs->feed()->restart();
}

} // namespace gantry
