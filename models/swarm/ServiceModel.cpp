#include "swarm/ServiceModel.h"

#include "style/StatusColors.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace gantry {

ServiceModel::ServiceModel(Grouping grouping, QObject *parent)
    : KeyedTreeModel<ServiceRow>(parent)
    , m_grouping(grouping)
{
}

void ServiceModel::setServices(const QList<ServiceSummary> &services)
{
    m_services = services;
    m_loaded = true;
    QList<Spec> top;
    QMap<QString, QList<Spec>> stacks;
    for (const ServiceSummary &s : services) {
        Spec spec{s.id, ServiceRow{false, s.stack, 0, s}, {}};
        if (m_grouping == Grouping::ByStack && !s.stack.isEmpty())
            stacks[s.stack].append(spec);
        else
            top.append(spec);
    }
    for (auto it = stacks.cbegin(); it != stacks.cend(); ++it) {
        ServiceRow row;
        row.isStack = true;
        row.stack = it.key();
        row.stackServices = int(it.value().size());
        top.append(Spec{u"stack:"_s + it.key(), row, it.value()});
    }
    apply(top);
}

const ServiceSummary *ServiceModel::service(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const Node *n = nodeAt(index);
    return n->payload.isStack ? nullptr : &n->payload.service;
}

const ServiceSummary *ServiceModel::serviceById(const QString &id) const
{
    for (const ServiceSummary &s : m_services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QStringList ServiceModel::stacks() const
{
    QStringList out;
    for (const ServiceSummary &s : m_services) {
        if (!s.stack.isEmpty() && !out.contains(s.stack))
            out << s.stack;
    }
    out.sort();
    return out;
}

int ServiceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ServiceModel::updateText(const ServiceSummary &s)
{
    if (s.updateState.isEmpty())
        return {};
    QString state = s.updateState;
    if (state == u"updating"_s)
        state = tr("updating");
    else if (state == u"paused"_s)
        state = tr("paused");
    else if (state == u"completed"_s)
        state = tr("completed");
    else if (state == u"rollback_started"_s)
        state = tr("rolling back");
    else if (state == u"rollback_paused"_s)
        state = tr("rollback paused");
    else if (state == u"rollback_completed"_s)
        state = tr("rolled back");
    return s.updateMessage.isEmpty() ? state : tr("%1: %2").arg(state, s.updateMessage);
}

QVariant ServiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ServiceRow &row = nodeAt(index)->payload;
    if (row.isStack) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return row.stack;
            if (index.column() == ReplicasColumn)
                return tr("%n service(s)", nullptr, row.stackServices);
            return {};
        case SortRole: return index.column() == NameColumn ? QVariant(row.stack) : QVariant();
        case NameRole:
        case StackRole: return row.stack;
        case IsStackRole: return true;
        default: return {};
        }
    }
    const ServiceSummary &s = row.service;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return s.name;
        case ImageColumn: return s.image;
        case ModeColumn: return s.global ? tr("global") : tr("replicated");
        case ReplicasColumn: return u"%1/%2"_s.arg(s.running).arg(s.desired);
        case PortsColumn: return s.ports.join(u", "_s);
        case UpdateColumn: return updateText(s);
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case ReplicasColumn: return s.desired;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == ReplicasColumn && s.running < s.desired)
            return StatusColors::colour(StatusColors::Warning);
        if (index.column() == UpdateColumn) {
            if (s.isUpdating())
                return StatusColors::colour(StatusColors::Info);
            if (s.updateState.contains(u"paused"_s))
                return StatusColors::colour(StatusColors::Error);
        }
        return {};
    case IdRole: return s.id;
    case NameRole: return s.name;
    case StackRole: return s.stack;
    case IsStackRole: return false;
    case UpdatingRole: return s.isUpdating();
    case HealthyRole: return s.running >= s.desired;
    default: return {};
    }
}

QVariant ServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ImageColumn: return tr("Image");
    case ModeColumn: return tr("Mode");
    case ReplicasColumn: return tr("Replicas");
    case PortsColumn: return tr("Ports");
    case UpdateColumn: return tr("Update");
    default: return {};
    }
}

} // namespace gantry
