#pragma once

#include "cleanup/PrunePlan.h"
#include "core/ApiVersion.h"
#include "widgets/JobDialog.h"

#include <QSet>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace gantry {

class PruneOptionsForm;
class PrunePreviewTree;

// Frees space in three steps, none of which deletes anything by surprise: choose the
// categories; read the preview (each item that would go, what it frees, the docker command
// line), untick what must stay; remove. Then a summary of what went, what failed and the
// space reclaimed. Passive: PruneController computes the preview and runs the removal, the
// dialog's job (JobDialog): Cancel or closing stops it between two removals.
// Shown with open(), never exec().
class PruneDialog : public JobDialog {
    Q_OBJECT
public:
    // The roles of the rows of itemsView() (see PrunePreviewTree).
    enum ItemRole { CandidateRole = Qt::UserRole + 1, IdRole };

    explicit PruneDialog(ApiVersion api, QWidget *parent = nullptr);

    void setCategories(const QSet<PruneCategory> &categories);
    QSet<PruneCategory> categories() const;

    // Fed by the controller.
    void setComputing(bool computing);
    void setProgressText(const QString &text);
    void setPreview(const PrunePreview &preview);
    void showPreviewError(const QString &message);
    // The removal runs as `job`; Cancel and closing call `cancel`.
    void setRunning(QObject *job, std::function<void()> cancel);
    void setRemovalStep(int step, int count, const QString &what);
    // Ends the job: the summary, and what a cancel left.
    void showOutcome(const PruneOutcome &outcome);

    bool isComputing() const { return m_computing; }
    bool hasPreview() const;
    // The preview with the user's ticks applied (selected = ticked).
    PrunePreview selection() const;

    QTreeWidget *itemsView() const;
    QPlainTextEdit *commandView() const { return m_command; }
    QPlainTextEdit *summaryView() const { return m_summary; }
    QPushButton *acceptButton() const { return startButton(); }

    // Short, plural-aware names of what a selection removes ("3 images and 2 volumes").
    static QString describeSelection(const PrunePreview &selection);

signals:
    void previewRequested(const QSet<gantry::PruneCategory> &categories);
    void cancelPreviewRequested();
    void pruneRequested(const gantry::PrunePreview &selection);

protected:
    bool isIncomplete() const override { return !m_ready; }
    void setInputEnabled(bool enabled) override;
    QString cancelledText() const override;

private:
    void onCategoriesChanged();
    void requestPreview();
    void clearPreview();
    void updateSelection();
    void setStartText(const QString &text);
    void setStatusText(const QString &text);

    ApiVersion m_api;
    PruneOptionsForm *m_options;
    QPushButton *m_cancelPreview;
    QPushButton *m_previewButton;
    QLabel *m_previewError;
    PrunePreviewTree *m_items;
    QLabel *m_total;
    QLabel *m_partialNote;
    QLabel *m_commandLabel;
    QPlainTextEdit *m_command;
    QPlainTextEdit *m_summary;
    QTimer m_debounce;
    QTimer m_recount;
    bool m_computing = false;
    bool m_ready = false; // a preview with something ticked: Remove can start
};

} // namespace gantry
