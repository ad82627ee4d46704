#include "networks/NetworksPage.h"

#include "listings/NetworkModel.h"
#include "specs/VolumeNetworkSpecs.h"

#include <QAction>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
QSortFilterProxyModel *makeProxy()
{
    auto *proxy = new QSortFilterProxyModel;
    proxy->setFilterKeyColumn(NetworkModel::NameColumn);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(NetworkModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

// Networks a container cannot join or leave: the host's own stack and no network at all.
bool isHostOrNone(const NetworksPage::Selected &n)
{
    return n.driver == u"host"_s || n.driver == u"null"_s;
}
} // namespace

NetworksPage::NetworksPage(NetworkModel *model, QWidget *parent)
    : ResourcePage(tr("Networks"), makeProxy(), parent)
    , m_model(model)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(view()->model());
    proxy->setParent(this);
    proxy->setSourceModel(model);
    filterField()->setPlaceholderText(tr("Filter by name…"));
    connect(filterField(), &QLineEdit::textChanged, proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    view()->setRootIsDecorated(false);
    view()->sortByColumn(NetworkModel::NameColumn, Qt::AscendingOrder);
    view()->setColumnWidth(NetworkModel::NameColumn, 200);
    view()->setColumnWidth(NetworkModel::DriverColumn, 90);
    view()->setColumnWidth(NetworkModel::ScopeColumn, 70);
    view()->setColumnWidth(NetworkModel::SubnetColumn, 150);
    view()->setColumnWidth(NetworkModel::InternalColumn, 70);

    m_create = addAction(u"createNetworkAction"_s, tr("Create…"), QKeySequence(u"Ctrl+N"_s),
                         tr("Create a network (docker network create)"));
    m_inspect = addAction(u"inspectNetworkAction"_s, tr("Inspect"), QKeySequence(u"Ctrl+I"_s),
                          tr("Show the selected network in the details (docker network inspect)"));
    m_remove = addAction(u"removeNetworkAction"_s, tr("Remove"), QKeySequence(QKeySequence::Delete),
                         tr("Remove the selected networks (docker network rm)"));
    m_connect =
        addAction(u"connectContainerAction"_s, tr("Connect container…"), QKeySequence(),
                  tr("Attach a container to the selected network (docker network connect)"));
    m_disconnect =
        addAction(u"disconnectContainerAction"_s, tr("Disconnect container…"), QKeySequence(),
                  tr("Detach a container from the selected network (docker network disconnect)"));
    connect(m_create, &QAction::triggered, this, &NetworksPage::createRequested);
    connect(m_remove, &QAction::triggered, this, &NetworksPage::removeRequested);
    connect(m_connect, &QAction::triggered, this, &NetworksPage::connectRequested);
    connect(m_disconnect, &QAction::triggered, this, &NetworksPage::disconnectRequested);
    connect(m_inspect, &QAction::triggered, this, [this] {
        const QList<Selected> selected = selectedNetworks();
        if (!selected.isEmpty())
            emit inspectRequested(selected.first().id);
    });
    connect(this, &ResourcePage::currentChanged, this, [this](const QModelIndex &i) {
        if (const NetworkSummary *n = m_model->network(i))
            emit inspectRequested(n->id);
    });
    connect(this, &ResourcePage::selectionChanged, this, &NetworksPage::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &NetworksPage::updateActions);
    updateActions();
}

QList<NetworksPage::Selected> NetworksPage::selectedNetworks() const
{
    QList<Selected> out;
    for (const QModelIndex &i : selectedSourceRows()) {
        if (const NetworkSummary *n = m_model->network(i))
            out.append({n->id, n->name, n->driver,
                        i.data(NetworkModel::ContainersRole).toStringList(),
                        NetworkRemoveSpec::isPredefined(n->name)});
    }
    return out;
}

void NetworksPage::updateActions()
{
    const QList<Selected> selected = selectedNetworks();
    const bool one = selected.size() == 1;
    m_inspect->setEnabled(!selected.isEmpty());
    m_remove->setEnabled(!selected.isEmpty());
    m_connect->setEnabled(one && !isHostOrNone(selected.first()));
    m_disconnect->setEnabled(one && !isHostOrNone(selected.first()) &&
                             !selected.first().containers.isEmpty());
}

} // namespace gantry
