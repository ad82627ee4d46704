// Connection errors say which socket or host could not be reached, from where the user gave
// it, why and what to do. Each reason made for real where this machine allows it: a missing
// socket, a regular file in its place, a socket nobody listens on, a refused port on
// 127.0.0.1, a peer that hangs up, a peer that does not speak TLS, a connection that times
// out (a full accept queue), and (run as the user nobody through setpriv, since root opens
// any socket) a socket of mode 000. Name lookups would leave 127.0.0.1: their classification
// is checked on libcurl's codes.
#include "api/DockerClient.h"
#include "catalogue/DockerContexts.h"
#include "transport/ConnectFailure.h"
#include "transport/Transport.h"

#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <curl/curl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

EngineError pingError(const Endpoint &endpoint)
{
    DockerClient client(endpoint);
    std::optional<Result<PingInfo>> out;
    client.ping(&client, [&out](Result<PingInfo> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return EngineError(EngineError::Kind::None, u"no answer"_s);
    return out->ok() ? EngineError() : out->error();
}

Endpoint unixEndpoint(const QString &path, const QString &source = {})
{
    Endpoint e;
    e.socketPath = path;
    e.source = source;
    return e;
}

Endpoint tcpEndpoint(int port, bool tls = false)
{
    Endpoint e = Endpoint::parse(u"tcp://127.0.0.1:%1"_s.arg(port)).value();
    e.tls = e.tlsVerify = tls;
    e.source = u"DOCKER_HOST"_s;
    return e;
}

// A unix socket file that nothing listens on: bound, never listened, closed.
bool deadSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray p = path.toLocal8Bit();
    std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

int closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace

class TestConnectErrors : public QObject {
    Q_OBJECT
private slots:
    void missingSocket()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"docker.sock"_s);
        const EngineError e = pingError(unixEndpoint(path, u"context laptop"_s));
        QCOMPARE(e.kind(), EngineError::Kind::Unreachable);
        QVERIFY2(e.message().contains(u"The socket "_s + path +
                                      u" (docker context \"laptop\") does not exist."_s),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(u"docker context \"laptop\""_s));
        QVERIFY(e.message().contains(u"does not exist"_s));
        QVERIFY(e.message().contains(u"Is Docker running?"_s));
        QVERIFY(!e.message().contains(u"port 80"_s)); // libcurl's words are gone
    }

    void missingFolderOnThePath()
    {
        const EngineError e = pingError(unixEndpoint(u"/nonexistent/dir/docker.sock"_s));
        QVERIFY2(e.message().contains(u"does not exist"_s), qPrintable(e.message()));
    }

    void regularFileInPlaceOfTheSocket()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"docker.sock"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const EngineError e = pingError(unixEndpoint(path, u"--host"_s));
        QCOMPARE(e.kind(), EngineError::Kind::Unreachable);
        QVERIFY2(e.message().contains(u"is not a socket"_s), qPrintable(e.message()));
        QVERIFY(e.message().contains(u"from --host"_s));
    }

    void socketLeftByAStoppedEngine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"docker.sock"_s);
        QVERIFY(deadSocket(path));
        const EngineError e = pingError(unixEndpoint(path, u"default"_s));
        QCOMPARE(e.kind(), EngineError::Kind::Unreachable);
        QVERIFY2(e.message().contains(u"connection was refused"_s), qPrintable(e.message()));
        QVERIFY(e.message().contains(u"Is Docker running?"_s));
    }

    void refusedPort()
    {
        const int port = closedPort();
        const EngineError e = pingError(tcpEndpoint(port));
        QCOMPARE(e.kind(), EngineError::Kind::Unreachable);
        QVERIFY2(e.message().contains(u"127.0.0.1 port %1 (from DOCKER_HOST)"_s.arg(port)),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(u"refused"_s));
        QVERIFY(e.message().contains(u"listening on this port"_s));
    }

    void peerHangsUp()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                s->readAll();
                s->close();
                s->deleteLater();
            }
        });
        const EngineError e = pingError(tcpEndpoint(server.serverPort()));
        QCOMPARE(e.kind(), EngineError::Kind::Unreachable);
        QVERIFY2(e.message().contains(u"closed the connection without an answer"_s),
                 qPrintable(e.message()));
    }

    void peerWithoutTls()
    {
        QTcpServer server; // answers plain HTTP where TLS is expected
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            // Answers the client's hello, and stays open: a close with the hello unread
            // would reset the connection before the TLS layer reads the answer.
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                });
            }
        });
        const EngineError e = pingError(tcpEndpoint(server.serverPort(), true));
        QCOMPARE(e.kind(), EngineError::Kind::Unreachable);
        QVERIFY2(e.message().contains(u"TLS connection to 127.0.0.1 port"_s),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(u"CA certificate"_s));
        QVERIFY(e.message().contains(u"Details:"_s)); // libcurl's TLS reason kept
    }

    void connectionTimesOut()
    {
        // A listening socket whose queue is full (backlog 0, one connection never accepted)
        // drops further SYNs: the connection waits, on 127.0.0.1, until the call's timeout.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        QVERIFY(::listen(listener, 0) == 0);
        socklen_t len = sizeof addr;
        QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
        const int port = ntohs(addr.sin_port);
        QList<int> fillers;
        const auto closeAll = qScopeGuard([&] {
            for (int fd : std::as_const(fillers))
                ::close(fd);
            ::close(listener);
        });
        for (int i = 0; i < 3; ++i) { // fill the accept queue
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
            fillers << fd;
        }
        QTest::qWait(200);
        Transport transport(tcpEndpoint(port));
        Request request;
        request.path = u"/_ping"_s;
        request.timeoutMs = 1500;
        Reply *reply = transport.send(request);
        QSignalSpy finished(reply, &Reply::finished);
        QVERIFY(finished.wait(10000));
        const EngineError e = reply->error();
        QCOMPARE(e.kind(), EngineError::Kind::Timeout);
        QVERIFY2(e.message().contains(u"127.0.0.1 port %1 (from DOCKER_HOST) did not answer in "
                                      u"time"_s.arg(port)),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(u"firewall"_s));
    }

    void permissionDeniedAsAnotherUser()
    {
        // Root opens any socket: then the check runs `gantry --ping` as nobody; others ping
        // in-process.
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                            QFileDevice::ExeOther | QFileDevice::ReadOther));
        const QString path = dir.filePath(u"docker.sock"_s);
        QVERIFY(deadSocket(path));
        QVERIFY(QFile::setPermissions(path, {})); // mode 000
        if (::getuid() != 0) {
            const EngineError e = pingError(unixEndpoint(path, u"--host"_s));
            QCOMPARE(e.kind(), EngineError::Kind::PermissionDenied);
            QVERIFY2(e.message().contains(u"Permission denied when opening the socket "_s + path +
                                          u" (from --host)"_s),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(u"docker group"_s));
            return;
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s); // LSan needs ptrace rights
        p.setProcessEnvironment(env);
        p.start(u"setpriv"_s,
                {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                 QStringLiteral(GANTRY_BINARY), u"--ping"_s, u"--host"_s, u"unix://"_s + path});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(u"Permission denied when opening the socket "_s + path +
                              u" (from --host)"_s),
                 qPrintable(err));
        QVERIFY(err.contains(u"docker group"_s));
    }

    void adviceFollowsTheEndpointKind()
    {
        // The docker group is for a unix socket; a TCP connect refused locally is a firewall
        // or policy; a unix socket that does not answer is a stuck engine, not a firewall.
        using R = ConnectFailure::Reason;
        const Endpoint tcp = tcpEndpoint(2376);
        const Endpoint local = unixEndpoint(u"/run/docker.sock"_s);
        QVERIFY(ConnectFailure::advice(local, R::PermissionDenied).contains(u"docker group"_s));
        QVERIFY(!ConnectFailure::advice(tcp, R::PermissionDenied).contains(u"docker group"_s));
        QVERIFY(ConnectFailure::advice(tcp, R::PermissionDenied).contains(u"firewall"_s));
        QVERIFY(ConnectFailure::advice(tcp, R::TimedOut).contains(u"firewall"_s));
        QVERIFY(!ConnectFailure::advice(local, R::TimedOut).contains(u"firewall"_s));
        QVERIFY(ConnectFailure::advice(local, R::TimedOut).contains(u"Restart"_s));
    }

    void pingIgnoresTheWindowsRememberedEngine()
    {
        // `gantry --ping` checks the engine docker would use, not the one the window opened
        // last: a remembered saved engine that does not answer changes nothing.
        const QString bed = qEnvironmentVariable("GANTRY_TEST_HOST");
        if (bed.isEmpty())
            QSKIP("needs the test bed (GANTRY_TEST_HOST)");
        QTemporaryDir home;
        // docker's current context: the test bed.
        const QString dockerConfig = home.filePath(u"docker"_s);
        QVERIFY(
            DockerConfigDir(dockerConfig).createContext({u"bed"_s, {}, bed, {}, {}, {}, false}));
        QFile current(dockerConfig + u"/config.json"_s);
        QVERIFY(current.open(QIODevice::WriteOnly));
        current.write(R"({"currentContext": "bed"})");
        current.close();
        const QString config = home.filePath(u"Gantry"_s);
        QVERIFY(QDir().mkpath(config));
        QSettings settings(config + u"/gantry.conf"_s, QSettings::IniFormat);
        settings.beginWriteArray(u"engines/saved"_s, 1);
        settings.setArrayIndex(0);
        settings.setValue(u"name"_s, u"nowhere"_s);
        settings.setValue(u"url"_s, u"tcp://127.0.0.1:%1"_s.arg(closedPort()));
        settings.endArray();
        settings.setValue(u"engines/last"_s, u"saved:nowhere"_s);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, home.path());
        env.remove(u"DOCKER_HOST"_s);
        env.remove(u"DOCKER_CONTEXT"_s);
        env.insert(u"DOCKER_CONFIG"_s, dockerConfig);
        env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GANTRY_BINARY), {u"--ping"_s});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void reasonsFromLibcurlCodes()
    {
        Endpoint tcp = tcpEndpoint(2376);
        tcp.host = u"build-box.example"_s;
        using R = ConnectFailure::Reason;
        QCOMPARE(ConnectFailure::classify(tcp, CURLE_COULDNT_RESOLVE_HOST, 0), R::NameNotResolved);
        QCOMPARE(ConnectFailure::classify(tcp, CURLE_OPERATION_TIMEDOUT, 0), R::TimedOut);
        QCOMPARE(ConnectFailure::classify(tcp, CURLE_COULDNT_CONNECT, ETIMEDOUT), R::TimedOut);
        QCOMPARE(ConnectFailure::classify(tcp, CURLE_PEER_FAILED_VERIFICATION, 0), R::Tls);
        QCOMPARE(ConnectFailure::classify(tcp, CURLE_SSL_CERTPROBLEM, 0), R::Tls);
        const EngineError name = ConnectFailure::error(tcp, R::NameNotResolved, u"x"_s);
        QVERIFY(name.message().contains(u"\"build-box.example\" could not be resolved"_s));
        const EngineError slow = ConnectFailure::error(tcp, R::TimedOut, u"x"_s);
        QCOMPARE(slow.kind(), EngineError::Kind::Timeout);
        QVERIFY(slow.message().contains(u"did not answer in time"_s));
    }

    // Through the ssh bridge, a connection closed without an answer is ssh's remote
    // `docker system dial-stdio` that failed: never "the engine may expect TLS".
    void sshEndpointsGetTheirOwnAdvice()
    {
        const Endpoint ssh = Endpoint::parse(u"ssh://me@box:2222"_s).value();
        const QString dropped =
            ConnectFailure::error(ssh, ConnectFailure::Reason::Dropped, {}).message();
        QVERIFY2(dropped.contains(u"dial-stdio"_s), qPrintable(dropped));
        QVERIFY2(dropped.contains(u"ssh -p 2222 -l me -- box docker version"_s),
                 qPrintable(dropped));
        QVERIFY2(!dropped.contains(u"TLS"_s), qPrintable(dropped));
    }
};

QTEST_GUILESS_MAIN(TestConnectErrors)
#include "tst_connect_errors.moc"
