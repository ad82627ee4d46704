#pragma once

#include "swarm/ServiceParsers.h"
#include "tree/KeyedTreeModel.h"

#include <QHash>

namespace gantry {

struct TaskRow {
    TaskSummary task;
    QString node;          // hostname, else the node ID
    int failedHistory = 0; // slot rows: how many earlier tasks of the slot failed
    bool isSlot = false;   // the newest task of a slot (top level); else an earlier one
    friend bool operator==(const TaskRow &, const TaskRow &) = default;
};

// The tasks of one service, as `docker service ps` shows them: one row per slot (per node for
// a global service) with its newest task, the earlier tasks of the slot under it. Keyed by
// slot and task ID: during a rolling update the slot's row changes in place and the task it
// replaces moves under it, never a reset.
class TaskModel : public KeyedTreeModel<TaskRow> {
    Q_OBJECT
public:
    enum Column {
        SlotColumn,
        NodeColumn,
        DesiredColumn,
        CurrentColumn,
        ErrorColumn,
        ImageColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        FailedRole, // bool: this task failed or was rejected (or, for a slot, one before it)
        SortRole,
        ContainerIdRole,
    };

    explicit TaskModel(QObject *parent = nullptr);

    void setTasks(const QList<TaskSummary> &tasks);
    void setNodeNames(const QHash<QString, QString> &names);
    void clear();
    const QList<TaskSummary> &tasks() const { return m_tasks; }
    int runningCount() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<TaskSummary> m_tasks;
    QHash<QString, QString> m_nodeNames;
};

} // namespace gantry
