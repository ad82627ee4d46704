#include "swarm/ServiceTabs.h"

#include "swarm/ServiceActions.h"
#include "swarm/ServiceModel.h"
#include "swarm/ServiceRefresher.h"
#include "swarm/ServicesView.h"
#include "swarm/StacksView.h"
#include "swarm/TaskModel.h"

namespace gantry {

ServiceTabs::ServiceTabs(DockerClient *client, ActionRunner *runner, CommandLog *log,
                         QObject *parent)
    : QObject(parent)
    , m_refresher(new ServiceRefresher(client, this))
{
    auto *services = new ServiceModel(ServiceModel::Grouping::Flat, this);
    auto *stacks = new ServiceModel(ServiceModel::Grouping::ByStack, this);
    auto *tasks = new TaskModel(this);
    m_refresher->addServiceModel(services);
    m_refresher->addServiceModel(stacks);
    m_refresher->setTaskModel(tasks);
    m_services = new ServicesView(services, tasks, client);
    new ServiceActions(m_services, runner, m_refresher, m_services);
    m_stacks = new StacksView(stacks, client, log);
    connect(m_stacks, &StacksView::changed, m_refresher, [this] { m_refresher->refresh(); });
}

} // namespace gantry
