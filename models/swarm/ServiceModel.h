#pragma once

#include "swarm/ServiceParsers.h"
#include "tree/KeyedTreeModel.h"

#include <QCoreApplication>

namespace gantry {

struct ServiceRow {
    bool isStack = false;   // a stack's own row (ByStack): its services are its children
    QString stack;          // the stack's name (stack rows)
    int stackServices = 0;  // stack rows: how many services
    ServiceSummary service; // service rows
    friend bool operator==(const ServiceRow &, const ServiceRow &) = default;
};

// The swarm's services, keyed by ID. Flat, or grouped by stack (com.docker.stack.namespace):
// a row per stack with its services under it, services of no stack at the top level.
class ServiceModel : public KeyedTreeModel<ServiceRow> {
    Q_OBJECT
public:
    enum class Grouping { Flat, ByStack };
    enum Column {
        NameColumn,
        ImageColumn,
        ModeColumn,
        ReplicasColumn,
        PortsColumn,
        UpdateColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        StackRole,    // the stack of a service row, the name of a stack row
        IsStackRole,  // bool
        SortRole,     // raw value of the column
        UpdatingRole, // bool: an update or rollback is running
        HealthyRole,  // bool: running == desired
    };

    explicit ServiceModel(Grouping grouping, QObject *parent = nullptr);

    void setServices(const QList<ServiceSummary> &services);
    bool isLoaded() const { return m_loaded; }
    const QList<ServiceSummary> &services() const { return m_services; }
    // The service of a row; nullptr for a stack row or an invalid index.
    const ServiceSummary *service(const QModelIndex &index) const;
    const ServiceSummary *serviceById(const QString &id) const;
    QModelIndex findService(const QString &id) const { return findKey(id); }
    // Stack names, sorted.
    QStringList stacks() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString updateText(const ServiceSummary &s);

private:
    Grouping m_grouping;
    QList<ServiceSummary> m_services;
    bool m_loaded = false;
};

} // namespace gantry
