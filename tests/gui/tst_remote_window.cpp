// The window on remote engines: through ssh it connects and lists; an ssh or TLS failure is
// said in the window's banner within seconds, in the user's terms (issue 15, items 2 and 3).
// GANTRY_SCREENSHOT_DIR: where to save a picture of each window, for a look.
#include "MainWindow.h"
#include "TestBed.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "widgets/MessageBanner.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

struct Harness {
    explicit Harness(const Endpoint &ep)
        : client(ep)
        , monitor(&client)
        , workspace(&client, &monitor)
    {
        workspace.window()->resize(1100, 650);
        workspace.start();
        monitor.start();
    }
    MainWindow *window() { return workspace.window(); }
    void save(const QString &name)
    {
        const QString dir = qEnvironmentVariable("GANTRY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window()->grab().save(dir + u'/' + name + u".png"_s);
    }

    DockerClient client;
    ConnectionMonitor monitor;
    Workspace workspace;
};

Endpoint sshEndpoint(const QString &config)
{
    Endpoint ep = Endpoint::parse(testbed::env("GANTRY_TEST_SSH_HOST")).value();
    ep.sshOptions = {u"-F"_s, config};
    return ep;
}

} // namespace

class TestRemoteWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (testbed::env("GANTRY_TEST_SSH_HOST").isEmpty() ||
            testbed::env("GANTRY_TEST_TLS_HOST").isEmpty())
            QFAIL("The test bed's sshd and TLS engine are not running: start the test bed "
                  "with scripts/testbed.sh start and source its env file.");
    }

    void connectsThroughSsh()
    {
        Harness h(sshEndpoint(testbed::env("GANTRY_TEST_SSH_CONFIG")));
        QSignalSpy connected(&h.monitor, &ConnectionMonitor::connected);
        QTRY_VERIFY_WITH_TIMEOUT(connected.size() == 1, 15000);
        QVERIFY(h.window()->connectionLabel()->text().contains(u"ssh://"_s));
        QVERIFY(!h.window()->banner()->isVisible() ||
                !h.window()->banner()->text().contains(u"not encrypted"_s));
        QTest::qWait(1000);
        h.save(u"ssh-connected"_s);
    }

    void unknownHostKeyIsSaidInTheWindow()
    {
        Endpoint ep = sshEndpoint(testbed::env("GANTRY_TEST_SSH_CONFIG"));
        ep.sshOptions << u"-o"_s
                      << u"UserKnownHostsFile="_s +
                             testbed::env("GANTRY_TEST_SSH_EMPTY_KNOWN_HOSTS");
        Harness h(ep);
        h.window()->show();
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(h.window()->banner()->text().contains(u"host key"_s), 5000);
        qInfo("banner after %lld ms: %s", clock.elapsed(),
              qPrintable(h.window()->banner()->text()));
        QVERIFY(h.window()->banner()->text().contains(u"ssh -p "_s));
        h.save(u"ssh-unknown-host-key"_s);
    }

    void wrongCaIsSaidInTheWindow()
    {
        QTemporaryDir dir;
        const QString client = testbed::env("GANTRY_TEST_TLS_CERT_PATH");
        QVERIFY(QFile::copy(testbed::env("GANTRY_TEST_TLS_WRONG_CA"), dir.filePath(u"ca.pem"_s)));
        QVERIFY(QFile::copy(client + u"/cert.pem"_s, dir.filePath(u"cert.pem"_s)));
        QVERIFY(QFile::copy(client + u"/key.pem"_s, dir.filePath(u"key.pem"_s)));
        EndpointInputs in;
        in.hostFlag = testbed::env("GANTRY_TEST_TLS_HOST");
        in.env.insert(u"DOCKER_TLS_VERIFY"_s, u"1"_s);
        in.env.insert(u"DOCKER_CERT_PATH"_s, dir.path());
        in.homeDir = u"/nonexistent"_s;
        Harness h(resolveEndpoint(in).value());
        h.window()->show();
        QTRY_VERIFY_WITH_TIMEOUT(h.window()->banner()->text().contains(u"did not sign"_s), 5000);
        h.save(u"tls-wrong-ca"_s);
    }
};

QTEST_MAIN(TestRemoteWindow)
#include "tst_remote_window.moc"
