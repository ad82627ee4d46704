#include "swarm/SwarmCluster.h"

#include "api/ParseSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gantry::parse {

namespace {

qint64 versionOf(const QJsonObject &o)
{
    return qint64(o.value("Version"_L1).toObject().value("Index"_L1).toDouble());
}

} // namespace

SwarmMembership swarmMembership(const QJsonObject &info)
{
    const QJsonObject s = info.value("Swarm"_L1).toObject();
    SwarmMembership m;
    const QString state = s.value("LocalNodeState"_L1).toString();
    if (state == u"active"_s)
        m.state = SwarmMembership::State::Active;
    else if (state == u"pending"_s)
        m.state = SwarmMembership::State::Pending;
    else if (state == u"error"_s)
        m.state = SwarmMembership::State::Error;
    else if (state == u"locked"_s)
        m.state = SwarmMembership::State::Locked;
    m.manager = s.value("ControlAvailable"_L1).toBool();
    m.nodeId = s.value("NodeID"_L1).toString();
    m.nodeAddress = s.value("NodeAddr"_L1).toString();
    m.clusterId = s.value("Cluster"_L1).toObject().value("ID"_L1).toString();
    m.error = s.value("Error"_L1).toString();
    for (const QJsonValue &v : s.value("RemoteManagers"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        if (m.managerAddress.isEmpty() || r.value("NodeID"_L1).toString() == m.nodeId)
            m.managerAddress = r.value("Addr"_L1).toString();
    }
    m.nodes = s.value("Nodes"_L1).toInt();
    m.managers = s.value("Managers"_L1).toInt();
    return m;
}

Result<SwarmMembership> swarmMembership(const QByteArray &infoJson)
{
    const Result<QJsonObject> o = object(infoJson);
    if (!o)
        return o.error();
    return swarmMembership(o.value());
}

Result<SwarmCluster> swarmCluster(const QByteArray &json)
{
    const Result<QJsonObject> o = object(json);
    if (!o)
        return o.error();
    SwarmCluster c;
    c.id = o->value("ID"_L1).toString();
    c.version = versionOf(o.value());
    c.spec = o->value("Spec"_L1).toObject();
    const QJsonObject tokens = o->value("JoinTokens"_L1).toObject();
    c.workerToken = tokens.value("Worker"_L1).toString();
    c.managerToken = tokens.value("Manager"_L1).toString();
    c.created = fromRfc3339(o->value("CreatedAt"_L1));
    if (c.id.isEmpty() || c.version <= 0)
        return malformed(QCoreApplication::translate("Parse", "a swarm without ID or version"));
    return c;
}

namespace {

SwarmNode nodeOf(const QJsonObject &o)
{
    SwarmNode n;
    n.id = o.value("ID"_L1).toString();
    n.version = versionOf(o);
    n.spec = o.value("Spec"_L1).toObject();
    const QJsonObject d = o.value("Description"_L1).toObject();
    n.hostname = d.value("Hostname"_L1).toString();
    n.engineVersion = d.value("Engine"_L1).toObject().value("EngineVersion"_L1).toString();
    n.role = n.spec.value("Role"_L1).toString();
    n.availability = n.spec.value("Availability"_L1).toString();
    n.labels = labels(n.spec.value("Labels"_L1));
    const QJsonObject status = o.value("Status"_L1).toObject();
    n.state = status.value("State"_L1).toString();
    n.address = status.value("Addr"_L1).toString();
    const QJsonObject m = o.value("ManagerStatus"_L1).toObject();
    n.managerReachability = m.value("Reachability"_L1).toString();
    n.leader = m.value("Leader"_L1).toBool();
    return n;
}

} // namespace

Result<QList<SwarmNode>> swarmNodes(const QByteArray &json)
{
    return list<SwarmNode>(json, "ID", &nodeOf);
}

Result<SwarmNode> swarmNode(const QByteArray &json)
{
    const Result<QJsonObject> o = object(json);
    if (!o)
        return o.error();
    if (o->value("ID"_L1).toString().isEmpty())
        return malformed(QCoreApplication::translate("Parse", "an entry without %1").arg(u"ID"_s));
    return nodeOf(o.value());
}

Result<QList<SwarmObject>> swarmObjects(const QByteArray &json)
{
    return list<SwarmObject>(json, "ID", [](const QJsonObject &o) {
        SwarmObject s;
        s.id = o.value("ID"_L1).toString();
        s.version = versionOf(o);
        const QJsonObject spec = o.value("Spec"_L1).toObject();
        s.name = spec.value("Name"_L1).toString();
        s.labels = labels(spec.value("Labels"_L1));
        s.created = fromRfc3339(o.value("CreatedAt"_L1));
        s.updated = fromRfc3339(o.value("UpdatedAt"_L1));
        return s;
    });
}

} // namespace gantry::parse
