#pragma once

#include "specs/ActionSpecs.h"
#include "specs/HealthCheckSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace gantry {

// HostConfig.NanoCpus per CPU of --cpus.
inline constexpr qint64 NanosPerCpu = 1000000000;

// One published port: -p [hostIp:][hostPort[-hostPortEnd]:]containerPort[-containerPortEnd][/proto]
struct PortMapping {
    QString hostIp;      // empty: all interfaces
    int hostPort = 0;    // 0: the engine picks a free port
    int hostPortEnd = 0; // 0: a single port; else the last of a range
    int containerPort = 0;
    int containerPortEnd = 0;                 // 0: a single port
    QString protocol = QStringLiteral("tcp"); // tcp, udp, sctp
    friend bool operator==(const PortMapping &, const PortMapping &) = default;
};

// One mount: -v source:target[:ro] for binds and named volumes, -v target for anonymous ones.
struct VolumeMount {
    enum class Kind { Bind, Named, Anonymous };
    Kind kind = Kind::Named;
    QString source; // host path (Bind) or volume name (Named); empty for Anonymous
    QString target; // absolute path in the container
    bool readOnly = false;
    friend bool operator==(const VolumeMount &, const VolumeMount &) = default;
};

// Everything the run dialog can set: the value behind `docker run`. request() creates the
// container (POST /containers/create?name=...); start is a second call, as with the CLI.
struct RunSpec {
    QString image;
    QString name;
    QStringList command;      // after the image; empty: the image's CMD
    QStringList entrypoint;   // --entrypoint (the CLI takes one word; more go to command)
    QString workingDir;       // -w
    QString user;             // -u
    bool interactive = false; // -i
    bool tty = false;         // -t
    // -d. false: the client attaches (AttachStdout/Stderr, with -i AttachStdin and StdinOnce);
    // the dialog runs -it attached to a terminal, and detaches anything else.
    bool detach = true;
    bool autoRemove = false;               // --rm
    QStringList env;                       // KEY=VALUE, -e
    QList<QPair<QString, QString>> labels; // -l key=value
    QList<PortMapping> ports;              // -p
    bool publishAll = false;               // -P
    QList<VolumeMount> mounts;             // -v
    QString restartPolicy;       // --restart: "", no, always, unless-stopped, on-failure[:N]
    QString network;             // --network
    qint64 memoryBytes = 0;      // -m, 0: no limit
    double cpus = 0;             // --cpus, 0: no limit
    bool privileged = false;     // --privileged
    QStringList capAdd;          // --cap-add
    QStringList capDrop;         // --cap-drop
    bool readOnlyRootfs = false; // --read-only
    HealthCheckSpec health;      // --health-*, --no-healthcheck

    // The body of POST /containers/create (Config + HostConfig + NetworkingConfig).
    QJsonObject createBody() const;
    // POST /containers/create?name=NAME with createBody().
    Request createRequest() const;
    // The equivalent `docker run ...` argv, options in a stable order.
    QStringList commandLine() const;
    // The `docker create ...` argv of createRequest() alone (no -d: create never starts).
    QStringList createCommandLine() const;

    // Prefills from GET /containers/{id}/json, for "edit and recreate".
    static RunSpec fromInspect(const QJsonObject &inspect);
    // The same, leaving out what the container only inherited from its image (the image's
    // Env, Labels, Cmd, Entrypoint, WorkingDir, User, Volumes): `image` is
    // GET /images/{id}/json of the container's image.
    static RunSpec fromInspect(const QJsonObject &inspect, const QJsonObject &image);
};

// "-p" text of a mapping, e.g. 127.0.0.1:8080:80, [::1]::80, 53:53/udp (no "/tcp": the
// default); and its parse (nullopt when invalid).
QString portMappingText(const PortMapping &mapping);
std::optional<PortMapping> parsePortMapping(const QString &text);
// "80" or "80-90" as docker's nat.ParsePortRange, ports 1-65535; nullopt when invalid.
std::optional<std::pair<int, int>> parsePortRange(const QString &text);
// Docker's container name rule: [a-zA-Z0-9][a-zA-Z0-9_.-]+
bool isValidContainerName(const QString &name);
// "512m", "1g", "1.5g" -> bytes, as docker's -m; nullopt when invalid.
std::optional<qint64> parseMemory(const QString &text);
// Memory in the nicest exact unit docker's -m reads: 512m, 1g, 1536k, 1000001b.
QString memoryText(qint64 bytes);
// --cpus from NanoCpus, exact and shortest: 1.5, 0.25, 2.
QString cpusText(qint64 nanos);
// "1.5", "0.25", "2" -> NanoCpus, as docker's --cpus (at most 9 decimals); nullopt when invalid.
std::optional<qint64> parseCpus(const QString &text);
// --restart as HostConfig.RestartPolicy's {Name, MaximumRetryCount}: "on-failure:3" ->
// {on-failure, 3}; "" -> {no, 0}. A count that is not a number stays in the name, which the
// engine refuses, as the CLI does.
std::pair<QString, int> splitRestartPolicy(const QString &policy);
// The other way: {on-failure, 3} -> "on-failure:3", the count only when on-failure and above 0;
// an empty name is "no".
QString joinRestartPolicy(const QString &name, int maximumRetryCount);
// The --restart text of an inspected container's HostConfig.RestartPolicy: no, always,
// unless-stopped, on-failure[:N].
QString restartPolicyFromInspect(const QJsonObject &restartPolicy);

} // namespace gantry
