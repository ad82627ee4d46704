#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "swarm/ServiceSpecs.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <functional>

namespace gantry {

class DockerClient;
class Reply;

inline const QString StackNamespaceLabel = QStringLiteral("com.docker.stack.namespace");

// One row of GET /services?status=true.
struct ServiceSummary {
    QString id;
    QString name;
    QString image; // without a digest
    bool global = false;
    int desired = 0;       // replicas wanted (global: ServiceStatus.DesiredTasks)
    int running = 0;       // ServiceStatus.RunningTasks
    QStringList ports;     // "8080:80/tcp"
    QString stack;         // com.docker.stack.namespace, empty when none
    QString updateState;   // UpdateStatus.State: updating, paused, completed, rollback_...
    QString updateMessage; // UpdateStatus.Message
    quint64 version = 0;
    QJsonObject spec;
    bool hasPreviousSpec = false; // something to roll back to
    friend bool operator==(const ServiceSummary &, const ServiceSummary &) = default;

    ServiceRef ref() const { return {id, name, version, spec}; }
    // An update or rollback is under way: poll its tasks.
    bool isUpdating() const;
};

// One row of GET /tasks?filters={"service":[ID]}.
struct TaskSummary {
    QString id;
    QString serviceId;
    int slot = 0; // 0 for a global service's tasks
    QString nodeId;
    QString desiredState; // running, shutdown, ...
    QString state;        // Status.State
    QString message;      // Status.Message
    QString error;        // Status.Err
    QString containerId;
    QString image;
    QDateTime timestamp; // Status.Timestamp
    friend bool operator==(const TaskSummary &, const TaskSummary &) = default;

    bool isFailed() const { return state == u"failed" || state == u"rejected"; }
};

Result<QList<ServiceSummary>> parseServices(const QByteArray &json);
Result<QList<TaskSummary>> parseTasks(const QByteArray &json);
// GET /nodes: node ID -> hostname.
Result<QHash<QString, QString>> parseNodeNames(const QByteArray &json);

// The calls (DockerClient::send underneath); each calls back once unless `context` goes.
Reply *listServices(DockerClient *client, QObject *context,
                    std::function<void(Result<QList<ServiceSummary>>)> done);
// serviceId empty: every task.
Reply *listTasks(DockerClient *client, const QString &serviceId, QObject *context,
                 std::function<void(Result<QList<TaskSummary>>)> done);
Reply *listNodeNames(DockerClient *client, QObject *context,
                     std::function<void(Result<QHash<QString, QString>>)> done);

} // namespace gantry

Q_DECLARE_METATYPE(gantry::ServiceSummary)
Q_DECLARE_METATYPE(gantry::TaskSummary)
