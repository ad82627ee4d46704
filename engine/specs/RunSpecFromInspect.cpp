#include "specs/RunSpec.h"

#include "core/Format.h"

#include <QJsonArray>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

// Reading a run spec back from a container's inspect, for "edit and recreate": the inverse
// of createBody(), kept apart from building the request and the command line.
namespace gantry {

namespace {

QStringList capabilitiesFromInspect(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        const QString cap = v.toString();
        out << (cap.startsWith(u"CAP_"_s) ? cap.mid(4) : cap);
    }
    return out;
}

QStringList stringList(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

// One published port as the engine keeps it: PortBindings["80/tcp"][i].
struct Binding {
    QString protocol;
    QString hostIp;
    int containerPort = 0;
    int hostPort = 0;
    int hostPortEnd = 0;
};

// PortBindings back into mappings; runs of consecutive ports become one range, as
// `-p 8080-8081:80-81` made them.
QList<PortMapping> portsFromBindings(const QJsonObject &portBindings)
{
    QList<Binding> bindings;
    for (auto it = portBindings.begin(); it != portBindings.end(); ++it) {
        const QString key = it.key();
        const QString protocol = key.contains(u'/') ? key.section(u'/', 1) : u"tcp"_s;
        bool ok = false;
        const int containerPort = key.section(u'/', 0, 0).toInt(&ok);
        if (!ok)
            continue;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            Binding b{protocol, o.value("HostIp"_L1).toString(), containerPort, 0, 0};
            const QString hostPort = o.value("HostPort"_L1).toString();
            if (!hostPort.isEmpty()) {
                const auto range = parsePortRange(hostPort);
                if (!range)
                    continue;
                b.hostPort = range->first;
                b.hostPortEnd = range->second != range->first ? range->second : 0;
            }
            bindings << b;
        }
    }
    std::sort(bindings.begin(), bindings.end(), [](const Binding &a, const Binding &b) {
        return std::tie(a.protocol, a.hostIp, a.containerPort, a.hostPort) <
               std::tie(b.protocol, b.hostIp, b.containerPort, b.hostPort);
    });

    QList<PortMapping> out;
    for (const Binding &b : std::as_const(bindings)) {
        if (!out.isEmpty()) {
            PortMapping &last = out.last();
            const int lastContainer =
                last.containerPortEnd ? last.containerPortEnd : last.containerPort;
            const int lastHost = last.hostPortEnd ? last.hostPortEnd : last.hostPort;
            const bool hostFollows = (last.hostPort == 0 && b.hostPort == 0) ||
                                     (last.hostPort != 0 && b.hostPort == lastHost + 1);
            const bool lastIsHostRangeForOnePort = last.hostPortEnd && !last.containerPortEnd;
            if (last.protocol == b.protocol && last.hostIp == b.hostIp &&
                b.containerPort == lastContainer + 1 && b.hostPortEnd == 0 &&
                !lastIsHostRangeForOnePort && hostFollows) {
                last.containerPortEnd = b.containerPort;
                if (b.hostPort)
                    last.hostPortEnd = b.hostPort;
                continue;
            }
        }
        PortMapping m;
        m.hostIp = b.hostIp;
        m.hostPort = b.hostPort;
        m.hostPortEnd = b.hostPortEnd;
        m.containerPort = b.containerPort;
        m.protocol = b.protocol;
        out << m;
    }
    std::stable_sort(out.begin(), out.end(), [](const PortMapping &a, const PortMapping &b) {
        return std::tie(a.containerPort, a.protocol, a.hostIp, a.hostPort) <
               std::tie(b.containerPort, b.protocol, b.hostIp, b.hostPort);
    });
    return out;
}

// "src:dst[:opts]" of HostConfig.Binds.
std::optional<VolumeMount> mountFromBind(const QString &bind)
{
    const QStringList parts = bind.split(u':');
    if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    VolumeMount m;
    m.source = parts[0];
    m.target = parts[1];
    m.kind = m.source.startsWith(u'/') ? VolumeMount::Kind::Bind : VolumeMount::Kind::Named;
    m.readOnly = parts.size() == 3 && parts[2].split(u',').contains(u"ro"_s);
    return m;
}

// One entry of HostConfig.Mounts (--mount); tmpfs and others are not run dialog options.
std::optional<VolumeMount> mountFromMountObject(const QJsonObject &o)
{
    VolumeMount m;
    const QString type = o.value("Type"_L1).toString();
    m.source = o.value("Source"_L1).toString();
    m.target = o.value("Target"_L1).toString();
    m.readOnly = o.value("ReadOnly"_L1).toBool();
    if (type == u"bind"_s)
        m.kind = VolumeMount::Kind::Bind;
    else if (type == u"volume"_s)
        m.kind = m.source.isEmpty() ? VolumeMount::Kind::Anonymous : VolumeMount::Kind::Named;
    else
        return std::nullopt;
    return m;
}

// Podman writes into every container's Env what it adds at run time (its containers.conf
// defaults PATH and TERM, then container=podman, HOME, HOSTNAME): recreated with them, the
// new container would carry the old one's HOSTNAME. Its marker container=podman tells them
// apart; a PATH or TERM a user gave with exactly the default value goes too.
void dropPodmanDefaults(QStringList &env, const QJsonObject &config, const QString &user)
{
    if (!env.contains(u"container=podman"_s))
        return;
    const QStringList defaults{
        u"container=podman"_s,
        u"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s,
        u"TERM=xterm"_s,
        u"HOSTNAME="_s + config.value("Hostname"_L1).toString(),
    };
    const bool root =
        user.isEmpty() || user == u"root"_s || user == u"0"_s || user.startsWith(u"0:"_s);
    env.removeIf(
        [&](const QString &e) { return defaults.contains(e) || (root && e == u"HOME=/root"_s); });
}

} // namespace

RunSpec RunSpec::fromInspect(const QJsonObject &inspect)
{
    const QJsonObject config = inspect.value("Config"_L1).toObject();
    const QJsonObject host = inspect.value("HostConfig"_L1).toObject();
    RunSpec s;
    s.image = familiarReference(config.value("Image"_L1).toString()); // Podman: "docker.io/..."
    s.name = inspect.value("Name"_L1).toString();
    if (s.name.startsWith(u'/'))
        s.name.remove(0, 1);
    s.command = stringList(config.value("Cmd"_L1));
    s.entrypoint = stringList(config.value("Entrypoint"_L1));
    s.workingDir = config.value("WorkingDir"_L1).toString();
    s.user = config.value("User"_L1).toString();
    s.interactive = config.value("OpenStdin"_L1).toBool();
    s.tty = config.value("Tty"_L1).toBool();
    s.detach = true;
    s.autoRemove = host.value("AutoRemove"_L1).toBool();
    s.env = stringList(config.value("Env"_L1));
    dropPodmanDefaults(s.env, config, s.user);
    const QJsonObject labels = config.value("Labels"_L1).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        s.labels.append({it.key(), it.value().toString()});
    s.ports = portsFromBindings(host.value("PortBindings"_L1).toObject());
    s.publishAll = host.value("PublishAllPorts"_L1).toBool();

    QStringList targets;
    const auto add = [&](const std::optional<VolumeMount> &m) {
        if (m && !targets.contains(m->target)) {
            targets << m->target;
            s.mounts << *m;
        }
    };
    for (const QJsonValue &b : host.value("Binds"_L1).toArray())
        add(mountFromBind(b.toString()));
    for (const QJsonValue &m : host.value("Mounts"_L1).toArray())
        add(mountFromMountObject(m.toObject()));
    const QJsonObject volumes = config.value("Volumes"_L1).toObject();
    for (auto it = volumes.begin(); it != volumes.end(); ++it)
        add(VolumeMount{VolumeMount::Kind::Anonymous, QString(), it.key(), false});

    s.restartPolicy = restartPolicyFromInspect(host.value("RestartPolicy"_L1).toObject());
    if (s.restartPolicy == u"no"_s)
        s.restartPolicy.clear(); // docker's default
    s.network = host.value("NetworkMode"_L1).toString();
    if (s.network == u"default"_s)
        s.network.clear();
    s.memoryBytes = host.value("Memory"_L1).toInteger();
    s.cpus = double(host.value("NanoCpus"_L1).toInteger()) / NanosPerCpu;
    s.privileged = host.value("Privileged"_L1).toBool();
    s.capAdd = capabilitiesFromInspect(host.value("CapAdd"_L1));
    s.capDrop = capabilitiesFromInspect(host.value("CapDrop"_L1));
    s.readOnlyRootfs = host.value("ReadonlyRootfs"_L1).toBool();
    s.health = HealthCheckSpec::fromJson(config.value("Healthcheck"_L1).toObject());
    return s;
}

RunSpec RunSpec::fromInspect(const QJsonObject &inspect, const QJsonObject &image)
{
    RunSpec s = fromInspect(inspect);
    const QJsonObject config = image.value("Config"_L1).toObject();
    // The engine gives a container the image's Cmd only when it keeps the image's Entrypoint.
    if (s.entrypoint == stringList(config.value("Entrypoint"_L1))) {
        s.entrypoint.clear();
        if (s.command == stringList(config.value("Cmd"_L1)))
            s.command.clear();
    }
    const QStringList imageEnv = stringList(config.value("Env"_L1));
    s.env.removeIf([&](const QString &e) { return imageEnv.contains(e); });
    const QJsonObject imageLabels = config.value("Labels"_L1).toObject();
    s.labels.removeIf([&](const QPair<QString, QString> &l) {
        return imageLabels.contains(l.first) && imageLabels.value(l.first).toString() == l.second;
    });
    if (s.workingDir == config.value("WorkingDir"_L1).toString())
        s.workingDir.clear();
    if (s.user == config.value("User"_L1).toString())
        s.user.clear();
    if (s.health == HealthCheckSpec::fromJson(config.value("Healthcheck"_L1).toObject()))
        s.health = {}; // the image's own HEALTHCHECK
    const QJsonObject imageVolumes = config.value("Volumes"_L1).toObject();
    s.mounts.removeIf([&](const VolumeMount &m) {
        return m.kind == VolumeMount::Kind::Anonymous && imageVolumes.contains(m.target);
    });
    return s;
}

} // namespace gantry
