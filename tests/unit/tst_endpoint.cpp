#include "transport/Endpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// Lays out ~/.docker as the docker CLI does: config.json + contexts/meta/<sha256>/meta.json.
void addContext(const QString &home, const QString &name, const QString &host)
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    writeFile(
        home + u"/.docker/contexts/meta/"_s + hash + u"/meta.json"_s,
        uR"({"Name":"%1","Metadata":{},"Endpoints":{"docker":{"Host":"%2","SkipTLSVerify":false}}})"_s
            .arg(name, host)
            .toUtf8());
}

} // namespace

class TestEndpoint : public QObject {
    Q_OBJECT
private slots:
    void parseUrls()
    {
        auto u = Endpoint::parse(u"unix:///run/user/1000/docker.sock"_s);
        QVERIFY(u.ok());
        QCOMPARE(u->kind, Endpoint::Kind::Unix);
        QCOMPARE(u->socketPath, u"/run/user/1000/docker.sock"_s);
        QCOMPARE(u->baseUrl(), u"http://localhost"_s);

        auto t = Endpoint::parse(u"tcp://127.0.0.1:2376"_s);
        QVERIFY(t.ok());
        QCOMPARE(t->kind, Endpoint::Kind::Tcp);
        QCOMPARE(t->host, u"127.0.0.1"_s);
        QCOMPARE(t->port, 2376);
        QCOMPARE(t->url(), u"tcp://127.0.0.1:2376"_s);
        QCOMPARE(t->baseUrl(), u"http://127.0.0.1:2376"_s);

        QCOMPARE(Endpoint::parse(u"tcp://docker.example"_s)->port, 2375);
        QCOMPARE(Endpoint::parse(u"/var/run/docker.sock"_s)->socketPath, u"/var/run/docker.sock"_s);
    }

    void parseRejectsBadUrls()
    {
        QVERIFY(!Endpoint::parse(u"unix://"_s).ok());
        QVERIFY(!Endpoint::parse(u"unix://relative.sock"_s).ok());
        QVERIFY(!Endpoint::parse(u"ftp://x"_s).ok());
        QVERIFY(!Endpoint::parse(u"tcp://"_s).ok());
    }

    void sshUrls()
    {
        const auto plain = Endpoint::parse(u"ssh://build-box"_s);
        QVERIFY(plain.ok());
        QCOMPARE(plain->kind, Endpoint::Kind::Ssh);
        QCOMPARE(plain->host, u"build-box"_s);
        QVERIFY(plain->sshUser.isEmpty());
        QCOMPARE(plain->port, 0); // ssh's own choice: its config, else 22
        QCOMPARE(plain->url(), u"ssh://build-box"_s);
        QVERIFY(plain->viaSocketFile());

        const auto full = Endpoint::parse(u"ssh://me@10.0.0.5:2222"_s);
        QVERIFY(full.ok());
        QCOMPARE(full->sshUser, u"me"_s);
        QCOMPARE(full->host, u"10.0.0.5"_s);
        QCOMPARE(full->port, 2222);
        QCOMPARE(full->url(), u"ssh://me@10.0.0.5:2222"_s);
        QCOMPARE(Endpoint::parse(u"ssh://me@[::1]:22/"_s)->url(), u"ssh://me@[::1]:22"_s);
    }

    void badSshUrlsSayWhy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("path") << u"ssh://me@host/var/run/docker.sock"_s << u"no path"_s;
        QTest::newRow("port 0") << u"ssh://host:0"_s << u"port"_s;
        QTest::newRow("port too big") << u"ssh://host:70000"_s << u"port"_s;
        QTest::newRow("port not a number") << u"ssh://host:ssh"_s << u"port"_s;
        QTest::newRow("empty port") << u"ssh://host:"_s << u"port"_s;
        QTest::newRow("password") << u"ssh://me:secret@host"_s << u"password"_s;
        QTest::newRow("query") << u"ssh://host?x=1"_s << u"query"_s;
        QTest::newRow("no host") << u"ssh://"_s << u"ssh://[user@]host[:port]"_s;
    }

    void badSshUrlsSayWhy()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        const auto ep = Endpoint::parse(url);
        QVERIFY(!ep.ok());
        QCOMPARE(ep.error().kind(), EngineError::Kind::BadRequest);
        QVERIFY2(ep.error().message().contains(says), qPrintable(ep.error().message()));
        QVERIFY(!ep.error().message().contains(u"secret"_s)); // never repeated
    }

    void flagWinsOverEverything()
    {
        EndpointInputs in;
        in.hostFlag = u"unix:///flag.sock"_s;
        in.env.insert(u"DOCKER_HOST"_s, u"unix:///env.sock"_s);
        in.homeDir = u"/nonexistent"_s;
        const auto ep = resolveEndpoint(in);
        QVERIFY(ep.ok());
        QCOMPARE(ep->socketPath, u"/flag.sock"_s);
        QCOMPARE(ep->source, u"--host"_s);
    }

    void dockerHostWinsOverContext()
    {
        QTemporaryDir home;
        writeFile(home.path() + u"/.docker/config.json"_s, R"({"currentContext":"remote"})");
        addContext(home.path(), u"remote"_s, u"unix:///context.sock"_s);
        EndpointInputs in;
        in.env.insert(u"DOCKER_HOST"_s, u"unix:///env.sock"_s);
        in.homeDir = home.path();
        const auto ep = resolveEndpoint(in);
        QVERIFY(ep.ok());
        QCOMPARE(ep->socketPath, u"/env.sock"_s);
        QCOMPARE(ep->source, u"DOCKER_HOST"_s);
    }

    void currentContextFromConfig()
    {
        QTemporaryDir home;
        writeFile(home.path() + u"/.docker/config.json"_s, R"({"currentContext":"rootless"})");
        addContext(home.path(), u"other"_s, u"unix:///other.sock"_s);
        addContext(home.path(), u"rootless"_s, u"unix:///run/user/1000/docker.sock"_s);
        EndpointInputs in;
        in.homeDir = home.path();
        const auto ep = resolveEndpoint(in);
        QVERIFY(ep.ok());
        QCOMPARE(ep->socketPath, u"/run/user/1000/docker.sock"_s);
        QCOMPARE(ep->source, u"context rootless"_s);
    }

    void dockerContextEnvOverridesConfig()
    {
        QTemporaryDir home;
        writeFile(home.path() + u"/.docker/config.json"_s, R"({"currentContext":"rootless"})");
        addContext(home.path(), u"rootless"_s, u"unix:///rootless.sock"_s);
        addContext(home.path(), u"tcpctx"_s, u"tcp://10.0.0.5:2375"_s);
        EndpointInputs in;
        in.homeDir = home.path();
        in.env.insert(u"DOCKER_CONTEXT"_s, u"tcpctx"_s);
        const auto ep = resolveEndpoint(in);
        QVERIFY(ep.ok());
        QCOMPARE(ep->kind, Endpoint::Kind::Tcp);
        QCOMPARE(ep->host, u"10.0.0.5"_s);
    }

    void missingContextIsAnError()
    {
        QTemporaryDir home;
        writeFile(home.path() + u"/.docker/config.json"_s, R"({"currentContext":"gone"})");
        EndpointInputs in;
        in.homeDir = home.path();
        const auto ep = resolveEndpoint(in);
        QVERIFY(!ep.ok());
        QVERIFY(ep.error().message().contains(u"gone"_s));
    }

    void defaultContextMeansDefaultSocket()
    {
        QTemporaryDir home;
        writeFile(home.path() + u"/.docker/config.json"_s, R"({"currentContext":"default"})");
        EndpointInputs in;
        in.homeDir = home.path();
        const auto ep = resolveEndpoint(in);
        QVERIFY(ep.ok());
        QCOMPARE(ep->socketPath, u"/var/run/docker.sock"_s);
        QCOMPARE(ep->source, u"default"_s);
    }

    void defaultWithoutAnything()
    {
        EndpointInputs in;
        in.homeDir = u"/nonexistent-home"_s;
        const auto ep = resolveEndpoint(in);
        QVERIFY(ep.ok());
        QCOMPARE(ep->url(), u"unix:///var/run/docker.sock"_s);
    }

    void tlsFromEnvironment()
    {
        EndpointInputs in;
        in.homeDir = u"/home/me"_s;
        in.env.insert(u"DOCKER_HOST"_s, u"tcp://127.0.0.1:2376"_s);
        in.env.insert(u"DOCKER_TLS_VERIFY"_s, u"1"_s);
        in.env.insert(u"DOCKER_CERT_PATH"_s, u"/certs"_s);
        const auto ep = resolveEndpoint(in);
        QVERIFY(ep.ok());
        QVERIFY(ep->tls);
        QVERIFY(ep->tlsVerify);
        QCOMPARE(ep->caFile, u"/certs/ca.pem"_s);
        QCOMPARE(ep->certFile, u"/certs/cert.pem"_s);
        QCOMPARE(ep->keyFile, u"/certs/key.pem"_s);
        QCOMPARE(ep->baseUrl(), u"https://127.0.0.1:2376"_s);

        in.env.remove(u"DOCKER_CERT_PATH"_s);
        QCOMPARE(resolveEndpoint(in)->caFile, u"/home/me/.docker/ca.pem"_s);

        in.env.remove(u"DOCKER_TLS_VERIFY"_s);
        QVERIFY(!resolveEndpoint(in)->tls);
    }

    void contextWithTlsMaterial()
    {
        QTemporaryDir home;
        writeFile(home.path() + u"/.docker/config.json"_s, R"({"currentContext":"secure"})");
        addContext(home.path(), u"secure"_s, u"tcp://127.0.0.1:2376"_s);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash("secure", QCryptographicHash::Sha256).toHex());
        const QString tlsDir = home.path() + u"/.docker/contexts/tls/"_s + hash + u"/docker"_s;
        writeFile(tlsDir + u"/ca.pem"_s, "ca");
        EndpointInputs in;
        in.homeDir = home.path();
        const auto ep = resolveEndpoint(in);
        QVERIFY(ep.ok());
        QVERIFY(ep->tls);
        QCOMPARE(ep->caFile, tlsDir + u"/ca.pem"_s);
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
