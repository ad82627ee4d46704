#include "volumes/VolumesPage.h"

#include "listings/VolumeModel.h"

#include <QAction>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
QSortFilterProxyModel *makeProxy()
{
    auto *proxy = new QSortFilterProxyModel;
    proxy->setFilterKeyColumn(VolumeModel::NameColumn);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(VolumeModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}
} // namespace

VolumesPage::VolumesPage(VolumeModel *model, QWidget *parent)
    : ResourcePage(tr("Volumes"), makeProxy(), parent)
    , m_model(model)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(view()->model());
    proxy->setParent(this);
    proxy->setSourceModel(model);
    filterField()->setPlaceholderText(tr("Filter by name…"));
    connect(filterField(), &QLineEdit::textChanged, proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    view()->setRootIsDecorated(false);
    view()->sortByColumn(VolumeModel::NameColumn, Qt::AscendingOrder);
    view()->setColumnWidth(VolumeModel::NameColumn, 260);
    view()->setColumnWidth(VolumeModel::DriverColumn, 90);
    view()->setColumnWidth(VolumeModel::UsedByColumn, 200);
    view()->setColumnWidth(VolumeModel::CreatedColumn, 150);

    m_create = addAction(u"createVolumeAction"_s, tr("Create…"), QKeySequence(u"Ctrl+N"_s),
                         tr("Create a volume (docker volume create)"));
    m_inspect = addAction(u"inspectVolumeAction"_s, tr("Inspect"), QKeySequence(u"Ctrl+I"_s),
                          tr("Show the selected volume in the details (docker volume inspect)"));
    m_remove = addAction(u"removeVolumeAction"_s, tr("Remove"), QKeySequence(QKeySequence::Delete),
                         tr("Remove the selected volumes and their data (docker volume rm)"));
    m_prune = addAction(u"pruneVolumesAction"_s, tr("Prune unused…"), QKeySequence(),
                        tr("Remove every volume no container uses (docker volume prune)"));
    connect(m_create, &QAction::triggered, this, &VolumesPage::createRequested);
    connect(m_remove, &QAction::triggered, this, &VolumesPage::removeRequested);
    connect(m_prune, &QAction::triggered, this, &VolumesPage::pruneRequested);
    connect(m_inspect, &QAction::triggered, this, [this] {
        const QList<Selected> selected = selectedVolumes();
        if (!selected.isEmpty())
            emit inspectRequested(selected.first().name);
    });
    connect(this, &ResourcePage::currentChanged, this, [this](const QModelIndex &i) {
        if (const VolumeSummary *v = m_model->volume(i))
            emit inspectRequested(v->name);
    });
    connect(this, &ResourcePage::selectionChanged, this, &VolumesPage::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &VolumesPage::updateActions);
    updateActions();
}

QList<VolumesPage::Selected> VolumesPage::selectedVolumes() const
{
    QList<Selected> out;
    for (const QModelIndex &i : selectedSourceRows()) {
        if (const VolumeSummary *v = m_model->volume(i))
            out.append({v->name, i.data(VolumeModel::UsedByRole).toStringList()});
    }
    return out;
}

void VolumesPage::updateActions()
{
    const QList<Selected> selected = selectedVolumes();
    m_inspect->setEnabled(!selected.isEmpty());
    m_remove->setEnabled(!selected.isEmpty());
}

} // namespace gantry
