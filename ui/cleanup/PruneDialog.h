#pragma once

#include "cleanup/PrunePlan.h"
#include "core/ApiVersion.h"

#include <QDialog>
#include <QSet>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace gantry {

class PruneOptionsForm;
class PrunePreviewTree;

// Frees space in three steps, none of which deletes anything by surprise: choose the
// categories; read the preview (each item that would go, what it frees, the docker command
// line), untick what must stay; remove. Then a summary of what went, what failed and the
// space reclaimed. Passive: PruneController computes the preview and runs the removal.
// Shown with open(), never exec().
class PruneDialog : public QDialog {
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
    void setRunning();
    void showOutcome(const PruneOutcome &outcome);

    bool isComputing() const { return m_computing; }
    bool hasPreview() const;
    // The preview with the user's ticks applied (selected = ticked).
    PrunePreview selection() const;

    QTreeWidget *itemsView() const;
    QPlainTextEdit *commandView() const { return m_command; }
    QPlainTextEdit *summaryView() const { return m_summary; }
    QPushButton *acceptButton() const { return m_accept; }

    // Short, plural-aware names of what a selection removes ("3 images and 2 volumes").
    static QString describeSelection(const PrunePreview &selection);

public slots:
    void reject() override;

signals:
    void previewRequested(const QSet<gantry::PruneCategory> &categories);
    void cancelPreviewRequested();
    void pruneRequested(const gantry::PrunePreview &selection);

private:
    void onCategoriesChanged();
    void requestPreview();
    void clearPreview();
    void updateSelection();

    ApiVersion m_api;
    PruneOptionsForm *m_options;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancelPreview;
    QPushButton *m_previewButton;
    QLabel *m_previewError;
    PrunePreviewTree *m_items;
    QLabel *m_total;
    QLabel *m_partialNote;
    QLabel *m_commandLabel;
    QPlainTextEdit *m_command;
    QPlainTextEdit *m_summary;
    QPushButton *m_accept;
    QPushButton *m_close;
    QTimer m_debounce;
    QTimer m_recount;
    bool m_computing = false;
    bool m_running = false;
};

} // namespace gantry
