#include "actions/CommandLog.h"

#include "style/StatusColors.h"

#include <QColor>
#include <QLocale>

namespace gantry {

CommandLog::CommandLog(QObject *parent)
    : QAbstractListModel(parent)
{
}

quint64 CommandLog::append(const QString &commandLine)
{
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({m_next, QDateTime::currentDateTime(), commandLine, Status::Running, {}});
    endInsertRows();
    return m_next++;
}

void CommandLog::finish(quint64 handle, const EngineError &error)
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        Entry &e = m_entries[size_t(row)];
        if (e.handle != handle)
            continue;
        e.status = error.isError() ? Status::Failed : Status::Succeeded;
        e.error = error;
        emit dataChanged(index(row), index(row));
        return;
    }
}

void CommandLog::setCapacity(int lines)
{
    m_capacity = std::max(1, lines);
    const int excess = int(m_entries.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
}

QString CommandLog::commandAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].command : QString();
}

int CommandLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CommandLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case CommandRole: return e.command;
    case StatusRole: return QVariant::fromValue(e.status);
    case ErrorRole: return e.error.describe();
    case TimeRole: return e.time;
    case Qt::ToolTipRole:
        if (e.status == Status::Failed)
            return tr("%1 — failed: %2")
                .arg(QLocale().toString(e.time, QLocale::ShortFormat), e.error.describe());
        return QLocale().toString(e.time, QLocale::LongFormat);
    case Qt::DecorationRole:
        switch (e.status) {
        case Status::Running: return StatusColors::colour(StatusColors::Info);
        case Status::Succeeded: return StatusColors::colour(StatusColors::Success);
        case Status::Failed: return StatusColors::colour(StatusColors::Error);
        }
        break;
    default: break;
    }
    return {};
}

} // namespace gantry
