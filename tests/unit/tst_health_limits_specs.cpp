#include "api/HealthReport.h"
#include "api/Parsers.h"
#include "core/ContainerHealth.h"
#include "specs/ContainerUpdateSpec.h"
#include "specs/HealthCheckSpec.h"
#include "specs/RunSpec.h"
#include "specs/TerminalSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

constexpr qint64 kMs = 1000000;
constexpr qint64 kS = 1000 * kMs;

} // namespace

// The healthcheck options of the run dialog, the container update of the limits dialog and
// the attached run (-it): each request and command line from one spec.
class TestHealthLimitsSpecs : public QObject {
    Q_OBJECT
private slots:
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ns"); // -1: invalid
        QTest::addColumn<QString>("back");
        QTest::newRow("30s") << u"30s"_s << 30 * kS << u"30s"_s;
        QTest::newRow("1m30s") << u"1m30s"_s << 90 * kS << u"1m30s"_s;
        QTest::newRow("90s") << u"90s"_s << 90 * kS << u"1m30s"_s;
        QTest::newRow("1.5s") << u"1.5s"_s << 1500 * kMs << u"1.5s"_s;
        QTest::newRow("500ms") << u"500ms"_s << 500 * kMs << u"500ms"_s;
        QTest::newRow("2h") << u"2h"_s << 7200 * kS << u"2h"_s;
        QTest::newRow("1h0m1s") << u"1h0m1s"_s << 3601 * kS << u"1h1s"_s;
        QTest::newRow("250us") << u"250us"_s << qint64(250000) << u"250us"_s;
        QTest::newRow("7ns") << u"7ns"_s << qint64(7) << u"7ns"_s;
        QTest::newRow(".5s") << u".5s"_s << 500 * kMs << u"500ms"_s;
        QTest::newRow("0") << u"0"_s << qint64(0) << u"0s"_s;
        QTest::newRow("spaces") << u" 10s "_s << 10 * kS << u"10s"_s;
        QTest::newRow("no unit") << u"30"_s << qint64(-1) << QString();
        QTest::newRow("negative") << u"-1s"_s << qint64(-1) << QString();
        QTest::newRow("unit only") << u"s"_s << qint64(-1) << QString();
        QTest::newRow("days") << u"1d"_s << qint64(-1) << QString();
        QTest::newRow("space inside") << u"1m 30s"_s << qint64(-1) << QString();
        QTest::newRow("empty") << QString() << qint64(-1) << QString();
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ns);
        QFETCH(QString, back);
        const std::optional<qint64> parsed = parseDuration(text);
        if (ns < 0) {
            QVERIFY2(!parsed, qPrintable(text));
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(*parsed, ns);
        QCOMPARE(durationText(ns), back);
        QCOMPARE(parseDuration(durationText(ns)), std::optional<qint64>(ns));
    }

    void healthCheckSpec()
    {
        HealthCheckSpec none;
        QVERIFY(none.isEmpty());
        QVERIFY(none.options().isEmpty());

        HealthCheckSpec s;
        s.command = u"wget -q -O- localhost || exit 1"_s;
        s.intervalNs = 1 * kS;
        s.timeoutNs = 500 * kMs;
        s.startPeriodNs = 90 * kS;
        s.retries = 2;
        QCOMPARE(s.toJson(), json(R"({"Test": ["CMD-SHELL", "wget -q -O- localhost || exit 1"],
            "Interval": 1000000000, "Timeout": 500000000, "StartPeriod": 90000000000,
            "Retries": 2})"));
        QCOMPARE(s.options(),
                 (QStringList{u"--health-cmd"_s, s.command, u"--health-interval"_s, u"1s"_s,
                              u"--health-timeout"_s, u"500ms"_s, u"--health-start-period"_s,
                              u"1m30s"_s, u"--health-retries"_s, u"2"_s}));
        QCOMPARE(HealthCheckSpec::fromJson(s.toJson()), s);

        // Only an interval: the image's test stays (no Test sent, as the CLI does).
        HealthCheckSpec interval;
        interval.intervalNs = 5 * kS;
        QCOMPARE(interval.toJson(), json(R"({"Interval": 5000000000})"));

        HealthCheckSpec off;
        off.disabled = true;
        off.command = u"ignored"_s;
        QCOMPARE(off.toJson(), json(R"({"Test": ["NONE"]})"));
        QCOMPARE(off.options(), QStringList{u"--no-healthcheck"_s});
        QVERIFY(HealthCheckSpec::fromJson(off.toJson()).disabled);

        // An image's exec form reads back as a shell line of the same words.
        QCOMPARE(HealthCheckSpec::fromJson(json(R"({"Test": ["CMD", "cat", "/a b"]})")).command,
                 u"cat '/a b'"_s);
    }

    void runSpecCarriesTheHealthCheck()
    {
        RunSpec s;
        s.image = u"busybox"_s;
        s.command = {u"sleep"_s, u"60"_s};
        QVERIFY(!s.createBody().contains("Healthcheck"_L1));
        s.health.command = u"true"_s;
        s.health.intervalNs = 1 * kS;
        QCOMPARE(s.createBody().value("Healthcheck"_L1).toObject(),
                 json(R"({"Test": ["CMD-SHELL", "true"], "Interval": 1000000000})"));
        QCOMPARE(s.commandLine(),
                 (QStringList{u"docker"_s, u"run"_s, u"-d"_s, u"--health-cmd"_s, u"true"_s,
                              u"--health-interval"_s, u"1s"_s, u"busybox"_s, u"sleep"_s, u"60"_s}));
        // Read back from an inspect, and left out when it is the image's own.
        QJsonObject inspect{{u"Config"_s, s.createBody()}};
        QCOMPARE(RunSpec::fromInspect(inspect).health, s.health);
        QJsonObject image{{u"Config"_s, QJsonObject{{u"Healthcheck"_s, s.health.toJson()}}}};
        QVERIFY(RunSpec::fromInspect(inspect, image).health.isEmpty());
    }

    void attachedRun()
    {
        RunSpec s;
        s.image = u"busybox"_s;
        s.name = u"moncontainer"_s;
        s.command = {u"sh"_s};
        s.interactive = s.tty = true;
        const QJsonObject detached = s.createBody();
        QCOMPARE(detached.value("AttachStdin"_L1), QJsonValue(false));
        QCOMPARE(detached.value("StdinOnce"_L1), QJsonValue(false));
        s.detach = false;
        const QJsonObject attached = s.createBody();
        for (const char *key :
             {"AttachStdin", "AttachStdout", "AttachStderr", "StdinOnce", "OpenStdin", "Tty"})
            QCOMPARE(attached.value(QLatin1StringView(key)), QJsonValue(true));
        QCOMPARE(s.commandLine(), (QStringList{u"docker"_s, u"run"_s, u"-it"_s, u"--name"_s,
                                               u"moncontainer"_s, u"busybox"_s, u"sh"_s}));

        TerminalSpec t;
        t.mode = TerminalSpec::Mode::Run;
        t.containerId = u"abc"_s;
        t.runCommandLine = s.commandLine();
        QCOMPARE(t.commandLine(), s.commandLine());
        QCOMPARE(t.attachPath(), u"/containers/abc/attach?stream=1&stdin=1&stdout=1&stderr=1"_s);
        QCOMPARE(t.startRequest().path, u"/containers/abc/start"_s);
        QCOMPARE(t.startRequest().method, QByteArray("POST"));
    }

    void containerHealthFromListings()
    {
        QCOMPARE(healthFromStatus(u"Up 2 seconds (healthy)"), ContainerHealth::Healthy);
        QCOMPARE(healthFromStatus(u"Up 2 minutes (unhealthy)"), ContainerHealth::Unhealthy);
        QCOMPARE(healthFromStatus(u"Up 1 second (health: starting)"), ContainerHealth::Starting);
        QCOMPARE(healthFromStatus(u"Up 2 hours"), ContainerHealth::None);
        QCOMPARE(healthFromStatus(u"Up 2 hours (Paused)"), ContainerHealth::None);
        QCOMPARE(healthFromStatus(u"Exited (0) 5 seconds ago"), ContainerHealth::None);

        // API 1.41: only the Status text says it; newer engines add Health.Status.
        const auto list = parse::containers(R"json([
            {"Id": "a", "Names": ["/a"], "State": "running", "Status": "Up 3 seconds (healthy)"},
            {"Id": "b", "Names": ["/b"], "State": "running", "Status": "Up 3 seconds"},
            {"Id": "c", "Names": ["/c"], "State": "running",
             "Health": {"Status": "unhealthy", "FailingStreak": 3}, "Status": "Up 1 minute"},
            {"Id": "d", "Names": ["/d"], "State": "running",
             "Status": "Up 1 minute (health: starting)", "Health": {"Status": "starting"}}
        ])json");
        QVERIFY(list);
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->at(0).health, ContainerHealth::Healthy);
        QCOMPARE(list->at(1).health, ContainerHealth::None);
        QCOMPARE(list->at(2).health, ContainerHealth::Unhealthy);
        QCOMPARE(list->at(3).health, ContainerHealth::Starting);
    }

    void healthReport()
    {
        const QString longOutput(HealthReport::kMaxOutput + 10, u'x');
        QJsonObject inspect = json(R"({
            "Config": {"Healthcheck": {"Test": ["CMD-SHELL", "exit 1"]}},
            "State": {"Health": {"Status": "unhealthy", "FailingStreak": 4, "Log": [
                {"Start": "2026-12-07T10:00:00.1Z", "End": "2026-12-07T10:00:00.35Z",
                 "ExitCode": 1, "Output": "<b>not bold</b>\nsecond line"},
                null,
                {"Start": "2026-12-07T10:00:01Z", "End": "2026-12-07T10:00:01Z",
                 "ExitCode": 1, "Output": "LONG"}]}}})");
        QJsonObject state = inspect.value("State"_L1).toObject();
        QJsonObject health = state.value("Health"_L1).toObject();
        QJsonArray log = health.value("Log"_L1).toArray();
        QJsonObject last = log.at(2).toObject();
        last.insert(u"Output"_s, longOutput);
        log.replace(2, last);
        health.insert(u"Log"_s, log);
        state.insert(u"Health"_s, health);
        inspect.insert(u"State"_s, state);

        const HealthReport r = HealthReport::fromInspect(inspect);
        QVERIFY(r.present);
        QCOMPARE(r.status, ContainerHealth::Unhealthy);
        QCOMPARE(r.failingStreak, 4);
        QCOMPARE(r.test, u"CMD-SHELL exit 1"_s);
        QCOMPARE(r.probes.size(), 2); // the null entry skipped
        QCOMPARE(r.probes[0].output, u"<b>not bold</b>\nsecond line"_s);
        QCOMPARE(r.probes[0].start.msecsTo(r.probes[0].end), 250);
        QCOMPARE(r.probes[1].output.size(), HealthReport::kMaxOutput);
        QVERIFY(r.probes[1].truncated);

        QVERIFY(!HealthReport::fromInspect(json(R"({"State": {"Status": "running"}})")).present);
    }

    void cpus_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("nanos"); // -1: invalid
        QTest::newRow("1.5") << u"1.5"_s << qint64(1500000000);
        QTest::newRow("2") << u"2"_s << qint64(2000000000);
        QTest::newRow(".25") << u".25"_s << qint64(250000000);
        QTest::newRow("0.000000001") << u"0.000000001"_s << qint64(1);
        QTest::newRow("too precise") << u"0.0000000001"_s << qint64(-1);
        QTest::newRow("comma") << u"1,5"_s << qint64(-1);
        QTest::newRow("negative") << u"-1"_s << qint64(-1);
        QTest::newRow("word") << u"two"_s << qint64(-1);
        QTest::newRow("dot") << u"."_s << qint64(-1);
    }

    void cpus()
    {
        QFETCH(QString, text);
        QFETCH(qint64, nanos);
        const std::optional<qint64> parsed = parseCpus(text);
        if (nanos < 0) {
            QVERIFY(!parsed);
            return;
        }
        QCOMPARE(parsed, std::optional<qint64>(nanos));
        QCOMPARE(parseCpus(cpusText(nanos)), std::optional<qint64>(nanos));
    }

    void containerUpdate()
    {
        const QJsonObject inspect = json(R"({"Id": "0123456789abcdef", "Name": "/web",
            "HostConfig": {"Memory": 134217728, "MemorySwap": 268435456, "NanoCpus": 0,
                           "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 3}}})");
        const ContainerUpdateSpec current = ContainerUpdateSpec::fromInspect(inspect);
        QCOMPARE(current.name, u"web"_s);
        QCOMPARE(current.memoryBytes, std::optional<qint64>(128 << 20));
        QCOMPARE(current.restartPolicy, std::optional<QString>(u"on-failure:3"_s));
        QVERIFY(current.changedFrom(current).isEmpty());

        ContainerUpdateSpec wanted = current;
        wanted.memoryBytes = 256 << 20;
        wanted.memorySwapBytes = -1;
        wanted.nanoCpus = 1500000000;
        const ContainerUpdateSpec u = wanted.changedFrom(current);
        QVERIFY(!u.restartPolicy); // unchanged: not sent, not on the line
        QCOMPARE(u.body(), json(R"({"Memory": 268435456, "MemorySwap": -1,
                                    "NanoCpus": 1500000000})"));
        QCOMPARE(u.commandLine(),
                 (QStringList{u"docker"_s, u"update"_s, u"--memory"_s, u"256m"_s,
                              u"--memory-swap"_s, u"-1"_s, u"--cpus"_s, u"1.5"_s, u"web"_s}));
        QCOMPARE(u.request().path, u"/containers/0123456789abcdef/update"_s);
        QCOMPARE(u.request().method, QByteArray("POST"));

        ContainerUpdateSpec restart = current;
        restart.restartPolicy = u"no"_s;
        const ContainerUpdateSpec r = restart.changedFrom(current);
        QCOMPARE(r.body(), json(R"({"RestartPolicy": {"Name": "no", "MaximumRetryCount": 0}})"));
        QCOMPARE(r.commandLine(),
                 (QStringList{u"docker"_s, u"update"_s, u"--restart"_s, u"no"_s, u"web"_s}));
        restart.restartPolicy = u"on-failure:5"_s;
        QCOMPARE(restart.changedFrom(current).body(),
                 json(R"({"RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 5}})"));
    }
};

QTEST_GUILESS_MAIN(TestHealthLimitsSpecs)
#include "tst_health_limits_specs.moc"
