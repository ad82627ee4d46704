#pragma once

#include "api/DockerClient.h"
#include "core/ContainerState.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What each container uses of the volumes and networks, from the container listing
// (GET /containers/json?all=1 carries Mounts and NetworkSettings.Networks). The network
// listing leaves out the containers since API 1.28, and a volume has no user list at all.
namespace gantry {

struct ContainerUsage {
    struct Network {
        QString name;
        QString id; // empty for a container that never started
        friend bool operator==(const Network &, const Network &) = default;
    };
    QString id;
    QString name; // without the leading '/'
    ContainerState state;
    QStringList volumes; // names of the volumes it mounts (Type "volume")
    QList<Network> networks;
    friend bool operator==(const ContainerUsage &, const ContainerUsage &) = default;

    // Whether it is attached to that network: by ID, or by name when the engine gave none.
    bool usesNetwork(const QString &networkId, const QString &networkName) const;
};

namespace parse {
Result<QList<ContainerUsage>> containerUsage(const QByteArray &json);
}

// GET /containers/json?all=1, read for its mounts and networks.
Reply *listContainerUsage(DockerClient *client, QObject *context,
                          Callback<QList<ContainerUsage>> done);
// GET /volumes/{name}: docker volume inspect.
Reply *inspectVolume(DockerClient *client, const QString &name, QObject *context,
                     Callback<QJsonObject> done);
// GET /networks/{id}: docker network inspect (with the containers that have an endpoint).
Reply *inspectNetwork(DockerClient *client, const QString &idOrName, QObject *context,
                      Callback<QJsonObject> done);

} // namespace gantry
