// Logs and stats against the test bed's dockerd: LogStream on a TTY and a non-TTY
// container (stream kinds, following a new line), the spec's `docker logs` line run with
// the real CLI giving the same lines, errors as values (not found, connection lost), and
// StatsStream on a container limited to 64 MiB.
#include "TestBed.h"
#include "api/DockerClient.h"
#include "streams/LogStream.h"
#include "streams/StatsStream.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;
using Kind = EngineError::Kind;

namespace {

// Collects what a LogStream emits.
struct LogRecorder {
    explicit LogRecorder(LogStream *s)
    {
        QObject::connect(s, &LogStream::lines, s,
                         [this](const QList<LogLine> &batch) { lines += batch; });
        QObject::connect(s, &LogStream::ended, s, [this](const EngineError &e) { ended = e; });
    }
    QStringList texts(LogStreamKind kind) const
    {
        QStringList out;
        for (const LogLine &l : lines) {
            if (l.stream == kind)
                out << l.text;
        }
        return out;
    }
    bool has(const QString &text) const
    {
        return std::any_of(lines.begin(), lines.end(),
                           [&](const LogLine &l) { return l.text == text; });
    }
    QList<LogLine> lines;
    std::optional<EngineError> ended;
};

// A unix-socket relay to the engine whose connections the test can cut, as a daemon
// restart or a network drop would.
class Relay : public QObject {
public:
    explicit Relay(const QString &engineSocket)
        : m_engine(engineSocket)
    {
        QVERIFY(m_server.listen(m_dir.filePath(u"relay.sock"_s)));
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection()) {
                auto *engine = new QLocalSocket(client);
                engine->connectToServer(m_engine);
                connect(client, &QLocalSocket::readyRead, engine,
                        [client, engine] { engine->write(client->readAll()); });
                connect(engine, &QLocalSocket::readyRead, client,
                        [client, engine] { client->write(engine->readAll()); });
                m_clients.append(client);
            }
        });
    }
    QString path() const { return m_server.fullServerName(); }
    void cutAll()
    {
        for (QLocalSocket *c : std::as_const(m_clients)) {
            if (c)
                c->abort();
        }
    }

private:
    QString m_engine;
    QTemporaryDir m_dir;
    QLocalServer m_server;
    QList<QPointer<QLocalSocket>> m_clients;
};

struct Output {
    QStringList out;
    QStringList err;
};

// Runs a docker command line (argv[0] is "docker") against the test bed, stdout and stderr
// apart: `docker logs` writes the container's stderr to its own.
std::optional<Output> runCli(QStringList argv)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"DOCKER_HOST"_s, testbed::env("GANTRY_TEST_HOST"));
    p.setProcessEnvironment(e);
    const QString program = argv.takeFirst();
    p.start(program, argv);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return std::nullopt;
    auto lines = [](const QByteArray &bytes) {
        QStringList l = QString::fromUtf8(bytes).split(u'\n');
        if (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        for (QString &s : l) {
            if (s.endsWith(u'\r'))
                s.chop(1);
        }
        return l;
    };
    return Output{lines(p.readAllStandardOutput()), lines(p.readAllStandardError())};
}

} // namespace

class TestLogsStats : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        // Pinged, with the API version negotiated.
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_image = testbed::env("GANTRY_TEST_IMAGE");
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_created))
            testbed::docker({u"rm"_s, u"-f"_s, name});
    }

    void nonTtyKeepsStdoutAndStderrApartAndFollows()
    {
        // Prints two lines, then one more once told to (a file appears).
        const QString name = run({}, u"echo out; echo err >&2; "
                                     "while [ ! -f /tmp/go ]; do sleep 0.1; done; "
                                     "echo later; sleep 600"_s);
        QVERIFY(!name.isEmpty());
        LogsSpec spec;
        spec.id = name;
        LogStream stream(m_client, spec);
        QSignalSpy started(&stream, &LogStream::started);
        LogRecorder rec(&stream);
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 60000;
        stream.start();
        QTRY_COMPARE(rec.lines.size(), 2);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toBool(), false);
        QCOMPARE(stream.isTty(), std::optional<bool>(false));
        QCOMPARE(stream.spec().name, name); // from the inspect data
        QCOMPARE(rec.texts(LogStreamKind::Stdout), QStringList{u"out"_s});
        QCOMPARE(rec.texts(LogStreamKind::Stderr), QStringList{u"err"_s});
        for (const LogLine &l : rec.lines)
            QVERIFY(l.timestamp().toMSecsSinceEpoch() > before);

        // Following: a line printed now arrives without asking again.
        QVERIFY(testbed::docker({u"exec"_s, name, u"touch"_s, u"/tmp/go"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"later"_s), 10000);
        QCOMPARE(rec.lines.last().stream, LogStreamKind::Stdout);
        QVERIFY(stream.isRunning());
        QVERIFY(!rec.ended);

        // Stopping the container ends the stream cleanly: the log is complete.
        QVERIFY(testbed::docker({u"kill"_s, name}));
        QTRY_VERIFY_WITH_TIMEOUT(rec.ended.has_value(), 10000);
        QCOMPARE(rec.ended->kind(), Kind::None);
        QVERIFY(!stream.isRunning());
    }

    void ttyMergesEverythingIntoStdout()
    {
        const QString name = run({u"-t"_s}, u"echo out; echo err >&2; sleep 600"_s);
        QVERIFY(!name.isEmpty());
        LogsSpec spec;
        spec.id = name;
        LogStream stream(m_client, spec);
        LogRecorder rec(&stream);
        stream.start();
        QTRY_COMPARE(rec.lines.size(), 2);
        QCOMPARE(stream.isTty(), std::optional<bool>(true));
        QCOMPARE(rec.texts(LogStreamKind::Stdout), (QStringList{u"out"_s, u"err"_s}));
        QVERIFY(rec.texts(LogStreamKind::Stderr).isEmpty());
        stream.stop();
        QVERIFY(!stream.isRunning());
    }

    void cliLineGivesTheSameLines_data()
    {
        QTest::addColumn<bool>("tty");
        QTest::newRow("non-TTY") << false;
        QTest::newRow("TTY") << true;
    }

    void cliLineGivesTheSameLines()
    {
        QFETCH(bool, tty);
        // A container that has finished: `docker logs -f` ends at once.
        const QString name = run(tty ? QStringList{u"-t"_s} : QStringList(),
                                 u"for i in 1 2 3; do echo \"out $i\"; echo \"err $i\" >&2; done; "
                                 "printf 'caf\\303\\251 \\342\\202\\254\\n'"_s);
        QVERIFY(!name.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            testbed::docker({u"inspect"_s, u"-f"_s, u"{{.State.Running}}"_s, name})
                    .value_or("true")
                    .trimmed() == "false",
            10000);
        LogsSpec spec;
        spec.id = name;
        spec.name = name;
        spec.since = u"10m"_s;
        spec.tail = 5;
        QCOMPARE(shellJoin(spec.commandLine()),
                 u"docker logs -f -t --since 10m --tail 5 "_s + name);
        LogStream stream(m_client, spec);
        LogRecorder rec(&stream);
        stream.start();
        QTRY_VERIFY(rec.ended.has_value());
        QCOMPARE(rec.ended->kind(), Kind::None);

        const std::optional<Output> cli = runCli(spec.commandLine());
        QVERIFY2(cli, "docker logs failed");
        QStringList ours[2];
        for (const LogLine &l : rec.lines)
            ours[int(l.stream)] << QString::fromLatin1(formatRfc3339Nano(l.timeNs)) + u' ' + l.text;
        QCOMPARE(ours[0], cli->out);
        QCOMPARE(ours[1], cli->err);
        QCOMPARE(rec.lines.size(), 5); // --tail 5 of 7 lines
        QCOMPARE(rec.texts(LogStreamKind::Stdout).last(), u"caf\u00e9 \u20ac"_s);
    }

    void missingContainerIsNotFound()
    {
        LogsSpec spec;
        spec.id = u"gantry-no-such-container"_s;
        LogStream stream(m_client, spec);
        LogRecorder rec(&stream);
        stream.start();
        QTRY_VERIFY(rec.ended.has_value());
        QCOMPARE(rec.ended->kind(), Kind::NotFound);
        QVERIFY(rec.lines.isEmpty());
    }

    void lostConnectionIsAnError()
    {
        const QString name = run({}, u"while :; do echo tick; sleep 0.2; done"_s);
        QVERIFY(!name.isEmpty());
        Relay relay(testbed::endpoint().socketPath);
        Endpoint ep;
        ep.socketPath = relay.path();
        DockerClient client(ep);
        client.setApiVersion(m_client->apiVersion());
        LogsSpec spec;
        spec.id = name;
        LogStream stream(&client, spec);
        LogRecorder rec(&stream);
        stream.start();
        QTRY_VERIFY(rec.lines.size() >= 2);
        relay.cutAll();
        QTRY_VERIFY_WITH_TIMEOUT(rec.ended.has_value(), 10000);
        QVERIFY2(rec.ended->isError(), "a cut connection is not a clean end");
        QCOMPARE(rec.ended->kind(), Kind::Unreachable);
        QVERIFY(!stream.isRunning());
    }

    void statsOfAContainerLimitedTo64MiB()
    {
        const QString name = run({u"--memory"_s, u"64m"_s}, u"sleep 600"_s);
        QVERIFY(!name.isEmpty());
        const QString id =
            QString::fromUtf8(testbed::docker({u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, name})
                                  .value_or(QByteArray())
                                  .trimmed());
        StatsStream stream(m_client, name);
        QList<StatsSample> samples;
        connect(&stream, &StatsStream::sample, this,
                [&](const StatsSample &s) { samples.append(s); });
        QSignalSpy malformed(&stream, &StatsStream::malformed);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 10000); // one a second
        QVERIFY(malformed.isEmpty());
        const StatsSample &s = samples.last();
        QVERIFY(s.isRunning());
        QCOMPARE(s.name, name);
        QCOMPARE(s.id, id);
        QCOMPARE(s.memoryLimit, 64 * 1024 * 1024);
        QVERIFY(s.memoryUsage > 0 && s.memoryUsage < s.memoryLimit);
        QVERIFY(s.cpuPercent >= 0);
        QVERIFY(s.pids >= 1);
        QVERIFY(samples.last().read > samples.first().read);

        stream.stop();
        QVERIFY(!stream.isRunning());
        const qsizetype count = samples.size();
        QTest::qWait(1500);
        QCOMPARE(samples.size(), count); // stopped means no more samples
    }

private:
    // Starts a detached container running `script` with sh; its name, or empty.
    QString run(const QStringList &options, const QString &script)
    {
        const QString name =
            u"gantry-logs-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QStringList args{u"run"_s, u"-d"_s, u"--name"_s, name};
        args << options << m_image << u"sh"_s << u"-c"_s << script;
        if (!testbed::docker(args))
            return {};
        m_created << name;
        return name;
    }

    DockerClient *m_client = nullptr;
    QString m_image;
    QStringList m_created;
};

QTEST_GUILESS_MAIN(TestLogsStats)
#include "tst_logs_stats.moc"
