#pragma once

#include "api/ResourceUsage.h"
#include "core/Types.h"
#include "tree/KeyedTreeModel.h"

namespace gantry {

struct NetworkRow {
    NetworkSummary network;
    QStringList containers; // names of the containers attached to it, sorted
    friend bool operator==(const NetworkRow &, const NetworkRow &) = default;
};

// The networks, flat, keyed by ID, with the containers attached to each one (from the
// container listing: the network listing leaves them out).
class NetworkModel : public KeyedTreeModel<NetworkRow> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DriverColumn,
        ScopeColumn,
        SubnetColumn,
        InternalColumn,
        ContainersColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SortRole,       // raw value of the column: number of containers, bool, text
        ContainersRole, // QStringList of container names
        BuiltInRole,    // bool: bridge, host, none (cannot be removed)
    };

    explicit NetworkModel(QObject *parent = nullptr);

    void setNetworks(const QList<NetworkSummary> &networks);
    void setUsage(const QList<ContainerUsage> &containers);
    bool isLoaded() const { return m_loaded; }

    const NetworkSummary *network(const QModelIndex &index) const;
    // The index of the network with that name; invalid if none.
    QModelIndex findName(const QString &name) const;
    // Every container, attached or not (for connect and disconnect).
    const QList<ContainerUsage> &containers() const { return m_usage; }
    QStringList containersOf(const NetworkSummary &network) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<NetworkSummary> m_networks;
    QList<ContainerUsage> m_usage;
    bool m_loaded = false;
};

} // namespace gantry
