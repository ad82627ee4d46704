#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The swarm as the engine describes it: this node's place in it (/info's Swarm section), the
// cluster (/swarm), its nodes (/nodes), secrets (/secrets) and configs (/configs).
namespace gantry {

// /info's Swarm section: what this engine is in the swarm.
struct SwarmMembership {
    enum class State { Inactive, Pending, Active, Error, Locked };
    State state = State::Inactive;
    bool manager = false; // ControlAvailable: this node can manage the swarm
    QString nodeId;
    QString nodeAddress;
    QString managerAddress; // host:port to join through: this node's, if a manager, else one known
    QString clusterId;
    QString error; // the engine's own words when state is Error
    int nodes = 0;
    int managers = 0;
    friend bool operator==(const SwarmMembership &, const SwarmMembership &) = default;
};

// GET /swarm (managers only): what rotating a token needs (the version and the spec sent
// back as they are) and the join tokens.
struct SwarmCluster {
    QString id;
    qint64 version = 0;
    QJsonObject spec;
    QString workerToken;
    QString managerToken;
    QDateTime created;
};

struct SwarmNode {
    QString id;
    qint64 version = 0;
    QJsonObject spec; // sent back, changed, by node updates
    QString hostname;
    QString role;         // manager, worker
    QString availability; // active, pause, drain
    QString state;        // ready, down, unknown, disconnected
    QString address;
    QString engineVersion;
    QString managerReachability; // empty for a worker
    bool leader = false;
    Labels labels;
    friend bool operator==(const SwarmNode &, const SwarmNode &) = default;
};

// A secret or a config: the listing never carries a secret's value (the engine does not give
// it back); a config's data is not kept either.
struct SwarmObject {
    QString id;
    QString name;
    qint64 version = 0;
    QDateTime created;
    QDateTime updated;
    Labels labels;
    friend bool operator==(const SwarmObject &, const SwarmObject &) = default;
};

namespace parse {

// The Swarm section of GET /info.
Result<SwarmMembership> swarmMembership(const QByteArray &infoJson);
SwarmMembership swarmMembership(const QJsonObject &info);
Result<SwarmCluster> swarmCluster(const QByteArray &json);
Result<QList<SwarmNode>> swarmNodes(const QByteArray &json);
// GET /nodes/{id}: one node.
Result<SwarmNode> swarmNode(const QByteArray &json);
// /secrets and /configs have the same shape (ID, Version, CreatedAt, UpdatedAt, Spec.Name).
Result<QList<SwarmObject>> swarmObjects(const QByteArray &json);

} // namespace parse

} // namespace gantry
