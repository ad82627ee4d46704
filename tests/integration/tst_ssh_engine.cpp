// ssh://user@127.0.0.1:PORT through the user's own ssh: the test bed's sshd, whose remote
// `docker system dial-stdio` reaches the test bed's engine. Every feature works through the
// bridge (SshBridge); an unknown host key, a password wanted, a refused key and a host without
// `docker` each give a clear message within seconds. Tests point ssh at the test bed's keys and
// known_hosts with `-F` (Endpoint::sshOptions); the app passes none, so the user's config rules.
#include "RemoteEngineChecks.h"
#include "TestBed.h"
#include "api/DockerClient.h"
#include "transport/HijackedStream.h"
#include "transport/SshBridge.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QtTest>

#include <memory>

using namespace gantry;
using namespace Qt::StringLiterals;

class TestSshEngine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available() || testbed::env("GANTRY_TEST_SSH_HOST").isEmpty())
            QFAIL("The test bed's sshd is not running (GANTRY_TEST_SSH_HOST is empty): start "
                  "the test bed with scripts/testbed.sh start and source its env file.");
        m_endpoint = sshEndpoint(testbed::env("GANTRY_TEST_SSH_CONFIG"));
        m_client = new DockerClient(m_endpoint, this);
        QElapsedTimer clock;
        clock.start();
        const auto ping = testbed::await<PingInfo>([&](auto done) { m_client->ping(this, done); });
        QVERIFY2(ping && ping->ok(), ping ? qPrintable(ping->error().describe()) : "no answer");
        qInfo("first ping through ssh (handshake included): %lld ms", clock.elapsed());
        m_client->setApiVersion(ApiVersion::negotiate(ping->value().apiVersion));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_HOST")); // the same engine
        m_checks = std::make_unique<RemoteEngineChecks>(m_client, env);
    }

    void cleanupTestCase() { m_checks.reset(); }

    void theBridgeIsPrivate()
    {
        const QFileInfo socket(m_client->endpoint().socketPath);
        QVERIFY(socket.exists());
        QCOMPARE(int(socket.permissions() & 0x0077), 0); // no group or other bits
        const QFileInfo dir(socket.path());
        QCOMPARE(int(dir.permissions() & 0x0077), 0);
        QCOMPARE(m_client->endpoint().url(), m_endpoint.url()); // still said as ssh://...
    }

    void lists()
    {
        const QString error = m_checks->lists();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void events()
    {
        const QString error = m_checks->events();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void logs()
    {
        const QString error = m_checks->logs();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void buildUpload()
    {
        const QString error = m_checks->build();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void terminal()
    {
        const QString error = m_checks->terminal();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void terminalInputEnd()
    {
        const QString error = m_checks->inputEnd();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // What a listing costs through ssh compared with the unix socket (printed, and bounded
    // loosely so that a regression to one handshake per request shows).
    void listingLatency()
    {
        DockerClient local(testbed::endpoint());
        local.setApiVersion(m_client->apiVersion());
        const qint64 unixMs = timeListings(&local);
        const qint64 sshMs = timeListings(m_client);
        qInfo("10 container listings: unix %lld ms, ssh %lld ms", unixMs, sshMs);
        QVERIFY2(sshMs < 5000, qPrintable(QString::number(sshMs)));
        // A new connection each (what a terminal costs to open): through the shared ssh
        // session, one dial-stdio on the far side each.
        const qint64 unixNew = timeNewConnections(local.endpoint());
        const qint64 sshNew = timeNewConnections(m_client->endpoint());
        qInfo("5 new connections: unix %lld ms, ssh %lld ms", unixNew, sshNew);
        QVERIFY2(sshNew < 10000, qPrintable(QString::number(sshNew)));
    }

    void unknownHostKey()
    {
        Endpoint ep = sshEndpoint(testbed::env("GANTRY_TEST_SSH_CONFIG"));
        ep.sshOptions << u"-o"_s
                      << u"UserKnownHostsFile="_s +
                             testbed::env("GANTRY_TEST_SSH_EMPTY_KNOWN_HOSTS");
        checkRefused(ep, {u"host key"_s, u"not known"_s,
                          u"ssh -p %1 -l %2 127.0.0.1"_s.arg(ep.port).arg(ep.sshUser)});
    }

    void passwordWanted()
    {
        Endpoint ep = sshEndpoint(testbed::env("GANTRY_TEST_SSH_WRONG_KEY_CONFIG"));
        ep.port = testbed::env("GANTRY_TEST_SSH_PASSWORD_PORT").toInt();
        checkRefused(ep, {u"password"_s, u"ssh-copy-id"_s, ep.url()});
    }

    void refusedKey()
    {
        const Endpoint ep = sshEndpoint(testbed::env("GANTRY_TEST_SSH_WRONG_KEY_CONFIG"));
        checkRefused(ep, {u"refused your ssh key"_s, u"publickey"_s, ep.url()});
    }

    void noDockerOnTheHost()
    {
        Endpoint ep = sshEndpoint(testbed::env("GANTRY_TEST_SSH_CONFIG"));
        ep.port = testbed::env("GANTRY_TEST_SSH_NO_DOCKER_PORT").toInt();
        checkRefused(ep, {u"no `docker` command"_s, ep.url()});
    }

    void noSshProgram()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        const auto restore = qScopeGuard([&] { qputenv("PATH", path); });
        checkRefused(m_endpoint, {u"ssh program could not be started"_s, u"openssh-client"_s});
    }

private:
    static Endpoint sshEndpoint(const QString &config)
    {
        Endpoint ep = Endpoint::parse(testbed::env("GANTRY_TEST_SSH_HOST")).value();
        ep.sshOptions = {u"-F"_s, config};
        return ep;
    }

    qint64 timeListings(DockerClient *client)
    {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10; ++i) {
            const auto list = testbed::await<QList<ContainerSummary>>(
                [&](auto done) { client->listContainers(true, this, done); });
            if (!list || !list->ok())
                return 1000000;
        }
        return clock.elapsed();
    }

    // GET /_ping on a connection of its own each time (a hijacked stream takes the 200 as
    // the stream opening).
    qint64 timeNewConnections(const Endpoint &ep)
    {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i) {
            HijackedStream stream(ep);
            bool open = false;
            connect(&stream, &HijackedStream::established, this, [&] { open = true; });
            stream.start("GET", u"/_ping"_s, {}, HijackedStream::Framing::Raw);
            if (!QTest::qWaitFor([&] { return open; }, 10000))
                return 1000000;
        }
        return clock.elapsed();
    }

    // A ping and a hijacked stream through a fresh bridge both fail within a few seconds,
    // with all of `expected` in the message.
    void checkRefused(const Endpoint &ep, const QStringList &expected)
    {
        DockerClient client(ep);
        client.setApiVersion(m_client->apiVersion());
        QElapsedTimer clock;
        clock.start();
        const auto ping = testbed::await<PingInfo>([&](auto done) { client.ping(this, done); });
        QVERIFY(ping.has_value());
        QVERIFY(!ping->ok());
        qInfo().noquote() << "ping:" << ping->error().describe() << clock.elapsed() << "ms";
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(ping->error().kind(), EngineError::Kind::Unreachable);
        for (const QString &word : expected)
            QVERIFY2(ping->error().message().contains(word), qPrintable(ping->error().message()));

        HijackedStream stream(client.endpoint());
        std::optional<EngineError> error;
        bool established = false;
        connect(&stream, &HijackedStream::established, this, [&] { established = true; });
        connect(&stream, &HijackedStream::failed, this, [&](const EngineError &e) { error = e; });
        clock.restart();
        stream.start("POST", client.apiVersion().pathPrefix() + u"/exec/none/start"_s,
                     "{\"Tty\":true}", HijackedStream::Framing::Raw);
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value() || established, 10000);
        QVERIFY(!established);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(error->kind(), EngineError::Kind::Unreachable);
        for (const QString &word : expected)
            QVERIFY2(error->message().contains(word), qPrintable(error->message()));
    }

    Endpoint m_endpoint;
    DockerClient *m_client = nullptr;
    std::unique_ptr<RemoteEngineChecks> m_checks;
};

QTEST_MAIN(TestSshEngine)
#include "tst_ssh_engine.moc"
