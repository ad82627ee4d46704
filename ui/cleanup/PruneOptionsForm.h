#pragma once

#include "cleanup/PrunePlan.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace gantry {

// The choice of what to remove: one box per category, "everything", and the warning that
// volumes take their data with them. Ticks the categories another one takes along (image
// prune -a takes the dangling images) and keeps them ticked.
class PruneOptionsForm : public QWidget {
    Q_OBJECT
public:
    explicit PruneOptionsForm(QWidget *parent = nullptr);

    // Without categoriesChanged: the caller knows.
    void setCategories(const QSet<PruneCategory> &categories);
    QSet<PruneCategory> categories() const;
    // No more changes (a removal runs).
    void lock();

signals:
    // The user changed the choice.
    void categoriesChanged();

private:
    void onToggled();
    void applyRules();

    QHash<PruneCategory, QCheckBox *> m_boxes;
    QCheckBox *m_everything;
    QLabel *m_volumeWarning;
    bool m_filling = false;
};

} // namespace gantry
