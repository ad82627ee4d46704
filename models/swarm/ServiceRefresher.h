#pragma once

#include "live/LiveRefresher.h"

#include <QList>
#include <QTimer>

namespace gantry {

class ServiceModel;
class TaskModel;

// Keeps the service models and the task model of the chosen service live (see
// LiveRefresher): service events re-list the services and the tasks, node events the node
// names. Tasks have no events: they are polled, with the services (whose running counts
// change with no event either), only while visible and a service is chosen or one updates:
// every kUpdatingPollMs while one updates or rolls back (the update's progress), else every
// kIdlePollMs. A task listing whose running count differs from its service's re-lists them.
class ServiceRefresher : public LiveRefresher {
    Q_OBJECT
public:
    enum Resource { Services = 0x1, Tasks = 0x2, Nodes = 0x4, All = Services | Tasks | Nodes };
    static constexpr int kUpdatingPollMs = 1000;
    static constexpr int kIdlePollMs = 5000;

    ServiceRefresher(DockerClient *client, QObject *parent = nullptr);

    void addServiceModel(ServiceModel *model);
    void setTaskModel(TaskModel *model) { m_tasks = model; }
    // The service whose tasks are shown; empty: none (the task model is cleared).
    void setTaskService(const QString &serviceId);
    const QString &taskService() const { return m_taskService; }
    // The tab is visible: polling only then.
    void setVisible(bool visible);

    void refresh(int what = All) { refreshBits(what); }
    int listingCount(Resource what) const { return listingsOf(what); }
    bool isTaskPolling() const { return m_taskPoll.isActive(); }

    static int affectedBy(const EngineEvent &event);

signals:
    void servicesListed();

protected:
    int affected(const EngineEvent &event) const override { return affectedBy(event); }
    void list(int resource) override;

private:
    void updateTaskPolling();
    bool anyUpdating() const;

    QList<ServiceModel *> m_services;
    TaskModel *m_tasks = nullptr;
    QString m_taskService;
    bool m_visible = true;
    QTimer m_taskPoll;
};

} // namespace gantry
