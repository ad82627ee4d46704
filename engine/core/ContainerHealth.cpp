#include "core/ContainerHealth.h"

using namespace Qt::StringLiterals;

namespace gantry {

ContainerHealth healthFromWord(QStringView word)
{
    if (word == u"healthy")
        return ContainerHealth::Healthy;
    if (word == u"unhealthy")
        return ContainerHealth::Unhealthy;
    if (word == u"starting")
        return ContainerHealth::Starting;
    return ContainerHealth::None;
}

ContainerHealth healthFromStatus(QStringView status)
{
    // The engine's (daemon/list.go): "Up 5 seconds (health: starting)", "Up 3 hours (healthy)".
    if (!status.endsWith(u')'))
        return ContainerHealth::None;
    if (status.endsWith(u" (healthy)"))
        return ContainerHealth::Healthy;
    if (status.endsWith(u" (unhealthy)"))
        return ContainerHealth::Unhealthy;
    if (status.endsWith(u" (health: starting)"))
        return ContainerHealth::Starting;
    return ContainerHealth::None;
}

QString healthWord(ContainerHealth health)
{
    switch (health) {
    case ContainerHealth::Starting: return u"starting"_s;
    case ContainerHealth::Healthy: return u"healthy"_s;
    case ContainerHealth::Unhealthy: return u"unhealthy"_s;
    case ContainerHealth::None: break;
    }
    return u"none"_s;
}

} // namespace gantry
