#pragma once

#include "widgets/NamedListPage.h"

namespace gantry {

class VolumeModel;

// The volumes with who uses them. Passive: it says what the user asked for; VolumeActions
// does it.
class VolumesPage : public NamedListPage {
    Q_OBJECT
public:
    struct Selected {
        QString name;
        QStringList usedBy; // container names
    };

    VolumesPage(VolumeModel *model, QWidget *parent = nullptr);

    VolumeModel *model() const { return m_model; }
    QList<Selected> selectedVolumes() const;

signals:
    void pruneRequested();

protected:
    QString keyOf(const QModelIndex &sourceIndex) const override;

private:
    VolumeModel *m_model;
    QAction *m_prune;
};

} // namespace gantry
