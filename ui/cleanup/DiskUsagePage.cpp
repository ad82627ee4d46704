#include "cleanup/DiskUsagePage.h"

#include "api/DockerClient.h"
#include "core/Format.h"
#include "widgets/ChartStyle.h"
#include "widgets/ColumnMenu.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString bytes(qint64 n)
{
    return humanSize(n, 4); // as docker system df (go-units HumanSize)
}

QString kindName(DiskUsageItem::Category c)
{
    switch (c) {
    case DiskUsageItem::Category::Image: return DiskUsagePage::tr("Image");
    case DiskUsageItem::Category::Container: return DiskUsagePage::tr("Container");
    case DiskUsageItem::Category::Volume: return DiskUsagePage::tr("Volume");
    case DiskUsageItem::Category::BuildCache: return DiskUsagePage::tr("Build cache");
    }
    return {};
}

QString displayName(const DiskUsageItem &item)
{
    if (!item.name.isEmpty() && item.name != u"<none>:<none>"_s)
        return item.name;
    if (item.category == DiskUsageItem::Category::Image)
        return DiskUsagePage::tr("untagged image %1").arg(shortId(item.id));
    return shortId(item.id);
}

QStandardItem *cell(const QString &text, const QVariant &sortValue)
{
    auto *item = new QStandardItem(text);
    item->setData(sortValue, DiskUsagePage::SortRole);
    item->setEditable(false);
    return item;
}

} // namespace

DiskUsagePage::DiskUsagePage(DockerClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_prune(new QPushButton(tr("Free space…")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_banner(new MessageBanner)
    , m_summary(new QTreeWidget)
    , m_chart(new QChartView)
    , m_items(new QTreeView)
    , m_itemModel(new QStandardItemModel(this))
{
    setObjectName(u"diskUsagePage"_s);

    m_refresh->setObjectName(u"refreshDiskUsage"_s);
    m_refresh->setIcon(Icons::icon(Icons::Icon::Refresh));
    m_refresh->setAccessibleName(tr("Refresh disk usage"));
    m_refresh->setToolTip(tr("Ask the engine where the space goes (docker system df -v). This "
                             "can take minutes on a big host."));
    m_cancel->setObjectName(u"cancelDiskUsage"_s);
    m_cancel->setAccessibleName(tr("Cancel measuring disk usage"));
    m_cancel->setToolTip(tr("Stop measuring; the figures shown before stay"));
    m_cancel->hide();
    m_prune->setObjectName(u"pruneFromDiskUsage"_s);
    m_prune->setIcon(Icons::icon(Icons::Icon::Prune));
    m_prune->setAccessibleName(tr("Free space"));
    m_prune->setToolTip(tr("Choose what to remove, preview it, then remove it (docker system "
                           "prune and its relatives)"));
    connect(m_refresh, &QPushButton::clicked, this, &DiskUsagePage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &DiskUsagePage::cancel);
    connect(m_prune, &QPushButton::clicked, this, &DiskUsagePage::pruneRequested);
    connect(m_banner, &MessageBanner::actionTriggered, this, &DiskUsagePage::refresh);

    m_progress->setObjectName(u"diskUsageProgress"_s);
    m_progress->setAccessibleName(tr("Measuring disk usage"));
    m_progress->setRange(0, 0); // the engine says nothing until it is done: busy indicator
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_status->setObjectName(u"diskUsageStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DiskUsagePage::updateStatus);

    m_summary->setObjectName(u"diskUsageSummary"_s);
    m_summary->setAccessibleName(tr("Space by category"));
    m_summary->setRootIsDecorated(false);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setFocusPolicy(Qt::TabFocus);
    m_summary->setColumnCount(SummaryColumnCount);
    m_summary->setHeaderLabels(
        {tr("Category"), tr("Total"), tr("Active", "in use"), tr("Size"), tr("Reclaimable")});
    const QStringList categories = {tr("Images"), tr("Containers (writable layers)"),
                                    tr("Local volumes"), tr("Build cache")};
    for (const QString &c : categories) {
        auto *row = new QTreeWidgetItem(m_summary);
        row->setText(CategoryColumn, c);
        for (int col = TotalColumn; col < SummaryColumnCount; ++col) {
            row->setText(col, tr("—", "not measured"));
            row->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_summary->header()->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);
    m_summary->header()->setStretchLastSection(false);
    for (int col = TotalColumn; col < SummaryColumnCount; ++col)
        m_summary->header()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    m_summary->setMaximumHeight(m_summary->sizeHintForRow(0) * (SummaryRowCount + 2) + 8);

    m_chart->setObjectName(u"diskUsageChart"_s);
    m_chart->setAccessibleName(tr("Chart of the space by category"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(260, 200);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundVisible(false);
    // setChart() releases the chart the view made for itself without deleting it.
    QChart *placeholder = m_chart->chart();
    m_chart->setChart(chart);
    delete placeholder;
    ChartStyle::follow(m_chart);

    m_itemModel->setColumnCount(ItemColumnCount);
    m_itemModel->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Size"), tr("Reclaimable"), tr("Use"), tr("Created")});
    m_itemModel->setSortRole(SortRole);
    m_items->setObjectName(u"diskUsageItems"_s);
    m_items->setAccessibleName(tr("Biggest items"));
    m_items->setModel(m_itemModel);
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setAllColumnsShowFocus(true);
    m_items->setSortingEnabled(true);
    m_items->sortByColumn(SizeColumn, Qt::DescendingOrder);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setColumnWidth(NameColumn, 280);
    m_items->setColumnWidth(KindColumn, 100);
    ColumnMenu::install(m_items->header());
    m_empty = new EmptyState(m_items, [this] {
        if (m_fetching)
            return QString();
        return m_usage ? tr("Nothing takes space: no images, containers, volumes or build cache.")
                       : tr("Not measured yet: Refresh asks the engine where the space goes "
                            "(on a big host it can take minutes).");
    });
    connect(this, &DiskUsagePage::usageShown, m_empty, &EmptyState::refresh);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_prune);

    auto *top = new QWidget;
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary, 3, Qt::AlignTop);
    topLayout->addWidget(m_chart, 2);
    top->setMaximumHeight(280);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *itemsLabel = new QLabel(tr("Biggest items (click a column to sort):"));
    itemsLabel->setBuddy(m_items);
    bottomLayout->addWidget(itemsLabel);
    bottomLayout->addWidget(m_items, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"diskUsageSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    updateStatus();
}

DiskUsagePage::~DiskUsagePage()
{
    ++m_generation; // a cancel answers synchronously: nothing more to show
    if (m_reply)
        m_reply->cancel();
}

void DiskUsagePage::refresh()
{
    if (m_fetching)
        cancel();
    m_banner->hide();
    const quint64 generation = ++m_generation;
    m_cancelled = false;
    setFetching(true);
    m_reply = fetchDiskUsage(m_client, this, [this, generation](Result<DiskUsage> result) {
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        setFetching(false);
        if (!result) {
            if (result.error().kind() == EngineError::Kind::Cancelled) {
                m_cancelled = true;
                updateStatus();
                return;
            }
            m_banner->showMessage(
                MessageBanner::Level::Error,
                tr("Disk usage could not be measured. %1").arg(result.error().describe()),
                tr("Try again"));
            updateStatus();
            return;
        }
        m_measuredAt = QDateTime::currentDateTime();
        showUsage(result.value());
        emit usageShown();
    });
}

void DiskUsagePage::cancel()
{
    if (!m_fetching)
        return;
    ++m_generation; // the Cancelled answer comes synchronously and is ignored
    if (m_reply)
        m_reply->cancel();
    m_reply = nullptr;
    m_cancelled = true;
    setFetching(false);
}

void DiskUsagePage::markStale()
{
    if (!m_usage || m_fetching)
        return;
    m_banner->showMessage(MessageBanner::Level::Info,
                          tr("Space was freed since these figures were measured."), tr("Refresh"));
}

void DiskUsagePage::setFetching(bool fetching)
{
    m_fetching = fetching;
    m_empty->refresh();
    m_refresh->setEnabled(!fetching);
    m_cancel->setVisible(fetching);
    m_progress->setVisible(fetching);
    if (fetching) {
        m_elapsed.start();
        m_tick.start();
        m_cancel->setFocus();
    } else {
        m_tick.stop();
        if (m_cancel->hasFocus())
            m_refresh->setFocus();
    }
    updateStatus();
}

void DiskUsagePage::updateStatus()
{
    QString text;
    if (m_fetching) {
        text = tr("Measuring… %1 s. The engine answers when it has walked every image, "
                  "container and volume.")
                   .arg(m_elapsed.elapsed() / 1000);
    } else if (m_usage) {
        const QString at = QLocale().toString(m_measuredAt.time(), QLocale::ShortFormat);
        text = m_cancelled ? tr("Measured at %1; the newer measurement was cancelled.").arg(at)
                           : tr("Measured at %1.").arg(at);
    } else if (m_cancelled) {
        text = tr("Measuring was cancelled. Refresh to try again.");
    } else {
        text = tr("Not measured yet. Refresh asks the engine where the space goes; on a big "
                  "host it can take minutes.");
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void DiskUsagePage::showUsage(const DiskUsage &usage)
{
    m_usage = usage;
    updateSummary(usage);
    updateChart(usage);
    updateItems(usage);
    updateStatus();
}

void DiskUsagePage::updateSummary(const DiskUsage &usage)
{
    const DiskUsage::Totals *totals[] = {&usage.images, &usage.containers, &usage.volumes,
                                         &usage.buildCache};
    for (int r = 0; r < SummaryRowCount; ++r) {
        const DiskUsage::Totals &t = *totals[r];
        QTreeWidgetItem *row = m_summary->topLevelItem(r);
        row->setText(TotalColumn, QLocale().toString(t.count));
        row->setText(ActiveColumn, QLocale().toString(t.active));
        row->setText(SummarySizeColumn, bytes(t.size));
        const int percent =
            t.size > 0 ? int(qRound64(100.0 * double(t.reclaimable) / double(t.size))) : 0;
        row->setText(SummaryReclaimableColumn,
                     tr("%1 (%2%)", "reclaimable bytes, percentage of the size")
                         .arg(bytes(t.reclaimable), QLocale().toString(percent)));
        row->setData(SummarySizeColumn, SortRole, t.size);
        row->setData(SummaryReclaimableColumn, SortRole, t.reclaimable);
    }
}

void DiskUsagePage::updateChart(const DiskUsage &usage)
{
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    const QPair<QString, qint64> parts[] = {
        {tr("Images"), usage.images.size},
        {tr("Containers"), usage.containers.size},
        {tr("Local volumes"), usage.volumes.size},
        {tr("Build cache"), usage.buildCache.size},
    };
    QStringList described;
    for (const auto &[name, size] : parts) {
        const QString label = tr("%1: %2", "category: size").arg(name, bytes(size));
        described << label;
        if (size <= 0)
            continue;
        QPieSlice *slice = series->append(label, double(size));
        slice->setLabelVisible(false);
    }
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    chart->addSeries(series);
    chart->setTitle(series->count() == 0 ? tr("Nothing stored yet") : QString());
    m_chart->setAccessibleDescription(described.join(u"; "_s));
}

void DiskUsagePage::updateItems(const DiskUsage &usage)
{
    m_itemModel->removeRows(0, m_itemModel->rowCount());
    for (const DiskUsageItem &item : usage.items) {
        QList<QStandardItem *> row(ItemColumnCount);
        row[NameColumn] = cell(displayName(item), displayName(item).toLower());
        row[NameColumn]->setData(item.id, IdRole);
        row[NameColumn]->setData(int(item.category), CategoryRole);
        row[NameColumn]->setToolTip(item.id);
        row[KindColumn] = cell(kindName(item.category), kindName(item.category));
        row[SizeColumn] = cell(bytes(item.size), item.size);
        row[ReclaimableColumn] = cell(bytes(item.reclaimable), item.reclaimable);
        row[InUseColumn] = cell(item.inUse ? tr("in use") : tr("unused"), item.inUse);
        row[CreatedColumn] =
            cell(item.created.isValid()
                     ? QLocale().toString(item.created.toLocalTime(), QLocale::ShortFormat)
                     : QString(),
                 item.created);
        for (int c : {SizeColumn, ReclaimableColumn})
            row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_itemModel->appendRow(row);
    }
    const QHeaderView *header = m_items->header();
    m_itemModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace gantry
