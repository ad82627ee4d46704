#include "TestBed.h"
#include "api/DockerClient.h"
#include "specs/ActionSpecs.h"

#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;
using Verb = ContainerActionSpec::Verb;

// Every action's command line, run with the real docker CLI, does what its API request
// does: one container gets the request, a twin gets the command line, and the engine's
// state of both is compared afterwards.
class TestCliEquivalence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        // Pinged, with the API version negotiated.
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_image = testbed::env("GANTRY_TEST_IMAGE");
    }

    void cleanupTestCase()
    {
        for (const QString &n : std::as_const(m_names))
            testbed::docker({u"rm"_s, u"-f"_s, u"-v"_s, n});
    }

    void containerVerbs_data()
    {
        QTest::addColumn<int>("verb");
        QTest::addColumn<bool>("startFirst");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("signal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("start") << int(Verb::Start) << false << -1 << QString() << u"running"_s;
        QTest::newRow("stop -t 1") << int(Verb::Stop) << true << 1 << QString() << u"exited"_s;
        QTest::newRow("restart -t 1")
            << int(Verb::Restart) << true << 1 << QString() << u"running"_s;
        QTest::newRow("pause") << int(Verb::Pause) << true << -1 << QString() << u"paused"_s;
        QTest::newRow("kill") << int(Verb::Kill) << true << -1 << QString() << u"exited"_s;
        QTest::newRow("kill -s SIGTERM")
            << int(Verb::Kill) << true << -1 << u"SIGTERM"_s << u"running"_s;
    }

    void containerVerbs()
    {
        QFETCH(int, verb);
        QFETCH(bool, startFirst);
        QFETCH(int, timeout);
        QFETCH(QString, signal);
        QFETCH(QString, expected);
        // sleep as PID 1 ignores SIGTERM: "kill -s SIGTERM" leaves both running.
        const auto [api, cli] = twins(startFirst, {});
        const auto spec = [&](const QString &name) {
            ContainerActionSpec s;
            s.verb = Verb(verb);
            s.id = inspect(name).value("Id"_L1).toString();
            s.name = name;
            if (timeout >= 0)
                s.timeoutSeconds = timeout;
            s.signal = signal;
            return s;
        };
        QVERIFY(viaApi(spec(api).action()));
        QVERIFY(viaCli(spec(cli).commandLine()));
        QTRY_COMPARE_WITH_TIMEOUT(status(api), expected, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(status(cli), expected, 5000);
        QCOMPARE(exitCode(api), exitCode(cli));
    }

    void unpause()
    {
        const auto [api, cli] = twins(true, {});
        testbed::docker({u"pause"_s, api});
        testbed::docker({u"pause"_s, cli});
        QVERIFY(viaApi(containerSpec(Verb::Unpause, api).action()));
        QVERIFY(viaCli(containerSpec(Verb::Unpause, cli).commandLine()));
        QCOMPARE(status(api), u"running"_s);
        QCOMPARE(status(cli), u"running"_s);
    }

    void removeKeepsOrTakesAnonymousVolumes_data()
    {
        QTest::addColumn<bool>("force");
        QTest::addColumn<bool>("volumes");
        QTest::newRow("rm") << false << false;
        QTest::newRow("rm -v") << false << true;
        QTest::newRow("rm -f -v") << true << true;
    }

    void removeKeepsOrTakesAnonymousVolumes()
    {
        QFETCH(bool, force);
        QFETCH(bool, volumes);
        const auto [api, cli] = twins(force, {u"-v"_s, u"/data"_s});
        const QString apiVolume = volumeOf(api);
        const QString cliVolume = volumeOf(cli);
        QVERIFY(!apiVolume.isEmpty() && !cliVolume.isEmpty());
        const auto spec = [&](const QString &name) {
            ContainerActionSpec s = containerSpec(Verb::Remove, name);
            s.force = force;
            s.removeVolumes = volumes;
            return s;
        };
        QVERIFY(viaApi(spec(api).action()));
        QVERIFY(viaCli(spec(cli).commandLine()));
        QVERIFY(!testbed::docker({u"inspect"_s, api}));
        QVERIFY(!testbed::docker({u"inspect"_s, cli}));
        QCOMPARE(volumeExists(apiVolume), !volumes);
        QCOMPARE(volumeExists(cliVolume), !volumes);
        testbed::docker({u"volume"_s, u"rm"_s, apiVolume, cliVolume});
    }

    void removeRunningWithoutForceFailsBothWays()
    {
        const auto [api, cli] = twins(true, {});
        QVERIFY(!viaApi(containerSpec(Verb::Remove, api).action()));
        QVERIFY(!viaCli(containerSpec(Verb::Remove, cli).commandLine()));
        QCOMPARE(status(api), u"running"_s);
        QCOMPARE(status(cli), u"running"_s);
    }

    void tagAndRemoveImages()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString apiRef = u"gantry-cli/api-"_s + tag + u":1"_s;
        const QString cliRef = u"gantry-cli/cli-"_s + tag + u":1"_s;
        QVERIFY(viaApi(ImageTagSpec{m_image, apiRef}.action()));
        QVERIFY(viaCli(ImageTagSpec{m_image, cliRef}.commandLine()));
        const QString seedId = imageId(m_image);
        QCOMPARE(imageId(apiRef), seedId);
        QCOMPARE(imageId(cliRef), seedId);

        QVERIFY(viaApi(ImageRemoveSpec{apiRef, false, false}.action()));
        QVERIFY(viaCli(ImageRemoveSpec{cliRef, false, false}.commandLine()));
        QVERIFY(imageId(apiRef).isEmpty());
        QVERIFY(imageId(cliRef).isEmpty());
        QCOMPARE(imageId(m_image), seedId); // only the tags went
    }

    void shellJoinQuotesWhatNeedsIt()
    {
        QCOMPARE(shellJoin({u"docker"_s, u"rm"_s, u"-f"_s, u"web"_s}), u"docker rm -f web"_s);
        QCOMPARE(shellJoin({u"echo"_s, u"a b"_s, u"it's"_s, QString()}),
                 u"echo 'a b' 'it'\\''s' ''"_s);
        // And a shell reads it back the same.
        QProcess sh;
        sh.start(u"sh"_s,
                 {u"-c"_s, u"printf '%s|' "_s + shellJoin({u"a b"_s, u"it's"_s, u"$HOME"_s})});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("a b|it's|$HOME|"));
    }

private:
    std::pair<QString, QString> twins(bool start, const QStringList &extra)
    {
        const QString base = u"gantry-cli-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString a = base + u"-api"_s, b = base + u"-cli"_s;
        for (const QString &n : {a, b}) {
            m_names << n;
            QStringList args{start ? u"run"_s : u"create"_s};
            if (start)
                args << u"-d"_s;
            args << u"--name"_s << n << u"--network"_s << u"none"_s << extra << m_image
                 << u"sleep"_s << u"300"_s;
            testbed::docker(args);
        }
        return {a, b};
    }

    ContainerActionSpec containerSpec(Verb verb, const QString &name)
    {
        ContainerActionSpec s;
        s.verb = verb;
        s.id = inspect(name).value("Id"_L1).toString();
        s.name = name;
        return s;
    }

    bool viaApi(const Action &action)
    {
        auto r =
            testbed::await<Done>([&](auto done) { m_client->perform(action.request, this, done); });
        return r && r->ok();
    }

    bool viaCli(const QStringList &argv)
    {
        if (argv.value(0) != u"docker"_s)
            return false;
        return testbed::docker(argv.mid(1)).has_value();
    }

    QJsonObject inspect(const QString &name)
    {
        const auto out = testbed::docker({u"inspect"_s, name});
        return out ? QJsonDocument::fromJson(*out).array().first().toObject() : QJsonObject();
    }

    QString status(const QString &name)
    {
        return inspect(name).value("State"_L1).toObject().value("Status"_L1).toString();
    }

    int exitCode(const QString &name)
    {
        return inspect(name).value("State"_L1).toObject().value("ExitCode"_L1).toInt();
    }

    QString volumeOf(const QString &name)
    {
        return inspect(name)
            .value("Mounts"_L1)
            .toArray()
            .first()
            .toObject()
            .value("Name"_L1)
            .toString();
    }

    bool volumeExists(const QString &volume)
    {
        return testbed::docker({u"volume"_s, u"inspect"_s, volume}).has_value();
    }

    QString imageId(const QString &ref)
    {
        const auto out = testbed::docker({u"image"_s, u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, ref});
        return out ? QString::fromUtf8(*out).trimmed() : QString();
    }

    DockerClient *m_client = nullptr;
    QString m_image;
    QStringList m_names;
};

QTEST_GUILESS_MAIN(TestCliEquivalence)
#include "tst_cli_equivalence.moc"
