#include "specs/ContainerUpdateSpec.h"

#include "core/Format.h"
#include "specs/ApiRequest.h"
#include "specs/RunSpec.h"

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// What the command line and the command log call the container.
QString shownName(const ContainerUpdateSpec &s)
{
    return s.name.isEmpty() ? shortId(s.id) : s.name;
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
    if (restartPolicy) {
        const auto [policy, retries] = splitRestartPolicy(*restartPolicy);
        o.insert("RestartPolicy"_L1,
                 QJsonObject{{"Name"_L1, policy}, {"MaximumRetryCount"_L1, retries}});
    }
    return o;
}

Request ContainerUpdateSpec::request() const
{
    return apiRequest("POST", u"/containers/"_s + pathSegment(id) + u"/update"_s, {}, body());
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
    return argv << shownName(*this);
}

Action ContainerUpdateSpec::action() const
{
    return {shownName(*this), request(), commandLine()};
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
    s.restartPolicy = restartPolicyFromInspect(host.value("RestartPolicy"_L1).toObject());
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
