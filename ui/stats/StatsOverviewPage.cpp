#include "stats/StatsOverviewPage.h"

#include "core/Format.h"
#include "live/StatsOverviewModel.h"
#include "live/StatsPool.h"
#include "specs/ActionSpecs.h"
#include "widgets/ColumnMenu.h"
#include "widgets/EmptyState.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

StatsOverviewPage::StatsOverviewPage(DockerClient *client, StatsOverviewModel *model,
                                     QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_pool(new StatsPool(client, model, this))
    , m_status(new QLabel)
{
    setObjectName(u"statsOverviewPage"_s);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(StatsOverviewModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(u"statsTable"_s);
    m_view->setAccessibleName(tr("Container statistics"));
    m_view->header()->setAccessibleName(tr("Statistics columns"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StatsOverviewModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(true);
    ColumnMenu::install(m_view->header());
    m_view->header()->resizeSection(StatsOverviewModel::NameColumn, 200);
    m_view->header()->resizeSection(StatsOverviewModel::NetIoColumn, 170);
    m_view->header()->resizeSection(StatsOverviewModel::BlockIoColumn, 170);
    m_view->viewport()->installEventFilter(this);
    new EmptyState(m_view, [] {
        return tr("No running containers: statistics are read from running containers only. "
                  "Start one on the Containers page.");
    });

    m_status->setObjectName(u"statsOverviewStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *command = new QLabel(shellJoin({u"docker"_s, u"stats"_s}));
    command->setObjectName(u"statsOverviewCommand"_s);
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    command->setToolTip(tr("The docker command that shows the same figures"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(command);

    m_update.setSingleShot(true);
    m_update.setInterval(100);
    connect(&m_update, &QTimer::timeout, this, &StatsOverviewPage::updateStreams);
    // Whatever changes which rows are on screen: scrolling, rows coming and going, sorting
    // (a new sample may move rows).
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &StatsOverviewPage::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &StatsOverviewPage::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &StatsOverviewPage::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &StatsOverviewPage::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StatsOverviewPage::scheduleUpdate);
    connect(m_pool, &StatsPool::activeCountChanged, this, &StatsOverviewPage::updateStatus);
    connect(m_pool, &StatsPool::streamFailed, this,
            [this](const QString &id, const EngineError &e) {
                m_failure = tr("Statistics of %1 failed: %2").arg(shortId(id), e.describe());
                updateStatus();
            });
    updateStreams();
}

void StatsOverviewPage::setWindowShown(bool shown)
{
    m_windowShown = shown;
    updateStreams();
}

void StatsOverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_failure.clear(); // a new look: streams start over
    scheduleUpdate();
}

void StatsOverviewPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateStreams(); // stop at once, not after the delay
}

bool StatsOverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        scheduleUpdate();
    return QWidget::eventFilter(watched, event);
}

void StatsOverviewPage::scheduleUpdate()
{
    if (!m_update.isActive())
        m_update.start();
}

QStringList StatsOverviewPage::visibleContainerIds() const
{
    QStringList ids;
    const int height = m_view->viewport()->height();
    for (QModelIndex i = m_view->indexAt(QPoint(1, 1)); i.isValid(); i = m_view->indexBelow(i)) {
        if (m_view->visualRect(i).top() >= height)
            break;
        ids << i.data(StatsOverviewModel::IdRole).toString();
    }
    return ids;
}

void StatsOverviewPage::updateStreams()
{
    const bool shown = isVisible() && m_windowShown;
    m_pool->setWanted(shown ? visibleContainerIds() : QStringList());
    updateStatus();
}

void StatsOverviewPage::updateStatus()
{
    const bool shown = isVisible() && m_windowShown;
    const int running = m_model->rowCount();
    if (running == 0)
        m_status->setText(tr("No container is running."));
    else if (!shown)
        m_status->setText(tr("Paused while the page is hidden."));
    else
        m_status->setText(tr("Reading statistics for %1 of %n running container(s): only the "
                             "rows on screen, to spare the engine.",
                             "", running)
                              .arg(m_pool->activeCount()));
    if (!m_failure.isEmpty()) // the engine's last refusal, until the page is shown anew
        m_status->setText(m_status->text() + u'\n' + m_failure);
}

} // namespace gantry
