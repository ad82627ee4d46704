#pragma once

#include "cleanup/PrunePlan.h"

#include <QTreeWidget>

#include <optional>

namespace gantry {

// The preview of what goes: one group per category with its count and size, one row per
// candidate with a box to untick what must stay. Rows that stay although ticked (a
// container they need was unticked) are greyed.
class PrunePreviewTree : public QTreeWidget {
    Q_OBJECT
public:
    enum ItemRole { CandidateRole = Qt::UserRole + 1, IdRole };

    explicit PrunePreviewTree(QWidget *parent = nullptr);

    void setPreview(const PrunePreview &preview);
    void clearPreview();
    bool hasPreview() const { return m_preview.has_value(); }
    // The preview with the user's ticks applied (selected = ticked); empty without one.
    PrunePreview selection() const;
    // Greys the ticked rows that stay all the same in `selection`.
    void markHeld(const PrunePreview &selection);

    // The one size format of the prune dialog: the units the docker CLI prints.
    static QString sizeText(qint64 bytes);

signals:
    // The user ticked or unticked a row or a group.
    void ticksChanged();

private:
    std::optional<PrunePreview> m_preview;
    bool m_filling = false;
};

} // namespace gantry
