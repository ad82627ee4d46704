// What ssh's stderr and exit code become (SshErrors), and the ssh command line of a bridged
// connection (SshBridge::sshArguments); the real ssh is run by tst_ssh_engine.
#include "transport/SshBridge.h"
#include "transport/SshErrors.h"

#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

class TestSshErrors : public QObject {
    Q_OBJECT
private slots:
    void arguments()
    {
        Endpoint ep = Endpoint::parse(u"ssh://me@box:2222"_s).value();
        QCOMPARE(SshBridge::sshArguments(ep, {}),
                 (QStringList{u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"ConnectTimeout=10"_s, u"-o"_s,
                              u"ServerAliveInterval=15"_s, u"-o"_s, u"ServerAliveCountMax=3"_s,
                              u"-p"_s, u"2222"_s, u"-l"_s, u"me"_s, u"-T"_s, u"--"_s, u"box"_s,
                              u"docker"_s, u"system"_s, u"dial-stdio"_s}));
        // No user or port: ssh's own config decides. A host that looks like an option stays
        // a host (after --).
        QVERIFY(!Endpoint::parse(u"ssh://-oProxyCommand=x"_s).ok());
        ep = Endpoint();
        ep.kind = Endpoint::Kind::Ssh;
        ep.port = 0;
        ep.host = u"-oProxyCommand=x"_s;
        const QStringList args = SshBridge::sshArguments(ep, u"/run/x/cm"_s);
        QVERIFY(!args.contains(u"-p"_s));
        QVERIFY(!args.contains(u"-l"_s));
        QVERIFY(args.contains(u"ControlPath=/run/x/cm"_s));
        QCOMPARE(args.indexOf(u"--"_s) + 1, args.indexOf(u"-oProxyCommand=x"_s));
    }

    // What the user's config sets (ssh -G) is left to it: keep-alives, their own master.
    void userConfigIsRespected()
    {
        const QByteArray defaults = "user me\nserveraliveinterval 0\nserveralivecountmax 3\n"
                                    "controlmaster false\ncontrolpath none\n";
        SshBridge::UserConfig user = SshBridge::UserConfig::parse(defaults);
        QVERIFY(!user.keepAlive);
        QVERIFY(!user.control);
        user = SshBridge::UserConfig::parse("serveraliveinterval 60\ncontrolmaster auto\n"
                                            "controlpath ~/.ssh/cm-%C\n");
        QVERIFY(user.keepAlive);
        QVERIFY(user.control);
        const Endpoint ep = Endpoint::parse(u"ssh://box"_s).value();
        const QStringList args = SshBridge::sshArguments(ep, u"/run/x/cm"_s, user);
        QVERIFY(!args.join(u' ').contains(u"ServerAlive"_s));
        QVERIFY(!args.join(u' ').contains(u"Control"_s));
        QVERIFY(SshBridge::sshArguments(ep, u"/run/x/cm"_s).contains(u"ServerAliveInterval=15"_s));
    }

    void shellQuoting()
    {
        QCOMPARE(SshErrors::shellQuote(u"box.example-1"_s), u"box.example-1"_s);
        QCOMPARE(SshErrors::shellQuote(u"a b"_s), u"'a b'"_s);
        QCOMPARE(SshErrors::shellQuote(u"x;$(id)'y"_s), u"'x;$(id)'\\''y'"_s);
        Endpoint ep;
        ep.kind = Endpoint::Kind::Ssh;
        ep.port = 0;
        ep.host = u"-oProxyCommand=touch /tmp/x"_s; // refused by parse; quoted all the same
        QCOMPARE(SshErrors::sshCommand(ep), u"ssh -- '-oProxyCommand=touch /tmp/x'"_s);
    }

    void diagnoses_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown host key")
            << 255 << u"Host key verification failed.\n"_s << u"ssh -p 2222 -l me -- box"_s;
        QTest::newRow("strict checking")
            << 255
            << u"No ED25519 host key is known for [box]:2222 and you have requested strict "
               "checking.\nHost key verification failed.\n"_s
            << u"not known"_s;
        QTest::newRow("changed host key")
            << 255 << u"@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@\n"_s
            << u"ssh-keygen -R '[box]:2222'"_s;
        QTest::newRow("password") << 255 << u"me@box: Permission denied (publickey,password).\n"_s
                                  << u"password"_s;
        QTest::newRow("refused key")
            << 255 << u"me@box: Permission denied (publickey).\n"_s << u"refused your ssh key"_s;
        QTest::newRow("refused") << 255
                                 << u"ssh: connect to host box port 2222: Connection refused\n"_s
                                 << u"connection refused"_s;
        QTest::newRow("no docker")
            << 127 << u"bash: line 1: docker: command not found\n"_s << u"no `docker` command"_s;
        QTest::newRow("engine down")
            << 1
            << u"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the "
               "docker daemon running?\n"_s
            << u"not running"_s;
        QTest::newRow("connect timed out")
            << 255 << u"ssh: connect to host box port 2222: Connection timed out\n"_s
            << u"in time"_s;
        QTest::newRow("banner timed out")
            << 255 << u"Connection timed out during banner exchange\n"_s << u"in time"_s;
        QTest::newRow("wrong DOCKER_HOST there")
            << 1
            << u"failed to open the raw stream connection: dial unix /x.sock: connect: no such "
               "file or directory\n"_s
            << u"dial unix /x.sock"_s;
        QTest::newRow("old docker")
            << 1 << u"docker: 'system dial-stdio' is not a docker command.\n"_s << u"too old"_s;
    }

    void diagnoses()
    {
        QFETCH(int, exitCode);
        QFETCH(QString, err);
        QFETCH(QString, says);
        const Endpoint ep = Endpoint::parse(u"ssh://me@box:2222"_s).value();
        const auto error = SshErrors::diagnose(ep, exitCode, err);
        QVERIFY(error.has_value());
        QVERIFY2(error->message().contains(says), qPrintable(error->message()));
        QVERIFY2(error->message().contains(u"ssh://me@box:2222"_s), qPrintable(error->message()));
    }

    // A link that worked and then dropped is not told as a failure to connect (the bridge
    // must not write an HTTP answer into the middle of a stream).
    void aDroppedLinkIsNotAConnectFailure()
    {
        const Endpoint ep = Endpoint::parse(u"ssh://box"_s).value();
        QVERIFY(!SshErrors::diagnose(ep, 255, u"Connection to box closed by remote host.\n"_s));
        QVERIFY(!SshErrors::diagnose(ep, 255, u"client_loop: send disconnect: Broken pipe\n"_s));
        QVERIFY(!SshErrors::diagnose(ep, 0, {}));
        QVERIFY(!SshErrors::diagnose(ep, 0, {}, true));
    }

    // After ssh passed the request on, what a link says when it ends mid-stream is never
    // taken for a failure to connect (an answer written then would land inside the stream).
    void midStreamEndsGiveNothing_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        QTest::newRow("read timed out")
            << 255 << u"Read from remote host box: Connection timed out\n"_s;
        QTest::newRow("operation timed out")
            << 255
            << u"ssh_dispatch_run_fatal: Connection to 10.0.0.5 port 22: Operation timed "
               "out\n"_s;
        QTest::newRow("keep-alive") << 255 << u"Timeout, server box not responding.\n"_s;
        QTest::newRow("closed") << 255 << u"Connection to box closed by remote host.\n"_s;
        QTest::newRow("reset") << 255 << u"Connection reset by peer\n"_s;
        QTest::newRow("odd 255") << 255 << u"something else\n"_s;
        QTest::newRow("remote exit") << 1 << u"error during connect: EOF\n"_s;
        QTest::newRow("silent") << 1 << QString();
    }

    void midStreamEndsGiveNothing()
    {
        QFETCH(int, exitCode);
        QFETCH(QString, err);
        const Endpoint ep = Endpoint::parse(u"ssh://box"_s).value();
        const auto error = SshErrors::diagnose(ep, exitCode, err, false);
        QVERIFY2(!error, qPrintable(error ? error->message() : QString()));
    }

    // A request ssh never read: whatever the reason, the caller hears it, with ssh's words.
    void anUnreadRequestIsAlwaysAnswered()
    {
        const Endpoint ep = Endpoint::parse(u"ssh://box"_s).value();
        auto error = SshErrors::diagnose(
            ep, 1, u"unable to connect to docker: wrong host tcp://nowhere:1\n"_s, true);
        QVERIFY(error);
        QVERIFY2(error->message().contains(u"`docker system dial-stdio` failed"_s),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(u"wrong host tcp://nowhere:1"_s),
                 qPrintable(error->message()));
        error = SshErrors::diagnose(ep, 255, u"Read from remote host box: timed out\n"_s, true);
        QVERIFY(error);
        QCOMPARE(error->kind(), EngineError::Kind::Timeout);
        error = SshErrors::diagnose(ep, 255, u"odd\n"_s, true);
        QVERIFY(error);
        QVERIFY2(error->message().contains(u"could not connect"_s), qPrintable(error->message()));
    }
};

QTEST_MAIN(TestSshErrors)
#include "tst_ssh_errors.moc"
