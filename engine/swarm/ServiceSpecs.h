#pragma once

#include "core/Types.h"
#include "specs/ActionSpecs.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// The swarm service actions, as values with their API request and their `docker service`
// command line (see specs/ActionSpecs.h). Images are never resolved against a registry:
// the lines carry --no-resolve-image and the requests never ask /distribution.
namespace gantry {

inline constexpr qint64 NanosPerSecond = 1000000000;

// --publish published=P,target=T[,protocol=udp][,mode=host]
struct ServicePort {
    int published = 0; // 0: the swarm picks one (30000+)
    int target = 0;
    QString protocol = QStringLiteral("tcp");
    QString mode = QStringLiteral("ingress"); // or host
    friend bool operator==(const ServicePort &, const ServicePort &) = default;

    // "8080:80", "8080:80/udp", "80" (published by the swarm); nullopt when invalid.
    static std::optional<ServicePort> parse(const QString &text);
    QString text() const;
};

// --mount type=volume|bind,source=S,target=T[,readonly]
struct ServiceMount {
    QString type = QStringLiteral("volume");
    QString source; // volume name or host path; empty: an anonymous volume
    QString target;
    bool readOnly = false;
    friend bool operator==(const ServiceMount &, const ServiceMount &) = default;

    // "name:/data", "/host:/data:ro", "/data"; a source starting with '/' is a bind.
    static std::optional<ServiceMount> parse(const QString &text);
};

// docker service create: everything the create dialog sets. The request's body is what the
// CLI sends for the same flags, its defaults included (restart, update and rollback
// config, stop grace period), so that both make the same service.
struct ServiceCreateSpec {
    QString name;
    QString image;
    QStringList args; // after the image
    bool global = false;
    int replicas = 1;
    QList<ServicePort> ports;
    QList<ServiceMount> mounts;
    QStringList env;                                  // KEY=VALUE
    QStringList constraints;                          // node.role==manager
    Labels labels;                                    // the service's
    Labels containerLabels;                           // --container-label
    QStringList networks;                             // names or IDs
    double cpus = 0;                                  // --limit-cpu, 0: none
    qint64 memoryBytes = 0;                           // --limit-memory, 0: none
    QString restartCondition = QStringLiteral("any"); // none, on-failure, any
    int restartMaxAttempts = 0;                       // 0: unlimited
    int updateParallelism = 1;
    int updateDelaySeconds = 0;
    QString updateOrder = QStringLiteral("stop-first");    // start-first
    QString updateFailureAction = QStringLiteral("pause"); // continue, rollback

    QJsonObject serviceSpec() const; // the body of POST /services/create
    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {name, request(), commandLine()}; }

    // Docker's service name rule: [a-zA-Z0-9][a-zA-Z0-9_.-]*, at most 63 characters.
    static bool isValidName(const QString &name);
    // node.role==manager, node.labels.x!=y: a key, == or !=, a value.
    static bool isValidConstraint(const QString &text);
};

// What the changes of an existing service start from: its ID, its name, the version the
// engine must still be at (optimistic locking), and its current Spec.
struct ServiceRef {
    QString id;
    QString name;
    quint64 version = 0;
    QJsonObject spec;
};

// docker service scale -d NAME=N
struct ServiceScaleSpec {
    ServiceRef service;
    int replicas = 1;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {service.name, request(), commandLine()}; }
};

// docker service update -d --no-resolve-image --image IMAGE NAME: a rolling update.
struct ServiceImageUpdateSpec {
    ServiceRef service;
    QString image;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {service.name, request(), commandLine()}; }
};

// docker service rollback -d NAME: back to the spec before the last update.
struct ServiceRollbackSpec {
    ServiceRef service;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {service.name, request(), commandLine()}; }
};

// docker service rm NAME
struct ServiceRemoveSpec {
    QString id;
    QString name;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {name.isEmpty() ? id : name, request(), commandLine()}; }
};

// Seconds as Go's time.Duration prints them for the CLI's flags: "10s", "1m30s".
QString goDurationSeconds(int seconds);

} // namespace gantry
