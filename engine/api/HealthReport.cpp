#include "api/HealthReport.h"

#include "api/Parsers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gantry {

HealthReport HealthReport::fromInspect(const QJsonObject &inspect)
{
    HealthReport r;
    const QJsonValue health = inspect.value("State"_L1).toObject().value("Health"_L1);
    if (!health.isObject())
        return r;
    const QJsonObject h = health.toObject();
    r.present = true;
    r.status = healthFromWord(h.value("Status"_L1).toString());
    r.failingStreak = h.value("FailingStreak"_L1).toInt();
    QStringList test;
    const QJsonObject check =
        inspect.value("Config"_L1).toObject().value("Healthcheck"_L1).toObject();
    for (const QJsonValue &v : check.value("Test"_L1).toArray())
        test << v.toString();
    r.test = test.join(u' ');
    for (const QJsonValue &v : h.value("Log"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue; // the API allows null entries
        HealthProbe p;
        p.start = parse::fromRfc3339(o.value("Start"_L1));
        p.end = parse::fromRfc3339(o.value("End"_L1));
        p.exitCode = o.value("ExitCode"_L1).toInt(-1);
        p.output = o.value("Output"_L1).toString();
        if (p.output.size() > kMaxOutput) {
            p.output.truncate(kMaxOutput);
            p.truncated = true;
        }
        r.probes << p;
    }
    return r;
}

} // namespace gantry
