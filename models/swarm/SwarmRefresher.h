#pragma once

#include "live/LiveRefresher.h"
#include "swarm/SwarmCluster.h"

#include <functional>
#include <optional>

namespace gantry {

class NodeModel;
class SwarmObjectModel;

// Keeps the swarm's models live (see LiveRefresher): what this engine is in the swarm (/info),
// the cluster and its join tokens (/swarm), the nodes, secrets and configs. Node, secret and
// config events re-list what they touch. The cluster, nodes, secrets and configs are listed
// only on a manager (others answer 503); anywhere else they are emptied.
class SwarmRefresher : public LiveRefresher {
    Q_OBJECT
public:
    enum Resource {
        Membership = 0x1,
        Cluster = 0x2,
        Nodes = 0x4,
        Secrets = 0x8,
        Configs = 0x10,
        All = Membership | Cluster | Nodes | Secrets | Configs
    };
    Q_DECLARE_FLAGS(Resources, Resource)

    SwarmRefresher(DockerClient *client, NodeModel *nodes, SwarmObjectModel *secrets,
                   SwarmObjectModel *configs, QObject *parent = nullptr);

    void refresh(Resources what = All) { refreshBits(int(what)); }
    int listingCount(Resource what) const { return listingsOf(what); }

    // Known once /info answered.
    std::optional<SwarmMembership> membership() const { return m_membership; }
    // Known on a manager once /swarm answered.
    std::optional<SwarmCluster> cluster() const { return m_cluster; }
    // The names listed last, sorted (what leaving the swarm as its last manager loses).
    QStringList secretNames() const;
    QStringList configNames() const;

    static Resources affectedBy(const EngineEvent &event);

    // GET /nodes/{id}: the node as it is now (its version index changes often), for an
    // update made on its current spec, as `docker node update` reads before it writes.
    void inspectNode(const QString &id, QObject *context,
                     std::function<void(gantry::Result<gantry::SwarmNode>)> done);

signals:
    void membershipChanged(const gantry::SwarmMembership &membership);
    void clusterChanged();

protected:
    int affected(const EngineEvent &event) const override { return int(affectedBy(event)); }
    void list(int resource) override;

private:
    bool isManager() const { return m_membership && m_membership->manager; }

    NodeModel *m_nodes;
    SwarmObjectModel *m_secrets;
    SwarmObjectModel *m_configs;
    std::optional<SwarmMembership> m_membership;
    std::optional<SwarmCluster> m_cluster;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SwarmRefresher::Resources)

} // namespace gantry
