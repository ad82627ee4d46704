#include "swarm/NodeModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

NodeModel::NodeModel(QObject *parent)
    : KeyedTreeModel<SwarmNode>(parent)
{
}

QString NodeModel::labelsText(const Labels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << (it.value().isEmpty() ? it.key() : it.key() + u'=' + it.value());
    return parts.join(u", "_s);
}

void NodeModel::setNodes(const QList<SwarmNode> &nodes)
{
    QList<Spec> rows;
    rows.reserve(nodes.size());
    for (const SwarmNode &n : nodes)
        rows.append({n.id, n, {}});
    apply(rows);
}

const SwarmNode *NodeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &nodeAt(index)->payload;
}

const SwarmNode *NodeModel::nodeById(const QString &id) const
{
    return node(findKey(id));
}

int NodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeModel::data(const QModelIndex &index, int role) const
{
    const SwarmNode *n = node(index);
    if (!n)
        return {};
    if (role == IdRole)
        return n->id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case HostnameColumn: return n->hostname;
    case RoleColumn:
        if (n->role == u"manager"_s)
            return n->leader ? tr("manager (leader)") : tr("manager");
        return tr("worker");
    case AvailabilityColumn:
        if (n->availability == u"drain"_s)
            return tr("drain", "node availability");
        if (n->availability == u"pause"_s)
            return tr("pause", "node availability");
        if (n->availability == u"active"_s)
            return tr("active", "node availability");
        return n->availability;
    case StatusColumn:
        if (n->state == u"ready"_s)
            return tr("ready", "node status");
        if (n->state == u"down"_s)
            return tr("down", "node status");
        return n->state;
    case EngineVersionColumn: return n->engineVersion;
    case LabelsColumn: return labelsText(n->labels);
    case IdColumn: return n->id;
    default: return {};
    }
}

QVariant NodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostnameColumn: return tr("Hostname");
    case RoleColumn: return tr("Role");
    case AvailabilityColumn: return tr("Availability");
    case StatusColumn: return tr("Status");
    case EngineVersionColumn: return tr("Engine version");
    case LabelsColumn: return tr("Labels");
    case IdColumn: return tr("ID");
    default: return {};
    }
}

SwarmObjectModel::SwarmObjectModel(QObject *parent)
    : KeyedTreeModel<SwarmObject>(parent)
{
}

void SwarmObjectModel::setObjects(const QList<SwarmObject> &objects)
{
    QList<Spec> rows;
    rows.reserve(objects.size());
    for (const SwarmObject &o : objects)
        rows.append({o.id, o, {}});
    apply(rows);
}

const SwarmObject *SwarmObjectModel::object(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &nodeAt(index)->payload;
}

int SwarmObjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SwarmObjectModel::data(const QModelIndex &index, int role) const
{
    const SwarmObject *o = object(index);
    if (!o)
        return {};
    if (role == IdRole)
        return o->id;
    if (role == NameRole)
        return o->name;
    if (role == SortRole) {
        if (index.column() == CreatedColumn)
            return o->created;
        if (index.column() == UpdatedColumn)
            return o->updated;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn: return o->name;
    case CreatedColumn: return timeText(o->created);
    case UpdatedColumn: return timeText(o->updated);
    case LabelsColumn: return NodeModel::labelsText(o->labels);
    case IdColumn: return o->id;
    default: return {};
    }
}

QVariant SwarmObjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case CreatedColumn: return tr("Created");
    case UpdatedColumn: return tr("Updated");
    case LabelsColumn: return tr("Labels");
    case IdColumn: return tr("ID");
    default: return {};
    }
}

} // namespace gantry
