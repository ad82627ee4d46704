#include "swarm/ServiceSpecs.h"

#include "specs/ApiRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// The update config the CLI sends when no flag changes it (it sends no rollback config and
// no stop grace period: the engine's defaults apply, as `docker service inspect` shows).
QJsonObject updateConfig(int parallelism, int delaySeconds, const QString &failureAction,
                         const QString &order)
{
    QJsonObject o{{u"Parallelism"_s, parallelism},
                  {u"FailureAction"_s, failureAction},
                  {u"Monitor"_s, 5 * NanosPerSecond},
                  {u"MaxFailureRatio"_s, 0},
                  {u"Order"_s, order}};
    if (delaySeconds > 0)
        o.insert(u"Delay"_s, qint64(delaySeconds) * NanosPerSecond);
    return o;
}

// POST /services/{id}/update?version=V with the whole spec, as the CLI's update does.
Request updateRequest(const ServiceRef &s, const QJsonObject &spec, bool rollback = false)
{
    QUrlQuery q;
    q.addQueryItem(u"version"_s, QString::number(s.version));
    if (rollback)
        q.addQueryItem(u"rollback"_s, u"previous"_s);
    return apiRequest("POST", u"/services/"_s + pathSegment(s.id) + u"/update"_s, q, spec);
}

QString decimal(double v)
{
    QString s = QString::number(v, 'f', 9);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

} // namespace

QString goDurationSeconds(int seconds)
{
    if (seconds <= 0)
        return u"0s"_s;
    QString out;
    if (seconds >= 3600)
        out += QString::number(seconds / 3600) + u'h';
    if (seconds >= 60)
        out += QString::number(seconds % 3600 / 60) + u'm';
    return out + QString::number(seconds % 60) + u's';
}

// -- ports and mounts -----------------------------------------------------------------------

std::optional<ServicePort> ServicePort::parse(const QString &text)
{
    static const QRegularExpression re(uR"(^(?:(\d{1,5}):)?(\d{1,5})(?:/(tcp|udp|sctp))?$)"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    ServicePort p;
    p.published = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    p.target = m.captured(2).toInt();
    if (m.hasCaptured(3) && !m.captured(3).isEmpty())
        p.protocol = m.captured(3);
    if (p.target < 1 || p.target > 65535 || p.published > 65535 ||
        (!m.captured(1).isEmpty() && p.published < 1))
        return std::nullopt;
    return p;
}

QString ServicePort::text() const
{
    QString s = published > 0 ? u"%1:%2"_s.arg(published).arg(target) : QString::number(target);
    if (protocol != u"tcp"_s)
        s += u'/' + protocol;
    return s;
}

std::optional<ServiceMount> ServiceMount::parse(const QString &text)
{
    QStringList parts = text.trimmed().split(u':');
    ServiceMount m;
    if (parts.size() > 1 && parts.last() == u"ro"_s) {
        m.readOnly = true;
        parts.removeLast();
    } else if (parts.size() > 1 && parts.last() == u"rw"_s) {
        parts.removeLast();
    }
    if (parts.size() == 1) {
        m.target = parts[0];
    } else if (parts.size() == 2) {
        m.source = parts[0];
        m.target = parts[1];
        if (m.source.isEmpty())
            return std::nullopt;
        if (m.source.startsWith(u'/'))
            m.type = u"bind"_s;
    } else {
        return std::nullopt;
    }
    if (!m.target.startsWith(u'/') || m.target.contains(u','))
        return std::nullopt;
    if (m.source.contains(u',') || m.source.contains(u'='))
        return std::nullopt;
    return m;
}

// -- create ---------------------------------------------------------------------------------

bool ServiceCreateSpec::isValidName(const QString &name)
{
    static const QRegularExpression re(uR"(^[a-zA-Z0-9](?:[a-zA-Z0-9_.-]{0,62})$)"_s);
    return re.match(name).hasMatch();
}

bool ServiceCreateSpec::isValidConstraint(const QString &text)
{
    static const QRegularExpression re(uR"(^\s*[a-zA-Z0-9_.-]+\s*(==|!=)\s*[^=!\s][^=!]*$)"_s);
    return re.match(text).hasMatch();
}

QJsonObject ServiceCreateSpec::serviceSpec() const
{
    QJsonObject container{{u"Image"_s, image},
                          {u"Init"_s, false},
                          {u"DNSConfig"_s, QJsonObject()},
                          {u"Isolation"_s, u"default"_s}};
    if (!containerLabels.isEmpty())
        container.insert(u"Labels"_s, labelsObject(containerLabels));
    if (!args.isEmpty())
        container.insert(u"Args"_s, QJsonArray::fromStringList(args));
    if (!env.isEmpty())
        container.insert(u"Env"_s, QJsonArray::fromStringList(env));
    if (!mounts.isEmpty()) {
        QJsonArray a;
        for (const ServiceMount &m : mounts) {
            QJsonObject o{{u"Type"_s, m.type}, {u"Target"_s, m.target}};
            if (!m.source.isEmpty())
                o.insert(u"Source"_s, m.source);
            if (m.readOnly)
                o.insert(u"ReadOnly"_s, true);
            a.append(o);
        }
        container.insert(u"Mounts"_s, a);
    }

    QJsonObject limits;
    if (cpus > 0)
        limits.insert(u"NanoCPUs"_s, qint64(std::llround(cpus * double(NanosPerSecond))));
    if (memoryBytes > 0)
        limits.insert(u"MemoryBytes"_s, memoryBytes);
    QJsonObject restart{{u"Condition"_s, restartCondition},
                        {u"Delay"_s, 5 * NanosPerSecond},
                        {u"MaxAttempts"_s, restartMaxAttempts}};
    QJsonObject placement;
    if (!constraints.isEmpty()) {
        QStringList trimmed;
        for (const QString &c : constraints)
            trimmed << c.trimmed();
        placement.insert(u"Constraints"_s, QJsonArray::fromStringList(trimmed));
    }
    QJsonObject task{
        {u"ContainerSpec"_s, container},
        {u"Resources"_s, QJsonObject{{u"Limits"_s, limits}, {u"Reservations"_s, QJsonObject()}}},
        {u"Placement"_s, placement},
        {u"ForceUpdate"_s, 0},
        {u"Runtime"_s, u"container"_s}};
    // The CLI sends a restart policy and an update config only when a flag sets one of
    // their fields, and then all of their fields.
    if (restartCondition != u"any"_s || restartMaxAttempts > 0)
        task.insert(u"RestartPolicy"_s, restart);
    if (!networks.isEmpty()) {
        QJsonArray a;
        for (const QString &n : networks)
            a.append(QJsonObject{{u"Target"_s, n}});
        task.insert(u"Networks"_s, a);
    }

    QJsonObject endpoint{{u"Mode"_s, u"vip"_s}};
    if (!ports.isEmpty()) {
        QJsonArray a;
        for (const ServicePort &p : ports) {
            QJsonObject o{{u"Protocol"_s, p.protocol},
                          {u"TargetPort"_s, p.target},
                          {u"PublishMode"_s, p.mode}};
            if (p.published > 0)
                o.insert(u"PublishedPort"_s, p.published);
            a.append(o);
        }
        endpoint.insert(u"Ports"_s, a);
    }

    const QJsonObject mode =
        global ? QJsonObject{{u"Global"_s, QJsonObject()}}
               : QJsonObject{{u"Replicated"_s, QJsonObject{{u"Replicas"_s, replicas}}}};
    QJsonObject spec{
        {u"Name"_s, name}, {u"Labels"_s, labelsObject(labels)}, {u"TaskTemplate"_s, task},
        {u"Mode"_s, mode}, {u"EndpointSpec"_s, endpoint},
    };
    if (updateParallelism != 1 || updateDelaySeconds > 0 || updateOrder != u"stop-first"_s ||
        updateFailureAction != u"pause"_s)
        spec.insert(u"UpdateConfig"_s, updateConfig(updateParallelism, updateDelaySeconds,
                                                    updateFailureAction, updateOrder));
    return spec;
}

Request ServiceCreateSpec::request() const
{
    return apiRequest("POST", u"/services/create"_s, {}, serviceSpec());
}

QStringList ServiceCreateSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"service"_s, u"create"_s, u"-d"_s, u"--no-resolve-image"_s};
    if (!name.isEmpty())
        argv << u"--name"_s << name;
    if (global)
        argv << u"--mode"_s << u"global"_s;
    else if (replicas != 1)
        argv << u"--replicas"_s << QString::number(replicas);
    for (const ServicePort &p : ports) {
        QString v = u"target=%1"_s.arg(p.target);
        if (p.published > 0)
            v = u"published=%1,"_s.arg(p.published) + v;
        if (p.protocol != u"tcp"_s)
            v += u",protocol="_s + p.protocol;
        if (p.mode != u"ingress"_s)
            v += u",mode="_s + p.mode;
        argv << u"--publish"_s << v;
    }
    for (const ServiceMount &m : mounts) {
        QString v = u"type="_s + m.type;
        if (!m.source.isEmpty())
            v += u",source="_s + m.source;
        v += u",target="_s + m.target;
        if (m.readOnly)
            v += u",readonly"_s;
        argv << u"--mount"_s << v;
    }
    for (const QString &e : env)
        argv << u"--env"_s << e;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        argv << u"--label"_s << it.key() + u'=' + it.value();
    for (auto it = containerLabels.cbegin(); it != containerLabels.cend(); ++it)
        argv << u"--container-label"_s << it.key() + u'=' + it.value();
    for (const QString &c : constraints)
        argv << u"--constraint"_s << c.trimmed();
    for (const QString &n : networks)
        argv << u"--network"_s << n;
    if (cpus > 0)
        argv << u"--limit-cpu"_s << decimal(cpus);
    if (memoryBytes > 0)
        argv << u"--limit-memory"_s << QString::number(memoryBytes);
    if (restartCondition != u"any"_s)
        argv << u"--restart-condition"_s << restartCondition;
    if (restartMaxAttempts > 0)
        argv << u"--restart-max-attempts"_s << QString::number(restartMaxAttempts);
    if (updateParallelism != 1)
        argv << u"--update-parallelism"_s << QString::number(updateParallelism);
    if (updateDelaySeconds > 0)
        argv << u"--update-delay"_s << goDurationSeconds(updateDelaySeconds);
    if (updateOrder != u"stop-first"_s)
        argv << u"--update-order"_s << updateOrder;
    if (updateFailureAction != u"pause"_s)
        argv << u"--update-failure-action"_s << updateFailureAction;
    argv << image;
    argv << args;
    return argv;
}

// -- changes of an existing service ---------------------------------------------------------

Request ServiceScaleSpec::request() const
{
    QJsonObject spec = service.spec;
    QJsonObject mode = spec.value(u"Mode"_s).toObject();
    mode.insert(u"Replicated"_s, QJsonObject{{u"Replicas"_s, replicas}});
    spec.insert(u"Mode"_s, mode);
    return updateRequest(service, spec);
}

QStringList ServiceScaleSpec::commandLine() const
{
    return {u"docker"_s, u"service"_s, u"scale"_s, u"-d"_s,
            service.name + u'=' + QString::number(replicas)};
}

Request ServiceImageUpdateSpec::request() const
{
    QJsonObject spec = service.spec;
    QJsonObject task = spec.value(u"TaskTemplate"_s).toObject();
    QJsonObject container = task.value(u"ContainerSpec"_s).toObject();
    container.insert(u"Image"_s, image);
    task.insert(u"ContainerSpec"_s, container);
    spec.insert(u"TaskTemplate"_s, task);
    return updateRequest(service, spec);
}

QStringList ServiceImageUpdateSpec::commandLine() const
{
    return {u"docker"_s,  u"service"_s, u"update"_s, u"-d"_s, u"--no-resolve-image"_s,
            u"--image"_s, image,        service.name};
}

Request ServiceRollbackSpec::request() const
{
    return updateRequest(service, service.spec, true);
}

QStringList ServiceRollbackSpec::commandLine() const
{
    return {u"docker"_s, u"service"_s, u"rollback"_s, u"-d"_s, service.name};
}

Request ServiceRemoveSpec::request() const
{
    return apiRequest("DELETE", u"/services/"_s + pathSegment(id));
}

QStringList ServiceRemoveSpec::commandLine() const
{
    return {u"docker"_s, u"service"_s, u"rm"_s, name.isEmpty() ? id : name};
}

} // namespace gantry
