#include "specs/RunSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gantry::RunSpec)
Q_DECLARE_METATYPE(gantry::PortMapping)

namespace {

QJsonObject json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray pretty(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// `patch` over `base`: objects merge key by key, null removes a key, anything else replaces.
QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

// Every field of a spec, for comparisons that show what differs.
QJsonObject describe(const RunSpec &s)
{
    QJsonArray labels, ports, mounts;
    for (const auto &[k, v] : s.labels)
        labels.append(QString(k + u'=' + v));
    for (const PortMapping &p : s.ports)
        ports.append(QJsonArray{p.hostIp, p.hostPort, p.hostPortEnd, p.containerPort,
                                p.containerPortEnd, p.protocol});
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

// What the engine would answer for a container made from `body` (the parts fromInspect reads).
QJsonObject fakeInspect(const QString &name, QJsonObject body)
{
    QJsonObject host = body.take(u"HostConfig"_s).toObject();
    if (!host.contains(u"NetworkMode"_s))
        host.insert(u"NetworkMode"_s, u"default"_s);
    return QJsonObject{
        {u"Name"_s, QString(u'/' + name)}, {u"Config"_s, body}, {u"HostConfig"_s, host}};
}

RunSpec base()
{
    RunSpec s;
    s.image = u"busybox"_s;
    return s;
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

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;

} // namespace

class TestRunSpec : public QObject {
    Q_OBJECT
private slots:
    void options_data()
    {
        QTest::addColumn<RunSpec>("spec");
        QTest::addColumn<QString>("bodyPatch"); // over the body of `docker run -d busybox`
        QTest::addColumn<QString>("line");

        RunSpec s = base();
        QTest::newRow("image only") << s << u"{}"_s << u"docker run -d busybox"_s;

        s = base();
        s.name = u"web"_s;
        QTest::newRow("--name") << s << u"{}"_s << u"docker run -d --name web busybox"_s;

        s = base();
        s.command = {u"sleep"_s, u"300"_s};
        QTest::newRow("command") << s << uR"({"Cmd": ["sleep", "300"]})"_s
                                 << u"docker run -d busybox sleep 300"_s;

        s = base();
        s.entrypoint = {u"/bin/sh"_s};
        s.command = {u"-c"_s, u"echo hi"_s};
        QTest::newRow("--entrypoint")
            << s << uR"({"Entrypoint": ["/bin/sh"], "Cmd": ["-c", "echo hi"]})"_s
            << u"docker run -d --entrypoint /bin/sh busybox -c 'echo hi'"_s;

        // The CLI's --entrypoint takes one word: the others lead the command. The API keeps
        // the entrypoint as given (the process is the same: /bin/sh -c 'echo hi').
        s = base();
        s.entrypoint = {u"/bin/sh"_s, u"-c"_s};
        s.command = {u"echo hi"_s};
        QTest::newRow("--entrypoint of two words")
            << s << uR"({"Entrypoint": ["/bin/sh", "-c"], "Cmd": ["echo hi"]})"_s
            << u"docker run -d --entrypoint /bin/sh busybox -c 'echo hi'"_s;

        s = base();
        s.entrypoint = {u"/bin/sh"_s, u"-c"_s, u"sleep 1"_s};
        QTest::newRow("--entrypoint of three words, no command")
            << s << uR"({"Entrypoint": ["/bin/sh", "-c", "sleep 1"]})"_s
            << u"docker run -d --entrypoint /bin/sh busybox -c 'sleep 1'"_s;

        s = base();
        s.entrypoint = {QString()};
        s.command = {u"sh"_s};
        QTest::newRow("--entrypoint '' (reset)") << s << uR"({"Entrypoint": [""], "Cmd": ["sh"]})"_s
                                                 << u"docker run -d --entrypoint '' busybox sh"_s;

        s = base();
        s.workingDir = u"/srv/app"_s;
        s.user = u"1000:1000"_s;
        QTest::newRow("-w -u") << s << uR"({"WorkingDir": "/srv/app", "User": "1000:1000"})"_s
                               << u"docker run -d -w /srv/app -u 1000:1000 busybox"_s;

        s = base();
        s.interactive = s.tty = true;
        QTest::newRow("-it") << s << uR"({"OpenStdin": true, "Tty": true})"_s
                             << u"docker run -d -it busybox"_s;
        s = base();
        s.interactive = true;
        QTest::newRow("-i") << s << uR"({"OpenStdin": true})"_s << u"docker run -d -i busybox"_s;
        s = base();
        s.tty = true;
        QTest::newRow("-t") << s << uR"({"Tty": true})"_s << u"docker run -d -t busybox"_s;

        // Not detached only changes the line: the dialog always detaches.
        s = base();
        s.detach = false;
        s.interactive = s.tty = true;
        // Attached, as `docker run -it` sends it: stdin closes when the client leaves.
        QTest::newRow("no -d") << s
                               << uR"({"OpenStdin": true, "Tty": true, "AttachStdin": true,
                                      "AttachStdout": true, "AttachStderr": true,
                                      "StdinOnce": true})"_s
                               << u"docker run -it busybox"_s;

        s = base();
        s.autoRemove = true;
        QTest::newRow("--rm") << s << uR"({"HostConfig": {"AutoRemove": true}})"_s
                              << u"docker run -d --rm busybox"_s;

        s = base();
        s.env = {u"A=1"_s, u"B=two words"_s, u"C="_s};
        QTest::newRow("-e") << s << uR"({"Env": ["A=1", "B=two words", "C="]})"_s
                            << u"docker run -d -e A=1 -e 'B=two words' -e C= busybox"_s;

        s = base();
        s.labels = {{u"com.example.team"_s, u"web"_s}, {u"empty"_s, QString()}};
        QTest::newRow("-l") << s << uR"({"Labels": {"com.example.team": "web", "empty": ""}})"_s
                            << u"docker run -d -l com.example.team=web -l empty= busybox"_s;

        s = base();
        s.ports = {port(u"127.0.0.1"_s, 8080, 0, 80, 0), port({}, 9000, 9001, 7000, 7001, u"udp"_s),
                   port(u"::1"_s, 0, 0, 443, 0),         port({}, 8000, 8010, 90, 0),
                   port({}, 0, 0, 53, 0, u"sctp"_s),     port(u"::1"_s, 8080, 0, 80, 0)};
        QTest::newRow("-p") << s << uR"({
                "ExposedPorts": {"80/tcp": {}, "7000/udp": {}, "7001/udp": {}, "443/tcp": {},
                                 "90/tcp": {}, "53/sctp": {}},
                "HostConfig": {"PortBindings": {
                    "80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"},
                               {"HostIp": "::1", "HostPort": "8080"}],
                    "7000/udp": [{"HostIp": "", "HostPort": "9000"}],
                    "7001/udp": [{"HostIp": "", "HostPort": "9001"}],
                    "443/tcp": [{"HostIp": "::1", "HostPort": ""}],
                    "90/tcp": [{"HostIp": "", "HostPort": "8000-8010"}],
                    "53/sctp": [{"HostIp": "", "HostPort": ""}]}}})"_s
                            << u"docker run -d -p 127.0.0.1:8080:80 -p 9000-9001:7000-7001/udp "
                               "-p '[::1]::443' -p 8000-8010:90 -p 53/sctp -p '[::1]:8080:80' "
                               "busybox"_s;

        s = base();
        s.ports = {port(u"127.0.0.1"_s, 0, 0, 5000, 5002)};
        QTest::newRow("-p container range, engine picks")
            << s << uR"({
                "ExposedPorts": {"5000/tcp": {}, "5001/tcp": {}, "5002/tcp": {}},
                "HostConfig": {"PortBindings": {
                    "5000/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}],
                    "5001/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}],
                    "5002/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}]}}})"_s
            << u"docker run -d -p 127.0.0.1::5000-5002 busybox"_s;

        s = base();
        s.publishAll = true;
        QTest::newRow("-P") << s << uR"({"HostConfig": {"PublishAllPorts": true}})"_s
                            << u"docker run -d -P busybox"_s;

        s = base();
        s.mounts = {{VolumeMount::Kind::Named, u"data"_s, u"/data"_s, false},
                    {VolumeMount::Kind::Bind, u"/srv/site"_s, u"/usr/share/site"_s, true},
                    {VolumeMount::Kind::Anonymous, {}, u"/cache"_s, false},
                    {VolumeMount::Kind::Named, u"conf"_s, u"/etc/app"_s, true}};
        QTest::newRow("-v") << s << uR"({
                "Volumes": {"/cache": {}},
                "HostConfig": {"Binds": ["data:/data", "/srv/site:/usr/share/site:ro",
                                         "conf:/etc/app:ro"]}})"_s
                            << u"docker run -d -v data:/data -v /srv/site:/usr/share/site:ro "
                               "-v /cache -v conf:/etc/app:ro busybox"_s;

        // Docker has no read-only anonymous volume: the CLI sends "/x:ro" as a bind, which
        // the engine refuses. The API request is the same, so it fails the same way.
        s = base();
        s.mounts = {{VolumeMount::Kind::Anonymous, {}, u"/x"_s, true}};
        QTest::newRow("-v anonymous :ro") << s << uR"({"HostConfig": {"Binds": ["/x:ro"]}})"_s
                                          << u"docker run -d -v /x:ro busybox"_s;

        const QList<std::pair<QString, QString>> policies{
            {u"always"_s, uR"({"Name": "always", "MaximumRetryCount": 0})"_s},
            {u"unless-stopped"_s, uR"({"Name": "unless-stopped", "MaximumRetryCount": 0})"_s},
            {u"on-failure"_s, uR"({"Name": "on-failure", "MaximumRetryCount": 0})"_s},
            {u"on-failure:3"_s, uR"({"Name": "on-failure", "MaximumRetryCount": 3})"_s},
            {u"no"_s, uR"({"Name": "no", "MaximumRetryCount": 0})"_s}};
        for (const auto &[policy, object] : policies) {
            s = base();
            s.restartPolicy = policy;
            QTest::addRow("--restart %s", qPrintable(policy))
                << s << uR"({"HostConfig": {"RestartPolicy": )"_s + object + u"}}"_s
                << u"docker run -d --restart "_s + policy + u" busybox"_s;
        }

        s = base();
        s.network = u"backend"_s;
        QTest::newRow("--network") << s << uR"({"HostConfig": {"NetworkMode": "backend"}})"_s
                                   << u"docker run -d --network backend busybox"_s;

        const QList<std::pair<qint64, QString>> memories{
            {512 * MiB, u"512m"_s}, {GiB, u"1g"_s},     {3 * GiB / 2, u"1536m"_s},
            {2048, u"2k"_s},        {1536, u"1536b"_s}, {1000001, u"1000001b"_s}};
        for (const auto &[bytes, text] : memories) {
            s = base();
            s.memoryBytes = bytes;
            QTest::addRow("-m %s", qPrintable(text))
                << s << u"{\"HostConfig\": {\"Memory\": "_s + QString::number(bytes) + u"}}"_s
                << u"docker run -d -m "_s + text + u" busybox"_s;
        }

        const QList<std::tuple<double, qint64, QString>> cpus{{1.5, 1500000000, u"1.5"_s},
                                                              {2, 2000000000, u"2"_s},
                                                              {0.25, 250000000, u"0.25"_s},
                                                              {0.001, 1000000, u"0.001"_s},
                                                              {0.1, 100000000, u"0.1"_s}};
        for (const auto &[value, nanos, text] : cpus) {
            s = base();
            s.cpus = value;
            QTest::addRow("--cpus %s", qPrintable(text))
                << s << u"{\"HostConfig\": {\"NanoCpus\": "_s + QString::number(nanos) + u"}}"_s
                << u"docker run -d --cpus "_s + text + u" busybox"_s;
        }

        s = base();
        s.privileged = true;
        QTest::newRow("--privileged") << s << uR"({"HostConfig": {"Privileged": true}})"_s
                                      << u"docker run -d --privileged busybox"_s;

        // As the CLI sends them: upper case, CAP_ prefix (not for ALL), no duplicates, sorted.
        s = base();
        s.capAdd = {u"SYS_TIME"_s, u"net_admin"_s, u"CAP_CHOWN"_s, u"NET_ADMIN"_s};
        s.capDrop = {u"ALL"_s};
        QTest::newRow("--cap-add --cap-drop")
            << s << uR"({"HostConfig": {"CapAdd": ["CAP_CHOWN", "CAP_NET_ADMIN", "CAP_SYS_TIME"],
                                       "CapDrop": ["ALL"]}})"_s
            << u"docker run -d --cap-add SYS_TIME --cap-add net_admin --cap-add CAP_CHOWN "
               "--cap-add NET_ADMIN --cap-drop ALL busybox"_s;

        s = base();
        s.readOnlyRootfs = true;
        QTest::newRow("--read-only") << s << uR"({"HostConfig": {"ReadonlyRootfs": true}})"_s
                                     << u"docker run -d --read-only busybox"_s;

        s = base();
        s.image = u"registry.local:5000/team/app:1.2"_s;
        s.name = u"app"_s;
        s.command = {u"serve"_s, u"--port"_s, u"80"_s};
        s.entrypoint = {u"/entry"_s};
        s.workingDir = u"/app"_s;
        s.user = u"app"_s;
        s.interactive = s.tty = s.autoRemove = s.publishAll = s.privileged = true;
        s.readOnlyRootfs = true;
        s.env = {u"MODE=prod"_s};
        s.labels = {{u"tier"_s, u"front"_s}};
        s.ports = {port(u"127.0.0.1"_s, 8080, 0, 80, 0)};
        s.mounts = {{VolumeMount::Kind::Named, u"data"_s, u"/data"_s, false}};
        s.restartPolicy = u"on-failure:2"_s;
        s.network = u"backend"_s;
        s.memoryBytes = 256 * MiB;
        s.cpus = 0.5;
        s.capAdd = {u"NET_ADMIN"_s};
        s.capDrop = {u"MKNOD"_s};
        QTest::newRow("everything, in the stable order")
            << s << uR"({
                "Cmd": ["serve", "--port", "80"], "Entrypoint": ["/entry"], "WorkingDir": "/app",
                "User": "app", "OpenStdin": true, "Tty": true, "Env": ["MODE=prod"],
                "Labels": {"tier": "front"}, "ExposedPorts": {"80/tcp": {}},
                "Image": "registry.local:5000/team/app:1.2",
                "HostConfig": {
                    "AutoRemove": true, "PublishAllPorts": true, "Privileged": true,
                    "ReadonlyRootfs": true, "Binds": ["data:/data"], "NetworkMode": "backend",
                    "PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]},
                    "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 2},
                    "Memory": 268435456, "NanoCpus": 500000000,
                    "CapAdd": ["CAP_NET_ADMIN"], "CapDrop": ["CAP_MKNOD"]}})"_s
            << u"docker run -d -it --rm --name app -e MODE=prod -l tier=front "
               "-p 127.0.0.1:8080:80 -P -v data:/data -w /app -u app --entrypoint /entry "
               "--restart on-failure:2 --network backend -m 256m --cpus 0.5 --privileged "
               "--cap-add NET_ADMIN --cap-drop MKNOD --read-only "
               "registry.local:5000/team/app:1.2 serve --port 80"_s;
    }

    void options()
    {
        QFETCH(RunSpec, spec);
        QFETCH(QString, bodyPatch);
        QFETCH(QString, line);
        // `docker run -d busybox` sends exactly this (what matters of it).
        const QJsonObject plain = json(uR"({
            "Image": "busybox", "Tty": false, "OpenStdin": false, "AttachStdin": false,
            "AttachStdout": false, "AttachStderr": false, "StdinOnce": false,
            "HostConfig": {"PublishAllPorts": false, "AutoRemove": false,
                           "RestartPolicy": {"Name": "no", "MaximumRetryCount": 0},
                           "Privileged": false, "ReadonlyRootfs": false}})"_s);
        QCOMPARE(pretty(spec.createBody()), pretty(merged(plain, json(bodyPatch))));
        QCOMPARE(shellJoin(spec.commandLine()), line);

        // The line a shell reads back is the argv.
        QProcess sh;
        sh.start(u"sh"_s, {u"-c"_s, u"printf '%s\\n' "_s + shellJoin(spec.commandLine())});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()),
                 spec.commandLine().join(u'\n') + u'\n');
    }

    void createCommandLineIsTheCreateAlone()
    {
        RunSpec spec;
        spec.image = u"busybox"_s;
        spec.name = u"web"_s;
        spec.autoRemove = true;
        spec.command = {u"sleep"_s, u"1"_s};
        QCOMPARE(shellJoin(spec.commandLine()), u"docker run -d --rm --name web busybox sleep 1"_s);
        QCOMPARE(shellJoin(spec.createCommandLine()),
                 u"docker create --rm --name web busybox sleep 1"_s);
    }

    void createRequest()
    {
        RunSpec s = base();
        s.name = u"web-1"_s;
        s.command = {u"sleep"_s, u"300"_s};
        Request r = s.createRequest();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, u"/containers/create?name=web-1"_s);
        QCOMPARE(r.body, QJsonDocument(s.createBody()).toJson(QJsonDocument::Compact));
        QVERIFY(!r.body.contains('\n'));
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.timeoutMs, 120000);
        QVERIFY(!r.streaming);

        s.name.clear();
        QCOMPARE(s.createRequest().path, u"/containers/create"_s);
        s.name = u"a b/c&d=e"_s; // not a valid name: still one query value
        QCOMPARE(s.createRequest().path, u"/containers/create?name=a%20b%2Fc%26d%3De"_s);
    }

    void portMappings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PortMapping>("mapping");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("container port") << u"80"_s << port({}, 0, 0, 80, 0) << u"80"_s;
        QTest::newRow("host:container") << u"8080:80"_s << port({}, 8080, 0, 80, 0) << u"8080:80"_s;
        QTest::newRow("ip:host:container")
            << u"127.0.0.1:8080:80"_s << port(u"127.0.0.1"_s, 8080, 0, 80, 0)
            << u"127.0.0.1:8080:80"_s;
        QTest::newRow("ip::container")
            << u"127.0.0.1::80"_s << port(u"127.0.0.1"_s, 0, 0, 80, 0) << u"127.0.0.1::80"_s;
        QTest::newRow("[ipv6]:host:container")
            << u"[::1]:8080:80"_s << port(u"::1"_s, 8080, 0, 80, 0) << u"[::1]:8080:80"_s;
        QTest::newRow("[ipv6]::container")
            << u"[fe80::1:2]::80"_s << port(u"fe80::1:2"_s, 0, 0, 80, 0) << u"[fe80::1:2]::80"_s;
        QTest::newRow("ipv6 without brackets (docker takes it)")
            << u"::1:8080:80"_s << port(u"::1"_s, 8080, 0, 80, 0) << u"[::1]:8080:80"_s;
        QTest::newRow("[ipv4]") << u"[127.0.0.1]:8080:80"_s << port(u"127.0.0.1"_s, 8080, 0, 80, 0)
                                << u"127.0.0.1:8080:80"_s;
        QTest::newRow("ranges") << u"8080-8081:80-81"_s << port({}, 8080, 8081, 80, 81)
                                << u"8080-8081:80-81"_s;
        QTest::newRow("container range")
            << u"7000-7010"_s << port({}, 0, 0, 7000, 7010) << u"7000-7010"_s;
        QTest::newRow("host range for one port")
            << u"8000-8010:80"_s << port({}, 8000, 8010, 80, 0) << u"8000-8010:80"_s;
        QTest::newRow("range of one")
            << u"8080-8080:80-80"_s << port({}, 8080, 0, 80, 0) << u"8080:80"_s;
        QTest::newRow("udp") << u"53:53/udp"_s << port({}, 53, 0, 53, 0, u"udp"_s)
                             << u"53:53/udp"_s;
        QTest::newRow("UDP") << u"53/UDP"_s << port({}, 0, 0, 53, 0, u"udp"_s) << u"53/udp"_s;
        QTest::newRow("sctp") << u"132/sctp"_s << port({}, 0, 0, 132, 0, u"sctp"_s)
                              << u"132/sctp"_s;
        QTest::newRow("tcp is the default") << u"1:80/tcp"_s << port({}, 1, 0, 80, 0) << u"1:80"_s;
        QTest::newRow("65535") << u"65535:65535"_s << port({}, 65535, 0, 65535, 0)
                               << u"65535:65535"_s;
        QTest::newRow("spaces around")
            << u" 8080:80 "_s << port({}, 8080, 0, 80, 0) << u"8080:80"_s;
    }

    void portMappings()
    {
        QFETCH(QString, text);
        QFETCH(PortMapping, mapping);
        QFETCH(QString, canonical);
        const std::optional<PortMapping> parsed = parsePortMapping(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->hostIp, mapping.hostIp);
        QCOMPARE(parsed->hostPort, mapping.hostPort);
        QCOMPARE(parsed->hostPortEnd, mapping.hostPortEnd);
        QCOMPARE(parsed->containerPort, mapping.containerPort);
        QCOMPARE(parsed->containerPortEnd, mapping.containerPortEnd);
        QCOMPARE(parsed->protocol, mapping.protocol);
        QCOMPARE(portMappingText(*parsed), canonical);
        QVERIFY(parsePortMapping(canonical) == parsed);
    }

    void badPortMappings_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"",
                                " ",
                                "0",
                                "0:80",
                                "8080:0",
                                "70000",
                                "65536:80",
                                "80:65536",
                                "-1",
                                "+80",
                                "80-",
                                "-80",
                                "81-80",
                                "80:81-80",
                                "8080-8082:80-81",
                                "8080:80-81",
                                "abc",
                                "http",
                                "8080:http",
                                "1.5",
                                "80/icmp",
                                "80/tcp/udp",
                                "8080:80:",
                                "localhost:8080:80",
                                "256.0.0.1:8080:80",
                                "1.2.3:8080:80",
                                "01.2.3.4:80:80",
                                "127.0.0.1:8080",
                                "[::1:8080:80",
                                "::1]:8080:80",
                                "[::1]:80",
                                "fe80::1%eth0:80:80",
                                "[::g]:80:80",
                                "123456:80",
                                "80\n:80"})
            QTest::addRow("'%s'", QByteArray(bad).replace('\n', "\\n").constData())
                << QString::fromLatin1(bad);
    }

    void badPortMappings()
    {
        QFETCH(QString, text);
        QVERIFY(!parsePortMapping(text));
    }

    void containerNames()
    {
        for (const char *good : {"web", "a1", "0ab", "my_app.v2-x", "WEB", "a-", "ab__..--"})
            QVERIFY2(isValidContainerName(QString::fromLatin1(good)), good);
        for (const char *bad : {"", "a", "-web", "_web", ".web", "web app", "web/1", "/web",
                                "web:1", "web\n", "\nweb", "w\xc3\xa9"})
            QVERIFY2(!isValidContainerName(QString::fromUtf8(bad)), bad);
    }

    void memory()
    {
        const QList<std::pair<const char *, qint64>> good{{"512m", 512 * MiB},
                                                          {"512M", 512 * MiB},
                                                          {"512mb", 512 * MiB},
                                                          {"512MiB", 512 * MiB},
                                                          {"1g", GiB},
                                                          {"1.5g", 3 * GiB / 2},
                                                          {"1.5G", 3 * GiB / 2},
                                                          {".5g", GiB / 2},
                                                          {"1 g", GiB},
                                                          {"1024", 1024},
                                                          {"1024b", 1024},
                                                          {"1024B", 1024},
                                                          {"100k", 102400},
                                                          {"2kb", 2048},
                                                          {"2KiB", 2048},
                                                          {"0.1m", 104857},
                                                          {"1t", 1024 * GiB},
                                                          {"1p", 1024 * 1024 * GiB},
                                                          {"1.", 1},
                                                          {"6m", 6 * MiB},
                                                          {"1.25k", 1280}};
        for (const auto &[text, bytes] : good) {
            QCOMPARE(parseMemory(QString::fromLatin1(text)).value_or(-1), bytes);
        }
        for (const char *bad :
             {"", "0", "0m", "0.0g", "-1m", "abc", "m", "1x", "1mm", "1gbb", "1bb", "1.5.3g",
              "1 2m", "1  m", "0.1b", "1,5g", "99999999999999999999", "9000000p", "8388608t"})
            QVERIFY2(!parseMemory(QString::fromLatin1(bad)), bad);
        // What the command line shows reads back to the same bytes.
        for (const qint64 bytes : {512 * MiB, GiB, 3 * GiB / 2, qint64(1000001), qint64(2048)}) {
            RunSpec s = base();
            s.memoryBytes = bytes;
            const QStringList argv = s.commandLine();
            QCOMPARE(parseMemory(argv.value(argv.indexOf(u"-m"_s) + 1)).value_or(-1), bytes);
        }
    }

    // fromInspect on what the engine answers for a container made from createBody().
    void fromInspectRoundTrip()
    {
        RunSpec s = base();
        s.name = u"app"_s;
        s.command = {u"sleep"_s, u"300"_s};
        s.entrypoint = {u"/bin/sh"_s, u"-c"_s};
        s.workingDir = u"/app"_s;
        s.user = u"1000"_s;
        s.interactive = s.tty = s.publishAll = s.privileged = s.readOnlyRootfs = true;
        s.env = {u"A=1"_s, u"B=2"_s};
        s.labels = {{u"a"_s, u"1"_s}, {u"b.c"_s, u"2"_s}};
        s.ports = {port(u"127.0.0.1"_s, 8080, 0, 80, 0), port({}, 0, 0, 443, 0),
                   port(u"::1"_s, 9000, 9002, 7000, 7002, u"udp"_s), port({}, 8000, 8010, 8443, 0)};
        s.mounts = {{VolumeMount::Kind::Named, u"data"_s, u"/data"_s, false},
                    {VolumeMount::Kind::Bind, u"/srv"_s, u"/srv"_s, true},
                    {VolumeMount::Kind::Anonymous, {}, u"/cache"_s, false}};
        s.restartPolicy = u"on-failure:3"_s;
        s.network = u"backend"_s;
        s.memoryBytes = 512 * MiB;
        s.cpus = 1.5;
        s.capAdd = {u"NET_ADMIN"_s, u"SYS_TIME"_s};
        s.capDrop = {u"MKNOD"_s};
        QCOMPARE(pretty(describe(RunSpec::fromInspect(fakeInspect(s.name, s.createBody())))),
                 pretty(describe(s)));

        // Docker's defaults come back as the spec's empty values.
        RunSpec plain = base();
        plain.name = u"plain"_s;
        plain.restartPolicy = u"no"_s;
        RunSpec expected = plain;
        expected.restartPolicy.clear();
        QCOMPARE(
            pretty(describe(RunSpec::fromInspect(fakeInspect(u"plain"_s, plain.createBody())))),
            pretty(describe(expected)));
    }

    void fromInspectPorts()
    {
        // Single mappings of consecutive ports come back as one range (the same bindings).
        const QJsonObject inspect = json(uR"({"Name": "/p", "Config": {"Image": "busybox"},
            "HostConfig": {"PortBindings": {
                "80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"},
                           {"HostIp": "::1", "HostPort": "8080"}],
                "81/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8081"}],
                "82/tcp": [{"HostIp": "127.0.0.1", "HostPort": "9000"}],
                "83/tcp": [{"HostIp": "", "HostPort": ""}],
                "84/tcp": [{"HostIp": "", "HostPort": ""}],
                "85/udp": [{"HostIp": "", "HostPort": ""}],
                "86/tcp": [{"HostIp": "", "HostPort": "5000-5010"}],
                "87/tcp": [{"HostIp": "", "HostPort": "5011"}],
                "88/tcp": null}}})"_s);
        const QList<PortMapping> expected{port(u"127.0.0.1"_s, 8080, 8081, 80, 81),
                                          port(u"::1"_s, 8080, 0, 80, 0),
                                          port(u"127.0.0.1"_s, 9000, 0, 82, 0),
                                          port({}, 0, 0, 83, 84),
                                          port({}, 0, 0, 85, 0, u"udp"_s),
                                          port({}, 5000, 5010, 86, 0),
                                          port({}, 5011, 0, 87, 0)};
        const RunSpec s = RunSpec::fromInspect(inspect);
        QStringList got, want;
        for (const PortMapping &p : s.ports)
            got << portMappingText(p);
        for (const PortMapping &p : expected)
            want << portMappingText(p);
        QCOMPARE(got, want);
        QCOMPARE(s.ports, expected);
        // And createBody() makes the same bindings again.
        QCOMPARE(pretty(s.createBody().value("HostConfig"_L1)["PortBindings"_L1].toObject()),
                 pretty(merged(inspect.value("HostConfig"_L1)["PortBindings"_L1].toObject(),
                               json(uR"({"88/tcp": null})"_s))));
    }

    void fromInspectMountsAndDefaults()
    {
        const QJsonObject inspect = json(uR"({"Name": "/m",
            "Config": {"Image": "busybox", "Cmd": ["/bin/sh"], "Entrypoint": null,
                       "Env": ["PATH=/usr/bin", "A=1"], "Labels": {"maintainer": "x", "a": "b"},
                       "WorkingDir": "/w", "User": "",
                       "Volumes": {"/anon": {}, "/data": {}, "/image-volume": {}}},
            "HostConfig": {"Binds": ["data:/data:ro,z", "/srv:/srv:rw", "/etc/x:/x:z"],
                           "Mounts": [{"Type": "volume", "Target": "/m1"},
                                      {"Type": "volume", "Source": "v2", "Target": "/m2",
                                       "ReadOnly": true},
                                      {"Type": "bind", "Source": "/b", "Target": "/m3"},
                                      {"Type": "tmpfs", "Target": "/tmp"}],
                           "RestartPolicy": {"Name": "always", "MaximumRetryCount": 0},
                           "NetworkMode": "bridge", "CapAdd": null}})"_s);
        const QJsonObject image = json(uR"({"Config": {"Cmd": ["/bin/sh"], "Entrypoint": null,
            "Env": ["PATH=/usr/bin"], "Labels": {"maintainer": "x"}, "WorkingDir": "/w",
            "Volumes": {"/image-volume": {}}}})"_s);

        const RunSpec all = RunSpec::fromInspect(inspect);
        const QList<VolumeMount> mounts{
            {VolumeMount::Kind::Named, u"data"_s, u"/data"_s, true},
            {VolumeMount::Kind::Bind, u"/srv"_s, u"/srv"_s, false},
            {VolumeMount::Kind::Bind, u"/etc/x"_s, u"/x"_s, false},
            {VolumeMount::Kind::Anonymous, {}, u"/m1"_s, false},
            {VolumeMount::Kind::Named, u"v2"_s, u"/m2"_s, true},
            {VolumeMount::Kind::Bind, u"/b"_s, u"/m3"_s, false},
            {VolumeMount::Kind::Anonymous, {}, u"/anon"_s, false},
            {VolumeMount::Kind::Anonymous, {}, u"/image-volume"_s, false}};
        QCOMPARE(all.mounts, mounts);
        QCOMPARE(all.command, QStringList{u"/bin/sh"_s});
        QCOMPARE(all.env, (QStringList{u"PATH=/usr/bin"_s, u"A=1"_s}));
        QCOMPARE(all.labels.size(), 2);
        QCOMPARE(all.workingDir, u"/w"_s);
        QCOMPARE(all.restartPolicy, u"always"_s);
        QCOMPARE(all.network, u"bridge"_s);
        QVERIFY(all.capAdd.isEmpty());

        // With the image: only what the container was given.
        const RunSpec own = RunSpec::fromInspect(inspect, image);
        QVERIFY(own.command.isEmpty());
        QVERIFY(own.entrypoint.isEmpty());
        QCOMPARE(own.env, QStringList{u"A=1"_s});
        QCOMPARE(own.labels, (QList<QPair<QString, QString>>{{u"a"_s, u"b"_s}}));
        QVERIFY(own.workingDir.isEmpty());
        QCOMPARE(own.mounts, mounts.mid(0, 7));

        // A command given with the image's entrypoint kept is the container's own.
        QJsonObject other = inspect;
        QJsonObject config = other["Config"_L1].toObject();
        config["Cmd"_L1] = QJsonArray{u"sleep"_s, u"1"_s};
        other["Config"_L1] = config;
        QCOMPARE(RunSpec::fromInspect(other, image).command, (QStringList{u"sleep"_s, u"1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRunSpec)
#include "tst_run_spec.moc"
