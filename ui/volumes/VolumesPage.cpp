#include "volumes/VolumesPage.h"

#include "listings/VolumeModel.h"

#include <QAction>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gantry {

VolumesPage::VolumesPage(VolumeModel *model, QWidget *parent)
    : NamedListPage({tr("Volumes"), u"Volume"_s, VolumeModel::NameColumn, VolumeModel::SortRole,
                     tr("Create a volume (docker volume create)"),
                     tr("Show the selected volume in the details (docker volume inspect)"),
                     tr("Remove the selected volumes and their data (docker volume rm)")},
                    model, parent)
    , m_model(model)
{
    view()->setColumnWidth(VolumeModel::NameColumn, 260);
    view()->setColumnWidth(VolumeModel::DriverColumn, 90);
    view()->setColumnWidth(VolumeModel::UsedByColumn, 200);
    view()->setColumnWidth(VolumeModel::CreatedColumn, 150);

    m_prune = addAction(u"pruneVolumesAction"_s, tr("Prune unused…"), QKeySequence(),
                        tr("Remove every volume no container uses (docker volume prune)"));
    connect(m_prune, &QAction::triggered, this, &VolumesPage::pruneRequested);
    setEmptyTexts(tr("No volumes. Create one (%1), or run a container with a volume mount "
                     "(docker run -v NAME:/path).")
                      .arg(m_create->shortcut().toString(QKeySequence::NativeText)));
    updateActions();
}

QString VolumesPage::keyOf(const QModelIndex &sourceIndex) const
{
    const VolumeSummary *v = m_model->volume(sourceIndex);
    return v ? v->name : QString();
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

} // namespace gantry
