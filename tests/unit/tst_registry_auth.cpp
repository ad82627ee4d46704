#include "registry/DockerConfigAuth.h"
#include "registry/RegistryAuth.h"
#include "registry/RegistrySpecs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// The test bed's registry password (scripts/testbed.sh): its base64 holds '+' and '/'.
QString testBedPassword()
{
    const QString p = qEnvironmentVariable("GANTRY_TEST_REGISTRY_PASSWORD");
    return p.isEmpty() ? u"g>>>???t3st"_s : p;
}

RegistryCredentials login()
{
    return {u"127.0.0.1:5000"_s, u"gantry"_s, testBedPassword(), {}};
}

QByteArray header(const Request &r, const QByteArray &name)
{
    for (const auto &[k, v] : r.headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QUrlQuery queryOf(const Request &r)
{
    return QUrlQuery(r.path.section(u'?', 1));
}

} // namespace

class TestRegistryAuth : public QObject {
    Q_OBJECT
private slots:
    void authHeaderIsBase64UrlNotBase64()
    {
        const RegistryCredentials c = login();
        const QByteArray json = RegistryAuth::authConfigJson(c);
        // The case this guards against: plain base64 of this login holds '+' or '/'.
        const QByteArray plain = json.toBase64();
        QVERIFY2(plain.contains('+') || plain.contains('/'), plain.constData());
        const QByteArray header = RegistryAuth::authHeader(c);
        QVERIFY(!header.contains('+') && !header.contains('/'));
        QCOMPARE(header, QByteArray(plain).replace('+', '-').replace('/', '_'));
        QCOMPARE(QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding), json);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value("username"_L1).toString(), u"gantry"_s);
        QCOMPARE(o.value("password"_L1).toString(), testBedPassword());
        QCOMPARE(o.value("serveraddress"_L1).toString(), u"127.0.0.1:5000"_s);
    }

    void authHeaderWithoutLoginIsAnEmptyObject()
    {
        QCOMPARE(RegistryAuth::authConfigJson(std::nullopt), QByteArray("{}"));
        QCOMPARE(RegistryAuth::authHeader(std::nullopt), QByteArray("e30="));
    }

    void identityTokenReplacesThePassword()
    {
        RegistryCredentials c = login();
        c.identityToken = u"tok"_s;
        const QJsonObject o = QJsonDocument::fromJson(RegistryAuth::authConfigJson(c)).object();
        QCOMPARE(o.value("identitytoken"_L1).toString(), u"tok"_s);
        QVERIFY(!o.contains("password"_L1));
    }

    void normalizeServer_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("server");
        const QString hub = u"https://index.docker.io/v1/"_s;
        QTest::newRow("empty") << QString() << hub;
        QTest::newRow("docker.io") << u"docker.io"_s << hub;
        QTest::newRow("index") << u"index.docker.io"_s << hub;
        QTest::newRow("registry-1") << u"registry-1.docker.io"_s << hub;
        QTest::newRow("hub url") << hub << hub;
        QTest::newRow("hub url no slash") << u"https://index.docker.io/v1"_s << hub;
        QTest::newRow("spaces") << u"  Docker.IO "_s << hub;
        QTest::newRow("host:port") << u"127.0.0.1:5000"_s << u"127.0.0.1:5000"_s;
        QTest::newRow("http scheme") << u"http://127.0.0.1:5000/"_s << u"127.0.0.1:5000"_s;
        QTest::newRow("path") << u"https://ghcr.io/v2/"_s << u"ghcr.io"_s;
        QTest::newRow("case") << u"Registry.Example.COM"_s << u"registry.example.com"_s;
        QTest::newRow("localhost") << u"localhost:5000"_s << u"localhost:5000"_s;
    }

    void normalizeServer()
    {
        QFETCH(QString, typed);
        QFETCH(QString, server);
        QCOMPARE(RegistryAuth::normalizeServer(typed), server);
    }

    void registryOfReference_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("server");
        const QString hub = RegistryAuth::dockerHub();
        QTest::newRow("official") << u"busybox"_s << hub;
        QTest::newRow("official tag") << u"busybox:1.36"_s << hub;
        QTest::newRow("user repo") << u"someone/app:1"_s << hub;
        QTest::newRow("docker.io prefix") << u"docker.io/someone/app"_s << hub;
        QTest::newRow("host:port") << u"127.0.0.1:5000/gantry/seed:test"_s << u"127.0.0.1:5000"_s;
        QTest::newRow("dotted host") << u"ghcr.io/org/app"_s << u"ghcr.io"_s;
        QTest::newRow("localhost") << u"localhost/app"_s << u"localhost"_s;
        QTest::newRow("digest") << u"ghcr.io/org/app@sha256:abcd"_s << u"ghcr.io"_s;
        QTest::newRow("namespace with dash") << u"my-org/app"_s << hub;
    }

    void registryOfReference()
    {
        QFETCH(QString, reference);
        QFETCH(QString, server);
        QCOMPARE(RegistryAuth::registryOf(reference), server);
    }

    void commandLinesNeverHoldThePassword()
    {
        const RegistryCredentials c = login();
        const QStringList lines{
            shellJoin(LoginSpec{c}.commandLine()),
            shellJoin(PullSpec{u"127.0.0.1:5000/gantry/seed:test"_s, c}.commandLine()),
            shellJoin(PushSpec{u"127.0.0.1:5000/gantry/seed:test"_s, c}.commandLine()),
            shellJoin(LogoutSpec{c.serverAddress}.commandLine())};
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(c.password), qPrintable(line));
            QVERIFY(!line.contains(QString::fromLatin1(RegistryAuth::authHeader(c))));
        }
        QCOMPARE(lines[0], u"docker login -u gantry --password-stdin 127.0.0.1:5000"_s);
        QCOMPARE(lines[1], u"docker pull 127.0.0.1:5000/gantry/seed:test"_s);
        QCOMPARE(lines[2], u"docker push 127.0.0.1:5000/gantry/seed:test"_s);
        QCOMPARE(lines[3], u"docker logout 127.0.0.1:5000"_s);
    }

    void dockerHubIsDockersDefaultOnTheCommandLine()
    {
        const RegistryCredentials hub{RegistryAuth::dockerHub(), u"me"_s, u"pw"_s, {}};
        QCOMPARE(shellJoin(LoginSpec{hub}.commandLine()), u"docker login -u me --password-stdin"_s);
        QCOMPARE(shellJoin(LogoutSpec{RegistryAuth::dockerHub()}.commandLine()),
                 u"docker logout"_s);
    }

    void loginRequestChecksWithPostAuth()
    {
        const Request r = LoginSpec{login()}.request();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, u"/auth"_s);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value("password"_L1).toString(), testBedPassword());
        QCOMPARE(body.value("serveraddress"_L1).toString(), u"127.0.0.1:5000"_s);
    }

    void pullRequest_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("fromImage");
        QTest::addColumn<QString>("tag");
        QTest::newRow("tag") << u"127.0.0.1:5000/gantry/seed:test"_s
                             << u"127.0.0.1:5000/gantry/seed"_s << u"test"_s;
        QTest::newRow("no tag: latest, not every tag")
            << u"busybox"_s << u"busybox"_s << u"latest"_s;
        const QString digest = u"sha256:"_s + QString(64, u'a');
        QTest::newRow("digest") << u"ghcr.io/o/app@"_s + digest << u"ghcr.io/o/app"_s << digest;
    }

    void pullRequest()
    {
        QFETCH(QString, reference);
        QFETCH(QString, fromImage);
        QFETCH(QString, tag);
        const Request r = PullSpec{reference, login()}.request();
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.path.startsWith(u"/images/create?"_s));
        QVERIFY(r.streaming);
        QCOMPARE(r.timeoutMs, 0);
        const QUrlQuery q = queryOf(r);
        QCOMPARE(q.queryItemValue(u"fromImage"_s, QUrl::FullyDecoded), fromImage);
        QCOMPARE(q.queryItemValue(u"tag"_s, QUrl::FullyDecoded), tag);
        QCOMPARE(header(r, "X-Registry-Auth"), RegistryAuth::authHeader(login()));
    }

    void pushRequest()
    {
        const Request r = PushSpec{u"127.0.0.1:5000/gantry/seed"_s, std::nullopt}.request();
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.path.startsWith(u"/images/127.0.0.1:5000/gantry/seed/push?"_s));
        QCOMPARE(queryOf(r).queryItemValue(u"tag"_s), u"latest"_s);
        // The engine refuses a push without the header: "{}" when not logged in.
        QCOMPARE(header(r, "X-Registry-Auth"), QByteArray("e30="));
    }

    void pullReferenceValidation_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << u"busybox"_s << true;
        QTest::newRow("registry") << u"127.0.0.1:5000/gantry/seed:test"_s << true;
        QTest::newRow("digest") << u"app@sha256:"_s + QString(64, u'0') << true;
        QTest::newRow("uppercase") << u"BusyBox"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"bus box"_s << false;
        QTest::newRow("bad digest") << u"app@sha256:xyz"_s << false;
        QTest::newRow("trailing colon") << u"app:"_s << false;
    }

    void pullReferenceValidation()
    {
        QFETCH(QString, reference);
        QFETCH(bool, valid);
        QCOMPARE(PullSpec::isValidReference(reference), valid);
    }

    void explainNamesTheCause_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("withCredentials");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const int login = int(RegistryAuth::Operation::Login);
        const int pull = int(RegistryAuth::Operation::Pull);
        const int push = int(RegistryAuth::Operation::Push);
        const int unauthorized = int(EngineError::Kind::Unauthorized);
        const int forbidden = int(EngineError::Kind::Forbidden);
        // What dockerd 20.10 answers, recorded against the test bed.
        QTest::newRow("wrong password (500)")
            << login << 500
            << u"login attempt to http://127.0.0.1:5000/v2/ failed with status: 401 Unauthorized"_s
            << true << unauthorized << u"refused this user name and password"_s;
        QTest::newRow("pull, not logged in (500)")
            << pull << 500
            << u"Head \"http://127.0.0.1:5000/v2/gantry/seed/manifests/probe\": no basic auth credentials"_s
            << false << unauthorized << u"not logged in to 127.0.0.1:5000"_s;
        QTest::newRow("push, not logged in (stream)")
            << push << 0 << u"no basic auth credentials"_s << false << unauthorized
            << u"not logged in to 127.0.0.1:5000"_s;
        QTest::newRow("push, stale login")
            << push << 0 << u"unauthorized: authentication required"_s << true << unauthorized
            << u"password may have changed"_s;
        QTest::newRow("push, wrong namespace")
            << push << 0 << u"denied: requested access to the resource is denied"_s << true
            << forbidden << u"namespace"_s;
        QTest::newRow("hub pull of a private repo")
            << pull << 404
            << u"pull access denied for gantry/seed, repository does not exist or may require 'docker login'"_s
            << false << unauthorized << u"not logged in"_s;
    }

    void explainNamesTheCause()
    {
        QFETCH(int, op);
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(bool, withCredentials);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const EngineError raw =
            status ? EngineError::fromHttp(
                         status, QJsonDocument(QJsonObject{{"message"_L1, message}}).toJson())
                   : EngineError(EngineError::Kind::ServerError, message);
        const EngineError e =
            RegistryAuth::explain(raw, RegistryAuth::Operation(op), u"127.0.0.1:5000"_s,
                                  u"127.0.0.1:5000/gantry/seed"_s, withCredentials);
        QCOMPARE(int(e.kind()), kind);
        QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        QVERIFY2(e.message().contains(message), "the registry's own words are kept");
    }

    void explainLeavesOtherErrorsAlone()
    {
        const EngineError e(EngineError::Kind::ServerError, u"dial tcp: connection refused"_s);
        const EngineError out = RegistryAuth::explain(e, RegistryAuth::Operation::Push,
                                                      u"127.0.0.1:5999"_s, u"x"_s, true);
        QCOMPARE(out.kind(), EngineError::Kind::ServerError);
        QCOMPARE(out.message(), e.message());
    }

    void dockerConfigHelpersAndPlainAuths()
    {
        // Not a raw string literal: moc reads the "//" of a URL in one as a comment.
        const DockerConfigAuth c = DockerConfigAuth::parse(
            "{\"credsStore\": \"desktop\","
            " \"credHelpers\": {\"ghcr.io\": \"gh\", \"https://index.docker.io/v1/\": \"pass\"},"
            " \"auths\": {"
            "  \"http://127.0.0.1:5000\": {\"auth\": \"Z2FudHJ5Omc+Pj4/Pz90M3N0\"},"
            "  \"tok.example.com\": {\"identitytoken\": \"T0K\"},"
            "  \"https://index.docker.io/v1/\": {}}}");
        QCOMPARE(c.helperFor(u"ghcr.io"_s), u"gh"_s);
        QCOMPARE(c.helperFor(u"docker.io"_s), u"pass"_s);
        QCOMPARE(c.helperFor(u"quay.io"_s), u"desktop"_s); // credsStore: the default helper
        const auto plain = c.plainLogin(u"127.0.0.1:5000"_s);
        QVERIFY(plain);
        QCOMPARE(plain->username, u"gantry"_s);
        QCOMPARE(plain->password, u"g>>>???t3st"_s);
        QCOMPARE(plain->serverAddress, u"127.0.0.1:5000"_s);
        QCOMPARE(c.plainLogin(u"tok.example.com"_s)->identityToken, u"T0K"_s);
        QVERIFY(!c.plainLogin(RegistryAuth::dockerHub())); // held by the helper, not here
        QCOMPARE(c.servers(), QStringList({u"127.0.0.1:5000"_s, u"ghcr.io"_s,
                                           RegistryAuth::dockerHub(), u"tok.example.com"_s}));
    }

    void dockerConfigMalformedIsEmpty()
    {
        const DockerConfigAuth c = DockerConfigAuth::parse("{\"auths\": [1, 2");
        QVERIFY(c.servers().isEmpty());
        QVERIFY(c.helperFor(u"x.io"_s).isEmpty());
        QVERIFY(!c.plainLogin(u"x.io"_s));
    }
};

QTEST_GUILESS_MAIN(TestRegistryAuth)
#include "tst_registry_auth.moc"
