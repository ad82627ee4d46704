#pragma once

#include "core/Types.h"
#include "specs/ActionSpecs.h"

#include <QJsonObject>
#include <QStringList>

// The swarm's own actions (init, join, leave, join tokens), the node updates, and secrets and
// configs: values with their API request and their `docker` command line (see ActionSpecs.h).
namespace gantry {

// docker swarm init --advertise-addr ADDR [--listen-addr ADDR:PORT]
struct SwarmInitSpec {
    QString advertiseAddress;                               // an address of this machine: 127.0.0.1
    QString listenAddress = QStringLiteral("0.0.0.0:2377"); // the CLI's default

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {advertiseAddress, request(), commandLine()}; }
};

// docker swarm join --token TOKEN [--listen-addr ADDR:PORT] [--advertise-addr ADDR] MANAGER
// Members without a default are initialised with {} so that designated initialisers may
// leave them out (gcc's -Wmissing-field-initializers).
struct SwarmJoinSpec {
    QString token{};
    QString managerAddress{}; // host:port of a manager (the port defaults to 2377)
    QString listenAddress = QStringLiteral("0.0.0.0:2377");
    QString advertiseAddress{}; // empty: the engine picks one

    Request request() const;
    // The token is a credential: the line (shown, logged) has only its prefix, SWMTKN-1-…,
    // unless revealToken (to run it).
    QStringList commandLine(bool revealToken = false) const;
    Action action() const { return {managerAddress, request(), commandLine()}; }

    // SWMTKN-1-<digest>-<secret>, as the engine checks it before trying to reach anyone.
    static bool isValidToken(const QString &token);
};

// docker swarm leave [--force]
struct SwarmLeaveSpec {
    bool force = false; // needed on a manager; the last manager's leaving ends the swarm

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {QStringLiteral("swarm"), request(), commandLine()}; }
};

// docker swarm join-token --rotate worker|manager: a new token, the old one refused from now.
struct SwarmRotateTokenSpec {
    bool manager = false;
    qint64 version = 0; // of the swarm, from GET /swarm
    QJsonObject spec;   // the swarm's spec, sent back unchanged

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {QStringLiteral("swarm"), request(), commandLine()}; }
};

// POST /nodes/{id}/update?version=N with the node's spec changed in one way:
//   docker node update --availability active|pause|drain NODE
//   docker node promote NODE / docker node demote NODE
//   docker node update --label-add k=v... --label-rm k... NODE
struct NodeUpdateSpec {
    enum class Change { Availability, Promote, Demote, Labels };
    Change change = Change::Availability;
    QString id;         // what both the request and the command line use (hostnames repeat)
    QString hostname;   // what the user sees
    qint64 version = 0; // the node's version index: a stale one is refused (the node changed)
    QJsonObject spec;   // the node's current spec
    QString availability;
    Labels addLabels;
    QStringList removeLabels;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {hostname.isEmpty() ? id : hostname, request(), commandLine()}; }
    // The spec sent: the current one with the change made.
    QJsonObject changedSpec() const;
};

enum class SwarmObjectKind { Secret, Config };

// docker secret create [--label k=v]... NAME FILE|-   (docker config create likewise). The
// value travels in the request only: the command line names the file it came from, or `-`
// (standard input) when it was typed, and nothing else ever shows or logs it.
struct SwarmObjectCreateSpec {
    SwarmObjectKind kind = SwarmObjectKind::Secret;
    QString name{};
    QByteArray data{};
    QString fileName{}; // empty: typed in, `-` on the command line
    Labels labels{};

    QJsonObject body() const; // what POST /secrets/create (or /configs/create) is given
    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {name, request(), commandLine()}; }

    // The engine's rule for secret and config names: [a-zA-Z0-9]+(?:[a-zA-Z0-9-_.]*[a-zA-Z0-9])?
    // and at most 64 characters.
    static bool isValidName(const QString &name);
    static constexpr qsizetype kMaxSecretBytes = 500 * 1024; // the engine's limit (both kinds)
};

// docker secret rm NAME / docker config rm NAME
struct SwarmObjectRemoveSpec {
    SwarmObjectKind kind = SwarmObjectKind::Secret;
    QString id;   // what the request uses
    QString name; // what the command line uses

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {name, request(), commandLine()}; }
};

} // namespace gantry
