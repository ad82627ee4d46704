#include "cleanup/PruneDialog.h"

#include "cleanup/PruneActions.h"
#include "cleanup/PruneOptionsForm.h"
#include "cleanup/PrunePreviewTree.h"
#include "cleanup/PruneRules.h"
#include "widgets/ErrorLabel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

static_assert(int(PruneDialog::CandidateRole) == int(PrunePreviewTree::CandidateRole));
static_assert(int(PruneDialog::IdRole) == int(PrunePreviewTree::IdRole));

namespace {

QString bytes(qint64 n)
{
    return PrunePreviewTree::sizeText(n);
}

} // namespace

PruneDialog::PruneDialog(ApiVersion api, QWidget *parent)
    : JobDialog({.error = u"pruneError"_s,
                 .status = u"pruneProgressText"_s,
                 .progress = u"pruneProgress"_s,
                 .start = u"pruneAccept"_s,
                 .close = u"pruneClose"_s,
                 .progressAccessibleName = tr("Working"),
                 .destructiveStart = true},
                tr("Remove"), parent)
    , m_api(api)
    , m_options(new PruneOptionsForm)
    , m_cancelPreview(new QPushButton(tr("Cancel preview")))
    , m_previewButton(new QPushButton(tr("Preview")))
    , m_previewError(new QLabel)
    , m_items(new PrunePreviewTree)
    , m_total(new QLabel)
    , m_partialNote(new QLabel)
    , m_commandLabel(new QLabel)
    , m_command(new QPlainTextEdit)
    , m_summary(new QPlainTextEdit)
{
    setObjectName(u"pruneDialog"_s);
    setWindowTitle(tr("Free space"));
    setAccessibleName(windowTitle());
    setIdleCloseText(tr("Cancel")); // "Close" once something was removed
    resize(680, 700);

    auto *intro = new QLabel(tr("Choose what to remove. Nothing is deleted before you have read "
                                "the list below and pressed the button that names what goes."));
    intro->setWordWrap(true);

    connect(m_options, &PruneOptionsForm::categoriesChanged, this,
            &PruneDialog::onCategoriesChanged);

    // The preview's progress is the job's too: one bar and one line, beside the preview's
    // buttons rather than under the dialog's body.
    layout()->removeWidget(progressBar());
    layout()->removeWidget(statusLabel());
    progressBar()->setRange(0, 0); // the preview's length is unknown
    progressBar()->setTextVisible(false);
    progressBar()->setMaximumWidth(120);
    commandLabel()->hide(); // the command lines have their own view
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

    connect(m_items, &PrunePreviewTree::ticksChanged, this, [this] { m_recount.start(); });
    m_total->setObjectName(u"pruneTotal"_s);
    m_total->setWordWrap(true);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_partialNote->setObjectName(u"prunePartialNote"_s);
    m_partialNote->setTextFormat(Qt::PlainText);
    m_partialNote->setWordWrap(true);
    m_partialNote->setText(
        tr("Some items are unticked, so this is no longer a prune: each ticked item is removed "
           "on its own (docker rm, docker image rm, docker network rm…) and the unticked ones "
           "stay."));
    m_partialNote->hide();
    m_commandLabel->setObjectName(u"pruneCommandLabel"_s);
    m_commandLabel->setTextFormat(Qt::PlainText);
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

    connect(this, &JobDialog::startRequested, this, [this] { emit pruneRequested(selection()); });

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &PruneDialog::requestPreview);
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &PruneDialog::updateSelection);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(progressBar());
    progressRow->addWidget(statusLabel(), 1);
    progressRow->addWidget(m_cancelPreview);
    progressRow->addWidget(m_previewButton);

    body()->addWidget(intro);
    body()->addWidget(m_options);
    body()->addLayout(progressRow);
    body()->addWidget(m_previewError);
    body()->addWidget(m_items, 1);
    body()->addWidget(m_total);
    body()->addWidget(m_partialNote);
    body()->addWidget(m_commandLabel);
    body()->addWidget(m_command);
    tail()->addWidget(m_summary, 1);
    updateSelection();
}

void PruneDialog::setCategories(const QSet<PruneCategory> &categories)
{
    m_options->setCategories(categories);
    onCategoriesChanged();
    requestPreview(); // chosen by the caller: no need to wait for more clicks
}

QSet<PruneCategory> PruneDialog::categories() const
{
    return m_options->categories();
}

bool PruneDialog::hasPreview() const
{
    return m_items->hasPreview();
}

QTreeWidget *PruneDialog::itemsView() const
{
    return m_items;
}

void PruneDialog::onCategoriesChanged()
{
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
    m_items->clearPreview();
    updateSelection();
}

void PruneDialog::setComputing(bool computing)
{
    m_computing = computing;
    progressBar()->setVisible(computing);
    m_cancelPreview->setVisible(computing);
    const bool nothingChosen = categories().isEmpty();
    m_previewButton->setVisible(!computing && !hasPreview() && !nothingChosen);
    if (computing) {
        clearPreview();
        setStatusText(tr("Listing what would be removed…"));
    } else if (nothingChosen) {
        setStatusText(tr("Tick at least one kind of thing to remove."));
    } else if (!hasPreview()) {
        setStatusText(m_debounce.isActive()
                          ? tr("Listing what would be removed…")
                          : tr("No preview: press Preview to list what would go."));
    } else {
        setStatusText(QString());
    }
    updateSelection();
}

void PruneDialog::setProgressText(const QString &text)
{
    if (!m_computing)
        return;
    setStatusText(text);
}

void PruneDialog::setPreview(const PrunePreview &preview)
{
    m_items->setPreview(preview);
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
    return m_items->selection();
}

QString PruneDialog::describeSelection(const PrunePreview &selection)
{
    const PruneCounts n = countGoing(selection);
    QStringList parts;
    if (n.containers)
        parts << tr("%n container(s)", "", n.containers);
    if (n.images)
        parts << tr("%n image(s)", "", n.images);
    if (n.volumes)
        parts << tr("%n volume(s)", "", n.volumes);
    if (n.networks)
        parts << tr("%n network(s)", "", n.networks);
    if (n.buildCache)
        parts << tr("%n build cache record(s)", "", n.buildCache);
    if (parts.size() <= 1)
        return parts.value(0);
    const QString last = parts.takeLast();
    return tr("%1 and %2", "a list: \"3 images, 2 volumes and 1 network\"")
        .arg(parts.join(tr(", ", "list separator")), last);
}

void PruneDialog::updateSelection()
{
    m_recount.stop();
    m_ready = false;
    if (!hasPreview() || m_computing) {
        m_total->clear();
        m_total->hide();
        m_partialNote->hide();
        m_command->clear();
        m_commandLabel->setText(tr("Command line equivalent:"));
        setStartText(tr("Remove"));
        revalidate();
        return;
    }
    const PrunePreview sel = selection();
    const int ticked = countGoing(sel).total();
    // A ticked item stays when something it needs gone first was unticked: say so.
    m_items->markHeld(sel);
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
        setStartText(tr("Remove"));
    else if (freed > 0)
        setStartText(tr("Remove %1 (%2)", "what goes, space freed").arg(what, bytes(freed)));
    else
        setStartText(tr("Remove %1", "what goes").arg(what));
    m_ready = ticked > 0;
    revalidate();
}

void PruneDialog::setStartText(const QString &text)
{
    startButton()->setText(text);
    startButton()->setAccessibleName(text);
}

void PruneDialog::setStatusText(const QString &text)
{
    setStatus(text);
    statusLabel()->setAccessibleName(text);
}

void PruneDialog::setInputEnabled(bool enabled)
{
    if (!enabled)
        m_options->lock(); // a removal never gives the choice back: the summary follows
    m_items->setEnabled(enabled);
}

QString PruneDialog::cancelledText() const
{
    return tr("Removal cancelled: what had not been removed yet stays (see below).");
}

void PruneDialog::setRunning(QObject *job, std::function<void()> cancel)
{
    m_debounce.stop();
    m_previewButton->hide();
    m_cancelPreview->hide();
    startJob(job, std::move(cancel));
    setStatusText(tr("Removing…"));
}

void PruneDialog::setRemovalStep(int step, int count, const QString &what)
{
    setStep(step, count, tr("Removing %1 (step %2 of %3)…").arg(what).arg(step).arg(count));
    statusLabel()->setAccessibleName(statusLabel()->text());
}

void PruneDialog::showOutcome(const PruneOutcome &outcome)
{
    QStringList lines;
    if (outcome.removed.isEmpty() && outcome.failed.isEmpty() && !outcome.cancelled)
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
    if (!outcome.skipped.isEmpty()) {
        lines << tr("Not removed, the removal was cancelled first: %n item(s):", "",
                    int(outcome.skipped.size()));
        for (const QString &name : outcome.skipped)
            lines << u"  "_s + name;
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

    if (outcome.cancelled)
        setStatusText(tr("Cancelled."));
    else
        setStatusText(outcome.failed.isEmpty() ? tr("Done.")
                                               : tr("Done, with failures (see below)."));
    m_cancelPreview->hide();
    m_previewButton->hide();
    m_previewError->hide();
    m_options->hide();
    m_items->hide();
    m_total->hide();
    m_partialNote->hide();
    startButton()->hide();
    setIdleCloseText(tr("Close"));
    closeButton()->setFocus();
    // Last: a dialog closed while the removal ran goes now.
    finishJob(outcome.cancelled ? EngineError(EngineError::Kind::Cancelled, cancelledText())
                                : EngineError());
}

} // namespace gantry
