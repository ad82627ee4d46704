#pragma once

#include "core/Types.h"
#include "widgets/ResourcePage.h"

namespace gantry {

class ImageModel;

// Repositories and tags, with the dangling images grouped apart. Passive: it says what
// the user asked for; ImageActions does it.
class ImagesPage : public ResourcePage {
    Q_OBJECT
public:
    struct Selected {
        QString reference; // repo:tag, or the ID of a dangling image
        QString id;
        int usedBy = 0;
        int tags = 0; // how many tags the image has in all
    };

    ImagesPage(ImageModel *model, QWidget *parent = nullptr);

    QList<Selected> selectedImages() const;
    void selectAllDangling();

signals:
    void removeRequested();
    void tagRequested();
    void runRequested(const QString &reference);
    // Preview and remove the dangling images (the prune dialog, with only that category).
    void pruneDanglingRequested();
    // Registries: pull a reference, push the selected image, manage the logins.
    void pullRequested();
    void pushRequested(const QString &reference);
    void registriesRequested();
    // Is the registry's image behind the selected tag newer than the local one?
    void updateCheckRequested(const QString &reference);

private:
    void updateActions();

    ImageModel *m_model;
    QAction *m_remove;
    QAction *m_tag;
    QAction *m_run;
    QAction *m_selectDangling;
    QAction *m_checkUpdate;
    QAction *m_pruneDangling;
    QAction *m_pull;
    QAction *m_push;
    QAction *m_registries;
};

} // namespace gantry
