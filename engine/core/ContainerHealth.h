#pragma once

#include <QString>

namespace gantry {

// A container's health as its healthcheck last said: the listing's Status text carries it
// ("Up 2 minutes (healthy)", "(unhealthy)", "(health: starting)"), an inspect has
// State.Health.Status, and newer engines add Health.Status to the listing too.
enum class ContainerHealth { None, Starting, Healthy, Unhealthy };

// From the engine's word: "healthy", "unhealthy", "starting"; anything else is None.
ContainerHealth healthFromWord(QStringView word);
// From a listing's Status text; None when it carries no health.
ContainerHealth healthFromStatus(QStringView status);
// The engine's word: "none", "starting", "healthy", "unhealthy".
QString healthWord(ContainerHealth health);

} // namespace gantry
