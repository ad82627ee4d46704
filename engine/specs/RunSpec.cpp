#include "specs/RunSpec.h"

#include "core/Format.h"
#include "specs/ApiRequest.h"

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

QString portRangeText(int first, int last)
{
    return last > 0 ? QString::number(first) + u'-' + QString::number(last)
                    : QString::number(first);
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

} // namespace

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

QString joinRestartPolicy(const QString &name, int maximumRetryCount)
{
    if (name.isEmpty())
        return u"no"_s;
    if (name == u"on-failure"_s && maximumRetryCount > 0)
        return name + u':' + QString::number(maximumRetryCount);
    return name;
}

QString restartPolicyFromInspect(const QJsonObject &restartPolicy)
{
    return joinRestartPolicy(restartPolicy.value("Name"_L1).toString(),
                             restartPolicy.value("MaximumRetryCount"_L1).toInt());
}

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

QString cpusText(qint64 nanos)
{
    return decimal(nanos, 9);
}

std::optional<qint64> parseCpus(const QString &input)
{
    static const QRegularExpression re(uR"(^(\d{0,9})(?:\.(\d{0,9}))?\z)"_s);
    const QRegularExpressionMatch m = re.match(input.trimmed());
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return std::nullopt;
    const qint64 whole = m.captured(1).toLongLong();
    const qint64 fraction = m.captured(2).leftJustified(9, u'0').toLongLong();
    return whole * NanosPerCpu + fraction;
}

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
    if (!health.isEmpty())
        config.insert("Healthcheck"_L1, health.toJson());
    config.insert("Tty"_L1, tty);
    // What `docker run -d [-i]` sends: stdin kept open for a later attach, nothing attached.
    // Without -d, as `docker run [-i]`: the client attaches, and with -i the container's
    // stdin closes when that client leaves (StdinOnce), so a shell ends on Ctrl+D.
    config.insert("OpenStdin"_L1, interactive);
    config.insert("AttachStdin"_L1, !detach && interactive);
    config.insert("AttachStdout"_L1, !detach);
    config.insert("AttachStderr"_L1, !detach);
    config.insert("StdinOnce"_L1, !detach && interactive);

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
    return apiRequest("POST", u"/containers/create"_s, q, createBody(), 120000);
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
    argv << health.options();
    argv << image;
    if (entrypoint.size() > 1)
        argv << entrypoint.mid(1);
    return argv << command;
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
