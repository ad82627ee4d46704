#include "TestBed.h"
#include "api/DockerClient.h"
#include "specs/ContainerUpdateSpec.h"
#include "specs/RunSpec.h"

#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gantry::HealthCheckSpec)

namespace {

constexpr qint64 kMs = 1000000;
constexpr qint64 kS = 1000 * kMs;
constexpr qint64 kMiB = 1024 * 1024;

QByteArray compact(const QJsonValue &v)
{
    return QJsonDocument(QJsonObject{{u"v"_s, v}}).toJson(QJsonDocument::Compact);
}

} // namespace

// The run dialog's healthcheck options and the limits dialog's update: what Gantry sends and
// the command line it shows, run by the real docker CLI, give the same container.
class TestHealthLimitsEquivalence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_image = testbed::env("GANTRY_TEST_IMAGE");
    }

    void cleanupTestCase()
    {
        for (const QString &n : std::as_const(m_names))
            testbed::docker({u"rm"_s, u"-f"_s, n});
    }

    void healthTwins_data()
    {
        QTest::addColumn<HealthCheckSpec>("health");
        QTest::addColumn<QString>("expected"); // Config.Healthcheck of both
        HealthCheckSpec all;
        all.command = u"test -e /bin/sh && echo 'ok: \"quoted\"'"_s;
        all.intervalNs = 1 * kS;
        all.timeoutNs = 1500 * kMs;
        all.startPeriodNs = 90 * kS;
        all.retries = 2;
        QTest::newRow("every option") << all << uR"({"Test": ["CMD-SHELL",
            "test -e /bin/sh && echo 'ok: \"quoted\"'"], "Interval": 1000000000,
            "Timeout": 1500000000, "StartPeriod": 90000000000, "Retries": 2})"_s;
        HealthCheckSpec command;
        command.command = u"true"_s;
        QTest::newRow("command only") << command << uR"({"Test": ["CMD-SHELL", "true"]})"_s;
        HealthCheckSpec interval;
        interval.intervalNs = 2 * kS + 500 * kMs;
        interval.retries = 5;
        QTest::newRow("interval and retries, the image's test")
            << interval << uR"({"Interval": 2500000000, "Retries": 5})"_s;
        HealthCheckSpec off;
        off.disabled = true;
        QTest::newRow("--no-healthcheck") << off << uR"({"Test": ["NONE"]})"_s;
    }

    void healthTwins()
    {
        QFETCH(HealthCheckSpec, health);
        QFETCH(QString, expected);
        RunSpec s;
        s.image = m_image;
        s.command = {u"sleep"_s, u"300"_s};
        s.health = health;
        const QString base = testbed::unique("gantry-hc-");
        s.name = base + u"-api"_s;
        m_names << s.name;
        auto created = testbed::await<Done>(
            [&](auto done) { m_client->perform(s.createRequest(), this, done); });
        QVERIFY(created && created->ok());
        RunSpec cli = s;
        cli.name = base + u"-cli"_s;
        m_names << cli.name;
        qInfo().noquote() << shellJoin(cli.commandLine());
        QVERIFY(testbed::docker(cli.commandLine().mid(1)));

        const QJsonValue api = config(s.name).value("Healthcheck"_L1);
        const QJsonValue line = config(cli.name).value("Healthcheck"_L1);
        QCOMPARE(compact(api), compact(QJsonDocument::fromJson(expected.toUtf8()).object()));
        QCOMPARE(compact(line), compact(api));
        // And read back for "edit and recreate".
        QCOMPARE(RunSpec::fromInspect(testbed::inspect(s.name)).health, health);
    }

    void updateTwins_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("memory and swap") << u"memory"_s;
        QTest::newRow("unlimited swap") << u"swap -1"_s;
        QTest::newRow("cpus") << u"cpus"_s;
        QTest::newRow("restart on-failure:4") << u"on-failure:4"_s;
        QTest::newRow("restart always, then no") << u"always"_s;
        QTest::newRow("everything") << u"everything"_s;
    }

    void updateTwins()
    {
        QFETCH(QString, what);
        const QString base = testbed::unique("gantry-upd-");
        const QString api = base + u"-api"_s, cli = base + u"-cli"_s;
        for (const QString &n : {api, cli}) {
            m_names << n;
            QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--name"_s, n, u"-m"_s, u"64m"_s,
                                     u"--cpus"_s, u"0.5"_s, m_image, u"sleep"_s, u"300"_s}));
        }
        const ContainerUpdateSpec current = ContainerUpdateSpec::fromInspect(testbed::inspect(api));
        QCOMPARE(current.memoryBytes, std::optional<qint64>(64 * kMiB));
        ContainerUpdateSpec wanted = current;
        if (what == u"memory"_s || what == u"everything"_s) {
            wanted.memoryBytes = 96 * kMiB;
            wanted.memorySwapBytes = 192 * kMiB;
        }
        if (what == u"swap -1"_s)
            wanted.memorySwapBytes = -1;
        if (what == u"cpus"_s || what == u"everything"_s)
            wanted.nanoCpus = 750000000;
        if (what.startsWith(u"on-failure"_s) || what == u"everything"_s)
            wanted.restartPolicy = u"on-failure:4"_s;
        if (what == u"always"_s)
            wanted.restartPolicy = u"always"_s;
        ContainerUpdateSpec viaApi = wanted.changedFrom(current);
        QVERIFY(!viaApi.isEmpty());
        ContainerUpdateSpec viaCli = viaApi;
        viaCli.id.clear();
        viaCli.name = cli;
        qInfo().noquote() << shellJoin(viaCli.commandLine());

        const QJsonObject before = host(api);
        auto updated = testbed::await<Done>(
            [&](auto done) { m_client->perform(viaApi.request(), this, done); });
        QVERIFY(updated);
        QVERIFY2(updated->ok(), qPrintable(updated->error().describe()));
        QVERIFY(testbed::docker(viaCli.commandLine().mid(1)));
        if (what == u"always"_s) { // and back
            ContainerUpdateSpec back = ContainerUpdateSpec::fromInspect(testbed::inspect(api));
            back.restartPolicy = u"no"_s;
            const ContainerUpdateSpec again =
                back.changedFrom(ContainerUpdateSpec::fromInspect(testbed::inspect(api)));
            auto done2 = testbed::await<Done>(
                [&](auto done) { m_client->perform(again.request(), this, done); });
            QVERIFY(done2 && done2->ok());
            ContainerUpdateSpec againCli = again;
            againCli.id.clear();
            againCli.name = cli;
            QVERIFY(testbed::docker(againCli.commandLine().mid(1)));
        }

        // The update did what it says (else both could miss it alike)...
        const QJsonObject a = host(api), c = host(cli);
        const ContainerUpdateSpec now = ContainerUpdateSpec::fromInspect(testbed::inspect(api));
        if (what != u"always"_s) {
            QCOMPARE(now.memoryBytes, wanted.memoryBytes);
            QCOMPARE(now.memorySwapBytes, wanted.memorySwapBytes);
            QCOMPARE(now.nanoCpus, wanted.nanoCpus);
            QCOMPARE(now.restartPolicy, wanted.restartPolicy);
        } else {
            QCOMPARE(now.restartPolicy, std::optional<QString>(u"no"_s));
        }
        if (what != u"always"_s) // there and back
            QVERIFY(a != before);
        // ...the command line did the same, and the container was not recreated.
        for (const char *key : {"Memory", "MemorySwap", "NanoCpus", "CpuQuota", "CpuPeriod",
                                "RestartPolicy", "MemoryReservation", "CpuShares"})
            QVERIFY2(a.value(QLatin1StringView(key)) == c.value(QLatin1StringView(key)),
                     qPrintable(QLatin1StringView(key) + u": API "_s +
                                QString::fromUtf8(compact(a.value(QLatin1StringView(key)))) +
                                u", CLI "_s +
                                QString::fromUtf8(compact(c.value(QLatin1StringView(key))))));
        QCOMPARE(testbed::inspect(api).value("State"_L1).toObject().value("Status"_L1),
                 QJsonValue(u"running"_s));
    }

    // `docker run -it` (no -d) as the run dialog's attached run makes it: the CLI, given a
    // terminal by script(1), and Gantry's request create the same attached container.
    void attachedRunTwins()
    {
        RunSpec s;
        s.image = m_image;
        s.command = {u"sh"_s, u"-c"_s, u"exit 3"_s};
        s.interactive = s.tty = true;
        s.detach = false;
        const QString base = testbed::unique("gantry-it-");
        s.name = base + u"-api"_s;
        m_names << s.name;
        auto created = testbed::await<Done>(
            [&](auto done) { m_client->perform(s.createRequest(), this, done); });
        QVERIFY(created && created->ok());
        RunSpec cli = s;
        cli.name = base + u"-cli"_s;
        m_names << cli.name;
        const QStringList argv = cli.commandLine();
        QVERIFY(argv.contains(u"-it"_s) && !argv.contains(u"-d"_s));
        QProcess script;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_HOST"));
        script.setProcessEnvironment(env);
        script.start(u"script"_s, {u"-qec"_s, shellJoin(argv), u"/dev/null"_s});
        QVERIFY(script.waitForFinished(30000));
        QCOMPARE(script.exitCode(), 3); // the container's own exit code, as docker run -it gives
        const QJsonObject api = config(s.name), line = config(cli.name);
        for (const char *key : {"AttachStdin", "AttachStdout", "AttachStderr", "StdinOnce",
                                "OpenStdin", "Tty", "Cmd"}) {
            QVERIFY2(api.value(QLatin1StringView(key)) == line.value(QLatin1StringView(key)),
                     key);
        }
        QCOMPARE(api.value("StdinOnce"_L1), QJsonValue(true));
    }

    // The engine's refusal is a value with its words: memory above the swap limit.
    void engineRefusesMemoryAboveSwap()
    {
        const QString name = testbed::unique("gantry-upd-refused-");
        m_names << name;
        QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--name"_s, name, u"-m"_s, u"64m"_s, m_image,
                                 u"sleep"_s, u"300"_s}));
        ContainerUpdateSpec u;
        u.id = name;
        u.memoryBytes = 256 * kMiB; // the swap limit stays at 128m
        auto r =
            testbed::await<Done>([&](auto done) { m_client->perform(u.request(), this, done); });
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().describe().contains(u"memoryswap"_s, Qt::CaseInsensitive),
                 qPrintable(r->error().describe()));
        u.name = name;
        QVERIFY(!testbed::docker(u.commandLine().mid(1))); // the CLI is refused alike
        QCOMPARE(host(name).value("Memory"_L1).toInteger(), 64 * kMiB);
    }

private:
    QJsonObject config(const QString &name)
    {
        return testbed::inspect(name).value("Config"_L1).toObject();
    }
    QJsonObject host(const QString &name)
    {
        return testbed::inspect(name).value("HostConfig"_L1).toObject();
    }

    DockerClient *m_client = nullptr;
    QString m_image;
    QStringList m_names;
};

QTEST_GUILESS_MAIN(TestHealthLimitsEquivalence)
#include "tst_health_limits_equivalence.moc"
