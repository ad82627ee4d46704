#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include "compose/ComposeProject.h"
#include "core/Types.h"
#include "tree/KeyedTreeModel.h"

namespace gantry {

struct ContainerRow {
    enum class Kind { Project, Container };
    Kind kind = Kind::Container;
    QString project;            // compose project, empty for ungrouped containers
    ContainerSummary container; // Container rows
    int running = 0;            // Project rows: how many of its containers run
    int total = 0;
    friend bool operator==(const ContainerRow &, const ContainerRow &) = default;
};

// Containers as a tree: compose projects (label com.docker.compose.project) with their
// containers below, ungrouped containers at the top level.
class ContainerModel : public KeyedTreeModel<ContainerRow> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ImageColumn,
        StateColumn,
        StatusColumn,
        PortsColumn,
        CreatedColumn,
        ServiceColumn,
        HealthColumn, // healthy, unhealthy, starting; empty without a healthcheck
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,  // raw value of the column: QDateTime, qint64, text
        StateRole, // engine state: running, exited...
        IsProjectRole,
        ProjectRole,
        NameRole,
        ExitCodeRole, // int, -1 when not exited
        IsActiveRole, // bool: running, paused or restarting (what docker ps lists)
        HealthRole,   // the engine's word: none, starting, healthy, unhealthy
    };

    static constexpr const char *kProjectLabel = ComposeProject::kProject;
    static constexpr const char *kServiceLabel = ComposeProject::kService;

    explicit ContainerModel(QObject *parent = nullptr);

    void setContainers(const QList<ContainerSummary> &containers);
    // The same containers with some of them changed (state, status...), as setContainers()
    // would show them but without comparing the unchanged ones: only the changed rows (and
    // their projects' counts) are signalled. False, and nothing changed, when that is not
    // enough (a container not shown yet, or one that moved to another compose project):
    // then call setContainers() with the whole listing.
    bool updateContainers(const QList<ContainerSummary> &changed);
    bool isLoaded() const { return m_loaded; }
    // A complete listing was received that changed nothing (or was applied in place): the
    // engine's texts are current, the ages shown count again from now.
    void listingSeen();

    // The container behind an index, or nullptr for a project row.
    const ContainerSummary *container(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Exited (137) 5 minutes ago" -> 137; -1 for other states.
    static int exitCode(const QString &status);
    // The name shown: the first name, else the short ID.
    static QString nameOf(const ContainerSummary &c);
    // 127.0.0.1:8080->80/tcp, 9000/tcp
    static QString portsText(const QList<PortBinding> &ports);
    // Running, Exited (3), Paused...: translated.
    static QString stateText(const ContainerState &state, int exitCode);
    static QColor stateColour(const ContainerState &state, int exitCode);
    // Healthy, Unhealthy, Starting: translated; empty for none.
    static QString healthText(ContainerHealth health);
    static QColor healthColour(ContainerHealth health);

private:
    QVariant containerData(const ContainerSummary &c, int column, int role) const;
    // The engine's status text as it would read now: the ages advance between listings
    // without asking the engine (see core/StatusAge.h).
    QString statusNow(const ContainerSummary &c) const;
    void refreshAges(bool signalStatus);
    QVariant projectData(const ContainerRow &row, int column, int role) const;

    bool m_loaded = false;
    QElapsedTimer m_sinceListing;
    QTimer m_ageTick;
};

} // namespace gantry
