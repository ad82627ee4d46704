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

void ContainerFilterModel::setHealth(std::optional<ContainerHealth> health)
{
    if (m_health == health)
        return;
    m_health = health;
    invalidateRowsFilter();
}

bool ContainerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Straight from the rows, not through data(): this runs for every row at each key typed
    // in the filter (10,000 rows: six data() calls each, with their QVariants, per key).
    const auto *model = qobject_cast<const ContainerModel *>(sourceModel());
    if (!model)
        return false;
    const QModelIndex idx = model->index(sourceRow, 0, sourceParent);
    const ContainerSummary *c = model->container(idx);
    if (!c)
        return false; // a project: shown through its containers (recursive filtering)
    // docker ps lists running containers, paused and restarting ones included.
    if (!m_showAll && !c->state.isActive())
        return false;
    if (m_health && c->health != *m_health)
        return false;
    if (m_text.isEmpty())
        return true;
    // What the Name, Image, Service and Ports columns show, the project, the ID's start.
    const auto has = [this](const QString &text) {
        return text.contains(m_text, Qt::CaseInsensitive);
    };
    return has(ContainerModel::nameOf(*c)) || has(c->image) ||
           has(c->labels.value(QLatin1StringView(ContainerModel::kServiceLabel))) ||
           has(ContainerModel::portsText(c->ports)) || has(model->nodeAt(idx)->payload.project) ||
           c->id.startsWith(m_text);
}

} // namespace gantry
