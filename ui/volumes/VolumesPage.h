#pragma once

#include "widgets/ResourcePage.h"

namespace gantry {

class VolumeModel;

// The volumes with who uses them. Passive: it says what the user asked for; VolumeActions
// does it.
class VolumesPage : public ResourcePage {
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
    void createRequested();
    void removeRequested();
    void pruneRequested();
    // The current volume changed, or Inspect was asked for: show its `docker volume inspect`.
    void inspectRequested(const QString &name);

private:
    void updateActions();

    VolumeModel *m_model;
    QAction *m_create;
    QAction *m_inspect;
    QAction *m_remove;
    QAction *m_prune;
};

} // namespace gantry
