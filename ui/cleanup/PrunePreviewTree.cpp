#include "cleanup/PrunePreviewTree.h"

#include "cleanup/PruneRules.h"
#include "core/Format.h"
#include "style/StatusColors.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString groupTitle(PruneCategory c, int n)
{
    switch (c) {
    case PruneCategory::DanglingImages: return PrunePreviewTree::tr("Dangling images (%1)").arg(n);
    case PruneCategory::UnusedImages: return PrunePreviewTree::tr("Unused images (%1)").arg(n);
    case PruneCategory::StoppedContainers:
        return PrunePreviewTree::tr("Stopped containers (%1)").arg(n);
    case PruneCategory::UnusedVolumes:
        return PrunePreviewTree::tr("Unused volumes (%1): their data goes with them").arg(n);
    case PruneCategory::UnusedNetworks: return PrunePreviewTree::tr("Unused networks (%1)").arg(n);
    case PruneCategory::BuildCache: return PrunePreviewTree::tr("Build cache (%1)").arg(n);
    }
    return {};
}

QString candidateText(const PruneCandidate &c)
{
    const QString name = c.name.isEmpty() ? c.id : c.name;
    return isImageCategory(c.category) && !name.contains(u':')
               ? PrunePreviewTree::tr("untagged image %1").arg(name)
               : name;
}

} // namespace

PrunePreviewTree::PrunePreviewTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"pruneItems"_s);
    setAccessibleName(tr("What will be removed"));
    setColumnCount(3);
    setHeaderLabels({tr("Item (untick to keep it)"), tr("Size"), tr("Created")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit ticksChanged();
    });
}

QString PrunePreviewTree::sizeText(qint64 bytes)
{
    return humanSize(bytes, 4); // as "Total reclaimed space" (go-units HumanSize)
}

void PrunePreviewTree::clearPreview()
{
    m_preview.reset();
    m_filling = true;
    clear();
    m_filling = false;
}

void PrunePreviewTree::setPreview(const PrunePreview &preview)
{
    m_preview = preview;
    m_filling = true;
    clear();
    for (PruneCategory c : allPruneCategories) {
        if (!preview.categories.contains(c))
            continue;
        QList<int> indexes;
        for (qsizetype i = 0; i < preview.candidates.size(); ++i) {
            if (preview.candidates[i].category == c)
                indexes << int(i);
        }
        auto *group = new QTreeWidgetItem(this);
        group->setText(0, groupTitle(c, int(indexes.size())));
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        if (c == PruneCategory::UnusedVolumes)
            group->setForeground(0, StatusColors::colour(StatusColors::Error, palette()));
        if (indexes.isEmpty()) {
            group->setText(0, tr("%1 — nothing to remove", "a category").arg(group->text(0)));
            group->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        qint64 groupSize = 0;
        for (int i : std::as_const(indexes)) {
            const PruneCandidate &cand = preview.candidates[i];
            auto *item = new QTreeWidgetItem(group);
            item->setText(0, candidateText(cand));
            item->setToolTip(0, cand.id);
            item->setText(1, sizeText(cand.size));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (cand.created.isValid())
                item->setText(2,
                              QLocale().toString(cand.created.toLocalTime(), QLocale::ShortFormat));
            item->setData(0, CandidateRole, i);
            item->setData(0, IdRole, cand.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, cand.selected ? Qt::Checked : Qt::Unchecked);
            groupSize += cand.size;
        }
        group->setText(1, sizeText(groupSize));
        group->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    expandAll();
    m_filling = false;
}

PrunePreview PrunePreviewTree::selection() const
{
    if (!m_preview)
        return {};
    PrunePreview out = *m_preview;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem *item = group->child(r);
            const int i = item->data(0, CandidateRole).toInt();
            if (i >= 0 && i < out.candidates.size())
                out.candidates[i].selected = item->checkState(0) == Qt::Checked;
        }
    }
    return out;
}

void PrunePreviewTree::markHeld(const PrunePreview &selection)
{
    m_filling = true;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *item = group->child(r);
            const int i = item->data(0, CandidateRole).toInt();
            const PruneCandidate &c = selection.candidates.at(i);
            const bool held = candidateHeld(selection, c);
            item->setForeground(0, held ? palette().brush(QPalette::Disabled, QPalette::Text)
                                        : palette().brush(QPalette::Active, QPalette::Text));
            item->setToolTip(
                0, held ? tr("Stays: a container that uses it is unticked.") + u'\n' + c.id : c.id);
        }
    }
    m_filling = false;
}

} // namespace gantry
