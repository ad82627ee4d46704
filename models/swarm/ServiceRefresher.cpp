#include "swarm/ServiceRefresher.h"

#include "api/DockerClient.h"
#include "swarm/ServiceModel.h"
#include "swarm/TaskModel.h"

using namespace Qt::StringLiterals;

namespace gantry {

ServiceRefresher::ServiceRefresher(DockerClient *client, QObject *parent)
    : LiveRefresher(client, All, parent)
{
    // Running counts change with no service event: the services are polled with the tasks.
    connect(&m_taskPoll, &QTimer::timeout, this, [this] { refreshBits(Tasks | Services); });
}

void ServiceRefresher::addServiceModel(ServiceModel *model)
{
    m_services.append(model);
}

int ServiceRefresher::affectedBy(const EngineEvent &event)
{
    if (event.type == u"service"_s)
        return Services | Tasks;
    if (event.type == u"node"_s)
        return Nodes | Tasks;
    return 0;
}

void ServiceRefresher::setTaskService(const QString &serviceId)
{
    if (serviceId == m_taskService)
        return;
    m_taskService = serviceId;
    if (m_tasks)
        m_tasks->clear();
    if (!serviceId.isEmpty())
        refreshBits(Tasks);
    updateTaskPolling();
}

void ServiceRefresher::setVisible(bool visible)
{
    m_visible = visible;
    setActive(visible);
    if (visible && isRunning())
        refreshBits(All);
    updateTaskPolling();
}

bool ServiceRefresher::anyUpdating() const
{
    if (m_services.isEmpty())
        return false;
    for (const ServiceSummary &s : m_services.first()->services()) {
        if (s.isUpdating())
            return true;
    }
    return false;
}

void ServiceRefresher::updateTaskPolling()
{
    const bool updating = anyUpdating(); // the chosen service's update among them
    const bool poll = m_visible && isRunning() && (!m_taskService.isEmpty() || updating);
    if (!poll) {
        m_taskPoll.stop();
        return;
    }
    const int interval = updating ? kUpdatingPollMs : kIdlePollMs;
    if (!m_taskPoll.isActive() || m_taskPoll.interval() != interval)
        m_taskPoll.start(interval);
}

void ServiceRefresher::list(int resource)
{
    switch (resource) {
    case Services:
        listServices(client(), this, [this](Result<QList<ServiceSummary>> r) {
            if (r) {
                for (ServiceModel *m : std::as_const(m_services))
                    m->setServices(r.value());
                updateTaskPolling();
                emit servicesListed();
            }
            listed(Services, r ? EngineError() : r.error());
        });
        break;
    case Tasks:
        if (!m_tasks || m_taskService.isEmpty()) {
            listed(Tasks, {});
            break;
        }
        listTasks(client(), m_taskService, this,
                  [this, id = m_taskService](Result<QList<TaskSummary>> r) {
                      if (r && id == m_taskService) {
                          m_tasks->setTasks(r.value());
                          // A task started or stopped: the service's running count is stale.
                          const ServiceSummary *s =
                              m_services.isEmpty() ? nullptr : m_services.first()->serviceById(id);
                          if (s && s->running != m_tasks->runningCount())
                              refreshBits(Services);
                      }
                      listed(Tasks, r ? EngineError() : r.error());
                  });
        break;
    default:
        listNodeNames(client(), this, [this](Result<QHash<QString, QString>> r) {
            if (r && m_tasks)
                m_tasks->setNodeNames(r.value());
            listed(Nodes, r ? EngineError() : r.error());
        });
        break;
    }
}

} // namespace gantry
