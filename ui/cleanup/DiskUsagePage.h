#pragma once

#include "cleanup/DiskUsage.h"
#include "transport/Transport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTreeView;
class QTreeWidget;

namespace gantry {

class DockerClient;
class EmptyState;
class MessageBanner;

// Where the disk space goes (GET /system/df): a summary by category, a chart of it and a
// sortable list of the biggest items. /system/df is slow on big hosts, so it is fetched
// only when the user asks (Refresh), with a visible progress state and Cancel; never in
// the background.
class DiskUsagePage : public QWidget {
    Q_OBJECT
public:
    // Raw values for sorting the items list.
    enum ItemRole { SortRole = Qt::UserRole + 1, IdRole, CategoryRole };
    enum ItemColumn {
        NameColumn,
        KindColumn,
        SizeColumn,
        ReclaimableColumn,
        InUseColumn,
        CreatedColumn,
        ItemColumnCount
    };
    // Rows and columns of the summary, in this order.
    enum SummaryRow { ImagesRow, ContainersRow, VolumesRow, BuildCacheRow, SummaryRowCount };
    enum SummaryColumn {
        CategoryColumn,
        TotalColumn,
        ActiveColumn,
        SummarySizeColumn,
        SummaryReclaimableColumn,
        SummaryColumnCount
    };

    explicit DiskUsagePage(DockerClient *client, QWidget *parent = nullptr);
    ~DiskUsagePage() override;

    // Asks the engine (cancelling a fetch in flight first).
    void refresh();
    // Stops the fetch in flight; what was shown before stays.
    void cancel();
    // The figures no longer match the engine (after a prune): says so, offers Refresh.
    void markStale();

    bool isFetching() const { return m_fetching; }
    const std::optional<DiskUsage> &usage() const { return m_usage; }

    QTreeWidget *summaryView() const { return m_summary; }
    QTreeView *itemsView() const { return m_items; }
    MessageBanner *banner() const { return m_banner; }

signals:
    // The user wants to free space (opens the prune dialog).
    void pruneRequested();
    // A fetch finished with new figures.
    void usageShown();

private:
    void setFetching(bool fetching);
    void showUsage(const DiskUsage &usage);
    void updateSummary(const DiskUsage &usage);
    void updateChart(const DiskUsage &usage);
    void updateItems(const DiskUsage &usage);
    void updateStatus();

    DockerClient *m_client;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QPushButton *m_prune;
    QProgressBar *m_progress;
    QLabel *m_status;
    MessageBanner *m_banner;
    QTreeWidget *m_summary;
    QChartView *m_chart;
    QTreeView *m_items;
    QStandardItemModel *m_itemModel;
    EmptyState *m_empty = nullptr; // over the items while there are none

    QPointer<Reply> m_reply;
    quint64 m_generation = 0; // answers of cancelled fetches are ignored
    bool m_fetching = false;
    bool m_cancelled = false; // the last fetch was cancelled
    QElapsedTimer m_elapsed;
    QTimer m_tick;
    std::optional<DiskUsage> m_usage;
    QDateTime m_measuredAt;
};

} // namespace gantry
