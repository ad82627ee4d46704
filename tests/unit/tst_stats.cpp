// Stats samples computed as the docker CLI does, from JSON recorded on this machine's test
// bed (dockerd 20.10, cgroup v1): a busy container limited to 64 MiB, one with page cache
// and two networks, a stopped one, a live stream. stats_v1.41_cgroup2.json is the busy
// sample rewritten in the cgroup v2 shape (inactive_file, lowercase blkio ops, no
// percpu_usage), since this machine has no cgroup v2 to record from.
#include "Fixtures.h"
#include "streams/Stats.h"
#include "transport/StreamDecoders.h"

#include <QJsonDocument>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

StatsSample sampleOf(const char *name)
{
    const Result<StatsSample> s = parse::stats(fixture(name));
    if (!s)
        qFatal("%s: %s", name, qPrintable(s.error().describe()));
    return s.value();
}

QJsonObject objectOf(const char *name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

} // namespace

class TestStats : public QObject {
    Q_OBJECT
private slots:
    void busyContainerWithAMemoryLimit()
    {
        const StatsSample s = sampleOf("stats_v1.41_cgroup1_busy.json");
        QCOMPARE(s.name, u"rec-stats"_s);
        QVERIFY(s.id.startsWith(u"f7325a7f3a5c"_s));
        QVERIFY(s.isRunning());
        QCOMPARE(s.read, QDateTime(QDate(2026, 11, 29), QTime(14, 11, 43, 587), Qt::UTC));
        // (40471169588 - 39508407419) / (22380360000000 - 22378350000000) * 2 * 100
        QCOMPARE(s.cpuPercent, 962762169.0 / 2010000000.0 * 2 * 100);
        QVERIFY(qAbs(s.cpuPercent - 95.797) < 0.001);
        QCOMPARE(s.onlineCpus, 2);
        QCOMPARE(s.memoryUsage, 434176); // total_inactive_file is 0
        QCOMPARE(s.memoryLimit, 64 * 1024 * 1024);
        QCOMPARE(s.memoryPercent, 434176.0 / 67108864.0 * 100);
        QCOMPARE(s.netRx, 726);
        QCOMPARE(s.netTx, 0);
        QCOMPARE(s.blockRead, 0);
        QCOMPARE(s.blockWrite, 0);
        QCOMPARE(s.pids, 1);
    }

    void pageCacheIsNotCountedAndNetworksAreSummed()
    {
        const StatsSample s = sampleOf("stats_v1.41_cgroup1_cache.json");
        // usage 9465856 minus total_inactive_file 8388608 (`docker stats` said 1.027MiB).
        QCOMPARE(s.memoryUsage, 9465856 - 8388608);
        QCOMPARE(s.memoryLimit, Q_INT64_C(25325268992)); // no limit: the host's memory
        QCOMPARE(s.netRx, 656 + 1096);                   // eth0 + eth1
        QCOMPARE(s.netTx, 0);
        QCOMPARE(s.cpuPercent, 0.0); // idle: no CPU time used since the previous sample
    }

    void cgroupV2Shape()
    {
        const StatsSample s = sampleOf("stats_v1.41_cgroup2.json");
        QCOMPARE(s.memoryUsage, 52428800 - 31457280); // minus inactive_file
        QCOMPARE(s.memoryPercent, 31.25);
        QCOMPARE(s.blockRead, 1048576 + 2048); // "read" on two devices
        QCOMPARE(s.blockWrite, 4096 + 8192);
        QCOMPARE(s.netRx, 1750);
        QCOMPARE(s.netTx, 1000);
        QCOMPARE(s.pids, 7);
        QCOMPARE(s.cpuPercent, 962762169.0 / 2010000000.0 * 2 * 100);
    }

    void blockIoOpsAsTheCliReadsThem()
    {
        QJsonObject o = objectOf("stats_v1.41_cgroup1_busy.json");
        QJsonObject blkio;
        blkio.insert("io_service_bytes_recursive"_L1,
                     QJsonArray{QJsonObject{{"op"_L1, "Read"_L1}, {"value"_L1, 10}},
                                QJsonObject{{"op"_L1, "Write"_L1}, {"value"_L1, 20}},
                                QJsonObject{{"op"_L1, "Sync"_L1}, {"value"_L1, 30}},
                                QJsonObject{{"op"_L1, "Total"_L1}, {"value"_L1, 30}},
                                QJsonObject{{"op"_L1, ""_L1}, {"value"_L1, 99}}});
        o.insert("blkio_stats"_L1, blkio);
        const Result<StatsSample> s = parse::stats(o);
        QVERIFY(s);
        QCOMPARE(s->blockRead, 10);
        QCOMPARE(s->blockWrite, 20);
    }

    void onlineCpusFallsBackToPerCpuList()
    {
        QJsonObject o = objectOf("stats_v1.41_cgroup1_busy.json");
        QJsonObject cpu = o.value("cpu_stats"_L1).toObject();
        cpu.remove("online_cpus"_L1); // older engines: the length of percpu_usage (2 here)
        o.insert("cpu_stats"_L1, cpu);
        const Result<StatsSample> s = parse::stats(o);
        QVERIFY(s);
        QCOMPARE(s->onlineCpus, 2);
        QCOMPARE(s->cpuPercent, 962762169.0 / 2010000000.0 * 2 * 100);
    }

    void inactiveFileAboveUsageIsIgnored()
    {
        QJsonObject o = objectOf("stats_v1.41_cgroup1_busy.json");
        QJsonObject memory = o.value("memory_stats"_L1).toObject();
        QJsonObject detail = memory.value("stats"_L1).toObject();
        detail.insert("total_inactive_file"_L1, 999999999); // more than usage: not subtracted
        memory.insert("stats"_L1, detail);
        o.insert("memory_stats"_L1, memory);
        QCOMPARE(parse::stats(o)->memoryUsage, 434176);
    }

    // Found by fuzzing (tests/fuzz/seeds/parsers/stats-counters-overflow): sums of the engine's
    // counters overflowed qint64 (undefined behaviour), and a CPU count of 1e300 was converted
    // to int. Sums now stop at the bounds; an absurd CPU count is unknown (0).
    void absurdCountersNeverOverflow()
    {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        constexpr qint64 kMin = std::numeric_limits<qint64>::min();
        const Result<StatsSample> s = parse::stats(QByteArray(R"({
            "read": "2026-11-29T14:11:43.5Z",
            "cpu_stats": {"online_cpus": 1e300, "cpu_usage": {"total_usage": 10}},
            "memory_stats": {"usage": 9223372036854775807, "stats": {"inactive_file": -5}},
            "networks": {"eth0": {"rx_bytes": 1500, "tx_bytes": -9223372036854775808},
                         "eth1": {"rx_bytes": 9223372036854775807, "tx_bytes": -1}},
            "blkio_stats": {"io_service_bytes_recursive": [
                {"op": "Read", "value": 9223372036854775807}, {"op": "read", "value": 7}]}})"));
        QVERIFY(s.ok());
        QCOMPARE(s->onlineCpus, 0);
        QCOMPARE(s->memoryUsage, kMax);
        QCOMPARE(s->netRx, kMax);
        QCOMPARE(s->netTx, kMin);
        QCOMPARE(s->blockRead, kMax);
    }

    void stoppedContainerGivesAnEmptySample()
    {
        const StatsSample s = sampleOf("stats_v1.41_stopped.json");
        QVERIFY(!s.isRunning());
        QCOMPARE(s.name, u"rec-notty2"_s);
        QCOMPARE(s.cpuPercent, 0.0);
        QCOMPARE(s.memoryUsage, 0);
        QCOMPARE(s.memoryLimit, 0);
        QCOMPARE(s.memoryPercent, 0.0);
        QCOMPARE(s.pids, 0);
    }

    void streamSplitAnywhere()
    {
        const QByteArray bytes = fixture("stats_stream_v1.41.jsonl");
        for (qsizetype i = 0; i <= bytes.size(); i += 7) {
            JsonLinesDecoder d;
            QList<Result<QJsonObject>> lines = d.feed(QByteArrayView(bytes).first(i));
            lines += d.feed(QByteArrayView(bytes).sliced(i));
            QVERIFY(!d.finish());
            QCOMPARE(lines.size(), 2);
            const Result<StatsSample> first = parse::stats(lines[0].value());
            const Result<StatsSample> second = parse::stats(lines[1].value());
            QVERIFY(first && second);
            // The first sample of a stream has no previous one: the CLI then divides the
            // container's CPU time by the host's since boot.
            QVERIFY(qAbs(first->cpuPercent - 0.37044258961852566) < 1e-9);
            QVERIFY(qAbs(second->cpuPercent - 92.62492338308458) < 1e-9);
            QVERIFY(second->read > first->read);
        }
    }

    void malformedInputIsAnErrorValue_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << "{\"read\": "_ba;
        QTest::newRow("array") << "[1, 2]"_ba;
        QTest::newRow("no read") << "{\"cpu_stats\": {}}"_ba;
        QTest::newRow("read not a string") << "{\"read\": 5}"_ba;
        QTest::newRow("cpu_stats a string") << "{\"read\": \"x\", \"cpu_stats\": \"busy\"}"_ba;
        QTest::newRow("usage a string")
            << "{\"read\": \"x\", \"memory_stats\": {\"usage\": \"big\"}}"_ba;
        QTest::newRow("network not an object")
            << "{\"read\": \"x\", \"networks\": {\"eth0\": 3}}"_ba;
        QTest::newRow("blkio entry not an object")
            << "{\"read\": \"x\", \"blkio_stats\": {\"io_service_bytes_recursive\": [1]}}"_ba;
        QTest::newRow("percpu not a list")
            << "{\"read\": \"x\", \"cpu_stats\": {\"cpu_usage\": {\"percpu_usage\": 2}}}"_ba;
    }

    void malformedInputIsAnErrorValue()
    {
        QFETCH(QByteArray, json);
        const Result<StatsSample> s = parse::stats(json);
        QVERIFY(!s);
        QCOMPARE(s.error().kind(), EngineError::Kind::Protocol);
    }

    void truncatedStreamIsAnError()
    {
        const QByteArray bytes = fixture("stats_stream_v1.41.jsonl");
        JsonLinesDecoder d;
        const QList<Result<QJsonObject>> lines = d.feed(bytes.first(bytes.size() - 40));
        QCOMPARE(lines.size(), 1);
        QVERIFY(d.finish().has_value());
    }

    void commandLine()
    {
        QCOMPARE(statsCommandLine(u"web"_s), (QStringList{u"docker"_s, u"stats"_s, u"web"_s}));
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
