#include "listings/PortModel.h"

#include "listings/ContainerModel.h"
#include "style/StatusColors.h"

#include <QColor>
#include <QHash>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

bool allInterfaces(const QString &ip)
{
    return ip.isEmpty() || ip == u"0.0.0.0"_s || ip == u"::"_s;
}

void collect(const ContainerModel *model, const QModelIndex &parent, QList<PortRow> &rows)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (const ContainerSummary *c = model->container(i)) {
            for (const PortBinding &p : c->ports) {
                if (p.publicPort)
                    rows.append({p, c->id, c->names.value(0), c->state, false});
            }
        }
        collect(model, i, rows);
    }
}

} // namespace

PortModel::PortModel(ContainerModel *containers, QObject *parent)
    : KeyedTreeModel<PortRow>(parent)
    , m_containers(containers)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(containers, signal, this, &PortModel::rebuild);
    connect(containers, &QAbstractItemModel::dataChanged, this, &PortModel::rebuild);
    rebuild();
}

void PortModel::rebuild()
{
    QList<PortRow> rows;
    collect(m_containers, {}, rows);

    // 0.0.0.0 and :: are the same "all interfaces" binding shown twice by the engine.
    QHash<QString, QSet<QString>> owners; // proto/port -> containers
    QList<Spec> specs;
    QSet<QString> keys;
    for (PortRow &row : rows) {
        if (allInterfaces(row.binding.ip))
            row.binding.ip.clear();
        const QString key = row.containerId + u'|' + row.binding.ip + u':' +
                            QString::number(row.binding.publicPort) + u'/' + row.binding.type;
        if (keys.contains(key))
            continue;
        keys.insert(key);
        owners[row.binding.type + u'/' + QString::number(row.binding.publicPort)].insert(
            row.containerId);
        specs.append({key, row, {}});
    }
    for (Spec &s : specs) {
        const auto &who =
            owners[s.payload.binding.type + u'/' + QString::number(s.payload.binding.publicPort)];
        s.payload.conflict = who.size() > 1;
    }
    apply(specs);
}

QUrl PortModel::urlFor(const PortBinding &binding)
{
    if (binding.type != u"tcp"_s || !binding.publicPort)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(allInterfaces(binding.ip) ? u"localhost"_s : binding.ip);
    url.setPort(binding.publicPort);
    url.setPath(u"/"_s);
    return url;
}

int PortModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PortModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PortRow &row = nodeAt(index)->payload;
    const PortBinding &b = row.binding;
    switch (role) {
    case ContainerIdRole: return row.containerId;
    case ConflictRole: return row.conflict;
    case UrlRole: return urlFor(b);
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case HostColumn:
            if (role == SortRole)
                return b.publicPort;
            return QString((b.ip.isEmpty() ? tr("all interfaces") : b.ip) + u':' +
                           QString::number(b.publicPort) + u'/' + b.type);
        case ContainerPortColumn:
            return role == SortRole ? QVariant(b.privatePort)
                                    : QVariant(QString::number(b.privatePort) + u'/' + b.type);
        case ContainerColumn: return row.containerName;
        case StateColumn: return ContainerModel::stateText(row.state, -1);
        }
        break;
    case Qt::ForegroundRole:
        if (row.conflict)
            return StatusColors::colour(StatusColors::Error);
        break;
    case Qt::ToolTipRole:
        if (row.conflict)
            return tr("Another container publishes host port %1/%2 too: only one of them can "
                      "run at a time.")
                .arg(b.publicPort)
                .arg(b.type);
        if (b.type == u"tcp"_s)
            return tr("Open %1 in the browser").arg(urlFor(b).toString());
        break;
    default: break;
    }
    return {};
}

QVariant PortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn: return tr("Host address");
    case ContainerPortColumn: return tr("Container port");
    case ContainerColumn: return tr("Container");
    case StateColumn: return tr("State");
    }
    return {};
}

} // namespace gantry
