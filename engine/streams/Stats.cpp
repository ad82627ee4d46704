#include "streams/Stats.h"

#include "api/Parsers.h"
#include "core/Numbers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

struct StatsReader {
    Q_DECLARE_TR_FUNCTIONS(StatsReader)

public:
    std::optional<EngineError> error;

    void fail(const QString &where)
    {
        if (!error)
            error =
                EngineError::protocol(tr("Malformed statistics from the engine: %1").arg(where));
    }

    // An object member that may be absent or null (an empty section), else must be an object.
    QJsonObject object(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(key);
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(key);
        return v.toArray();
    }

    // Counters are unsigned 64-bit in the engine; as doubles, like the CLI's float64 maths.
    double number(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble()) {
            fail(key);
            return 0;
        }
        return v.toDouble();
    }

    // Byte counts exactly (a double loses precision above 2^53).
    qint64 integer(const QJsonObject &o, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble()) {
            fail(key);
            return 0;
        }
        return toInt64(v);
    }
};

} // namespace

Result<StatsSample> parse::stats(const QJsonObject &o)
{
    StatsReader r;
    StatsSample s;
    s.id = o.value("id"_L1).toString();
    s.name = o.value("name"_L1).toString();
    if (s.name.startsWith(u'/'))
        s.name.remove(0, 1);
    if (!o.value("read"_L1).isString())
        return EngineError::protocol(
            StatsReader::tr("Malformed statistics from the engine: %1").arg("read"_L1));
    s.read = fromRfc3339(o.value("read"_L1));

    // CPU: the share of the host's CPU time the container used since the previous sample,
    // times the number of CPUs (100 % = one CPU), as calculateCPUPercentUnix in the CLI.
    const QJsonObject cpu = r.object(o, "cpu_stats"_L1);
    const QJsonObject precpu = r.object(o, "precpu_stats"_L1);
    const QJsonObject cpuUsage = r.object(cpu, "cpu_usage"_L1);
    const QJsonObject precpuUsage = r.object(precpu, "cpu_usage"_L1);
    const double cpuDelta =
        r.number(cpuUsage, "total_usage"_L1) - r.number(precpuUsage, "total_usage"_L1);
    const double systemDelta =
        r.number(cpu, "system_cpu_usage"_L1) - r.number(precpu, "system_cpu_usage"_L1);
    double onlineCpus = r.number(cpu, "online_cpus"_L1);
    if (onlineCpus == 0)
        onlineCpus = double(r.array(cpuUsage, "percpu_usage"_L1).size());
    s.onlineCpus = onlineCpus > 0 && onlineCpus < 1e6 ? int(onlineCpus) : 0;
    if (systemDelta > 0 && cpuDelta > 0)
        s.cpuPercent = cpuDelta / systemDelta * onlineCpus * 100.0;

    // Memory without the page cache the kernel can drop: usage minus total_inactive_file
    // (cgroup v1) or inactive_file (cgroup v2), as calculateMemUsageUnixNoCache.
    const QJsonObject memory = r.object(o, "memory_stats"_L1);
    const QJsonObject memoryDetail = r.object(memory, "stats"_L1);
    const qint64 usage = r.integer(memory, "usage"_L1);
    s.memoryUsage = usage;
    if (memoryDetail.contains("total_inactive_file"_L1) &&
        r.integer(memoryDetail, "total_inactive_file"_L1) < usage)
        s.memoryUsage = subClamped(usage, r.integer(memoryDetail, "total_inactive_file"_L1));
    else if (const qint64 inactive = r.integer(memoryDetail, "inactive_file"_L1); inactive < usage)
        s.memoryUsage = subClamped(usage, inactive);
    s.memoryLimit = r.integer(memory, "limit"_L1);
    if (s.memoryLimit != 0)
        s.memoryPercent = double(s.memoryUsage) / double(s.memoryLimit) * 100.0;

    const QJsonObject networks = r.object(o, "networks"_L1);
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        if (!it->isObject()) {
            r.fail("networks"_L1);
            break;
        }
        const QJsonObject n = it->toObject();
        s.netRx = addClamped(s.netRx, r.integer(n, "rx_bytes"_L1));
        s.netTx = addClamped(s.netTx, r.integer(n, "tx_bytes"_L1));
    }

    // Block I/O: entries whose op starts with r/R are reads, w/W writes (cgroup v1 says
    // "Read", v2 "read"); Sync, Async, Total and Discard are other views of the same bytes.
    const QJsonArray io = r.array(r.object(o, "blkio_stats"_L1), "io_service_bytes_recursive"_L1);
    for (const QJsonValue &entry : io) {
        if (!entry.isObject()) {
            r.fail("io_service_bytes_recursive"_L1);
            break;
        }
        const QString op = entry.toObject().value("op"_L1).toString();
        const qint64 value = r.integer(entry.toObject(), "value"_L1);
        if (op.startsWith(u'r', Qt::CaseInsensitive))
            s.blockRead = addClamped(s.blockRead, value);
        else if (op.startsWith(u'w', Qt::CaseInsensitive))
            s.blockWrite = addClamped(s.blockWrite, value);
    }

    s.pids = r.integer(r.object(o, "pids_stats"_L1), "current"_L1);
    if (r.error)
        return *r.error;
    return s;
}

Result<StatsSample> parse::stats(const QByteArray &json)
{
    const Result<QJsonObject> o = object(json);
    if (!o)
        return o.error();
    return stats(o.value());
}

QStringList statsCommandLine(const QString &container)
{
    return {u"docker"_s, u"stats"_s, container};
}

} // namespace gantry
