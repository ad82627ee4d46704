#include "swarm/StacksView.h"

#include "actions/CommandLog.h"
#include "specs/ActionSpecs.h"
#include "swarm/DeployStackDialog.h"
#include "swarm/ServiceModel.h"
#include "swarm/StackRunner.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

StacksView::StacksView(ServiceModel *stacks, DockerClient *client, CommandLog *log, QWidget *parent)
    : QWidget(parent)
    , m_model(stacks)
    , m_client(client)
    , m_log(log)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_banner(new MessageBanner)
    , m_runner(new StackRunner(client, this))
{
    setObjectName(u"stacksView"_s);
    setAccessibleName(tr("Stacks"));
    auto *bar = new QToolBar;
    bar->setObjectName(u"stacksToolBar"_s);
    bar->setAccessibleName(tr("Stack actions"));
    m_deploy = bar->addAction(tr("Deploy stack…"));
    m_deploy->setObjectName(u"deployStackAction"_s);
    m_deploy->setToolTip(tr("Deploy a compose file as a stack (docker stack deploy)"));
    m_remove = bar->addAction(tr("Remove stack…"));
    m_remove->setObjectName(u"removeStackAction"_s);
    m_remove->setToolTip(tr("Remove the stack's services, networks, secrets and configs "
                            "(docker stack rm)"));
    for (QAction *a : {m_deploy, m_remove}) {
        if (QWidget *button = bar->widgetForAction(a))
            button->setAccessibleName(a->text().remove(u'…'));
    }
    connect(m_deploy, &QAction::triggered, this, &StacksView::deploy);
    connect(m_remove, &QAction::triggered, this, &StacksView::removeCurrent);

    m_proxy->setSourceModel(stacks);
    m_proxy->setSortRole(ServiceModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(u"stacksTree"_s);
    m_view->setAccessibleName(tr("Stacks and their services"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServiceModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->resizeSection(ServiceModel::NameColumn, 220);
    m_view->header()->resizeSection(ServiceModel::ImageColumn, 220);
    connect(stacks, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_view->expandAll();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    m_banner->hide();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StacksView::updateActions);
    connect(stacks, &QAbstractItemModel::rowsRemoved, this, &StacksView::updateActions);
    connect(m_runner, &StackRunner::progress, this, [this](const QString &step) {
        m_banner->showMessage(MessageBanner::Level::Info, step);
    });
    updateActions();
}

QString StacksView::currentStack() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(ServiceModel::StackRole).toString() : QString();
}

void StacksView::updateActions()
{
    m_remove->setEnabled(!currentStack().isEmpty() && !m_runner->isRunning());
}

void StacksView::deploy()
{
    auto *dialog = new DeployStackDialog(m_client, m_log, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployStackDialog::deployed, this, &StacksView::changed);
    dialog->open();
}

void StacksView::removeCurrent()
{
    const QString stack = currentStack();
    if (stack.isEmpty() || m_runner->isRunning())
        return;
    // What goes is listed from the engine first (by the stack's label, as `docker stack rm`
    // finds it), so that the confirmation names every service, secret, config and network,
    // and exactly those go.
    // Either answer ends this listing's two connections: they share a context deleted then.
    auto *once = new QObject(this);
    connect(m_runner, &StackRunner::membersListed, once,
            [this, stack, once](const QList<StackMember> &members) {
                delete once;
                confirmRemoval(stack, members);
            });
    connect(m_runner, &StackRunner::finished, once, [this, stack, once](const EngineError &error) {
        // Only a failed listing ends here (a listing that succeeds says membersListed).
        delete once;
        m_banner->showMessage(
            MessageBanner::Level::Error,
            tr("The stack %1 could not be listed: %2").arg(stack, error.describe()));
        updateActions();
    });
    m_runner->listMembers(stack);
    updateActions();
}

void StacksView::confirmRemoval(const QString &stack, const QList<StackMember> &members)
{
    updateActions();
    QStringList items;
    for (const StackMember &m : members) {
        const QString kind = m.kind == u"services"_s  ? tr("service")
                             : m.kind == u"secrets"_s ? tr("secret")
                             : m.kind == u"configs"_s ? tr("config")
                                                      : tr("network");
        items << tr("%1 %2", "kind, name").arg(kind, m.name);
    }
    auto *dialog = new ConfirmDialog(
        tr("Remove stack"),
        tr("Remove the stack %1? These go; a secret's value cannot be recovered:").arg(stack),
        items, tr("Remove stack"), this);
    connect(dialog, &QDialog::accepted, this, [this, stack, members] {
        const quint64 handle =
            m_log ? m_log->append(shellJoin(StackPlan::removeCommandLine(stack))) : 0;
        connect(
            m_runner, &StackRunner::finished, this,
            [this, handle, stack](const EngineError &error) {
                if (m_log)
                    m_log->finish(handle, error);
                if (error.isError())
                    m_banner->showMessage(MessageBanner::Level::Error,
                                          tr("The stack %1 could not be removed entirely: %2")
                                              .arg(stack, error.describe()));
                else
                    m_banner->hide();
                updateActions();
                emit changed();
            },
            Qt::SingleShotConnection);
        m_runner->removeMembers(members);
        updateActions();
    });
    dialog->open();
}

} // namespace gantry
