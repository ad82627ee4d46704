#pragma once

#include "core/ApiVersion.h"
#include "core/Types.h"
#include "specs/ActionSpecs.h"

#include <QCoreApplication>
#include <QStringList>

// The volume and network actions, as values with their API request and their `docker`
// command line (see ActionSpecs.h).
namespace gantry {

// docker volume create [--driver D] [--label k=v]... [NAME]
struct VolumeCreateSpec {
    QString name; // empty: the engine generates one (64 hex digits)
    QString driver = QStringLiteral("local");
    Labels labels;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {name, request(), commandLine()}; }

    // The engine's rule for a volume name: [a-zA-Z0-9][a-zA-Z0-9_.-]+ (so two characters
    // at least). An empty name is fine too: the engine makes one up.
    static bool isValidName(const QString &name);
};

// docker volume rm [-f] NAME
struct VolumeRemoveSpec {
    QString name;
    bool force = false; // ignores a missing volume; a volume in use is refused all the same

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {name, request(), commandLine()}; }
};

// docker volume prune -f [-a]: removes the volumes no container uses (running or not).
// Up to API 1.41 (Docker 20.10) the engine prunes every unused local volume; from 1.42 only
// the anonymous ones, unless asked for all (the filter all=true, `docker volume prune -a`).
struct VolumePruneSpec {
    Q_DECLARE_TR_FUNCTIONS(VolumePruneSpec)

public:
    ApiVersion apiVersion = ApiVersion::baseline(); // of the engine it is sent to
    bool all = true;                                // named volumes too, not only anonymous ones

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {tr("unused volumes"), request(), commandLine()}; }
};

// docker network create [--driver D] [--subnet CIDR] [--internal] [--attachable]
//                       [--label k=v]... NAME
struct NetworkCreateSpec {
    QString name;
    QString driver = QStringLiteral("bridge");
    QString subnet; // CIDR, empty: the engine picks one
    bool internal = false;
    bool attachable = false;
    Labels labels;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {name, request(), commandLine()}; }

    // What the dialog accepts for a name: [a-zA-Z0-9][a-zA-Z0-9_.-]*.
    static bool isValidName(const QString &name);
    // An IPv4 or IPv6 network in CIDR notation with no host bits set: 172.30.0.0/16, fd00::/64.
    static bool isValidSubnet(const QString &cidr);
    // For a CIDR with host bits set (172.30.0.1/16), the network it stands for
    // (172.30.0.0/16); empty when `cidr` is not an address/prefix at all.
    static QString networkOf(const QString &cidr);
};

// docker network rm NETWORK
struct NetworkRemoveSpec {
    QString network; // name or ID

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {network, request(), commandLine()}; }

    // bridge, host and none: the engine refuses to remove them (403).
    static bool isPredefined(const QString &name);
};

// docker network connect NETWORK CONTAINER
struct NetworkConnectSpec {
    QString network;   // name or ID
    QString container; // name or ID

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {container, request(), commandLine()}; }
};

// docker network disconnect [-f] NETWORK CONTAINER
struct NetworkDisconnectSpec {
    QString network;
    QString container;
    bool force = false;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {container, request(), commandLine()}; }
};

} // namespace gantry
