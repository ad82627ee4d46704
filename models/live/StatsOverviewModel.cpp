#include "live/StatsOverviewModel.h"

#include "core/Format.h"
#include "listings/ContainerModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

void collectContainers(const ContainerModel *model, const QModelIndex &parent,
                       QList<ContainerSummary> &out)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (const ContainerSummary *c = model->container(i))
            out.append(*c);
        else
            collectContainers(model, i, out);
    }
}

} // namespace

StatsOverviewModel::StatsOverviewModel(QObject *parent)
    : KeyedTreeModel<StatsRow>(parent)
{
    m_sync.setSingleShot(true);
    m_sync.setInterval(0);
    connect(&m_sync, &QTimer::timeout, this, &StatsOverviewModel::syncFromFollowed);
}

void StatsOverviewModel::setContainers(const QList<ContainerSummary> &containers)
{
    QList<Spec> rows;
    QHash<QString, bool> kept;
    for (const ContainerSummary &c : containers) {
        if (c.state.kind() != ContainerState::Running)
            continue;
        rows.append({c.id, StatsRow{c.names.value(0, shortId(c.id)), c.image}, {}});
        kept.insert(c.id, true);
    }
    apply(rows);
    for (auto it = m_samples.begin(); it != m_samples.end();) {
        if (kept.contains(it.key()))
            ++it;
        else
            it = m_samples.erase(it);
    }
}

void StatsOverviewModel::followContainers(const ContainerModel *model)
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = model;
    if (!model)
        return;
    auto schedule = [this] { m_sync.start(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(model, &QAbstractItemModel::modelReset, this, schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, schedule);
    connect(model, &QObject::destroyed, this, [this] { m_followed = nullptr; });
    syncFromFollowed();
}

void StatsOverviewModel::syncFromFollowed()
{
    if (!m_followed)
        return;
    QList<ContainerSummary> all;
    collectContainers(m_followed, {}, all);
    setContainers(all);
}

void StatsOverviewModel::setSample(const QString &id, const StatsSample &sample)
{
    const QModelIndex row = findKey(id);
    if (!row.isValid())
        return;
    m_samples.insert(id, sample);
    emit dataChanged(row.siblingAtColumn(CpuColumn), row.siblingAtColumn(ColumnCount - 1));
}

const StatsSample *StatsOverviewModel::sample(const QString &id) const
{
    auto it = m_samples.constFind(id);
    return it == m_samples.constEnd() ? nullptr : &*it;
}

QString StatsOverviewModel::containerId(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return nodeAt(index)->key;
}

int StatsOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatsOverviewModel::percentText(double percent)
{
    return QLocale().toString(percent, 'f', 2) + u'%';
}

QString StatsOverviewModel::memoryText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeIecFormat);
}

QString StatsOverviewModel::transferText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QVariant StatsOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto *node = nodeAt(index);
    const StatsRow &row = node->payload;
    const StatsSample *s = sample(node->key);
    const int column = index.column();
    switch (role) {
    case IdRole: return node->key;
    case HasSampleRole: return s != nullptr;
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("%1\nImage %2\nID %3").arg(row.name, row.image, node->key);
        if (!s && column != NameColumn)
            return tr("No figures yet: statistics are read only for the rows on screen.");
        return {};
    case SortRole:
        if (column == NameColumn)
            return row.name;
        if (!s)
            return column == CpuColumn || column == MemoryPercentColumn ? QVariant(-1.0)
                                                                        : QVariant(qint64(-1));
        switch (column) {
        case CpuColumn: return s->cpuPercent;
        case MemoryUsageColumn: return s->memoryUsage;
        case MemoryLimitColumn: return s->memoryLimit;
        case MemoryPercentColumn: return s->memoryPercent;
        case NetIoColumn: return s->netRx + s->netTx;
        case BlockIoColumn: return s->blockRead + s->blockWrite;
        case PidsColumn: return s->pids;
        }
        return {};
    case Qt::DisplayRole:
        if (column == NameColumn)
            return row.name;
        if (!s)
            return u"\u2013"_s; // en dash: no sample yet
        switch (column) {
        case CpuColumn: return percentText(s->cpuPercent);
        case MemoryUsageColumn: return memoryText(s->memoryUsage);
        case MemoryLimitColumn: return memoryText(s->memoryLimit);
        case MemoryPercentColumn: return percentText(s->memoryPercent);
        case NetIoColumn:
            return QString(transferText(s->netRx) + u" / "_s + transferText(s->netTx));
        case BlockIoColumn:
            return QString(transferText(s->blockRead) + u" / "_s + transferText(s->blockWrite));
        case PidsColumn: return s->pids;
        }
        return {};
    default: return {};
    }
}

QVariant StatsOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CpuColumn: return tr("Share of the host's CPU time; 100% is one full CPU.");
        case MemoryUsageColumn:
            return tr("Memory used, without the page cache the kernel can reclaim.");
        case NetIoColumn: return tr("Bytes received / sent on all the container's networks.");
        case BlockIoColumn: return tr("Bytes read / written on block devices.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case CpuColumn: return tr("CPU %");
    case MemoryUsageColumn: return tr("Memory");
    case MemoryLimitColumn: return tr("Limit", "memory limit");
    case MemoryPercentColumn: return tr("Memory %");
    case NetIoColumn: return tr("Net I/O");
    case BlockIoColumn: return tr("Block I/O");
    case PidsColumn: return tr("PIDs");
    default: return {};
    }
}

} // namespace gantry
