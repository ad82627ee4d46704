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
                 (QStringList{u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"ConnectTimeout=10"_s, u"-p"_s,
                              u"2222"_s, u"-l"_s, u"me"_s, u"-T"_s, u"--"_s, u"box"_s, u"docker"_s,
                              u"system"_s, u"dial-stdio"_s}));
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

    void diagnoses_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown host key")
            << 255 << u"Host key verification failed.\n"_s << u"ssh -p 2222 -l me box"_s;
        QTest::newRow("strict checking")
            << 255
            << u"No ED25519 host key is known for [box]:2222 and you have requested strict "
               "checking.\nHost key verification failed.\n"_s
            << u"not known"_s;
        QTest::newRow("changed host key")
            << 255 << u"@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@\n"_s
            << u"ssh-keygen -R box"_s;
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
    }
};

QTEST_MAIN(TestSshErrors)
#include "tst_ssh_errors.moc"
