#include "listings/VolumeModel.h"

#include "style/StatusColors.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gantry {

VolumeModel::VolumeModel(QObject *parent)
    : KeyedTreeModel<VolumeRow>(parent)
{
}

void VolumeModel::setVolumes(const QList<VolumeSummary> &volumes)
{
    m_volumes = volumes;
    m_loaded = true;
    rebuild();
}

void VolumeModel::setUsage(const QList<ContainerUsage> &containers)
{
    QHash<QString, QStringList> usage = usageOf(containers);
    if (usage == m_usage)
        return;
    m_usage = std::move(usage);
    rebuild();
}

QHash<QString, QStringList> VolumeModel::usageOf(const QList<ContainerUsage> &containers)
{
    QHash<QString, QStringList> out;
    for (const ContainerUsage &c : containers) {
        for (const QString &v : c.volumes)
            out[v].append(c.name);
    }
    for (QStringList &names : out)
        names.sort(Qt::CaseInsensitive);
    return out;
}

bool VolumeModel::isAnonymous(const QString &name)
{
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    return re.match(name).hasMatch();
}

void VolumeModel::rebuild()
{
    QList<Spec> rows;
    rows.reserve(m_volumes.size());
    for (const VolumeSummary &v : std::as_const(m_volumes))
        rows.append({v.name, VolumeRow{v, m_usage.value(v.name)}, {}});
    apply(rows);
}

const VolumeSummary *VolumeModel::volume(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &nodeAt(index)->payload.volume;
}

QStringList VolumeModel::unusedVolumes() const
{
    QStringList out;
    for (const auto &n : root().children) {
        if (n->payload.usedBy.isEmpty())
            out << n->key;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

int VolumeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const VolumeRow &row = nodeAt(index)->payload;
    const VolumeSummary &v = row.volume;
    const int column = index.column();
    switch (role) {
    case NameRole: return v.name;
    case UsedByRole: return row.usedBy;
    case InUseRole: return !row.usedBy.isEmpty();
    case AnonymousRole: return isAnonymous(v.name);
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return v.name;
        case DriverColumn: return v.driver;
        case UsedByColumn:
            return row.usedBy.isEmpty() ? tr("unused", "volume used by no container")
                                        : row.usedBy.join(u", "_s);
        case CreatedColumn:
            return v.createdAt.isValid()
                       ? QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case MountpointColumn: return v.mountpoint;
        }
        break;
    case SortRole:
        switch (column) {
        case UsedByColumn: return int(row.usedBy.size());
        case CreatedColumn: return v.createdAt;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (column == UsedByColumn && row.usedBy.isEmpty())
            return StatusColors::colour(StatusColors::Muted); // what a prune would take
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return isAnonymous(v.name) ? tr("Anonymous volume %1").arg(v.name) : v.name;
        if (column == UsedByColumn)
            return row.usedBy.isEmpty()
                       ? tr("No container uses this volume: a prune removes it.")
                       : tr("Used by %n container(s): %1", "", int(row.usedBy.size()))
                             .arg(row.usedBy.join(u", "_s));
        if (column == MountpointColumn)
            return v.mountpoint;
        break;
    default: break;
    }
    return {};
}

QVariant VolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DriverColumn: return tr("Driver");
    case UsedByColumn: return tr("Used by");
    case CreatedColumn: return tr("Created");
    case MountpointColumn: return tr("Mount point");
    }
    return {};
}

} // namespace gantry
