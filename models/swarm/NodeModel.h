#pragma once

#include "swarm/SwarmCluster.h"
#include "tree/KeyedTreeModel.h"

namespace gantry {

// The swarm's nodes, flat, keyed by node ID (hostnames can repeat).
class NodeModel : public KeyedTreeModel<SwarmNode> {
    Q_OBJECT
public:
    enum Column {
        HostnameColumn,
        RoleColumn,
        AvailabilityColumn,
        StatusColumn,
        EngineVersionColumn,
        LabelsColumn,
        IdColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit NodeModel(QObject *parent = nullptr);

    void setNodes(const QList<SwarmNode> &nodes);
    const SwarmNode *node(const QModelIndex &index) const;
    const SwarmNode *nodeById(const QString &id) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "a=1, b" as shown in the labels column.
    static QString labelsText(const Labels &labels);
};

// Secrets or configs, flat, keyed by ID. Never holds a secret's value (the listing has none).
class SwarmObjectModel : public KeyedTreeModel<SwarmObject> {
    Q_OBJECT
public:
    enum Column { NameColumn, CreatedColumn, UpdatedColumn, LabelsColumn, IdColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, NameRole, SortRole };

    explicit SwarmObjectModel(QObject *parent = nullptr);

    void setObjects(const QList<SwarmObject> &objects);
    const SwarmObject *object(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace gantry
