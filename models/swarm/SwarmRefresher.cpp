#include "swarm/SwarmRefresher.h"

#include "api/DockerClient.h"
#include "swarm/NodeModel.h"

using namespace Qt::StringLiterals;

namespace gantry {

SwarmRefresher::SwarmRefresher(DockerClient *client, NodeModel *nodes, SwarmObjectModel *secrets,
                               SwarmObjectModel *configs, QObject *parent)
    : LiveRefresher(client, All, parent)
    , m_nodes(nodes)
    , m_secrets(secrets)
    , m_configs(configs)
{
}

SwarmRefresher::Resources SwarmRefresher::affectedBy(const EngineEvent &e)
{
    if (e.type == u"node"_s)
        // A node promoted, demoted or gone may be this one: what it may do changes too.
        return Nodes | Membership;
    if (e.type == u"secret"_s)
        return Secrets;
    if (e.type == u"config"_s)
        return Configs;
    return {};
}

void SwarmRefresher::inspectNode(const QString &id, QObject *context,
                                 std::function<void(Result<SwarmNode>)> done)
{
    client()->fetch<SwarmNode>(Request{.path = u"/nodes/"_s + pathSegment(id)}, context,
                               &parse::swarmNode, std::move(done));
}

void SwarmRefresher::list(int resource)
{
    if (resource == Membership) {
        Request r;
        r.path = u"/info"_s;
        Reply *reply = client()->send(r);
        connect(reply, &Reply::finished, this, [this, reply] {
            if (reply->error().isError())
                return listed(Membership, reply->error());
            const Result<SwarmMembership> m = parse::swarmMembership(reply->body());
            if (!m)
                return listed(Membership, m.error());
            const bool changed = !m_membership || !(*m_membership == m.value());
            const bool wasManager = isManager();
            m_membership = m.value();
            listed(Membership, {});
            if (changed)
                emit membershipChanged(m.value());
            if (isManager() != wasManager)
                refresh(Cluster | Nodes | Secrets | Configs);
        });
        return;
    }
    if (!isManager()) {
        // Not a manager (or not known yet): nothing to list, nothing to show.
        switch (resource) {
        case Cluster:
            if (m_cluster) {
                m_cluster.reset();
                emit clusterChanged();
            }
            break;
        case Nodes: m_nodes->setNodes({}); break;
        case Secrets: m_secrets->setObjects({}); break;
        default: m_configs->setObjects({}); break;
        }
        listed(resource, {});
        return;
    }
    Request r;
    switch (resource) {
    case Cluster: r.path = u"/swarm"_s; break;
    case Nodes: r.path = u"/nodes"_s; break;
    case Secrets: r.path = u"/secrets"_s; break;
    default: r.path = u"/configs"_s; break;
    }
    Reply *reply = client()->send(r);
    connect(reply, &Reply::finished, this, [this, reply, resource] {
        if (reply->error().isError()) {
            // 503: no longer a manager; the membership says what it is now.
            if (reply->error().kind() == EngineError::Kind::ServerError)
                refresh(Membership);
            return listed(resource, reply->error());
        }
        const QByteArray body = reply->body();
        EngineError error;
        switch (resource) {
        case Cluster: {
            Result<SwarmCluster> c = parse::swarmCluster(body);
            if (c) {
                m_cluster = c.value();
                emit clusterChanged();
            } else {
                error = c.error();
            }
            break;
        }
        case Nodes: {
            Result<QList<SwarmNode>> n = parse::swarmNodes(body);
            if (n)
                m_nodes->setNodes(n.value());
            else
                error = n.error();
            break;
        }
        default: {
            Result<QList<SwarmObject>> o = parse::swarmObjects(body);
            if (o)
                (resource == Secrets ? m_secrets : m_configs)->setObjects(o.value());
            else
                error = o.error();
            break;
        }
        }
        listed(resource, error);
    });
}

namespace {

QStringList namesIn(const SwarmObjectModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(SwarmObjectModel::NameRole).toString();
    names.sort();
    return names;
}

} // namespace

QStringList SwarmRefresher::secretNames() const
{
    return namesIn(m_secrets);
}

QStringList SwarmRefresher::configNames() const
{
    return namesIn(m_configs);
}

} // namespace gantry
