#include "cleanup/PruneDialog.h"

#include "core/Format.h"
#include "style/StatusColors.h"
#include "widgets/ErrorLabel.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr PruneCategory allCategories[] = {
    PruneCategory::DanglingImages, PruneCategory::UnusedImages,   PruneCategory::StoppedContainers,
    PruneCategory::UnusedVolumes,  PruneCategory::UnusedNetworks, PruneCategory::BuildCache,
};

QString bytes(qint64 n)
{
    return humanSize(n, 4); // as "Total reclaimed space" (go-units HumanSize)
}

QString objectNameOf(PruneCategory c)
{
    switch (c) {
    case PruneCategory::DanglingImages: return u"pruneDanglingImages"_s;
    case PruneCategory::UnusedImages: return u"pruneUnusedImages"_s;
    case PruneCategory::StoppedContainers: return u"pruneStoppedContainers"_s;
    case PruneCategory::UnusedVolumes: return u"pruneUnusedVolumes"_s;
    case PruneCategory::UnusedNetworks: return u"pruneUnusedNetworks"_s;
    case PruneCategory::BuildCache: return u"pruneBuildCache"_s;
    }
    return {};
}

QString choiceText(PruneCategory c)
{
    switch (c) {
    case PruneCategory::DanglingImages:
        return PruneDialog::tr("Dangling images: untagged and used by no container (docker image "
                               "prune)");
    case PruneCategory::UnusedImages:
        return PruneDialog::tr("All unused images: tagged or not, used by no container (docker "
                               "image prune -a)");
    case PruneCategory::StoppedContainers:
        return PruneDialog::tr("Stopped containers (docker container prune)");
    case PruneCategory::UnusedVolumes:
        return PruneDialog::tr("Unused volumes, with the data in them (docker volume prune)");
    case PruneCategory::UnusedNetworks:
        return PruneDialog::tr("Unused networks (docker network prune)");
    case PruneCategory::BuildCache: return PruneDialog::tr("Build cache (docker builder prune)");
    }
    return {};
}

QString groupTitle(PruneCategory c, int n)
{
    switch (c) {
    case PruneCategory::DanglingImages: return PruneDialog::tr("Dangling images (%1)").arg(n);
    case PruneCategory::UnusedImages: return PruneDialog::tr("Unused images (%1)").arg(n);
    case PruneCategory::StoppedContainers: return PruneDialog::tr("Stopped containers (%1)").arg(n);
    case PruneCategory::UnusedVolumes:
        return PruneDialog::tr("Unused volumes (%1): their data goes with them").arg(n);
    case PruneCategory::UnusedNetworks: return PruneDialog::tr("Unused networks (%1)").arg(n);
    case PruneCategory::BuildCache: return PruneDialog::tr("Build cache (%1)").arg(n);
    }
    return {};
}

QString candidateText(const PruneCandidate &c)
{
    const QString name = c.name.isEmpty() ? c.id : c.name;
    const bool image =
        c.category == PruneCategory::DanglingImages || c.category == PruneCategory::UnusedImages;
    return image && !name.contains(u':') ? PruneDialog::tr("untagged image %1").arg(name) : name;
}

const PruneCandidate *findCandidate(const PrunePreview &p, const QString &id)
{
    for (const PruneCandidate &c : p.candidates) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

// Ticked, and every candidate that must go first is ticked too.
bool goes(const PrunePreview &p, const PruneCandidate &c)
{
    if (!c.selected)
        return false;
    return std::all_of(c.dependsOn.cbegin(), c.dependsOn.cend(), [&](const QString &dep) {
        const PruneCandidate *d = findCandidate(p, dep);
        return d && d->selected;
    });
}

} // namespace

PruneDialog::PruneDialog(ApiVersion api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_everything(new QCheckBox(tr("Everything above (docker system prune -a --volumes)")))
    , m_volumeWarning(new QLabel)
    , m_progress(new QProgressBar)
    , m_progressText(new QLabel)
    , m_cancelPreview(new QPushButton(tr("Cancel preview")))
    , m_previewButton(new QPushButton(tr("Preview")))
    , m_previewError(new QLabel)
    , m_items(new QTreeWidget)
    , m_total(new QLabel)
    , m_partialNote(new QLabel)
    , m_commandLabel(new QLabel)
    , m_command(new QPlainTextEdit)
    , m_summary(new QPlainTextEdit)
{
    setObjectName(u"pruneDialog"_s);
    setWindowTitle(tr("Free space"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(680, 700);

    auto *intro = new QLabel(tr("Choose what to remove. Nothing is deleted before you have read "
                                "the list below and pressed the button that names what goes."));
    intro->setWordWrap(true);

    auto *choices = new QGroupBox(tr("What to remove"));
    auto *choicesLayout = new QVBoxLayout(choices);
    for (PruneCategory c : allCategories) {
        auto *box = new QCheckBox(choiceText(c));
        box->setObjectName(objectNameOf(c));
        box->setAccessibleName(choiceText(c));
        choicesLayout->addWidget(box);
        m_boxes.insert(c, box);
        connect(box, &QCheckBox::toggled, this, &PruneDialog::onCategoryToggled);
    }
    m_everything->setObjectName(u"pruneEverything"_s);
    m_everything->setAccessibleName(m_everything->text());
    choicesLayout->addWidget(m_everything);
    connect(m_everything, &QCheckBox::toggled, this, &PruneDialog::onCategoryToggled);

    m_volumeWarning->setObjectName(u"pruneVolumeWarning"_s);
    m_volumeWarning->setWordWrap(true);
    m_volumeWarning->setStyleSheet(StatusColors::textStyleSheet(StatusColors::Error, palette()) +
                                   u"; font-weight: bold"_s);
    m_volumeWarning->setText(tr("Removing a volume deletes its data for good: databases, "
                                "uploads, whatever containers wrote there. Untick the volumes "
                                "to keep. Volumes are removed one by one (docker volume rm), "
                                "so that none made after the preview goes."));
    m_volumeWarning->hide();

    m_progress->setObjectName(u"pruneProgress"_s);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_progressText->setObjectName(u"pruneProgressText"_s);
    m_progressText->setWordWrap(true);
    m_cancelPreview->setObjectName(u"pruneCancelPreview"_s);
    m_cancelPreview->setAccessibleName(tr("Cancel preview"));
    m_cancelPreview->setAutoDefault(false);
    m_cancelPreview->hide();
    m_previewButton->setObjectName(u"prunePreview"_s);
    m_previewButton->setAccessibleName(tr("Preview"));
    m_previewButton->setToolTip(tr("List what would be removed; nothing is deleted yet"));
    m_previewButton->setAutoDefault(false);
    m_previewButton->hide();
    connect(m_cancelPreview, &QPushButton::clicked, this, [this] {
        m_debounce.stop();
        emit cancelPreviewRequested();
    });
    connect(m_previewButton, &QPushButton::clicked, this, &PruneDialog::requestPreview);
    setUpErrorLabel(m_previewError, u"prunePreviewError"_s);

    m_items->setObjectName(u"pruneItems"_s);
    m_items->setAccessibleName(tr("What will be removed"));
    m_items->setColumnCount(3);
    m_items->setHeaderLabels({tr("Item (untick to keep it)"), tr("Size"), tr("Created")});
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_items->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_items->header()->setStretchLastSection(false);
    m_items->setUniformRowHeights(true);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_items, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling)
            m_recount.start();
    });
    m_total->setObjectName(u"pruneTotal"_s);
    m_total->setWordWrap(true);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_partialNote->setObjectName(u"prunePartialNote"_s);
    m_partialNote->setWordWrap(true);
    m_partialNote->setText(
        tr("Some items are unticked, so this is no longer a prune: each ticked item is removed "
           "on its own (docker rm, docker image rm, docker network rm…) and the unticked ones "
           "stay."));
    m_partialNote->hide();
    m_commandLabel->setObjectName(u"pruneCommandLabel"_s);
    m_commandLabel->setText(tr("Command line equivalent:"));
    m_command->setObjectName(u"pruneCommand"_s);
    m_command->setAccessibleName(tr("Command line equivalent"));
    m_command->setReadOnly(true);
    m_command->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_command->setMaximumHeight(90);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandLabel->setBuddy(m_command);
    m_summary->setObjectName(u"pruneSummary"_s);
    m_summary->setAccessibleName(tr("What was removed"));
    m_summary->setReadOnly(true);
    m_summary->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_close->setObjectName(u"pruneClose"_s);
    m_close->setAccessibleName(tr("Cancel"));
    m_close->setDefault(true); // Enter does not destroy anything by accident
    m_accept = buttons->addButton(tr("Remove"), QDialogButtonBox::DestructiveRole);
    m_accept->setObjectName(u"pruneAccept"_s);
    m_accept->setAccessibleName(m_accept->text());
    m_accept->setAutoDefault(false);
    m_accept->setEnabled(false);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (m_preview && !m_computing)
            emit pruneRequested(selection());
    });

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &PruneDialog::requestPreview);
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &PruneDialog::updateSelection);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressText, 1);
    progressRow->addWidget(m_cancelPreview);
    progressRow->addWidget(m_previewButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(choices);
    layout->addWidget(m_volumeWarning);
    layout->addLayout(progressRow);
    layout->addWidget(m_previewError);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_partialNote);
    layout->addWidget(m_commandLabel);
    layout->addWidget(m_command);
    layout->addWidget(m_summary, 1);
    layout->addWidget(buttons);
    updateSelection();
}

void PruneDialog::setCategories(const QSet<PruneCategory> &categories)
{
    m_filling = true;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(categories.contains(it.key()));
    m_everything->setChecked(categories.size() == int(std::size(allCategories)));
    m_filling = false;
    onCategoryToggled();
    requestPreview(); // chosen by the caller: no need to wait for more clicks
}

QSet<PruneCategory> PruneDialog::categories() const
{
    QSet<PruneCategory> out;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked())
            out.insert(it.key());
    }
    return out;
}

void PruneDialog::onCategoryToggled()
{
    if (m_filling)
        return;
    m_filling = true;
    const bool everything = m_everything->isChecked();
    for (QCheckBox *box : std::as_const(m_boxes)) {
        if (everything)
            box->setChecked(true);
        box->setEnabled(!everything);
    }
    // docker image prune -a removes the dangling images too.
    QCheckBox *dangling = m_boxes.value(PruneCategory::DanglingImages);
    if (m_boxes.value(PruneCategory::UnusedImages)->isChecked()) {
        dangling->setChecked(true);
        dangling->setEnabled(false);
    }
    m_filling = false;
    m_volumeWarning->setVisible(m_boxes.value(PruneCategory::UnusedVolumes)->isChecked());

    // What was previewed no longer matches the choice.
    clearPreview();
    if (categories().isEmpty()) {
        m_debounce.stop();
        if (m_computing)
            emit cancelPreviewRequested();
        setComputing(false);
    } else {
        m_debounce.start();
        setComputing(m_computing); // refreshes the hints
    }
}

void PruneDialog::requestPreview()
{
    m_debounce.stop();
    if (categories().isEmpty())
        return;
    m_previewError->hide();
    emit previewRequested(categories());
}

void PruneDialog::clearPreview()
{
    m_preview.reset();
    m_filling = true;
    m_items->clear();
    m_filling = false;
    updateSelection();
}

void PruneDialog::setComputing(bool computing)
{
    m_computing = computing;
    m_progress->setVisible(computing);
    m_cancelPreview->setVisible(computing);
    const bool nothingChosen = categories().isEmpty();
    m_previewButton->setVisible(!computing && !m_preview && !nothingChosen);
    if (computing) {
        clearPreview();
        m_progressText->setText(tr("Listing what would be removed…"));
    } else if (nothingChosen) {
        m_progressText->setText(tr("Tick at least one kind of thing to remove."));
    } else if (!m_preview) {
        m_progressText->setText(m_debounce.isActive()
                                    ? tr("Listing what would be removed…")
                                    : tr("No preview: press Preview to list what would go."));
    } else {
        m_progressText->clear();
    }
    m_progressText->setAccessibleName(m_progressText->text());
    updateSelection();
}

void PruneDialog::setProgressText(const QString &text)
{
    if (!m_computing)
        return;
    m_progressText->setText(text);
    m_progressText->setAccessibleName(text);
}

void PruneDialog::setPreview(const PrunePreview &preview)
{
    m_preview = preview;
    m_filling = true;
    m_items->clear();
    for (PruneCategory c : allCategories) {
        if (!preview.categories.contains(c))
            continue;
        QList<int> indexes;
        for (qsizetype i = 0; i < preview.candidates.size(); ++i) {
            if (preview.candidates[i].category == c)
                indexes << int(i);
        }
        auto *group = new QTreeWidgetItem(m_items);
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
            item->setText(1, bytes(cand.size));
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
        group->setText(1, bytes(groupSize));
        group->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_items->expandAll();
    m_filling = false;
    setComputing(false);
}

void PruneDialog::showPreviewError(const QString &message)
{
    clearPreview();
    setComputing(false);
    m_previewError->setText(tr("The preview could not be computed: %1").arg(message));
    m_previewError->show();
}

PrunePreview PruneDialog::selection() const
{
    if (!m_preview)
        return {};
    PrunePreview out = *m_preview;
    for (int g = 0; g < m_items->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_items->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem *item = group->child(r);
            const int i = item->data(0, CandidateRole).toInt();
            if (i >= 0 && i < out.candidates.size())
                out.candidates[i].selected = item->checkState(0) == Qt::Checked;
        }
    }
    return out;
}

QString PruneDialog::describeSelection(const PrunePreview &selection)
{
    int images = 0, containers = 0, volumes = 0, networks = 0, cache = 0;
    for (const PruneCandidate &c : selection.candidates) {
        if (!goes(selection, c))
            continue;
        switch (c.category) {
        case PruneCategory::DanglingImages:
        case PruneCategory::UnusedImages: ++images; break;
        case PruneCategory::StoppedContainers: ++containers; break;
        case PruneCategory::UnusedVolumes: ++volumes; break;
        case PruneCategory::UnusedNetworks: ++networks; break;
        case PruneCategory::BuildCache: ++cache; break;
        }
    }
    QStringList parts;
    if (containers)
        parts << tr("%n container(s)", "", containers);
    if (images)
        parts << tr("%n image(s)", "", images);
    if (volumes)
        parts << tr("%n volume(s)", "", volumes);
    if (networks)
        parts << tr("%n network(s)", "", networks);
    if (cache)
        parts << tr("%n build cache record(s)", "", cache);
    if (parts.size() <= 1)
        return parts.value(0);
    const QString last = parts.takeLast();
    return tr("%1 and %2", "a list: \"3 images, 2 volumes and 1 network\"")
        .arg(parts.join(tr(", ", "list separator")), last);
}

void PruneDialog::updateSelection()
{
    m_recount.stop();
    const bool ready = m_preview.has_value() && !m_computing;
    if (!ready) {
        m_total->clear();
        m_total->hide();
        m_partialNote->hide();
        m_command->clear();
        m_commandLabel->setText(tr("Command line equivalent:"));
        m_accept->setText(tr("Remove"));
        m_accept->setAccessibleName(m_accept->text());
        m_accept->setEnabled(false);
        return;
    }
    const PrunePreview sel = selection();
    int ticked = 0;
    for (const PruneCandidate &c : sel.candidates)
        ticked += goes(sel, c) ? 1 : 0;
    // A ticked item stays when something it needs gone first was unticked: say so.
    m_filling = true;
    for (int g = 0; g < m_items->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_items->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *item = group->child(r);
            const int i = item->data(0, CandidateRole).toInt();
            const PruneCandidate &c = sel.candidates.at(i);
            const bool held = c.selected && !goes(sel, c);
            item->setForeground(0, held ? palette().brush(QPalette::Disabled, QPalette::Text)
                                        : palette().brush(QPalette::Active, QPalette::Text));
            item->setToolTip(
                0, held ? tr("Stays: a container that uses it is unticked.") + u'\n' + c.id : c.id);
        }
    }
    m_filling = false;
    const qint64 freed = ticked ? sel.freedBytes() : 0;
    const QString what = describeSelection(sel);
    if (sel.candidates.isEmpty())
        m_total->setText(tr("Nothing to remove: nothing matches."));
    else if (ticked == 0)
        m_total->setText(tr("Everything is unticked: nothing will be removed."));
    else
        m_total->setText(tr("Removing %1 frees %2.").arg(what, bytes(freed)));
    m_total->setAccessibleName(m_total->text());
    m_total->show();
    const bool partial = ticked > 0 && sel.partial();
    m_partialNote->setVisible(partial);
    m_commandLabel->setText(partial ? tr("Command line equivalent (the ticked items, one by one):")
                                    : tr("Command line equivalent:"));
    m_command->setPlainText(ticked ? pruneCommandLines(sel, m_api).join(u'\n') : QString());
    if (ticked == 0)
        m_accept->setText(tr("Remove"));
    else if (freed > 0)
        m_accept->setText(tr("Remove %1 (%2)", "what goes, space freed").arg(what, bytes(freed)));
    else
        m_accept->setText(tr("Remove %1", "what goes").arg(what));
    m_accept->setAccessibleName(m_accept->text());
    m_accept->setEnabled(ticked > 0);
}

void PruneDialog::reject()
{
    if (!m_running) // a removal in flight cannot be called back: wait for its summary
        QDialog::reject();
}

void PruneDialog::setRunning()
{
    m_running = true;
    m_debounce.stop();
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(false);
    m_everything->setEnabled(false);
    m_items->setEnabled(false);
    m_accept->setEnabled(false);
    m_close->setEnabled(false);
    m_previewButton->hide();
    m_progress->show();
    m_progressText->setText(tr("Removing…"));
    m_progressText->setAccessibleName(m_progressText->text());
}

void PruneDialog::showOutcome(const PruneOutcome &outcome)
{
    m_running = false;
    QStringList lines;
    if (outcome.removed.isEmpty() && outcome.failed.isEmpty())
        lines << tr("Nothing was removed: the engine found nothing that matched any more.");
    if (!outcome.removed.isEmpty()) {
        lines << tr("Removed %n item(s):", "", int(outcome.removed.size()));
        for (const QString &name : outcome.removed)
            lines << u"  "_s + name;
    }
    if (!outcome.failed.isEmpty()) {
        lines << tr("Could not remove %n item(s):", "", int(outcome.failed.size()));
        for (const auto &[name, error] : outcome.failed)
            lines << tr("  %1: %2", "item: error").arg(name, error);
    }
    for (const QString &note : outcome.notes)
        lines << note;
    lines << (outcome.engineReportedSpace
                  ? tr("Space reclaimed, as the engine reports it: %1.")
                        .arg(bytes(outcome.reclaimedByEngine))
                  : tr("Space reclaimed: the engine does not report space for single removals. "
                       "Refresh the disk usage page to measure it."));
    m_summary->setPlainText(lines.join(u'\n'));
    m_summary->show();

    m_progress->hide();
    m_progressText->setText(outcome.failed.isEmpty() ? tr("Done.")
                                                     : tr("Done, with failures (see below)."));
    m_progressText->setAccessibleName(m_progressText->text());
    m_cancelPreview->hide();
    m_previewButton->hide();
    m_previewError->hide();
    if (QWidget *choices = m_everything->parentWidget())
        choices->hide();
    m_volumeWarning->hide();
    m_items->hide();
    m_total->hide();
    m_partialNote->hide();
    m_accept->hide();
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setEnabled(true);
    m_close->setFocus();
}

} // namespace gantry
