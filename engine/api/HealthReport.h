#pragma once

#include "core/ContainerHealth.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gantry {

// One run of a container's health check, from inspect's State.Health.Log (the engine keeps
// the last five).
struct HealthProbe {
    QDateTime start;
    QDateTime end;
    int exitCode = -1; // 0 healthy, 1 unhealthy, other: the probe could not run
    QString output;    // as the engine kept it (it bounds it to 4 KiB), cut to kMaxOutput
    bool truncated = false;
};

// State.Health of GET /containers/{id}/json: the status, the failures in a row and the last
// probes, newest last.
struct HealthReport {
    static constexpr qsizetype kMaxOutput = 8192; // characters shown per probe

    bool present = false; // the container has a health check
    ContainerHealth status = ContainerHealth::None;
    int failingStreak = 0;
    QList<HealthProbe> probes;
    // The configured test, e.g. "CMD-SHELL wget -q localhost" (Config.Healthcheck.Test).
    QString test;

    static HealthReport fromInspect(const QJsonObject &inspect);
};

} // namespace gantry
