#include "specs/ContainerUpdateSpec.h"

#include "core/Format.h"
#include "specs/RunSpec.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// "on-failure:3" -> {on-failure, 3}; "" -> {no, 0}, as `docker update --restart` parses it.
QJsonObject restartPolicyObject(const QString &policy)
{
    const QString name = policy.section(u':', 0, 0);
    const int retries = policy.contains(u':') ? policy.section(u':', 1).toInt() : 0;
    return QJsonObject{{"Name"_L1, name.isEmpty() ? u"no"_s : name},
                       {"MaximumRetryCount"_L1, retries}};
}

} // namespace

QString memorySwapText(qint64 bytes)
{
    return bytes < 0 ? u"-1"_s : memoryText(bytes);
}

bool ContainerUpdateSpec::isEmpty() const
{
    return !memoryBytes && !memorySwapBytes && !nanoCpus && !restartPolicy;
}

QJsonObject ContainerUpdateSpec::body() const
{
    QJsonObject o;
    if (memoryBytes)
        o.insert("Memory"_L1, *memoryBytes);
    if (memorySwapBytes)
        o.insert("MemorySwap"_L1, *memorySwapBytes);
    if (nanoCpus)
        o.insert("NanoCpus"_L1, *nanoCpus);
    if (restartPolicy)
        o.insert("RestartPolicy"_L1, restartPolicyObject(*restartPolicy));
    return o;
}

Request ContainerUpdateSpec::request() const
{
    Request r;
    r.method = "POST";
    r.path = u"/containers/"_s + pathSegment(id) + u"/update"_s;
    r.body = QJsonDocument(body()).toJson(QJsonDocument::Compact);
    r.timeoutMs = 60000;
    return r;
}

QStringList ContainerUpdateSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"update"_s};
    if (memoryBytes)
        argv << u"--memory"_s << memoryText(*memoryBytes);
    if (memorySwapBytes)
        argv << u"--memory-swap"_s << memorySwapText(*memorySwapBytes);
    if (nanoCpus)
        argv << u"--cpus"_s << cpusText(*nanoCpus);
    if (restartPolicy)
        argv << u"--restart"_s << (restartPolicy->isEmpty() ? u"no"_s : *restartPolicy);
    return argv << (name.isEmpty() ? shortId(id) : name);
}

Action ContainerUpdateSpec::action() const
{
    return {name.isEmpty() ? shortId(id) : name, request(), commandLine()};
}

ContainerUpdateSpec ContainerUpdateSpec::fromInspect(const QJsonObject &inspect)
{
    const QJsonObject host = inspect.value("HostConfig"_L1).toObject();
    ContainerUpdateSpec s;
    s.id = inspect.value("Id"_L1).toString();
    s.name = inspect.value("Name"_L1).toString();
    if (s.name.startsWith(u'/'))
        s.name.remove(0, 1);
    s.memoryBytes = host.value("Memory"_L1).toInteger();
    s.memorySwapBytes = host.value("MemorySwap"_L1).toInteger();
    s.nanoCpus = host.value("NanoCpus"_L1).toInteger();
    const QJsonObject restart = host.value("RestartPolicy"_L1).toObject();
    QString policy = restart.value("Name"_L1).toString();
    if (policy.isEmpty())
        policy = u"no"_s;
    const int retries = restart.value("MaximumRetryCount"_L1).toInt();
    if (policy == u"on-failure"_s && retries > 0)
        policy += u':' + QString::number(retries);
    s.restartPolicy = policy;
    return s;
}

ContainerUpdateSpec ContainerUpdateSpec::changedFrom(const ContainerUpdateSpec &current) const
{
    ContainerUpdateSpec out;
    out.id = id.isEmpty() ? current.id : id;
    out.name = name.isEmpty() ? current.name : name;
    if (memoryBytes != current.memoryBytes)
        out.memoryBytes = memoryBytes;
    if (memorySwapBytes != current.memorySwapBytes)
        out.memorySwapBytes = memorySwapBytes;
    if (nanoCpus != current.nanoCpus)
        out.nanoCpus = nanoCpus;
    if (restartPolicy != current.restartPolicy)
        out.restartPolicy = restartPolicy;
    return out;
}

} // namespace gantry
