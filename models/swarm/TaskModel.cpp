#include "swarm/TaskModel.h"

#include "style/StatusColors.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

TaskModel::TaskModel(QObject *parent)
    : KeyedTreeModel<TaskRow>(parent)
{
}

void TaskModel::setTasks(const QList<TaskSummary> &tasks)
{
    m_tasks = tasks;
    rebuild();
}

void TaskModel::setNodeNames(const QHash<QString, QString> &names)
{
    m_nodeNames = names;
    rebuild();
}

void TaskModel::clear()
{
    m_tasks.clear();
    rebuild();
}

int TaskModel::runningCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
                             [](const TaskSummary &t) { return t.state == u"running"_s; }));
}

void TaskModel::rebuild()
{
    QMap<QString, QList<TaskSummary>> bySlot; // slot (or node of a global service) -> tasks
    for (const TaskSummary &t : std::as_const(m_tasks)) {
        const QString key =
            t.slot > 0 ? u"slot:%1"_s.arg(t.slot, 6, 10, QChar(u'0')) : u"node:"_s + t.nodeId;
        bySlot[key].append(t);
    }
    QList<Spec> top;
    for (auto it = bySlot.begin(); it != bySlot.end(); ++it) {
        QList<TaskSummary> &list = it.value();
        // Newest first; the task wanted running before one being shut down.
        std::sort(list.begin(), list.end(), [](const TaskSummary &a, const TaskSummary &b) {
            const bool ar = a.desiredState == u"running"_s, br = b.desiredState == u"running"_s;
            if (ar != br)
                return ar;
            return a.timestamp > b.timestamp;
        });
        const auto nodeName = [this](const TaskSummary &t) {
            return m_nodeNames.value(t.nodeId, t.nodeId.left(12));
        };
        QList<Spec> children;
        int failed = 0;
        for (qsizetype i = 1; i < list.size(); ++i) {
            failed += list[i].isFailed() ? 1 : 0;
            children.append(Spec{list[i].id, TaskRow{list[i], nodeName(list[i]), 0, false}, {}});
        }
        top.append(Spec{it.key(), TaskRow{list[0], nodeName(list[0]), failed, true}, children});
    }
    apply(top);
}

int TaskModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const TaskRow &row = nodeAt(index)->payload;
    const TaskSummary &t = row.task;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SlotColumn:
            if (!row.isSlot)
                return tr("earlier task");
            return t.slot > 0 ? QVariant(t.slot) : QVariant(tr("global"));
        case NodeColumn: return row.node;
        case DesiredColumn: return t.desiredState;
        case CurrentColumn:
            return t.timestamp.isValid()
                       ? tr("%1 since %2")
                             .arg(t.state, t.timestamp.toLocalTime().toString(u"HH:mm:ss"_s))
                       : t.state;
        case ErrorColumn:
            if (!t.error.isEmpty())
                return t.error;
            if (row.failedHistory > 0)
                return tr("%n earlier task(s) failed", nullptr, row.failedHistory);
            return {};
        case ImageColumn: return t.image;
        default: return {};
        }
    case Qt::ForegroundRole:
        if (t.isFailed() || (index.column() == ErrorColumn && row.failedHistory > 0))
            return StatusColors::colour(StatusColors::Error);
        if (t.state == u"running"_s && index.column() == CurrentColumn)
            return StatusColors::colour(StatusColors::Success);
        if (!row.isSlot)
            return StatusColors::colour(StatusColors::Muted);
        return {};
    case SortRole:
        switch (index.column()) {
        case SlotColumn: return row.isSlot ? t.slot : 0;
        case CurrentColumn: return t.timestamp;
        default: return data(index, Qt::DisplayRole);
        }
    case IdRole: return t.id;
    case FailedRole: return t.isFailed() || row.failedHistory > 0;
    case ContainerIdRole: return t.containerId;
    default: return {};
    }
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SlotColumn: return tr("Slot");
    case NodeColumn: return tr("Node");
    case DesiredColumn: return tr("Desired");
    case CurrentColumn: return tr("Current state");
    case ErrorColumn: return tr("Error");
    case ImageColumn: return tr("Image");
    default: return {};
    }
}

} // namespace gantry
