#pragma once

#include "core/ContainerHealth.h"
#include "core/ContainerState.h"
#include "core/Result.h"
#include "live/LogFeed.h"
#include "transport/Transport.h"

#include <QJsonObject>
#include <QPointer>
#include <QTabWidget>

namespace gantry {

class DockerClient;
class FilesView;
class HealthView;
class HistoryView;
class InspectView;
class LogView;
class StatsView;
class TerminalPanel;

// Details of the current item: its inspect data, and for an image its layers. Fetches on
// demand and cancels what is no longer wanted when the selection moves.
class DetailsPanel : public QTabWidget {
    Q_OBJECT
public:
    DetailsPanel(DockerClient *client, QWidget *parent = nullptr);

    // name and state (the engine's: running, exited...) tell the Terminal tab what it may do.
    void showContainer(const QString &id, const QString &name = {},
                       const ContainerState &state = {});
    void showImage(const QString &reference);
    // A compose project: its containers' logs merged by time (no inspect data, no stats).
    void showProject(const QString &project, const QList<LogTarget> &containers);
    void clear();
    // The shown container changed state (or went: empty state): the Terminal follows it,
    // Stats start or stop, and a log that ended with the container resumes when it starts.
    void followContainerState(const ContainerState &state);
    // The shown container's health changed: its probes are read again.
    void followContainerHealth(ContainerHealth health);
    const QString &containerId() const { return m_containerId; }

    InspectView *inspectView() const { return m_inspect; }
    HealthView *healthView() const { return m_health; }
    HistoryView *historyView() const { return m_history; }
    LogView *logView() const { return m_logs; }
    // Made the first time its tab is shown, or asked for here.
    StatsView *statsView();
    TerminalPanel *terminalPanel() const { return m_terminal; }
    FilesView *filesView() const { return m_files; }

private:
    void cancelPending();
    void showInspected(const Result<QJsonObject> &result);
    void inspectContainer(); // the shown container's inspect, again
    // The container whose statistics the Stats tab shows (empty: none, tab disabled).
    void setStatsContainer(const QString &id);
    int statsTab() const;
    void setFilesContainer(const QString &id, const QString &name);
    // The tabs an image has (inspect, history) or a container has (all but history).
    void setImageTabs(bool image);

    DockerClient *m_client;
    InspectView *m_inspect;
    HistoryView *m_history;
    int m_historyTab;
    HealthView *m_health;
    LogView *m_logs;
    StatsView *m_stats = nullptr;
    QWidget *m_statsStandIn = nullptr; // its tab until the Stats view is made
    QString m_statsContainer;
    TerminalPanel *m_terminal;
    FilesView *m_files;
    QString m_containerId; // the container shown, if one is
    QString m_containerName;
    ContainerState m_containerState;
    ContainerHealth m_containerHealth = ContainerHealth::None;
    QPointer<Reply> m_inspectReply;
    QPointer<Reply> m_historyReply;
};

} // namespace gantry
