#pragma once

#include <QObject>

namespace gantry {

class ActionRunner;
class CommandLog;
class DockerClient;
class ServiceRefresher;
class ServicesView;
class StacksView;

// The Services and Stacks tabs with what keeps them live and acts on them, made together
// for the swarm page: the service models (flat, and grouped by stack), the chosen service's
// tasks, one refresher for all of them, the service actions.
class ServiceTabs : public QObject {
    Q_OBJECT
public:
    ServiceTabs(DockerClient *client, ActionRunner *runner, CommandLog *log,
                QObject *parent = nullptr);

    ServicesView *servicesView() const { return m_services; }
    StacksView *stacksView() const { return m_stacks; }
    ServiceRefresher *refresher() const { return m_refresher; }

private:
    ServiceRefresher *m_refresher;
    ServicesView *m_services;
    StacksView *m_stacks;
};

} // namespace gantry
