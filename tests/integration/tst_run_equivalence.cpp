#include "TestBed.h"
#include "api/DockerClient.h"
#include "specs/ActionSpecs.h"
#include "specs/RunSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QUuid>
#include <QtTest>

#include <functional>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

constexpr int PortSpan = 8; // host ports a case may use from its base

QByteArray pretty(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

QJsonArray sorted(const QJsonValue &v, const std::function<bool(const QString &)> &keep = {})
{
    QStringList items;
    for (const QJsonValue &i : v.toArray()) {
        const QString s = i.isString() ? i.toString() : QString::fromUtf8(pretty(i));
        if (!keep || keep(s))
            items << s;
    }
    items.sort();
    return QJsonArray::fromStringList(items);
}

// A host port as an offset from the case's base: the twins publish different host ports.
QString relativePort(const QString &hostPort, int base)
{
    QStringList out;
    for (const QString &p : hostPort.split(u'-')) {
        const int n = p.toInt();
        out << (n >= base && n < base + PortSpan ? u"P+"_s + QString::number(n - base) : p);
    }
    return out.join(u'-');
}

// What matters of a container made by `docker run`, comparable between the twins.
QJsonObject relevant(const QJsonObject &inspect, int portBase, bool entrypointSplit)
{
    const QJsonObject config = inspect.value("Config"_L1).toObject();
    const QJsonObject host = inspect.value("HostConfig"_L1).toObject();
    QJsonObject out;
    for (const char *key : {"Image", "WorkingDir", "User", "Tty", "OpenStdin", "AttachStdin",
                            "StdinOnce", "Labels", "ExposedPorts", "Volumes"})
        out.insert(u"Config."_s + QLatin1StringView(key), config.value(QLatin1StringView(key)));
    if (entrypointSplit) {
        // The CLI takes one entrypoint word: compare what runs, not how it was split.
        QJsonArray argv = config.value("Entrypoint"_L1).toArray();
        for (const QJsonValue &a : config.value("Cmd"_L1).toArray())
            argv.append(a);
        out.insert(u"Config.Entrypoint+Cmd"_s, argv);
    } else {
        out.insert(u"Config.Entrypoint"_s, config.value("Entrypoint"_L1));
        out.insert(u"Config.Cmd"_s, config.value("Cmd"_L1));
    }
    out.insert(u"Config.Env"_s, sorted(config.value("Env"_L1),
                                       [](const QString &e) { return !e.startsWith(u"PATH="_s); }));
    out.insert(u"Path"_s, inspect.value("Path"_L1));
    out.insert(u"Args"_s, inspect.value("Args"_L1));

    for (const char *key : {"PublishAllPorts", "AutoRemove", "RestartPolicy", "NetworkMode",
                            "Memory", "NanoCpus", "Privileged", "ReadonlyRootfs", "Mounts"})
        out.insert(u"HostConfig."_s + QLatin1StringView(key), host.value(QLatin1StringView(key)));
    for (const char *key : {"Binds", "CapAdd", "CapDrop"})
        out.insert(u"HostConfig."_s + QLatin1StringView(key),
                   sorted(host.value(QLatin1StringView(key))));
    QJsonObject bindings = host.value("PortBindings"_L1).toObject();
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        QJsonArray list;
        for (const QJsonValue &b : it.value().toArray()) {
            QJsonObject o = b.toObject();
            o.insert(u"HostPort"_s, relativePort(o.value("HostPort"_L1).toString(), portBase));
            list.append(o);
        }
        it.value() = list;
    }
    out.insert(u"HostConfig.PortBindings"_s, bindings);

    // Mounts: anonymous volumes get random names.
    QJsonArray mounts;
    for (const QJsonValue &v : inspect.value("Mounts"_L1).toArray()) {
        QJsonObject m = v.toObject();
        if (m.value("Type"_L1).toString() == u"volume"_s &&
            config.value("Volumes"_L1).toObject().contains(m.value("Destination"_L1).toString()))
            m.remove(u"Name"_s);
        m.remove(u"Source"_s);
        if (m.value("Type"_L1).toString() == u"bind"_s)
            m.insert(u"Source"_s, v.toObject().value("Source"_L1));
        mounts.append(m);
    }
    out.insert(u"Mounts"_s, sorted(mounts));
    out.insert(u"State.Status"_s, inspect.value("State"_L1).toObject().value("Status"_L1));
    return out;
}

// Every key of `expected` is in `actual` with the same value (objects recursively).
bool contains(const QJsonObject &actual, const QJsonObject &expected, QString *where)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue a = actual.value(it.key());
        if (it.value().isObject() && a.isObject()) {
            if (!contains(a.toObject(), it.value().toObject(), where)) {
                where->prepend(it.key() + u'.');
                return false;
            }
        } else if (a != it.value()) {
            *where = it.key() + u": "_s + QString::fromUtf8(pretty(a)) + u" instead of "_s +
                     QString::fromUtf8(pretty(it.value()));
            return false;
        }
    }
    return true;
}

PortMapping port(const QString &ip, int host, int hostEnd, int container, int containerEnd,
                 const QString &protocol = u"tcp"_s)
{
    PortMapping p;
    p.hostIp = ip;
    p.hostPort = host;
    p.hostPortEnd = hostEnd;
    p.containerPort = container;
    p.containerPortEnd = containerEnd;
    p.protocol = protocol;
    return p;
}

// Sorted copies of the lists whose order the engine does not keep.
QJsonObject comparable(RunSpec s)
{
    std::sort(s.labels.begin(), s.labels.end());
    std::sort(s.ports.begin(), s.ports.end(), [](const PortMapping &a, const PortMapping &b) {
        return portMappingText(a) < portMappingText(b);
    });
    std::sort(s.mounts.begin(), s.mounts.end(),
              [](const VolumeMount &a, const VolumeMount &b) { return a.target < b.target; });
    QJsonArray labels, ports, mounts;
    for (const auto &[k, v] : s.labels)
        labels.append(QString(k + u'=' + v));
    for (const PortMapping &p : s.ports)
        ports.append(portMappingText(p));
    for (const VolumeMount &m : s.mounts)
        mounts.append(QJsonArray{int(m.kind), m.source, m.target, m.readOnly});
    return QJsonObject{
        {u"image"_s, s.image},
        {u"name"_s, s.name},
        {u"command"_s, QJsonArray::fromStringList(s.command)},
        {u"entrypoint"_s, QJsonArray::fromStringList(s.entrypoint)},
        {u"workingDir"_s, s.workingDir},
        {u"user"_s, s.user},
        {u"interactive"_s, s.interactive},
        {u"tty"_s, s.tty},
        {u"detach"_s, s.detach},
        {u"autoRemove"_s, s.autoRemove},
        {u"env"_s, QJsonArray::fromStringList(s.env)},
        {u"labels"_s, labels},
        {u"ports"_s, ports},
        {u"publishAll"_s, s.publishAll},
        {u"mounts"_s, mounts},
        {u"restartPolicy"_s, s.restartPolicy},
        {u"network"_s, s.network},
        {u"memoryBytes"_s, s.memoryBytes},
        {u"cpus"_s, s.cpus},
        {u"privileged"_s, s.privileged},
        {u"capAdd"_s, QJsonArray::fromStringList(s.capAdd)},
        {u"capDrop"_s, QJsonArray::fromStringList(s.capDrop)},
        {u"readOnlyRootfs"_s, s.readOnlyRootfs},
    };
}

} // namespace

// Every run option: one container is made from RunSpec::createRequest() through the API, a
// twin by running RunSpec::commandLine() with the real docker CLI; both must end up the same.
class TestRunEquivalence : public QObject {
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
        m_tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_network = u"gantry-run-net-"_s + m_tag;
        QVERIFY(testbed::docker({u"network"_s, u"create"_s, m_network}));
        m_volume = u"gantry-run-vol-"_s + m_tag;
        QVERIFY(m_bindDir.isValid());
        // Some sandboxes cannot start a privileged container at all ("unable to apply caps"):
        // there, the --privileged twins must both be created alike and both fail to start.
        const QString probe = u"gantry-run-"_s + m_tag + u"-privileged-probe"_s;
        m_names << probe;
        m_privilegedRuns =
            testbed::docker({u"run"_s, u"--name"_s, probe, u"--privileged"_s, m_image, u"true"_s})
                .has_value();
        if (!m_privilegedRuns)
            qInfo("This engine cannot start privileged containers: --privileged is compared "
                  "on created containers.");
        QFile marker(m_bindDir.filePath(u"marker"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("bound\n");
    }

    void cleanupTestCase()
    {
        for (const QString &n : std::as_const(m_names))
            testbed::docker({u"rm"_s, u"-f"_s, u"-v"_s, n});
        if (!m_network.isEmpty())
            testbed::docker({u"network"_s, u"rm"_s, m_network});
        if (!m_volume.isEmpty())
            testbed::docker({u"volume"_s, u"rm"_s, u"-f"_s, m_volume});
    }

    void twins_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected"); // in the API twin's inspect; $P: its port base
        const QList<std::pair<QString, QString>> rows{
            {u"-p"_s, uR"({"HostConfig": {"PortBindings": {
                 "80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "$P0"}],
                 "81/tcp": [{"HostIp": "127.0.0.1", "HostPort": "$P1"}],
                 "82/tcp": [{"HostIp": "127.0.0.1", "HostPort": "$P2"}],
                 "83/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}],
                 "53/udp": [{"HostIp": "127.0.0.1", "HostPort": "$P3"}]}},
                 "Config": {"ExposedPorts": {"80/tcp": {}, "81/tcp": {}, "82/tcp": {},
                                             "83/tcp": {}, "53/udp": {}}}})"_s},
            {u"-p host range for one port"_s, uR"({"HostConfig": {"PortBindings": {
                 "80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "$P0-$P3"}]}}})"_s},
            {u"-P"_s, uR"({"HostConfig": {"PublishAllPorts": true}})"_s},
            {u"-e"_s, uR"({"Config": {"Env": ["A=1", "B=two words", "C="]}})"_s},
            {u"-l"_s, uR"({"Config": {"Labels": {"com.example.tier": "web", "x": "a b"}}})"_s},
            {u"-w -u"_s, uR"({"Config": {"WorkingDir": "/tmp", "User": "1000:1000"}})"_s},
            {u"--entrypoint"_s,
             uR"({"Config": {"Entrypoint": ["/bin/sh"], "Cmd": ["-c", "sleep 300"]}})"_s},
            {u"--entrypoint of two words"_s, uR"({"Path": "/bin/sh", "Args": ["-c", "sleep 300"],
                 "Config": {"Entrypoint": ["/bin/sh", "-c"], "Cmd": ["sleep 300"]}})"_s},
            {u"-it"_s, uR"({"Config": {"Tty": true, "OpenStdin": true, "AttachStdin": false,
                                       "StdinOnce": false}})"_s},
            {u"-i"_s, uR"({"Config": {"Tty": false, "OpenStdin": true}})"_s},
            {u"-v"_s, uR"({"Config": {"Volumes": {"/anon": {}}},
                 "HostConfig": {"Binds": ["$VOLUME:/data", "$BIND:/bind:ro"]}})"_s},
            {u"--restart on-failure:3"_s, uR"({"HostConfig": {"RestartPolicy":
                 {"Name": "on-failure", "MaximumRetryCount": 3}}})"_s},
            {u"--restart unless-stopped"_s, uR"({"HostConfig": {"RestartPolicy":
                 {"Name": "unless-stopped", "MaximumRetryCount": 0}}})"_s},
            {u"--restart always"_s, uR"({"HostConfig": {"RestartPolicy":
                 {"Name": "always", "MaximumRetryCount": 0}}})"_s},
            {u"no --restart"_s, uR"({"HostConfig": {"RestartPolicy":
                 {"Name": "no", "MaximumRetryCount": 0}, "NetworkMode": "default"}})"_s},
            {u"--network"_s, uR"({"HostConfig": {"NetworkMode": "$NETWORK"}})"_s},
            {u"-m"_s, uR"({"HostConfig": {"Memory": 100663296}})"_s},
            {u"-m in bytes"_s, uR"({"HostConfig": {"Memory": 6291457}})"_s},
            {u"--cpus"_s, uR"({"HostConfig": {"NanoCpus": 500000000}})"_s},
            {u"--privileged"_s, uR"({"HostConfig": {"Privileged": true}})"_s},
            {u"--cap-add --cap-drop"_s, uR"({"HostConfig": {"CapAdd":
                 ["CAP_NET_ADMIN", "CAP_SYS_TIME"], "CapDrop": ["CAP_MKNOD"]}})"_s},
            {u"--read-only"_s, uR"({"HostConfig": {"ReadonlyRootfs": true}})"_s},
            {u"--rm"_s, uR"({"HostConfig": {"AutoRemove": true}})"_s},
            {u"everything"_s, uR"({"Config": {"Tty": true, "OpenStdin": true, "Env": ["A=1"],
                 "WorkingDir": "/tmp"}, "HostConfig": {"AutoRemove": true, "NetworkMode":
                 "$NETWORK", "Memory": 67108864, "NanoCpus": 250000000, "ReadonlyRootfs": true,
                 "PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "$P0"}]}}})"_s},
        };
        for (const auto &[option, expected] : rows)
            QTest::newRow(qPrintable(option)) << option << expected;
    }

    void twins()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        const int apiPorts = freePortBase();
        int cliPorts = freePortBase();
        while (std::abs(cliPorts - apiPorts) < PortSpan)
            cliPorts = freePortBase();
        const QString base = u"gantry-run-"_s + m_tag + u'-' + QString::number(++m_counter);
        RunSpec api = spec(option, apiPorts);
        api.name = base + u"-api"_s;
        RunSpec cli = spec(option, cliPorts);
        cli.name = base + u"-cli"_s;
        m_names << api.name << cli.name;
        qInfo().noquote() << shellJoin(cli.commandLine());

        const bool mustStart = m_privilegedRuns || !api.privileged;
        QVERIFY(viaApi(api, false));
        const bool apiStarted = start(api.name);
        const bool cliRan = viaCli(cli.commandLine());
        QCOMPARE(cliRan, apiStarted);
        if (mustStart)
            QVERIFY(apiStarted);
        const QJsonObject apiInspect = inspect(api.name);
        const QJsonObject cliInspect = inspect(cli.name);
        QVERIFY(!apiInspect.isEmpty() && !cliInspect.isEmpty());

        // The option did what it says (else both could miss it the same way)...
        QString exp = expected;
        for (int i = 0; i < PortSpan; ++i)
            exp.replace(u"$P"_s + QString::number(i), QString::number(apiPorts + i));
        exp.replace(u"$NETWORK"_s, m_network)
            .replace(u"$VOLUME"_s, m_volume)
            .replace(u"$BIND"_s, m_bindDir.path());
        QString where;
        QVERIFY2(contains(apiInspect, QJsonDocument::fromJson(exp.toUtf8()).object(), &where),
                 qPrintable(where));
        QCOMPARE(status(apiInspect), mustStart ? u"running"_s : u"created"_s);

        // ...and the command line did the same.
        const bool split = api.entrypoint.size() > 1;
        const QJsonObject a = relevant(apiInspect, apiPorts, split);
        const QJsonObject c = relevant(cliInspect, cliPorts, split);
        for (auto it = a.begin(); it != a.end(); ++it)
            QVERIFY2(it.value() == c.value(it.key()),
                     qPrintable(it.key() + u": API "_s + QString::fromUtf8(pretty(it.value())) +
                                u", CLI "_s + QString::fromUtf8(pretty(c.value(it.key())))));
        QCOMPARE(a.keys(), c.keys());
    }

    // Docker has no read-only anonymous volume: both ways fail, and no container is left.
    void readOnlyAnonymousVolumeFailsBothWays()
    {
        RunSpec s;
        s.image = m_image;
        s.command = {u"sleep"_s, u"300"_s};
        s.mounts = {{VolumeMount::Kind::Anonymous, {}, u"/x"_s, true}};
        const QString base = u"gantry-run-"_s + m_tag + u"-rox"_s;
        s.name = base + u"-api"_s;
        m_names << s.name;
        QVERIFY(!viaApi(s, false));
        QVERIFY(!exists(s.name));
        s.name = base + u"-cli"_s;
        m_names << s.name;
        QVERIFY(!viaCli(s.commandLine()));
        QVERIFY(!exists(s.name));
    }

    // fromInspect gives back what the run dialog set.
    void fromInspectRoundTrip_data()
    {
        QTest::addColumn<bool>("withImage");
        QTest::addColumn<int>("variant");
        QTest::newRow("everything") << false << 0;
        QTest::newRow("everything, with the image") << true << 0;
        QTest::newRow("--rm, -i, defaults") << false << 1;
        QTest::newRow("image's command, with the image") << true << 2;
    }

    void fromInspectRoundTrip()
    {
        QFETCH(bool, withImage);
        QFETCH(int, variant);
        RunSpec s;
        s.image = m_image;
        s.name = u"gantry-run-"_s + m_tag + u"-rt-"_s + QString::number(++m_counter);
        if (variant == 0) {
            s.command = {u"sleep 300"_s};
            s.entrypoint = {u"/bin/sh"_s, u"-c"_s};
            s.workingDir = u"/tmp"_s;
            s.user = u"1000:1000"_s;
            s.interactive = s.tty = s.publishAll = s.privileged = s.readOnlyRootfs = true;
            s.env = {u"A=1"_s, u"B=two words"_s};
            s.labels = {{u"com.example.tier"_s, u"web"_s}, {u"a"_s, u"b"_s}};
            s.ports = {port(u"127.0.0.1"_s, 18080, 0, 80, 0), port({}, 0, 0, 443, 0),
                       port(u"127.0.0.1"_s, 19000, 19002, 7000, 7002, u"udp"_s),
                       port({}, 18100, 18110, 8443, 0), port(u"::1"_s, 18080, 0, 80, 0)};
            s.mounts = {{VolumeMount::Kind::Named, m_volume, u"/data"_s, true},
                        {VolumeMount::Kind::Bind, m_bindDir.path(), u"/bind"_s, false},
                        {VolumeMount::Kind::Anonymous, {}, u"/anon"_s, false}};
            s.restartPolicy = u"on-failure:3"_s;
            s.network = m_network;
            s.memoryBytes = 3 * 1024 * 1024 * 1024LL / 2;
            s.cpus = 0.75;
            s.capAdd = {u"NET_ADMIN"_s, u"SYS_TIME"_s};
            s.capDrop = {u"MKNOD"_s};
        } else if (variant == 1) {
            s.command = {u"sleep"_s, u"300"_s};
            s.interactive = true;
            s.autoRemove = true;
        } else {
            s.restartPolicy = u"always"_s; // the command is the image's CMD
        }
        auto created = testbed::await<CreatedContainer>(
            [&](auto done) { m_client->createContainer(s.name, s.createBody(), this, done); });
        m_names << s.name;
        QVERIFY(created && created->ok());
        auto container = testbed::await<QJsonObject>(
            [&](auto done) { m_client->inspectContainer(s.name, this, done); });
        QVERIFY(container && container->ok());
        RunSpec back;
        if (withImage) {
            auto image = testbed::await<QJsonObject>(
                [&](auto done) { m_client->inspectImage(m_image, this, done); });
            QVERIFY(image && image->ok());
            back = RunSpec::fromInspect(container->value(), image->value());
        } else {
            back = RunSpec::fromInspect(container->value());
        }
        if (variant == 2 && !withImage)
            s.command = {u"/bin/sh"_s};
        QCOMPARE(pretty(comparable(back)), pretty(comparable(s)));
        // And the same again makes the same container.
        QCOMPARE(pretty(back.createBody()), pretty(s.createBody()));
    }

    // The seed image's httpd, published on 127.0.0.1, answers through both twins.
    void publishedPortAnswers()
    {
        const QString base = u"gantry-run-"_s + m_tag + u"-httpd"_s;
        for (const bool cli : {false, true}) {
            const int hostPort = freePortBase();
            RunSpec s;
            s.image = m_image;
            s.name = base + (cli ? u"-cli"_s : u"-api"_s);
            s.command = {u"httpd"_s, u"-f"_s, u"-p"_s, u"80"_s, u"-h"_s, u"/var/www"_s};
            s.ports = {port(u"127.0.0.1"_s, hostPort, 0, 80, 0)};
            m_names << s.name;
            if (cli) {
                QVERIFY(viaCli(s.commandLine()));
            } else {
                auto created = testbed::await<Done>(
                    [&](auto done) { m_client->perform(s.createRequest(), this, done); });
                QVERIFY(created && created->ok());
                auto started = testbed::await<Done>(
                    [&](auto done) { m_client->startContainer(s.name, this, done); });
                QVERIFY(started && started->ok());
            }
            QNetworkAccessManager nam;
            nam.setProxy(QNetworkProxy::NoProxy);
            const QUrl url(u"http://127.0.0.1:"_s + QString::number(hostPort) + u'/');
            int status = 0;
            QByteArray body;
            QDeadlineTimer deadline(15000);
            while (status != 200 && !deadline.hasExpired()) {
                QNetworkReply *reply = nam.get(QNetworkRequest(url));
                QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
                status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                body = reply->readAll();
                reply->deleteLater();
                if (status != 200)
                    QTest::qWait(200);
            }
            QCOMPARE(status, 200);
            QVERIFY2(body.contains("gantry seed"), body.constData());
        }
    }

    // A named volume mounted in two containers: one writes (made through the API), the other
    // reads (made by the command line, not detached, --rm, read-only).
    void namedVolumeIsShared()
    {
        const QString volume = m_volume + u"-shared"_s;
        RunSpec writer;
        writer.image = m_image;
        writer.name = u"gantry-run-"_s + m_tag + u"-writer"_s;
        writer.command = {u"sh"_s, u"-c"_s, u"echo hi > /data/f"_s};
        writer.mounts = {{VolumeMount::Kind::Named, volume, u"/data"_s, false}};
        m_names << writer.name;
        auto created = testbed::await<Done>(
            [&](auto done) { m_client->perform(writer.createRequest(), this, done); });
        QVERIFY(created && created->ok());
        auto started = testbed::await<Done>(
            [&](auto done) { m_client->startContainer(writer.name, this, done); });
        QVERIFY(started && started->ok());
        QTRY_COMPARE_WITH_TIMEOUT(status(inspect(writer.name)), u"exited"_s, 10000);
        QCOMPARE(inspect(writer.name).value("State"_L1).toObject().value("ExitCode"_L1).toInt(), 0);
        testbed::docker({u"rm"_s, writer.name});

        RunSpec reader;
        reader.image = m_image;
        reader.name = u"gantry-run-"_s + m_tag + u"-reader"_s;
        reader.detach = false;
        reader.autoRemove = true;
        reader.command = {u"cat"_s, u"/data/f"_s};
        reader.mounts = {{VolumeMount::Kind::Named, volume, u"/data"_s, true}};
        m_names << reader.name;
        const QStringList argv = reader.commandLine();
        QVERIFY(!argv.contains(u"-d"_s));
        const auto out = testbed::docker(argv.mid(1));
        QVERIFY(out);
        QCOMPARE(*out, QByteArray("hi\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!exists(reader.name), 10000); // --rm
        QVERIFY(testbed::docker({u"volume"_s, u"rm"_s, volume}));
    }

private:
    RunSpec spec(const QString &option, int p)
    {
        RunSpec s;
        s.image = m_image;
        s.command = {u"sleep"_s, u"300"_s};
        if (option == u"-p"_s) {
            s.ports = {
                port(u"127.0.0.1"_s, p, 0, 80, 0), port(u"127.0.0.1"_s, p + 1, p + 2, 81, 82),
                port(u"127.0.0.1"_s, 0, 0, 83, 0), port(u"127.0.0.1"_s, p + 3, 0, 53, 0, u"udp"_s)};
        } else if (option == u"-p host range for one port"_s) {
            s.ports = {port(u"127.0.0.1"_s, p, p + 3, 80, 0)};
        } else if (option == u"-P"_s) {
            s.publishAll = true;
            s.ports = {port(u"127.0.0.1"_s, p, 0, 80, 0)};
        } else if (option == u"-e"_s) {
            s.env = {u"A=1"_s, u"B=two words"_s, u"C="_s};
        } else if (option == u"-l"_s) {
            s.labels = {{u"com.example.tier"_s, u"web"_s}, {u"x"_s, u"a b"_s}};
        } else if (option == u"-w -u"_s) {
            s.workingDir = u"/tmp"_s;
            s.user = u"1000:1000"_s;
        } else if (option == u"--entrypoint"_s) {
            s.entrypoint = {u"/bin/sh"_s};
            s.command = {u"-c"_s, u"sleep 300"_s};
        } else if (option == u"--entrypoint of two words"_s) {
            s.entrypoint = {u"/bin/sh"_s, u"-c"_s};
            s.command = {u"sleep 300"_s};
        } else if (option == u"-it"_s) {
            s.interactive = s.tty = true;
        } else if (option == u"-i"_s) {
            s.interactive = true;
        } else if (option == u"-v"_s) {
            s.mounts = {{VolumeMount::Kind::Named, m_volume, u"/data"_s, false},
                        {VolumeMount::Kind::Bind, m_bindDir.path(), u"/bind"_s, true},
                        {VolumeMount::Kind::Anonymous, {}, u"/anon"_s, false}};
        } else if (option.startsWith(u"--restart "_s)) {
            s.restartPolicy = option.mid(10);
        } else if (option == u"--network"_s) {
            s.network = m_network;
        } else if (option == u"-m"_s) {
            s.memoryBytes = 96 * 1024 * 1024;
        } else if (option == u"-m in bytes"_s) {
            s.memoryBytes = 6 * 1024 * 1024 + 1;
        } else if (option == u"--cpus"_s) {
            s.cpus = 0.5;
        } else if (option == u"--privileged"_s) {
            s.privileged = true;
        } else if (option == u"--cap-add --cap-drop"_s) {
            s.capAdd = {u"NET_ADMIN"_s, u"sys_time"_s};
            s.capDrop = {u"MKNOD"_s};
        } else if (option == u"--read-only"_s) {
            s.readOnlyRootfs = true;
        } else if (option == u"--rm"_s) {
            s.autoRemove = true;
        } else if (option == u"everything"_s) {
            s.interactive = s.tty = s.autoRemove = s.readOnlyRootfs = true;
            s.env = {u"A=1"_s};
            s.workingDir = u"/tmp"_s;
            s.network = m_network;
            s.memoryBytes = 64 * 1024 * 1024;
            s.cpus = 0.25;
            s.ports = {port(u"127.0.0.1"_s, p, 0, 80, 0)};
            s.mounts = {{VolumeMount::Kind::Named, m_volume, u"/data"_s, true}};
            s.labels = {{u"a"_s, u"b"_s}};
            s.capDrop = {u"MKNOD"_s};
        }
        return s;
    }

    // A base port with PortSpan free TCP and UDP ports on 127.0.0.1 from it.
    int freePortBase()
    {
        for (int attempt = 0; attempt < 200; ++attempt) {
            // Below the engine's own range for random host ports (32768 and up).
            const int base = int(QRandomGenerator::global()->bounded(20000, 32000));
            const int first = base / PortSpan, last = (base + PortSpan - 1) / PortSpan;
            bool free = !m_usedBases.contains(first) && !m_usedBases.contains(last);
            for (int p = base; p < base + PortSpan && free; ++p) {
                QTcpServer tcp;
                QUdpSocket udp;
                free = tcp.listen(QHostAddress::LocalHost, quint16(p)) &&
                       udp.bind(QHostAddress::LocalHost, quint16(p));
            }
            if (free) {
                m_usedBases << first << last;
                return base;
            }
        }
        return 0;
    }

    // Creates then starts, as the run dialog does.
    bool viaApi(const RunSpec &s, bool start = true)
    {
        auto created = testbed::await<Done>(
            [&](auto done) { m_client->perform(s.createRequest(), this, done); });
        if (!created || !created->ok()) {
            if (created)
                qInfo() << "create:" << created->error().describe();
            return false;
        }
        return !start || this->start(s.name);
    }

    bool start(const QString &name)
    {
        ContainerActionSpec spec;
        spec.verb = ContainerActionSpec::Verb::Start;
        spec.id = name;
        auto started =
            testbed::await<Done>([&](auto done) { m_client->perform(spec.request(), this, done); });
        if (started && !started->ok())
            qInfo() << "start:" << started->error().describe();
        return started && started->ok();
    }

    // Without the warnings of a failing `docker inspect`.
    bool exists(const QString &name)
    {
        const auto out =
            testbed::docker({u"ps"_s, u"-aq"_s, u"--filter"_s, u"name=^/"_s + name + u"$"_s});
        return !out || !out->trimmed().isEmpty();
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

    static QString status(const QJsonObject &inspect)
    {
        return inspect.value("State"_L1).toObject().value("Status"_L1).toString();
    }

    DockerClient *m_client = nullptr;
    QString m_image;
    QString m_tag;
    QString m_network;
    QString m_volume;
    QTemporaryDir m_bindDir;
    QStringList m_names;
    QSet<int> m_usedBases;
    int m_counter = 0;
    bool m_privilegedRuns = true;
};

QTEST_GUILESS_MAIN(TestRunEquivalence)
#include "tst_run_equivalence.moc"
