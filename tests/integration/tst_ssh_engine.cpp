// ssh://user@127.0.0.1:PORT through the user's own ssh: the test bed's sshd, whose remote
// `docker system dial-stdio` reaches the test bed's engine. Every feature works through the
// bridge (SshBridge); an unknown host key, a password wanted, a refused key and a host without
// `docker` each give a clear message within seconds. Tests point ssh at the test bed's keys and
// known_hosts with `-F` (Endpoint::sshOptions); the app passes none, so the user's config rules.
#include "RemoteEngineChecks.h"
#include "TestBed.h"
#include "api/DockerClient.h"
#include "specs/LogsSpec.h"
#include "streams/LogStream.h"
#include "transport/HijackedStream.h"
#include "transport/SshBridge.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
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
        QElapsedTimer clock;
        clock.start();
        m_client = testbed::connectedClient(m_endpoint, this);
        QVERIFY(m_client);
        qInfo("first ping through ssh (handshake included): %lld ms", clock.elapsed());
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

    // A followed log stream stopped by the user: its connection closes, ssh sees EOF and
    // ends, and the remote `docker system dial-stdio` with it. Fails when ssh (or the
    // ControlMaster it forks) holds a copy of libcurl's socket: no EOF ever comes.
    void aCancelledStreamEndsItsSsh()
    {
        const QString name = testbed::unique("gantry-ssh-cancel-");
        QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, name,
                                 testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s,
                                 u"while true; do echo tick; sleep 0.2; done"_s}));
        const auto remove = qScopeGuard([&] { testbed::docker({u"rm"_s, u"-f"_s, name}); });
        DockerClient client(m_endpoint);
        client.setApiVersion(m_client->apiVersion());
        const QString dir = QFileInfo(client.endpoint().socketPath).path();
        LogsSpec spec;
        spec.id = name;
        auto stream = std::make_unique<LogStream>(&client, spec);
        int lines = 0;
        connect(stream.get(), &LogStream::lines, this,
                [&](const QList<LogLine> &l) { lines += int(l.size()); });
        stream->start();
        QTRY_VERIFY_WITH_TIMEOUT(lines >= 3, 15000);
        const QList<qint64> links = sshPids(dir, "dial-stdio");
        QVERIFY2(!links.isEmpty(), qPrintable(dir + u' ' + allSsh()));
        // ssh holds none of our sockets (libcurl's connections and wake-up pairs) beyond its
        // stdin and stdout, the accepted socket.
        const QString shared = socketsSharedWithUs(links, sshPids(dir, "[mux]"));
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        stream->stop();
        stream.reset();
        QTRY_VERIFY2_WITH_TIMEOUT(sshPids(dir, "dial-stdio").isEmpty(),
                                  qPrintable(describeFds(links)), 10000);
    }

    // A client destroyed with live streams (logs, an attached stream): the destruction does
    // not wait on ssh, and soon no ssh of its bridge is left, shared session included, nor
    // its private directory.
    void aDestroyedClientLeavesNoSsh()
    {
        const QString name = testbed::unique("gantry-ssh-teardown-");
        QVERIFY(testbed::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, name,
                                 testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s, u"-c"_s,
                                 u"while true; do echo tick; sleep 0.2; done"_s}));
        const auto remove = qScopeGuard([&] { testbed::docker({u"rm"_s, u"-f"_s, name}); });
        auto *client = new DockerClient(m_endpoint);
        client->setApiVersion(m_client->apiVersion());
        const QString dir = QFileInfo(client->endpoint().socketPath).path();
        LogsSpec spec;
        spec.id = name;
        int lines = 0;
        for (int i = 0; i < 2; ++i) {
            auto *stream = new LogStream(client, spec, client);
            connect(stream, &LogStream::lines, this,
                    [&](const QList<LogLine> &l) { lines += int(l.size()); });
            stream->start();
        }
        auto *attach = new HijackedStream(client->endpoint(), client);
        bool attached = false;
        connect(attach, &HijackedStream::established, this, [&] { attached = true; });
        attach->start("POST",
                      client->apiVersion().pathPrefix() + u"/containers/"_s + name +
                          u"/attach?stream=1&stdout=1"_s,
                      {}, HijackedStream::Framing::Raw);
        QTRY_VERIFY_WITH_TIMEOUT(lines >= 6 && attached, 15000);
        QVERIFY2(sshPids(dir, "dial-stdio").size() >= 3, qPrintable(allSsh()));
        QElapsedTimer clock;
        clock.start();
        delete client;
        const qint64 ms = clock.elapsed();
        qInfo("client with 3 live streams destroyed in %lld ms", ms);
        QVERIFY2(ms < 500, qPrintable(QString::number(ms)));
        QTRY_VERIFY2_WITH_TIMEOUT(sshPids(dir, "").isEmpty(), qPrintable(allSsh()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(dir), 5000);
    }

    // A bridge that cannot listen (here: a runtime directory whose path is too long for a
    // socket) says so, with where and why, to every call.
    void aBridgeThatCannotListenSaysWhy()
    {
        QTemporaryDir base;
        const QString deep = base.path() + u'/' + QString(100, u'd');
        QVERIFY(QDir().mkpath(deep));
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(deep));
        const auto restore = qScopeGuard([&] { qputenv("XDG_RUNTIME_DIR", runtime); });
        DockerClient client(m_endpoint);
        client.setApiVersion(m_client->apiVersion());
        const auto ping = testbed::await<PingInfo>([&](auto done) { client.ping(this, done); });
        QVERIFY(ping && !ping->ok());
        const QString message = ping->error().message();
        QVERIFY2(message.contains(u"could not open its local socket"_s), qPrintable(message));
        QVERIFY2(message.contains(deep), qPrintable(message));
        QVERIFY2(message.contains(QString::fromLocal8Bit(strerror(ENAMETOOLONG))),
                 qPrintable(message));
        HijackedStream stream(client.endpoint());
        std::optional<EngineError> error;
        connect(&stream, &HijackedStream::failed, this, [&](const EngineError &e) { error = e; });
        stream.start("GET", u"/_ping"_s, {}, HijackedStream::Framing::Raw);
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 5000);
        QVERIFY2(error->message().contains(deep), qPrintable(error->message()));
    }

    void unknownHostKey()
    {
        Endpoint ep = sshEndpoint(testbed::env("GANTRY_TEST_SSH_CONFIG"));
        ep.sshOptions << u"-o"_s
                      << u"UserKnownHostsFile="_s +
                             testbed::env("GANTRY_TEST_SSH_EMPTY_KNOWN_HOSTS");
        checkRefused(ep, {u"host key"_s, u"not known"_s,
                          u"ssh -p %1 -l %2 -- 127.0.0.1"_s.arg(ep.port).arg(ep.sshUser)});
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

    // dial-stdio fails there (DOCKER_HOST names no engine): its own words reach the user.
    void wrongDockerHostThere()
    {
        Endpoint ep = sshEndpoint(testbed::env("GANTRY_TEST_SSH_CONFIG"));
        ep.port = testbed::env("GANTRY_TEST_SSH_WRONG_DOCKER_HOST_PORT").toInt();
        QVERIFY(ep.port > 0);
        checkRefused(
            ep, {u"`docker system dial-stdio` failed"_s, u"/nonexistent/docker.sock"_s, ep.url()});
    }

    void noSshProgram()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        const auto restore = qScopeGuard([&] { qputenv("PATH", path); });
        checkRefused(m_endpoint, {u"ssh program could not be started"_s, u"openssh-client"_s});
    }

private:
    // The ssh processes whose command line names the bridge directory `dir` and `marker`.
    static QList<qint64> sshPids(const QString &dir, const char *marker)
    {
        QList<qint64> pids;
        const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (!ok)
                continue;
            QFile f(u"/proc/"_s + entry + u"/cmdline"_s);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QByteArray cmd = f.readAll();
            cmd.replace('\0', ' ');
            const QByteArray program = cmd.left(cmd.indexOf(' '));
            if ((program == "ssh" || program == "ssh:" || program.endsWith("/ssh")) &&
                cmd.contains(QFile::encodeName(dir)) && cmd.contains(marker))
                pids << pid;
        }
        return pids;
    }

    // The sockets of the `links` and of their `master` that this process holds too, but for
    // the links' stdin and stdout (the accepted sockets, which the master relays too).
    static QString socketsSharedWithUs(const QList<qint64> &links, const QList<qint64> &master)
    {
        auto sockets = [](const QString &fdDir, int from) {
            QSet<QString> found;
            const QStringList fds = QDir(fdDir).entryList(QDir::System | QDir::NoDotAndDotDot);
            for (const QString &fd : fds) {
                const QString target = QFile::symLinkTarget(fdDir + u'/' + fd);
                if (fd.toInt() >= from && target.contains(u"socket:"_s))
                    found << target.mid(target.lastIndexOf(u'/') + 1);
            }
            return found;
        };
        QSet<QString> ours = sockets(u"/proc/self/fd"_s, 0);
        for (qint64 pid : links) {
            for (int fd : {0, 1}) {
                const QString t = QFile::symLinkTarget(u"/proc/%1/fd/%2"_s.arg(pid).arg(fd));
                ours.remove(t.mid(t.lastIndexOf(u'/') + 1));
            }
        }
        QString shared;
        for (qint64 pid : links + master) {
            const QSet<QString> theirs = sockets(u"/proc/%1/fd"_s.arg(pid), 2);
            for (const QString &s : theirs &ours)
                shared += u"ssh %1 holds our %2\n"_s.arg(pid).arg(s);
        }
        return shared;
    }

    static QString allSsh()
    {
        QProcess ps;
        ps.start(u"pgrep"_s, {u"-a"_s, u"ssh"_s});
        ps.waitForFinished();
        return QString::fromLocal8Bit(ps.readAllStandardOutput());
    }

    static QString describeFds(const QList<qint64> &pids)
    {
        QString text;
        for (qint64 pid : pids) {
            text += u"ssh %1:"_s.arg(pid);
            const QString fdDir = u"/proc/%1/fd"_s.arg(pid);
            const QStringList fds = QDir(fdDir).entryList(QDir::System | QDir::NoDotAndDotDot);
            for (const QString &fd : fds)
                text += u' ' + fd + u"->"_s + QFile::symLinkTarget(fdDir + u'/' + fd);
            text += u'\n';
        }
        return text;
    }

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

    // A ping and a terminal on `ep` both fail within a few seconds with all of `expected` in
    // the message (RemoteEngineChecks::refused).
    void checkRefused(const Endpoint &ep, const QStringList &expected)
    {
        const QString error = RemoteEngineChecks::refused(ep, m_client->apiVersion(), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    Endpoint m_endpoint;
    DockerClient *m_client = nullptr;
    std::unique_ptr<RemoteEngineChecks> m_checks;
};

QTEST_MAIN(TestSshEngine)
#include "tst_ssh_engine.moc"
