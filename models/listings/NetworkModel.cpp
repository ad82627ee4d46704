#include "listings/NetworkModel.h"

#include "specs/VolumeNetworkSpecs.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace gantry {

NetworkModel::NetworkModel(QObject *parent)
    : KeyedTreeModel<NetworkRow>(parent)
{
}

void NetworkModel::setNetworks(const QList<NetworkSummary> &networks)
{
    m_networks = networks;
    m_loaded = true;
    rebuild();
}

void NetworkModel::setUsage(const QList<ContainerUsage> &containers)
{
    if (containers == m_usage)
        return;
    m_usage = containers;
    rebuild();
}

QStringList NetworkModel::containersOf(const NetworkSummary &network) const
{
    QStringList out;
    for (const ContainerUsage &c : m_usage) {
        if (c.usesNetwork(network.id, network.name))
            out << c.name;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void NetworkModel::rebuild()
{
    QList<Spec> rows;
    rows.reserve(m_networks.size());
    for (const NetworkSummary &n : std::as_const(m_networks))
        rows.append({n.id, NetworkRow{n, containersOf(n)}, {}});
    apply(rows);
}

const NetworkSummary *NetworkModel::network(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &nodeAt(index)->payload.network;
}

QModelIndex NetworkModel::findName(const QString &name) const
{
    for (const auto &n : root().children) {
        if (n->payload.network.name == name)
            return index(n->row, 0);
    }
    return {};
}

int NetworkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NetworkRow &row = nodeAt(index)->payload;
    const NetworkSummary &n = row.network;
    const int column = index.column();
    const bool builtIn = NetworkRemoveSpec::isPredefined(n.name);
    switch (role) {
    case IdRole: return n.id;
    case NameRole: return n.name;
    case ContainersRole: return row.containers;
    case BuiltInRole: return builtIn;
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return n.name;
        case DriverColumn: return n.driver;
        case ScopeColumn: return n.scope;
        case SubnetColumn: return n.subnets.join(u", "_s);
        case InternalColumn:
            return n.internal ? tr("Yes", "network is internal") : tr("No", "network is internal");
        case ContainersColumn: return row.containers.join(u", "_s);
        }
        break;
    case SortRole:
        switch (column) {
        case InternalColumn: return n.internal;
        case ContainersColumn: return int(row.containers.size());
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (column == NameColumn && builtIn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return builtIn ? tr("%1 (built in: cannot be removed)\nID %2").arg(n.name, n.id)
                           : tr("%1\nID %2").arg(n.name, n.id);
        if (column == InternalColumn)
            return n.internal ? tr("Internal: no route to the outside world") : QString();
        if (column == ContainersColumn && !row.containers.isEmpty())
            return tr("%n container(s) attached: %1", "", int(row.containers.size()))
                .arg(row.containers.join(u", "_s));
        break;
    default: break;
    }
    return {};
}

QVariant NetworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DriverColumn: return tr("Driver");
    case ScopeColumn: return tr("Scope", "network scope: local, swarm");
    case SubnetColumn: return tr("Subnet");
    case InternalColumn: return tr("Internal", "network without outside access");
    case ContainersColumn: return tr("Containers");
    }
    return {};
}

} // namespace gantry
