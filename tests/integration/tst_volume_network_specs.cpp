#include "TestBed.h"
#include "api/DockerClient.h"
#include "api/ResourceUsage.h"
#include "listings/NetworkModel.h"
#include "listings/VolumeModel.h"
#include "live/VolumeNetworkRefresher.h"
#include "specs/VolumeNetworkSpecs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

// Every volume and network action's command line, run with the real docker CLI, does what
// its API request does: one resource gets the request, a twin gets the command line, and
// the engine's state of both is compared afterwards. Then the refresher against the engine.
class TestVolumeNetworkSpecs : public QObject {
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
        for (const QString &c : std::as_const(m_containers))
            testbed::docker({u"rm"_s, u"-f"_s, c});
        for (const QString &v : std::as_const(m_volumes))
            testbed::docker({u"volume"_s, u"rm"_s, u"-f"_s, v});
        for (const QString &n : std::as_const(m_networks))
            testbed::docker({u"network"_s, u"rm"_s, n});
    }

    // -- volumes ----------------------------------------------------------------------------

    void volumeCreate()
    {
        const auto [api, cli] = twinNames("vol");
        const auto spec = [](const QString &name) {
            VolumeCreateSpec s;
            s.name = name;
            s.labels = {{u"org.gantry.test"_s, u"twin"_s}, {u"tier"_s, u"a b"_s}};
            return s;
        };
        QVERIFY(viaApi(spec(api).action()));
        QVERIFY(viaCli(spec(cli).commandLine()));
        const QJsonObject a = inspectVolumeJson(api), b = inspectVolumeJson(cli);
        QCOMPARE(a.value("Name"_L1).toString(), api);
        QCOMPARE(b.value("Name"_L1).toString(), cli);
        for (const char *key : {"Driver", "Labels", "Scope", "Options"})
            QCOMPARE(a.value(QLatin1StringView(key)), b.value(QLatin1StringView(key)));
        QCOMPARE(a.value("Labels"_L1).toObject().value("tier"_L1).toString(), u"a b"_s);
        QCOMPARE(shellJoin(spec(cli).commandLine()),
                 u"docker volume create --label org.gantry.test=twin --label 'tier=a b' "_s + cli);
    }

    void volumeCreateWithoutNameGetsAGeneratedOne()
    {
        const QStringList before = volumeNames();
        QVERIFY(viaApi(VolumeCreateSpec{}.action()));
        QVERIFY(viaCli(VolumeCreateSpec{}.commandLine()));
        QStringList added;
        for (const QString &v : volumeNames()) {
            if (!before.contains(v))
                added << v;
        }
        m_volumes << added;
        QCOMPARE(added.size(), 2);
        for (const QString &v : std::as_const(added))
            QVERIFY2(VolumeModel::isAnonymous(v), qPrintable(v));
        QCOMPARE(VolumeCreateSpec{}.commandLine(),
                 (QStringList{u"docker"_s, u"volume"_s, u"create"_s}));
    }

    void volumeNamesAreValidatedAsTheEngineDoes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty: generated") << QString() << true;
        QTest::newRow("plain") << u"data"_s << true;
        QTest::newRow("separators") << u"my_vol.2-x"_s << true;
        QTest::newRow("one character") << u"a"_s << false;
        QTest::newRow("leading dash") << u"-data"_s << false;
        QTest::newRow("space") << u"my data"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
    }

    void volumeNamesAreValidatedAsTheEngineDoes()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(VolumeCreateSpec::isValidName(name), valid);
        if (name.isEmpty())
            return;
        // The engine agrees: what the dialog refuses, the engine refuses too.
        auto r = testbed::await<Done>(
            [&](auto done) { m_client->perform(volumeNamed(name).request(), this, done); });
        QVERIFY(r);
        if (r->ok())
            m_volumes << name;
        QCOMPARE(r->ok(), valid);
        if (!valid)
            QCOMPARE(r->error().kind(), EngineError::Kind::BadRequest);
    }

    void volumeRemove()
    {
        const auto [api, cli] = twinNames("rm");
        testbed::docker({u"volume"_s, u"create"_s, api});
        testbed::docker({u"volume"_s, u"create"_s, cli});
        QVERIFY(viaApi(VolumeRemoveSpec{api}.action()));
        QVERIFY(viaCli(VolumeRemoveSpec{cli}.commandLine()));
        QVERIFY(!volumeExists(api));
        QVERIFY(!volumeExists(cli));
        // -f: a volume that is not there is no error, both ways.
        QVERIFY(viaApi(VolumeRemoveSpec{api, true}.action()));
        QVERIFY(viaCli(VolumeRemoveSpec{cli, true}.commandLine()));
        QVERIFY(!viaApi(VolumeRemoveSpec{api, false}.action()));
        QVERIFY(!viaCli(VolumeRemoveSpec{cli, false}.commandLine()));
    }

    void volumeInUseIsRefusedWith409()
    {
        const auto names = twinNames("used");
        const QString api = names.first, cli = names.second;
        for (const QString &v : {api, cli}) {
            testbed::docker({u"volume"_s, u"create"_s, v});
            container({u"-v"_s, v + u":/data"_s});
        }
        const auto r = testbed::await<Done>(
            [&](auto done) { m_client->perform(VolumeRemoveSpec{api}.request(), this, done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind(), EngineError::Kind::Conflict);
        QCOMPARE(r->error().httpStatus(), 409);
        QVERIFY(!viaCli(VolumeRemoveSpec{cli}.commandLine()));
        QVERIFY(volumeExists(api));
        QVERIFY(volumeExists(cli));
        // Force does not take a volume in use either.
        QVERIFY(!viaApi(VolumeRemoveSpec{api, true}.action()));
        QVERIFY(!viaCli(VolumeRemoveSpec{cli, true}.commandLine()));
        QVERIFY(volumeExists(api) && volumeExists(cli));
    }

    void volumePruneTakesOnlyTheUnused()
    {
        VolumePruneSpec spec;
        spec.apiVersion = m_client->apiVersion();
        const auto prune = [&](bool api) {
            const auto [unused, used] = twinNames(api ? "prune-api" : "prune-cli");
            testbed::docker({u"volume"_s, u"create"_s, unused});
            testbed::docker({u"volume"_s, u"create"_s, used});
            const QString user = container({u"-v"_s, used + u":/data"_s});
            QVERIFY(!user.isEmpty());
            if (api)
                QVERIFY(viaApi(spec.action()));
            else
                QVERIFY(viaCli(spec.commandLine()));
            QVERIFY2(!volumeExists(unused), qPrintable(unused));
            QVERIFY2(volumeExists(used), qPrintable(used));
        };
        prune(true);
        prune(false);
    }

    void pruneSpecFollowsTheApiVersion()
    {
        VolumePruneSpec old; // 1.41: the engine prunes every unused volume by itself
        QCOMPARE(old.request().path, u"/volumes/prune"_s);
        QCOMPARE(old.request().method, QByteArray("POST"));
        QCOMPARE(shellJoin(old.commandLine()), u"docker volume prune -f"_s);

        VolumePruneSpec newer;
        newer.apiVersion = ApiVersion(1, 44); // anonymous ones only, unless all=true
        const QUrlQuery q(newer.request().path.section(u'?', 1));
        QCOMPARE(QJsonDocument::fromJson(
                     QUrl::fromPercentEncoding(q.queryItemValue(u"filters"_s).toLatin1()).toUtf8())
                     .object(),
                 (QJsonObject{{u"all"_s, QJsonArray{u"true"_s}}}));
        QCOMPARE(shellJoin(newer.commandLine()), u"docker volume prune -f -a"_s);
        newer.all = false;
        QCOMPARE(newer.request().path, u"/volumes/prune"_s);
        QCOMPARE(shellJoin(newer.commandLine()), u"docker volume prune -f"_s);
    }

    // -- networks ---------------------------------------------------------------------------

    void networkCreateWithSubnet()
    {
        const auto [api, cli] = twinNames("net");
        const auto spec = [](const QString &name, const QString &subnet) {
            NetworkCreateSpec s;
            s.name = name;
            s.subnet = subnet;
            s.internal = true;
            s.attachable = true;
            s.labels = {{u"org.gantry.test"_s, u"twin"_s}};
            return s;
        };
        const QString apiSubnet = u"10.231.1.0/24"_s, cliSubnet = u"10.231.2.0/24"_s;
        QVERIFY(viaApi(spec(api, apiSubnet).action()));
        m_networks << api;
        QVERIFY(viaCli(spec(cli, cliSubnet).commandLine()));
        m_networks << cli;
        QCOMPARE(shellJoin(spec(cli, cliSubnet).commandLine()),
                 u"docker network create --subnet 10.231.2.0/24 --internal --attachable "
                 u"--label org.gantry.test=twin "_s +
                     cli);
        const QJsonObject a = inspectNetworkJson(api), b = inspectNetworkJson(cli);
        for (const char *key : {"Driver", "Scope", "Internal", "Attachable", "EnableIPv6", "Labels",
                                "Options", "Ingress"})
            QCOMPARE(a.value(QLatin1StringView(key)), b.value(QLatin1StringView(key)));
        QCOMPARE(a.value("Internal"_L1).toBool(), true);
        QCOMPARE(a.value("Attachable"_L1).toBool(), true);
        QCOMPARE(a.value("IPAM"_L1).toObject().value("Driver"_L1),
                 b.value("IPAM"_L1).toObject().value("Driver"_L1));
        QCOMPARE(subnetOf(a), apiSubnet);
        QCOMPARE(subnetOf(b), cliSubnet);

        // A second network of the same name is refused both ways (CheckDuplicate).
        QVERIFY(!viaApi(spec(api, {}).action()));
        QVERIFY(!viaCli(spec(cli, {}).commandLine()));
        QCOMPARE(networkCount(api), 1);
        QCOMPARE(networkCount(cli), 1);
    }

    void networkCreateDefaults()
    {
        const auto [api, cli] = twinNames("plain");
        QVERIFY(viaApi(networkNamed(api).action()));
        m_networks << api;
        QVERIFY(viaCli(networkNamed(cli).commandLine()));
        m_networks << cli;
        QCOMPARE(networkNamed(cli).commandLine(),
                 (QStringList{u"docker"_s, u"network"_s, u"create"_s, cli}));
        const QJsonObject a = inspectNetworkJson(api), b = inspectNetworkJson(cli);
        for (const char *key : {"Driver", "Scope", "Internal", "Attachable", "Labels", "Options"})
            QCOMPARE(a.value(QLatin1StringView(key)), b.value(QLatin1StringView(key)));
        QCOMPARE(a.value("Driver"_L1).toString(), u"bridge"_s);
        QVERIFY(!subnetOf(a).isEmpty()); // picked by the engine
    }

    void subnetsAreValidated_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("network");
        QTest::newRow("v4") << u"172.30.0.0/16"_s << true << u"172.30.0.0/16"_s;
        QTest::newRow("v4 /32") << u"10.0.0.7/32"_s << true << u"10.0.0.7/32"_s;
        QTest::newRow("v6") << u"fd00:30::/64"_s << true << u"fd00:30::/64"_s;
        QTest::newRow("host bits") << u"172.30.0.1/16"_s << false << u"172.30.0.0/16"_s;
        QTest::newRow("no prefix") << u"172.30.0.0"_s << false << QString();
        QTest::newRow("prefix too long") << u"10.0.0.0/33"_s << false << QString();
        QTest::newRow("octet too big") << u"300.0.0.0/8"_s << false << QString();
        QTest::newRow("short form") << u"10.0/16"_s << false << QString();
        QTest::newRow("netmask form") << u"10.0.0.0/255.0.0.0"_s << false << QString();
        QTest::newRow("words") << u"my network"_s << false << QString();
    }

    void subnetsAreValidated()
    {
        QFETCH(QString, cidr);
        QFETCH(bool, valid);
        QFETCH(QString, network);
        QCOMPARE(NetworkCreateSpec::isValidSubnet(cidr), valid);
        QCOMPARE(NetworkCreateSpec::networkOf(cidr), network);
    }

    void networkRemove()
    {
        const auto [api, cli] = twinNames("gone");
        testbed::docker({u"network"_s, u"create"_s, api});
        testbed::docker({u"network"_s, u"create"_s, cli});
        QVERIFY(viaApi(NetworkRemoveSpec{api}.action()));
        QVERIFY(viaCli(NetworkRemoveSpec{cli}.commandLine()));
        QCOMPARE(networkCount(api), 0);
        QCOMPARE(networkCount(cli), 0);
    }

    void builtInNetworkIsRefusedWith403()
    {
        QVERIFY(NetworkRemoveSpec::isPredefined(u"bridge"_s));
        QVERIFY(NetworkRemoveSpec::isPredefined(u"host"_s));
        QVERIFY(NetworkRemoveSpec::isPredefined(u"none"_s));
        QVERIFY(!NetworkRemoveSpec::isPredefined(u"bridges"_s));
        const auto r = testbed::await<Done>([&](auto done) {
            m_client->perform(NetworkRemoveSpec{u"bridge"_s}.request(), this, done);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind(), EngineError::Kind::Forbidden);
        QCOMPARE(r->error().httpStatus(), 403);
        QVERIFY(!viaCli(NetworkRemoveSpec{u"bridge"_s}.commandLine()));
        QCOMPARE(networkCount(u"bridge"_s), 1);
    }

    void connectAndDisconnect_data()
    {
        QTest::addColumn<bool>("start");
        QTest::addColumn<bool>("force");
        QTest::newRow("created container") << false << false;
        QTest::newRow("running container, -f") << true << true;
    }

    void connectAndDisconnect()
    {
        QFETCH(bool, start);
        QFETCH(bool, force);
        const auto [home, target] = twinNames("link");
        for (const QString &n : {home, target}) {
            QVERIFY(testbed::docker({u"network"_s, u"create"_s, u"--internal"_s, n}));
            m_networks << n;
        }
        const QString api = container({u"--network"_s, home}, start);
        const QString cli = container({u"--network"_s, home}, start);
        QVERIFY(viaApi(NetworkConnectSpec{target, api}.action()));
        QVERIFY(viaCli(NetworkConnectSpec{target, cli}.commandLine()));
        QCOMPARE(networksOf(api), (QStringList{home, target}));
        QCOMPARE(networksOf(cli), (QStringList{home, target}));

        QVERIFY(viaApi(NetworkDisconnectSpec{target, api, force}.action()));
        QVERIFY(viaCli(NetworkDisconnectSpec{target, cli, force}.commandLine()));
        QCOMPARE(networksOf(api), QStringList{home});
        QCOMPARE(networksOf(cli), QStringList{home});
        QCOMPARE(shellJoin(NetworkDisconnectSpec{target, cli, true}.commandLine()),
                 u"docker network disconnect -f "_s + target + u' ' + cli);
    }

    // -- usage and the refresher -------------------------------------------------------------

    void usageMatchesTheEngine()
    {
        const auto names = twinNames("usage");
        const QString volume = names.first, network = names.second;
        testbed::docker({u"volume"_s, u"create"_s, volume});
        m_volumes << volume;
        testbed::docker({u"network"_s, u"create"_s, u"--internal"_s, network});
        m_networks << network;
        const QString name =
            container({u"-v"_s, volume + u":/data"_s, u"--network"_s, network}, true);
        auto r = testbed::await<QList<ContainerUsage>>(
            [&](auto done) { listContainerUsage(m_client, this, done); });
        QVERIFY(r && r->ok());
        const ContainerUsage *found = nullptr;
        for (const ContainerUsage &c : r->value()) {
            if (c.name == name)
                found = &c;
        }
        QVERIFY(found);
        QCOMPARE(found->volumes, QStringList{volume});
        QCOMPARE(found->networks.size(), 1);
        QCOMPARE(found->networks.first().name, network);
        QCOMPARE(found->networks.first().id, inspectNetworkJson(network).value("Id"_L1).toString());

        auto v = testbed::await<QJsonObject>(
            [&](auto done) { inspectVolume(m_client, volume, this, done); });
        QVERIFY(v && v->ok());
        QCOMPARE(v->value().value("Name"_L1).toString(), volume);
        auto n = testbed::await<QJsonObject>(
            [&](auto done) { inspectNetwork(m_client, network, this, done); });
        QVERIFY(n && n->ok());
        QVERIFY(n->value()
                    .value("Containers"_L1)
                    .toObject()
                    .contains(inspectContainerJson(name).value("Id"_L1).toString()));
        auto missing = testbed::await<QJsonObject>(
            [&](auto done) { inspectVolume(m_client, u"gantry-no-such-volume"_s, this, done); });
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().kind(), EngineError::Kind::NotFound);
    }

    void refresherFollowsTheEngine()
    {
        VolumeModel volumes;
        NetworkModel networks;
        VolumeNetworkRefresher refresher(m_client, &volumes, &networks);
        QSignalSpy first(&refresher, &VolumeNetworkRefresher::firstRefreshDone);
        refresher.start();
        QTRY_COMPARE_WITH_TIMEOUT(first.size(), 1, 10000);
        QVERIFY(refresher.isStreamUp());
        QVERIFY(volumes.isLoaded() && networks.isLoaded());
        QVERIFY(networks.findName(u"bridge"_s).isValid());
        QSignalSpy reset(&volumes, &QAbstractItemModel::modelReset);

        // A volume made with the CLI appears; only the volumes are listed again.
        const auto [volume, network] = twinNames("live");
        const int networkListings = refresher.listingCount(VolumeNetworkRefresher::Networks);
        QVERIFY(testbed::docker({u"volume"_s, u"create"_s, volume}));
        m_volumes << volume;
        QTRY_VERIFY_WITH_TIMEOUT(volumes.findKey(volume).isValid(), 2000);
        QCOMPARE(refresher.listingCount(VolumeNetworkRefresher::Networks), networkListings);
        QVERIFY(volumes.unusedVolumes().contains(volume));

        // A container starts using it: "used by" follows.
        const QString user = container({u"-v"_s, volume + u":/data"_s});
        QTRY_COMPARE_WITH_TIMEOUT(volumes.usersOf(volume), QStringList{user}, 2000);
        QVERIFY(!volumes.unusedVolumes().contains(volume));

        // A network, and a running container connected to it.
        QVERIFY(testbed::docker({u"network"_s, u"create"_s, u"--internal"_s, network}));
        m_networks << network;
        QTRY_VERIFY_WITH_TIMEOUT(networks.findName(network).isValid(), 2000);
        const QString member = container({u"--network"_s, network}, true);
        QTRY_COMPARE_WITH_TIMEOUT(
            networks.findName(network).data(NetworkModel::ContainersRole).toStringList(),
            QStringList{member}, 2000);
        QVERIFY(testbed::docker({u"network"_s, u"disconnect"_s, network, member}));
        QTRY_VERIFY_WITH_TIMEOUT(
            networks.findName(network).data(NetworkModel::ContainersRole).toStringList().isEmpty(),
            2000);

        // Gone again.
        testbed::docker({u"rm"_s, u"-f"_s, user});
        QTRY_VERIFY_WITH_TIMEOUT(volumes.usersOf(volume).isEmpty(), 2000);
        QVERIFY(testbed::docker({u"volume"_s, u"rm"_s, volume}));
        QTRY_VERIFY_WITH_TIMEOUT(!volumes.findKey(volume).isValid(), 2000);
        QVERIFY(testbed::docker({u"network"_s, u"rm"_s, network}));
        QTRY_VERIFY_WITH_TIMEOUT(!networks.findName(network).isValid(), 2000);
        QCOMPARE(reset.size(), 0);
        refresher.stop();
    }

private:
    static VolumeCreateSpec volumeNamed(const QString &name)
    {
        VolumeCreateSpec s;
        s.name = name;
        return s;
    }

    static NetworkCreateSpec networkNamed(const QString &name)
    {
        NetworkCreateSpec s;
        s.name = name;
        return s;
    }

    std::pair<QString, QString> twinNames(const char *what)
    {
        const QString base = u"gantry-vn-"_s + QLatin1StringView(what) + u'-' +
                             QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString a = base + u"-api"_s, b = base + u"-cli"_s;
        m_volumes << a << b;
        return {a, b};
    }

    // A container (created, or running with `start`) of the seeded image; returns its name.
    QString container(const QStringList &extra, bool start = false)
    {
        const QString name =
            u"gantry-vn-c-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_containers.prepend(name); // removed before the volumes and networks it uses
        QStringList args{start ? u"run"_s : u"create"_s};
        if (start)
            args << u"-d"_s;
        args << u"--name"_s << name;
        if (!extra.contains(u"--network"_s))
            args << u"--network"_s << u"none"_s;
        args << extra << m_image << u"sleep"_s << u"300"_s;
        return testbed::docker(args) ? name : QString();
    }

    bool viaApi(const Action &action)
    {
        auto r =
            testbed::await<Done>([&](auto done) { m_client->perform(action.request, this, done); });
        if (r && !r->ok())
            qInfo() << "API:" << r->error().describe();
        return r && r->ok();
    }

    bool viaCli(const QStringList &argv)
    {
        if (argv.value(0) != u"docker"_s)
            return false;
        return testbed::docker(argv.mid(1)).has_value();
    }

    QJsonObject inspectJson(const QStringList &args)
    {
        const auto out = testbed::docker(args);
        return out ? QJsonDocument::fromJson(*out).array().first().toObject() : QJsonObject();
    }
    QJsonObject inspectVolumeJson(const QString &name)
    {
        return inspectJson({u"volume"_s, u"inspect"_s, name});
    }
    QJsonObject inspectNetworkJson(const QString &name)
    {
        return inspectJson({u"network"_s, u"inspect"_s, name});
    }
    QJsonObject inspectContainerJson(const QString &name)
    {
        return inspectJson({u"container"_s, u"inspect"_s, name});
    }

    static QString subnetOf(const QJsonObject &network)
    {
        return network.value("IPAM"_L1)
            .toObject()
            .value("Config"_L1)
            .toArray()
            .first()
            .toObject()
            .value("Subnet"_L1)
            .toString();
    }

    QStringList networksOf(const QString &container)
    {
        QStringList out = inspectContainerJson(container)
                              .value("NetworkSettings"_L1)
                              .toObject()
                              .value("Networks"_L1)
                              .toObject()
                              .keys();
        out.sort();
        return out;
    }

    bool volumeExists(const QString &name)
    {
        return testbed::docker({u"volume"_s, u"inspect"_s, name}).has_value();
    }

    QStringList volumeNames()
    {
        const auto out = testbed::docker({u"volume"_s, u"ls"_s, u"-q"_s});
        return out ? QString::fromUtf8(*out).split(u'\n', Qt::SkipEmptyParts) : QStringList();
    }

    // How many networks have exactly that name.
    int networkCount(const QString &name)
    {
        const auto out = testbed::docker(
            {u"network"_s, u"ls"_s, u"-q"_s, u"--filter"_s, u"name=^"_s + name + u'$'});
        return out ? int(QString::fromUtf8(*out).split(u'\n', Qt::SkipEmptyParts).size()) : -1;
    }

    DockerClient *m_client = nullptr;
    QString m_image;
    QStringList m_containers;
    QStringList m_volumes;
    QStringList m_networks;
};

QTEST_GUILESS_MAIN(TestVolumeNetworkSpecs)
#include "tst_volume_network_specs.moc"
