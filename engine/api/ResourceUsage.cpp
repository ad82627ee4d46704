#include "api/ResourceUsage.h"

#include "api/ParseSupport.h"
#include "api/Parsers.h"
#include "core/Format.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// The answer of `request`, parsed, to `done` on `context`'s thread (as DockerClient does).
template <typename T, typename Parse>
Reply *fetch(DockerClient *client, const QString &path, QObject *context, Parse parse,
             Callback<T> done)
{
    Request r;
    r.path = path;
    Reply *reply = client->send(r);
    QObject::connect(reply, &Reply::finished, context ? context : client, [reply, parse, done] {
        if (reply->error().isError())
            done(Result<T>(reply->error()));
        else
            done(parse(reply->body()));
    });
    return reply;
}

} // namespace

bool ContainerUsage::usesNetwork(const QString &networkId, const QString &networkName) const
{
    for (const Network &n : networks) {
        if (!n.id.isEmpty() && n.id != n.name) {
            if (n.id == networkId)
                return true;
            continue;
        }
        // No ID, or Podman's: its NetworkID holds the network's name, and its default
        // network, listed as "bridge", is "podman" in the container listing.
        if (n.name == networkName || (networkName == u"bridge"_s && n.name == u"podman"_s))
            return true;
    }
    return false;
}

Result<QList<ContainerUsage>> parse::containerUsage(const QByteArray &json)
{
    return list<ContainerUsage>(json, "Id", [](const QJsonObject &o) {
        ContainerUsage u;
        u.id = o.value("Id"_L1).toString();
        u.name = o.value("Names"_L1).toArray().first().toString();
        if (u.name.startsWith(u'/'))
            u.name.remove(0, 1);
        if (u.name.isEmpty())
            u.name = shortId(u.id);
        u.state = ContainerState::parse(o.value("State"_L1).toString());
        for (const QJsonValue &m : o.value("Mounts"_L1).toArray()) {
            const QJsonObject mo = m.toObject();
            const QString name = mo.value("Name"_L1).toString();
            if (mo.value("Type"_L1).toString() == u"volume"_s && !name.isEmpty() &&
                !u.volumes.contains(name))
                u.volumes.append(name);
        }
        const QJsonObject nets =
            o.value("NetworkSettings"_L1).toObject().value("Networks"_L1).toObject();
        for (auto it = nets.begin(); it != nets.end(); ++it)
            u.networks.append({it.key(), it.value().toObject().value("NetworkID"_L1).toString()});
        return u;
    });
}

Reply *listContainerUsage(DockerClient *client, QObject *context,
                          Callback<QList<ContainerUsage>> done)
{
    return fetch<QList<ContainerUsage>>(client, u"/containers/json?all=1"_s, context,
                                        &parse::containerUsage, std::move(done));
}

Reply *inspectVolume(DockerClient *client, const QString &name, QObject *context,
                     Callback<QJsonObject> done)
{
    return fetch<QJsonObject>(client, u"/volumes/"_s + pathSegment(name), context, &parse::object,
                              std::move(done));
}

Reply *inspectNetwork(DockerClient *client, const QString &idOrName, QObject *context,
                      Callback<QJsonObject> done)
{
    return fetch<QJsonObject>(client, u"/networks/"_s + pathSegment(idOrName), context,
                              &parse::object, std::move(done));
}

} // namespace gantry
