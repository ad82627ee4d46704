#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gantry {

// The healthcheck options of `docker run` (--health-cmd, --health-interval, --health-timeout,
// --health-retries, --health-start-period, --no-healthcheck) as Config.Healthcheck, built
// the way the docker CLI builds it: nothing set sends no Healthcheck (the image's applies);
// durations are nanoseconds, 0 meaning "the image's or the engine's default".
struct HealthCheckSpec {
    bool disabled = false;    // --no-healthcheck: Test ["NONE"]
    QString command;          // --health-cmd, run by the container's shell (CMD-SHELL)
    qint64 intervalNs = 0;    // --health-interval
    qint64 timeoutNs = 0;     // --health-timeout
    qint64 startPeriodNs = 0; // --health-start-period
    int retries = 0;          // --health-retries

    // No option given: Config.Healthcheck is left out.
    bool isEmpty() const;
    // Config.Healthcheck, as the CLI sends it (zero values and an empty Test left out).
    QJsonObject toJson() const;
    // The options, in a stable order: --health-cmd CMD --health-interval 1s ...
    QStringList options() const;
    // Back from an inspect's Config.Healthcheck (a Test of ["CMD", ...] is joined as a shell
    // line, which the dialog can only offer so).
    static HealthCheckSpec fromJson(const QJsonObject &healthcheck);

    friend bool operator==(const HealthCheckSpec &, const HealthCheckSpec &) = default;
};

// A Go duration as docker's flags read it ("30s", "1m30s", "1.5s", "500ms", "2h"; "0"), in
// nanoseconds; nullopt when invalid or negative.
std::optional<qint64> parseDuration(const QString &text);
// The shortest text parseDuration() reads back to the same value: 1m30s, 500ms, 1.5s, 0s.
QString durationText(qint64 nanoseconds);

} // namespace gantry
