#include "networks/NetworksPage.h"

#include "listings/NetworkModel.h"
#include "specs/VolumeNetworkSpecs.h"

#include <QAction>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
// Networks a container cannot join or leave: the host's own stack and no network at all.
bool isHostOrNone(const NetworksPage::Selected &n)
{
    return n.driver == u"host"_s || n.driver == u"null"_s;
}
} // namespace

NetworksPage::NetworksPage(NetworkModel *model, QWidget *parent)
    : NamedListPage({tr("Networks"), u"Network"_s, NetworkModel::NameColumn, NetworkModel::SortRole,
                     tr("Create a network (docker network create)"),
                     tr("Show the selected network in the details (docker network inspect)"),
                     tr("Remove the selected networks (docker network rm)")},
                    model, parent)
    , m_model(model)
{
    view()->setColumnWidth(NetworkModel::NameColumn, 200);
    view()->setColumnWidth(NetworkModel::DriverColumn, 90);
    view()->setColumnWidth(NetworkModel::ScopeColumn, 70);
    view()->setColumnWidth(NetworkModel::SubnetColumn, 150);
    view()->setColumnWidth(NetworkModel::InternalColumn, 70);

    m_connect =
        addAction(u"connectContainerAction"_s, tr("Connect container…"), QKeySequence(),
                  tr("Attach a container to the selected network (docker network connect)"));
    m_disconnect =
        addAction(u"disconnectContainerAction"_s, tr("Disconnect container…"), QKeySequence(),
                  tr("Detach a container from the selected network (docker network disconnect)"));
    connect(m_connect, &QAction::triggered, this, &NetworksPage::connectRequested);
    connect(m_disconnect, &QAction::triggered, this, &NetworksPage::disconnectRequested);
    setEmptyTexts(tr("No networks. Create one (%1) to let containers reach each other by name.")
                      .arg(m_create->shortcut().toString(QKeySequence::NativeText)));
    updateActions();
}

QString NetworksPage::keyOf(const QModelIndex &sourceIndex) const
{
    const NetworkSummary *n = m_model->network(sourceIndex);
    return n ? n->id : QString();
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
    NamedListPage::updateActions();
    const QList<Selected> selected = selectedNetworks();
    const bool one = selected.size() == 1;
    m_connect->setEnabled(one && !isHostOrNone(selected.first()));
    m_disconnect->setEnabled(one && !isHostOrNone(selected.first()) &&
                             !selected.first().containers.isEmpty());
}

} // namespace gantry
