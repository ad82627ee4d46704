#include "specs/RunSpec.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr qint64 NanosPerCpu = 1000000000;

QString portRangeText(int first, int last)
{
    return last > 0 ? QString::number(first) + u'-' + QString::number(last)
                    : QString::number(first);
}

// "80" or "80-90" as docker's nat.ParsePortRange, ports 1-65535; nullopt when invalid.
std::optional<std::pair<int, int>> parsePortRange(const QString &text)
{
    static const QRegularExpression re(uR"(^(\d{1,5})(?:-(\d{1,5}))?\z)"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int first = m.captured(1).toInt();
    const int last = m.hasCaptured(2) ? m.captured(2).toInt() : first;
    if (first < 1 || last > 65535 || last < first)
        return std::nullopt;
    return std::pair{first, last};
}

// What Go's net.ParseIP accepts: a dotted quad or an IPv6 address (no zone).
bool isValidIp(const QString &ip)
{
    static const QRegularExpression v4(
        uR"(^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\z)"_s);
    if (v4.match(ip).hasMatch())
        return true;
    if (!ip.contains(u':') || ip.contains(u'%'))
        return false;
    QHostAddress address;
    return address.setAddress(ip) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

// The -v text of a mount, also what HostConfig.Binds holds for binds and named volumes.
QString volumeText(const VolumeMount &m)
{
    const QString suffix = m.readOnly ? u":ro"_s : QString();
    if (m.kind == VolumeMount::Kind::Anonymous)
        return m.target + suffix;
    return m.source + u':' + m.target + suffix;
}

// What the docker CLI sends for --cap-add/--cap-drop: upper case, with the CAP_ prefix
// (except ALL), without duplicates, sorted.
QJsonArray normalizedCapabilities(const QStringList &caps)
{
    QStringList out;
    for (const QString &c : caps) {
        QString cap = c.trimmed().toUpper();
        if (cap.isEmpty())
            continue;
        if (cap != u"ALL"_s && !cap.startsWith(u"CAP_"_s))
            cap.prepend(u"CAP_"_s);
        out << cap;
    }
    out.sort();
    out.removeDuplicates();
    return QJsonArray::fromStringList(out);
}

QStringList capabilitiesFromInspect(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        const QString cap = v.toString();
        out << (cap.startsWith(u"CAP_"_s) ? cap.mid(4) : cap);
    }
    return out;
}

std::pair<QString, int> splitRestartPolicy(const QString &policy)
{
    if (policy.isEmpty())
        return {u"no"_s, 0};
    const qsizetype colon = policy.indexOf(u':');
    if (colon < 0)
        return {policy, 0};
    bool ok = false;
    const int count = policy.mid(colon + 1).toInt(&ok);
    if (!ok || count < 0)
        return {policy, 0}; // the engine refuses it, as the CLI does
    return {policy.left(colon), count};
}

// Memory in the nicest exact unit docker's -m reads: 512m, 1g, 1536k, 1000001b.
QString memoryText(qint64 bytes)
{
    static constexpr std::pair<qint64, char16_t> units[] = {
        {qint64(1) << 30, u'g'}, {qint64(1) << 20, u'm'}, {qint64(1) << 10, u'k'}};
    for (const auto &[size, suffix] : units) {
        if (bytes % size == 0)
            return QString::number(bytes / size) + QChar(suffix);
    }
    return QString::number(bytes) + u'b';
}

// --cpus from NanoCpus, exact and shortest: 1.5, 0.25, 2.
QString cpusText(qint64 nanos)
{
    QString text = QString::number(nanos / NanosPerCpu);
    if (const qint64 fraction = nanos % NanosPerCpu) {
        QString digits = QString::number(fraction).rightJustified(9, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return text;
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

Request post(const QString &path, const QUrlQuery &query)
{
    Request r;
    r.method = "POST";
    const QString q = query.toString(QUrl::FullyEncoded);
    r.path = q.isEmpty() ? path : path + u'?' + q;
    r.timeoutMs = 120000;
    return r;
}

} // namespace

QJsonObject RunSpec::createBody() const
{
    QJsonObject config;
    config.insert("Image"_L1, image);
    if (!command.isEmpty())
        config.insert("Cmd"_L1, QJsonArray::fromStringList(command));
    if (!entrypoint.isEmpty())
        config.insert("Entrypoint"_L1, QJsonArray::fromStringList(entrypoint));
    if (!workingDir.isEmpty())
        config.insert("WorkingDir"_L1, workingDir);
    if (!user.isEmpty())
        config.insert("User"_L1, user);
    if (!env.isEmpty())
        config.insert("Env"_L1, QJsonArray::fromStringList(env));
    if (!labels.isEmpty()) {
        QJsonObject l;
        for (const auto &[key, value] : labels)
            l.insert(key, value);
        config.insert("Labels"_L1, l);
    }
    config.insert("Tty"_L1, tty);
    // What `docker run -d [-i]` sends: stdin kept open for a later attach, nothing attached.
    config.insert("OpenStdin"_L1, interactive);
    config.insert("AttachStdin"_L1, false);
    config.insert("AttachStdout"_L1, false);
    config.insert("AttachStderr"_L1, false);
    config.insert("StdinOnce"_L1, false);

    QJsonObject host;
    QJsonObject exposed;
    QJsonObject bindings;
    for (const PortMapping &p : ports) {
        const int last = p.containerPortEnd ? p.containerPortEnd : p.containerPort;
        for (int port = p.containerPort; port <= last; ++port) {
            const QString key =
                QString::number(port) + u'/' + (p.protocol.isEmpty() ? u"tcp"_s : p.protocol);
            exposed.insert(key, QJsonObject());
            QString hostPort;
            if (p.hostPort && p.hostPortEnd && !p.containerPortEnd)
                hostPort = portRangeText(p.hostPort, p.hostPortEnd); // the engine picks in it
            else if (p.hostPort)
                hostPort = QString::number(p.hostPort + (port - p.containerPort));
            QJsonArray list = bindings.value(key).toArray();
            list.append(QJsonObject{{"HostIp"_L1, p.hostIp}, {"HostPort"_L1, hostPort}});
            bindings.insert(key, list);
        }
    }
    if (!exposed.isEmpty())
        config.insert("ExposedPorts"_L1, exposed);
    if (!bindings.isEmpty())
        host.insert("PortBindings"_L1, bindings);
    host.insert("PublishAllPorts"_L1, publishAll);

    QJsonArray binds;
    QJsonObject volumes;
    for (const VolumeMount &m : mounts) {
        // A read-only anonymous volume goes to Binds as "/data:ro", as with the CLI: the
        // engine refuses it ("invalid volume specification") both ways.
        if (m.kind == VolumeMount::Kind::Anonymous && !m.readOnly)
            volumes.insert(m.target, QJsonObject());
        else
            binds.append(volumeText(m));
    }
    if (!volumes.isEmpty())
        config.insert("Volumes"_L1, volumes);
    if (!binds.isEmpty())
        host.insert("Binds"_L1, binds);

    host.insert("AutoRemove"_L1, autoRemove);
    const auto [policy, retries] = splitRestartPolicy(restartPolicy);
    host.insert("RestartPolicy"_L1,
                QJsonObject{{"Name"_L1, policy}, {"MaximumRetryCount"_L1, retries}});
    if (!network.isEmpty())
        host.insert("NetworkMode"_L1, network);
    if (memoryBytes > 0)
        host.insert("Memory"_L1, memoryBytes);
    if (const qint64 nanos = qRound64(cpus * NanosPerCpu); nanos > 0)
        host.insert("NanoCpus"_L1, nanos);
    host.insert("Privileged"_L1, privileged);
    if (!capAdd.isEmpty())
        host.insert("CapAdd"_L1, normalizedCapabilities(capAdd));
    if (!capDrop.isEmpty())
        host.insert("CapDrop"_L1, normalizedCapabilities(capDrop));
    host.insert("ReadonlyRootfs"_L1, readOnlyRootfs);

    config.insert("HostConfig"_L1, host);
    return config;
}

Request RunSpec::createRequest() const
{
    QUrlQuery q;
    if (!name.isEmpty())
        q.addQueryItem(u"name"_s, QString::fromLatin1(QUrl::toPercentEncoding(name)));
    Request r = post(u"/containers/create"_s, q);
    r.body = QJsonDocument(createBody()).toJson(QJsonDocument::Compact);
    return r;
}

QStringList RunSpec::createCommandLine() const
{
    RunSpec attached = *this;
    attached.detach = false;
    QStringList argv = attached.commandLine();
    argv[1] = u"create"_s;
    return argv;
}

QStringList RunSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"run"_s};
    if (detach)
        argv << u"-d"_s;
    argv << ttyFlags(interactive, tty);
    if (autoRemove)
        argv << u"--rm"_s;
    if (!name.isEmpty())
        argv << u"--name"_s << name;
    for (const QString &e : env)
        argv << u"-e"_s << e;
    for (const auto &[key, value] : labels)
        argv << u"-l"_s << key + u'=' + value;
    for (const PortMapping &p : ports)
        argv << u"-p"_s << portMappingText(p);
    if (publishAll)
        argv << u"-P"_s;
    for (const VolumeMount &m : mounts)
        argv << u"-v"_s << volumeText(m);
    if (!workingDir.isEmpty())
        argv << u"-w"_s << workingDir;
    if (!user.isEmpty())
        argv << u"-u"_s << user;
    // The CLI's --entrypoint takes one word; the others lead the command.
    if (!entrypoint.isEmpty())
        argv << u"--entrypoint"_s << entrypoint.first();
    if (!restartPolicy.isEmpty())
        argv << u"--restart"_s << restartPolicy;
    if (!network.isEmpty())
        argv << u"--network"_s << network;
    if (memoryBytes > 0)
        argv << u"-m"_s << memoryText(memoryBytes);
    if (const qint64 nanos = qRound64(cpus * NanosPerCpu); nanos > 0)
        argv << u"--cpus"_s << cpusText(nanos);
    if (privileged)
        argv << u"--privileged"_s;
    for (const QString &c : capAdd)
        argv << u"--cap-add"_s << c;
    for (const QString &c : capDrop)
        argv << u"--cap-drop"_s << c;
    if (readOnlyRootfs)
        argv << u"--read-only"_s;
    argv << image;
    if (entrypoint.size() > 1)
        argv << entrypoint.mid(1);
    return argv << command;
}

RunSpec RunSpec::fromInspect(const QJsonObject &inspect)
{
    const QJsonObject config = inspect.value("Config"_L1).toObject();
    const QJsonObject host = inspect.value("HostConfig"_L1).toObject();
    RunSpec s;
    s.image = config.value("Image"_L1).toString();
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

    const QJsonObject restart = host.value("RestartPolicy"_L1).toObject();
    const QString policy = restart.value("Name"_L1).toString();
    const int retries = restart.value("MaximumRetryCount"_L1).toInt();
    if (policy == u"no"_s)
        s.restartPolicy.clear(); // docker's default
    else if (policy == u"on-failure"_s && retries > 0)
        s.restartPolicy = policy + u':' + QString::number(retries);
    else
        s.restartPolicy = policy;
    s.network = host.value("NetworkMode"_L1).toString();
    if (s.network == u"default"_s)
        s.network.clear();
    s.memoryBytes = host.value("Memory"_L1).toInteger();
    s.cpus = double(host.value("NanoCpus"_L1).toInteger()) / NanosPerCpu;
    s.privileged = host.value("Privileged"_L1).toBool();
    s.capAdd = capabilitiesFromInspect(host.value("CapAdd"_L1));
    s.capDrop = capabilitiesFromInspect(host.value("CapDrop"_L1));
    s.readOnlyRootfs = host.value("ReadonlyRootfs"_L1).toBool();
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
    const QJsonObject imageVolumes = config.value("Volumes"_L1).toObject();
    s.mounts.removeIf([&](const VolumeMount &m) {
        return m.kind == VolumeMount::Kind::Anonymous && imageVolumes.contains(m.target);
    });
    return s;
}

QString portMappingText(const PortMapping &m)
{
    QString text;
    if (!m.hostIp.isEmpty())
        text += (m.hostIp.contains(u':') ? u'[' + m.hostIp + u']' : m.hostIp) + u':';
    if (m.hostPort > 0)
        text += portRangeText(m.hostPort, m.hostPortEnd) + u':';
    else if (!m.hostIp.isEmpty())
        text += u':';
    text += portRangeText(m.containerPort, m.containerPortEnd);
    if (!m.protocol.isEmpty() && m.protocol != u"tcp"_s)
        text += u'/' + m.protocol;
    return text;
}

std::optional<PortMapping> parsePortMapping(const QString &input)
{
    // docker's nat.ParsePortSpec: the last two colons split ip, host port, container port.
    const QString text = input.trimmed();
    const QStringList parts = text.split(u':');
    const qsizetype n = parts.size();
    QString containerPart = parts.last();
    const QString hostPart = n >= 2 ? parts[n - 2] : QString();
    QString ip = n >= 3 ? parts.mid(0, n - 2).join(u':') : QString();

    PortMapping m;
    if (const qsizetype slash = containerPart.indexOf(u'/'); slash >= 0) {
        const QString protocol = containerPart.mid(slash + 1).toLower();
        containerPart.truncate(slash);
        if (!protocol.isEmpty())
            m.protocol = protocol;
    }
    if (m.protocol != u"tcp"_s && m.protocol != u"udp"_s && m.protocol != u"sctp"_s)
        return std::nullopt;

    if (ip.startsWith(u'[')) {
        if (!ip.endsWith(u']'))
            return std::nullopt;
        ip = ip.mid(1, ip.size() - 2);
    }
    if (!ip.isEmpty() && !isValidIp(ip))
        return std::nullopt;
    m.hostIp = ip;

    const auto container = parsePortRange(containerPart);
    if (!container)
        return std::nullopt;
    m.containerPort = container->first;
    m.containerPortEnd = container->second != container->first ? container->second : 0;
    if (!hostPart.isEmpty()) {
        const auto host = parsePortRange(hostPart);
        if (!host)
            return std::nullopt;
        // Ranges of equal length map port to port; a host range for one container port
        // lets the engine pick in it; anything else docker refuses.
        if (m.containerPortEnd &&
            host->second - host->first != container->second - container->first)
            return std::nullopt;
        m.hostPort = host->first;
        m.hostPortEnd = host->second != host->first ? host->second : 0;
    }
    return m;
}

bool isValidContainerName(const QString &name)
{
    static const QRegularExpression re(uR"(^[a-zA-Z0-9][a-zA-Z0-9_.-]+\z)"_s);
    return re.match(name).hasMatch();
}

std::optional<qint64> parseMemory(const QString &input)
{
    // docker's units.RAMInBytes: a number, an optional space, b or k/m/g/t/p with an
    // optional b or ib, any case; binary multiples; the result truncated to whole bytes.
    static const QRegularExpression re(uR"(^(\d+)?(?:\.(\d*))? ?(?:([kmgtp])(?:i?b)?|b)?\z)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QString text = input.trimmed();
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return std::nullopt;
    int shift = 0;
    if (m.hasCaptured(3))
        shift = 10 * (int(u"kmgtp"_s.indexOf(m.captured(3).toLower())) + 1);
    const QString whole = m.captured(1).isEmpty() ? u"0"_s : m.captured(1);
    const QString fraction = m.captured(2);

    bool ok = false;
    const qint64 integer = whole.toLongLong(&ok);
    if (!ok || integer > (std::numeric_limits<qint64>::max() >> shift))
        return std::nullopt;
    qint64 bytes = integer << shift;
    if (!fraction.isEmpty() && shift > 0) {
        // The fractional part in whole bytes, exact for up to 18 digits.
        const QString digits = fraction.left(18);
        const qint64 numerator = digits.toLongLong();
        qint64 scale = 1;
        for (qsizetype i = 0; i < digits.size(); ++i)
            scale *= 10;
        const long double part = static_cast<long double>(numerator) * (qint64(1) << shift) / scale;
        if (part >= static_cast<long double>(std::numeric_limits<qint64>::max() - bytes))
            return std::nullopt;
        bytes += static_cast<qint64>(part);
    }
    if (bytes <= 0)
        return std::nullopt;
    return bytes;
}

} // namespace gantry
