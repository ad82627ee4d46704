#include "swarm/ServicesView.h"

#include "logs/LogView.h"
#include "style/StatusColors.h"
#include "swarm/ServiceModel.h"
#include "swarm/TaskModel.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

ServicesView::ServicesView(ServiceModel *services, TaskModel *tasks, DockerClient *client,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(services)
    , m_taskModel(tasks)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_banner(new MessageBanner)
    , m_details(new QTabWidget)
    , m_progressLabel(new QLabel)
    , m_progress(new QProgressBar)
    , m_tasks(new QTreeView)
    , m_logs(new LogView(client))
{
    setObjectName(u"servicesView"_s);
    setAccessibleName(tr("Services"));

    auto *bar = new QToolBar;
    bar->setObjectName(u"servicesToolBar"_s);
    bar->setAccessibleName(tr("Service actions"));
    m_create = action(u"createServiceAction"_s, tr("Create…"),
                      tr("Create a service (docker service create)"));
    m_scale = action(u"scaleServiceAction"_s, tr("Scale…"),
                     tr("Change how many replicas run (docker service scale)"));
    m_updateImage = action(u"updateImageAction"_s, tr("Update image…"),
                           tr("Rolling update to another image (docker service update --image)"));
    m_rollback = action(u"rollbackServiceAction"_s, tr("Roll back"),
                        tr("Back to the service's previous spec (docker service rollback)"));
    m_remove = action(u"removeServiceAction"_s, tr("Remove…"),
                      tr("Remove the service and its tasks (docker service rm)"));
    for (QAction *a : {m_create, m_scale, m_updateImage, m_rollback, m_remove}) {
        bar->addAction(a);
        if (QWidget *button = bar->widgetForAction(a)) {
            button->setObjectName(a->objectName() + u"Button"_s);
            button->setAccessibleName(a->text().remove(u'…'));
        }
    }
    connect(m_create, &QAction::triggered, this, &ServicesView::createRequested);
    connect(m_scale, &QAction::triggered, this, &ServicesView::scaleRequested);
    connect(m_updateImage, &QAction::triggered, this, &ServicesView::updateImageRequested);
    connect(m_rollback, &QAction::triggered, this, &ServicesView::rollbackRequested);
    connect(m_remove, &QAction::triggered, this, &ServicesView::removeRequested);

    m_proxy->setSourceModel(services);
    m_proxy->setSortRole(ServiceModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(u"servicesList"_s);
    m_view->setAccessibleName(tr("Services"));
    m_view->setModel(m_proxy);
    new EmptyState(m_view, [] {
        return tr("No services. Create one: an image run as replicas spread over the swarm's "
                  "nodes (docker service create).");
    });
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServiceModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->resizeSection(ServiceModel::NameColumn, 200);
    m_view->header()->resizeSection(ServiceModel::ImageColumn, 220);

    m_tasks->setObjectName(u"tasksList"_s);
    m_tasks->setAccessibleName(tr("Tasks of the service"));
    m_tasks->setModel(tasks);
    m_tasks->setUniformRowHeights(true);
    m_tasks->header()->resizeSection(TaskModel::SlotColumn, 110);
    m_tasks->header()->resizeSection(TaskModel::CurrentColumn, 170);
    m_progressLabel->setObjectName(u"updateProgressText"_s);
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setWordWrap(true);
    m_progress->setObjectName(u"updateProgress"_s);
    m_progress->setAccessibleName(tr("Rolling update progress"));
    auto *taskPane = new QWidget;
    auto *taskLayout = new QVBoxLayout(taskPane);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->addWidget(m_progressLabel);
    taskLayout->addWidget(m_progress);
    taskLayout->addWidget(m_tasks, 1);
    m_details->setObjectName(u"serviceDetails"_s);
    m_details->setAccessibleName(tr("Service details"));
    m_details->addTab(taskPane, tr("Tasks"));
    m_details->addTab(m_logs, tr("Logs"));

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    m_banner->hide();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ServicesView::onCurrentChanged);
    for (QAbstractItemModel *m :
         {static_cast<QAbstractItemModel *>(services), static_cast<QAbstractItemModel *>(tasks)}) {
        connect(m, &QAbstractItemModel::dataChanged, this, [this] {
            updateActions();
            updateProgress();
        });
        connect(m, &QAbstractItemModel::rowsInserted, this, &ServicesView::updateProgress);
        connect(m, &QAbstractItemModel::rowsRemoved, this, [this] {
            if (!m_current.isEmpty() && !m_model->serviceById(m_current))
                onCurrentChanged();
            updateProgress();
        });
    }
    connect(services, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    updateActions();
    updateProgress();
}

QAction *ServicesView::action(const QString &objectName, const QString &text, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

const ServiceSummary *ServicesView::currentService() const
{
    return m_model->serviceById(m_current);
}

void ServicesView::selectService(const QString &id)
{
    const QModelIndex source = m_model->findService(id);
    if (source.isValid())
        m_view->setCurrentIndex(m_proxy->mapFromSource(source));
}

void ServicesView::onCurrentChanged()
{
    const ServiceSummary *s = m_model->service(m_proxy->mapToSource(m_view->currentIndex()));
    const QString id = s ? s->id : QString();
    if (id != m_current) {
        m_current = id;
        m_logs->setTargets(s ? QList<LogTarget>{LogTarget{s->id, s->name, true}}
                             : QList<LogTarget>{});
        emit currentServiceChanged(id);
    }
    updateActions();
    updateProgress();
}

void ServicesView::updateActions()
{
    const ServiceSummary *s = currentService();
    m_scale->setEnabled(s && !s->global);
    m_updateImage->setEnabled(s != nullptr);
    m_rollback->setEnabled(s && s->hasPreviousSpec);
    m_remove->setEnabled(s != nullptr);
}

QString ServicesView::progressText() const
{
    return m_progressLabel->text();
}

void ServicesView::updateProgress()
{
    const ServiceSummary *s = currentService();
    if (!s || s->updateState.isEmpty() || s->updateState.endsWith(u"completed"_s)) {
        m_progressLabel->clear();
        m_progressLabel->hide();
        m_progress->hide();
        return;
    }
    int done = 0;
    for (const TaskSummary &t : m_taskModel->tasks()) {
        if (t.desiredState == u"running"_s && t.state == u"running"_s && t.image == s->image)
            ++done;
    }
    const int total = std::max(s->desired, 1);
    const bool rollingBack = s->updateState.startsWith(u"rollback"_s);
    QString text = rollingBack ? tr("Rolling back to %1: %2 of %3 tasks")
                               : tr("Updating to %1: %2 of %3 tasks");
    text = text.arg(s->image).arg(std::min(done, total)).arg(total);
    if (s->updateState.endsWith(u"paused"_s))
        text = tr("Update paused: %1").arg(s->updateMessage);
    m_progressLabel->setText(text);
    m_progressLabel->setStyleSheet(
        s->updateState.endsWith(u"paused"_s)
            ? StatusColors::textStyleSheet(StatusColors::Error, palette())
            : QString());
    m_progress->setRange(0, total);
    m_progress->setValue(std::min(done, total));
    m_progressLabel->show();
    m_progress->setVisible(!s->updateState.endsWith(u"paused"_s));
}

void ServicesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    emit visibilityChanged(true);
}

void ServicesView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    emit visibilityChanged(false);
}

} // namespace gantry
