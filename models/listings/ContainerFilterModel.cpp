#include "listings/ContainerFilterModel.h"

#include "listings/ContainerModel.h"

using namespace Qt::StringLiterals;

namespace gantry {

ContainerFilterModel::ContainerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ContainerModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ContainerFilterModel::setShowAll(bool all)
{
    if (m_showAll == all)
        return;
    m_showAll = all;
    invalidateRowsFilter();
}

void ContainerFilterModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool ContainerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(ContainerModel::IsProjectRole).toBool())
        return false; // shown through its containers (recursive filtering)
    // docker ps lists running containers, paused and restarting ones included.
    if (!m_showAll && !idx.data(ContainerModel::IsActiveRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [&](int column, int role = Qt::DisplayRole) {
        return sourceModel()
            ->index(sourceRow, column, sourceParent)
            .data(role)
            .toString()
            .contains(m_text, Qt::CaseInsensitive);
    };
    return has(ContainerModel::NameColumn) || has(ContainerModel::ImageColumn) ||
           has(ContainerModel::ServiceColumn) || has(ContainerModel::PortsColumn) ||
           has(0, ContainerModel::ProjectRole) ||
           idx.data(ContainerModel::IdRole).toString().startsWith(m_text);
}

} // namespace gantry
