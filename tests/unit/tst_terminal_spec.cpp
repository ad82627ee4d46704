#include "specs/TerminalSpec.h"
#include "transport/HijackedStream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

// The spec's requests and command line, and how HijackedStream reads what an engine answers
// on the wire. The engine side here is a local socket server that writes the bytes an engine
// writes, split where a real connection may split them; the real engine is in
// tests/integration/tst_terminal_session.
class TestTerminalSpec : public QObject {
    Q_OBJECT
private slots:
    void execCommandLineAndRequest()
    {
        TerminalSpec spec;
        spec.containerId = u"0123456789abcdef"_s;
        spec.containerName = u"web"_s;
        spec.command = {u"sh"_s};
        QCOMPARE(shellJoin(spec.commandLine()), u"docker exec -it -e TERM=xterm-256color web sh"_s);

        const Request create = spec.createExecRequest();
        QCOMPARE(create.method, "POST");
        QCOMPARE(create.path, u"/containers/0123456789abcdef/exec"_s);
        const QJsonObject body = QJsonDocument::fromJson(create.body).object();
        QCOMPARE(body.value("Tty"_L1).toBool(), true);
        QCOMPARE(body.value("AttachStdin"_L1).toBool(), true);
        QCOMPARE(body.value("AttachStdout"_L1).toBool(), true);
        QCOMPARE(body.value("AttachStderr"_L1).toBool(), true);
        QCOMPARE(body.value("Cmd"_L1).toVariant().toStringList(), QStringList{u"sh"_s});
        QCOMPARE(body.value("Env"_L1).toVariant().toStringList(),
                 QStringList{u"TERM=xterm-256color"_s});
        QCOMPARE(spec.startPath(u"e1"_s), u"/exec/e1/start"_s);
        QCOMPARE(QJsonDocument::fromJson(spec.startBody()).object(),
                 (QJsonObject{{u"Detach"_s, false}, {u"Tty"_s, true}}));
        QCOMPARE(spec.resizeRequest(u"e1"_s, 33, 97).path, u"/exec/e1/resize?h=33&w=97"_s);

        spec.tty = false;
        spec.interactive = false;
        spec.containerName.clear();
        spec.command = {u"sh"_s, u"-c"_s, u"echo 'a b'"_s};
        QCOMPARE(shellJoin(spec.commandLine()),
                 u"docker exec 0123456789ab sh -c 'echo '\\''a b'\\'''"_s);
        QVERIFY(
            !QJsonDocument::fromJson(spec.createExecRequest().body).object().contains("Env"_L1));
    }

    void attachCommandLineAndRequests()
    {
        TerminalSpec spec;
        spec.mode = TerminalSpec::Mode::Attach;
        spec.containerId = u"abc"_s;
        spec.containerName = u"db"_s;
        QCOMPARE(spec.commandLine(), (QStringList{u"docker"_s, u"attach"_s, u"db"_s}));
        QCOMPARE(spec.attachPath(), u"/containers/abc/attach?stream=1&stdin=1&stdout=1&stderr=1"_s);
        QCOMPARE(spec.resizeRequest({}, 24, 80).path, u"/containers/abc/resize?h=24&w=80"_s);
        QCOMPARE(spec.action().request.path, spec.attachPath());
    }

    void splitCommandReadsWhatShellJoinWrites()
    {
        QCOMPARE(shellSplit(u"  sh  -c 'echo $HOME'  "_s),
                 (QStringList{u"sh"_s, u"-c"_s, u"echo $HOME"_s}));
        QCOMPARE(shellSplit(u"echo \"a \\\"b\\\"\" c\\ d"_s),
                 (QStringList{u"echo"_s, u"a \"b\""_s, u"c d"_s}));
        QCOMPARE(shellSplit(u"echo ''"_s), (QStringList{u"echo"_s, QString()}));
        QVERIFY(shellSplit(u"echo 'unbalanced"_s).isEmpty());
        const QStringList argv{u"sh"_s, u"-c"_s, u"it's \"quoted\" $x"_s, QString(), u"ü"_s};
        QCOMPARE(shellSplit(shellJoin(argv)), argv);
    }

    void requestIsAnUpgrade()
    {
        const QByteArray r = HijackedStream::requestBytes("POST", u"/v1.41/exec/e1/start"_s, "{}");
        QVERIFY(r.startsWith("POST /v1.41/exec/e1/start HTTP/1.1\r\n"));
        QVERIFY(r.contains("\r\nHost: docker\r\n"));
        QVERIFY(r.contains("\r\nConnection: Upgrade\r\n"));
        QVERIFY(r.contains("\r\nUpgrade: tcp\r\n"));
        QVERIFY(r.contains("\r\nContent-Length: 2\r\n"));
        QVERIFY(r.endsWith("\r\n\r\n{}"));
    }

    // The stream's first bytes often come in the same read as the headers.
    void bytesAfterTheHeadersAreKept()
    {
        Wire wire;
        HijackedStream stream(wire.endpoint());
        Spy spy(&stream);
        stream.start("POST", u"/x"_s, "{}", HijackedStream::Framing::Raw);
        stream.write("typed early");
        QLocalSocket *engine = wire.accept();
        QVERIFY(engine);
        QTRY_VERIFY(wire.request.endsWith("\r\n\r\n{}"));
        engine->write("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
                      "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n$ prompt");
        QTRY_COMPARE(spy.out, "$ prompt");
        QCOMPARE(spy.established, 101);
        QTRY_COMPARE(wire.afterRequest(), "typed early"); // kept until the upgrade
        stream.write("more");
        QTRY_COMPARE(wire.afterRequest(), "typed earlymore");
        engine->write("bye");
        engine->disconnectFromServer();
        QTRY_VERIFY(spy.closed);
        QCOMPARE(spy.out, "$ promptbye");
        QVERIFY(!spy.error);
        QCOMPARE(stream.state(), HijackedStream::State::Closed);
    }

    void headersSplitAnywhereAndOkIsAStreamToo()
    {
        Wire wire;
        HijackedStream stream(wire.endpoint());
        Spy spy(&stream);
        stream.start("POST", u"/x"_s, {}, HijackedStream::Framing::Raw);
        QLocalSocket *engine = wire.accept();
        QVERIFY(engine);
        for (const char *part : {"HTTP/1.1 2", "00 OK\r\nContent-Type: application/vnd.docker.ra",
                                 "w-stream\r\n\r", "\n", "out"}) {
            engine->write(part);
            engine->flush();
            QTest::qWait(20);
        }
        QTRY_COMPARE(spy.out, "out");
        QCOMPARE(spy.established, 200);
    }

    void multiplexedFramesAreDecoded()
    {
        Wire wire;
        HijackedStream stream(wire.endpoint());
        Spy spy(&stream);
        stream.start("POST", u"/x"_s, {}, HijackedStream::Framing::Multiplexed);
        QLocalSocket *engine = wire.accept();
        QVERIFY(engine);
        engine->write(QByteArray("HTTP/1.1 101 UPGRADED\r\n\r\n") + frame(1, "out\n") +
                      frame(2, "er").left(5));
        engine->flush();
        QTest::qWait(20);
        engine->write(frame(2, "er").mid(5) + frame(1, "!"));
        QTRY_COMPARE(spy.out, "out\ner!");
        engine->disconnectFromServer();
        QTRY_VERIFY(spy.closed);
    }

    void malformedFrameIsAProtocolError()
    {
        Wire wire;
        HijackedStream stream(wire.endpoint());
        Spy spy(&stream);
        stream.start("POST", u"/x"_s, {}, HijackedStream::Framing::Multiplexed);
        QLocalSocket *engine = wire.accept();
        QVERIFY(engine);
        engine->write("HTTP/1.1 101 UPGRADED\r\n\r\nnot a frame header at all");
        QTRY_VERIFY(spy.error.has_value());
        QCOMPARE(spy.error->kind(), EngineError::Kind::Protocol);
        QVERIFY(!spy.closed);
    }

    void errorStatusCarriesTheEngineMessage_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::newRow("content-length")
            << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                          "Content-Length: 38\r\n\r\n{\"message\":\"No such exec instance: x\"}")
            << 404;
        QTest::newRow("chunked")
            << QByteArray("HTTP/1.1 409 Conflict\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "a\r\n{\"message\"\r\n1c\r\n:\"No such exec instance: x\"}\r\n0\r\n\r\n")
            << 409;
    }

    void errorStatusCarriesTheEngineMessage()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        Wire wire;
        HijackedStream stream(wire.endpoint());
        Spy spy(&stream);
        stream.start("POST", u"/x"_s, {}, HijackedStream::Framing::Raw);
        QLocalSocket *engine = wire.accept();
        QVERIFY(engine);
        // The engine keeps the connection open after an error: the length says when it ends.
        engine->write(answer);
        QTRY_VERIFY(spy.error.has_value());
        QCOMPARE(spy.error->httpStatus(), status);
        QCOMPARE(spy.error->message(), u"No such exec instance: x"_s);
        QCOMPARE(spy.established, 0);
    }

    void notHttpAndEarlyEofAreErrors()
    {
        for (const QByteArray &answer : {QByteArray("SSH-2.0-OpenSSH\r\n\r\n"), QByteArray()}) {
            Wire wire;
            HijackedStream stream(wire.endpoint());
            Spy spy(&stream);
            stream.start("POST", u"/x"_s, {}, HijackedStream::Framing::Raw);
            QLocalSocket *engine = wire.accept();
            QVERIFY(engine);
            engine->write(answer);
            engine->disconnectFromServer();
            QTRY_VERIFY(spy.error.has_value());
            QCOMPARE(spy.error->kind(), answer.isEmpty() ? EngineError::Kind::Unreachable
                                                         : EngineError::Kind::Protocol);
        }
    }

    void noEngineIsUnreachableAndNeverFromStart()
    {
        Endpoint ep;
        ep.socketPath = u"/nonexistent/gantry-term.sock"_s;
        HijackedStream stream(ep);
        Spy spy(&stream);
        stream.start("POST", u"/x"_s, {}, HijackedStream::Framing::Raw);
        QVERIFY(!spy.error); // signals come from the event loop
        QTRY_VERIFY(spy.error.has_value());
        QCOMPARE(spy.error->kind(), EngineError::Kind::Unreachable);
    }

    void plainTcpEndpointWorksToo()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Endpoint ep = Endpoint::parse(u"tcp://127.0.0.1:%1"_s.arg(server.serverPort())).value();
        HijackedStream stream(ep);
        Spy spy(&stream);
        stream.start("POST", u"/x"_s, {}, HijackedStream::Framing::Raw);
        QVERIFY(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 5000));
        QTcpSocket *engine = server.nextPendingConnection();
        QByteArray request;
        QTRY_VERIFY((request += engine->readAll()).endsWith("\r\n\r\n"));
        engine->write("HTTP/1.1 101 UPGRADED\r\n\r\nover tcp");
        QTRY_COMPARE(spy.out, "over tcp");
        stream.write("typed");
        QByteArray typed;
        QTRY_COMPARE((typed += engine->readAll()), "typed");
        engine->disconnectFromHost();
        QTRY_VERIFY(spy.closed);
    }

    // TLS to an engine that speaks plain HTTP: a failed handshake, said as such.
    void tlsToAPlainEngineFailsClearly()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Endpoint ep = Endpoint::parse(u"https://127.0.0.1:%1"_s.arg(server.serverPort())).value();
        HijackedStream stream(ep);
        Spy spy(&stream);
        stream.start("POST", u"/x"_s, {}, HijackedStream::Framing::Raw);
        QVERIFY(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 5000));
        QTcpSocket *engine = server.nextPendingConnection();
        QTRY_VERIFY(engine->bytesAvailable() > 0); // a ClientHello
        engine->write("HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an "
                      "HTTPS server.\n");
        QTRY_VERIFY_WITH_TIMEOUT(spy.error.has_value(), 5000);
        QCOMPARE(spy.error->kind(), EngineError::Kind::Unreachable);
        QVERIFY2(spy.error->message().contains(u"secure connection"_s) &&
                     spy.error->message().contains(ep.url()),
                 qPrintable(spy.error->message()));
    }

    void silentEngineTimesOut()
    {
        Wire wire;
        HijackedStream stream(wire.endpoint());
        stream.setResponseTimeout(100);
        Spy spy(&stream);
        stream.start("POST", u"/x"_s, {}, HijackedStream::Framing::Raw);
        QVERIFY(wire.accept());
        QTRY_VERIFY(spy.error.has_value());
        QCOMPARE(spy.error->kind(), EngineError::Kind::Timeout);
    }

private:
    static QByteArray frame(char stream, const QByteArray &payload)
    {
        QByteArray h(8, '\0');
        h[0] = stream;
        qToBigEndian<quint32>(quint32(payload.size()), h.data() + 4);
        return h + payload;
    }

    // A local socket server that plays the engine's side of one connection.
    struct Wire {
        Wire() { server.listen(dir.filePath(u"engine.sock"_s)); }
        Endpoint endpoint() const
        {
            Endpoint ep;
            ep.socketPath = server.fullServerName();
            return ep;
        }
        QLocalSocket *accept()
        {
            if (!QTest::qWaitFor([this] { return server.hasPendingConnections(); }, 5000))
                return nullptr;
            QLocalSocket *s = server.nextPendingConnection();
            QObject::connect(s, &QLocalSocket::readyRead, [this, s] { request += s->readAll(); });
            return s;
        }
        QByteArray afterRequest() const
        {
            const qsizetype end = request.indexOf("\r\n\r\n");
            const qsizetype at = request.indexOf("Content-Length: ");
            const qsizetype len =
                at < 0 ? 0 : request.mid(at + 16, request.indexOf('\r', at) - at - 16).toLongLong();
            return end < 0 ? QByteArray() : request.mid(end + 4 + len);
        }
        QTemporaryDir dir;
        QLocalServer server;
        QByteArray request;
    };

    struct Spy {
        explicit Spy(HijackedStream *s)
        {
            QObject::connect(s, &HijackedStream::established, [this](int st) { established = st; });
            QObject::connect(s, &HijackedStream::received,
                             [this](const QByteArray &d) { out += d; });
            QObject::connect(s, &HijackedStream::closed, [this] { closed = true; });
            QObject::connect(s, &HijackedStream::failed,
                             [this](const EngineError &e) { error = e; });
        }
        int established = 0;
        QByteArray out;
        bool closed = false;
        std::optional<EngineError> error;
    };
};

QTEST_MAIN(TestTerminalSpec)
#include "tst_terminal_spec.moc"
