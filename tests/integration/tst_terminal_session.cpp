#include "TestBed.h"
#include "api/DockerClient.h"
#include "streams/TerminalSession.h"

#include <QUuid>
#include <QtTest>

#include <memory>

using namespace gantry;
using namespace Qt::StringLiterals;
using Kind = EngineError::Kind;

namespace {

// Everything a session said, for the assertions.
struct Recorder {
    explicit Recorder(TerminalSession *s)
        : session(s)
    {
        QObject::connect(s, &TerminalSession::started, [this] { started = true; });
        QObject::connect(s, &TerminalSession::output, [this](const QByteArray &d) { out += d; });
        QObject::connect(s, &TerminalSession::resized,
                         [this](int rows, int cols) { resized = QSize(cols, rows); });
        QObject::connect(s, &TerminalSession::finished, [this](int code) { exitCode = code; });
        QObject::connect(s, &TerminalSession::detached, [this] { detached = true; });
        QObject::connect(s, &TerminalSession::failed, [this](const EngineError &e) { error = e; });
    }
    bool ended() const { return exitCode || error || detached; }
    QString text() const { return QString::fromUtf8(out); }

    TerminalSession *session;
    QByteArray out;
    bool started = false;
    bool detached = false;
    QSize resized;
    std::optional<int> exitCode;
    std::optional<EngineError> error;
};

QString describe(const Recorder &r)
{
    return u"output: %1; exit: %2; error: %3"_s.arg(
        QString::fromUtf8(r.out.toPercentEncoding(" ;$")),
        r.exitCode ? QString::number(*r.exitCode) : u"none"_s,
        r.error ? r.error->kindId() + u' ' + r.error->message() : u"none"_s);
}

} // namespace

class TestTerminalSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!testbed::available())
            QFAIL(testbed::missingMessage());
        // Pinged, with the API version negotiated.
        m_client = testbed::connectedClient(this);
        QVERIFY(m_client);
        m_name = uniqueName();
        QVERIFY(run({u"-d"_s, u"--name"_s, m_name, testbed::env("GANTRY_TEST_IMAGE"), u"sleep"_s,
                     u"600"_s}));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_created))
            testbed::docker({u"rm"_s, u"-f"_s, name});
    }

    void execEchoGivesOutputAndExitCodeZero()
    {
        auto s = session();
        Recorder r(s.get());
        s->start(execSpec({u"echo"_s, u"hello"_s}));
        QTRY_VERIFY2_WITH_TIMEOUT(r.ended(), qPrintable(describe(r)), 10000);
        QVERIFY(r.started);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.out, "hello\r\n"); // a TTY turns \n into \r\n
        QCOMPARE(s->state(), TerminalSession::State::Finished);
        QVERIFY(!s->execId().isEmpty());
    }

    void shellReadsStdinAndExitsWithItsCode()
    {
        auto s = session();
        Recorder r(s.get());
        s->start(execSpec({u"sh"_s}));
        s->write("echo a-$((1+1)); exit 3\n"); // typed before the stream is open: kept
        QTRY_VERIFY2_WITH_TIMEOUT(r.ended(), qPrintable(describe(r)), 10000);
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.text().contains(u"\na-2\r\n"_s), qPrintable(describe(r)));
    }

    void resizeReachesTheEngine()
    {
        auto s = session();
        Recorder r(s.get());
        s->resize(10, 20); // before the start: only the latest size is sent
        s->resize(33, 97);
        s->start(execSpec({u"sh"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(r.resized == QSize(97, 33), 10000);
        s->write("stty size\n");
        QTRY_VERIFY2_WITH_TIMEOUT(r.text().contains(u"\n33 97\r\n"_s), qPrintable(describe(r)),
                                  10000);
        // A later change goes through too.
        s->resize(40, 120);
        QTRY_VERIFY_WITH_TIMEOUT(r.resized == QSize(120, 40), 10000);
        r.out.clear();
        s->write("stty size; exit\n");
        QTRY_VERIFY2_WITH_TIMEOUT(r.exitCode == 0, qPrintable(describe(r)), 10000);
        QVERIFY2(r.text().contains(u"\n40 120\r\n"_s), qPrintable(describe(r)));
    }

    void attachToAContainerRunWithDit()
    {
        const QString name = uniqueName();
        QVERIFY(run({u"-dit"_s, u"--name"_s, name, testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s}));
        attachAndType(name, u"first"_s);

        // Stopped and started again: a new sh behind the same TTY, attachable again.
        QVERIFY(testbed::docker({u"stop"_s, u"-t"_s, u"1"_s, name}));
        QVERIFY(testbed::docker({u"start"_s, name}));
        attachAndType(name, u"second"_s);

        // Ctrl+P Ctrl+Q, the engine's detach keys: the stream ends, the container runs on.
        {
            auto s = session();
            s->setEndPolling(50, 10);
            Recorder r(s.get());
            s->start(attachSpec(name));
            QTRY_VERIFY_WITH_TIMEOUT(r.started, 10000);
            s->write("\x10\x11");
            QTRY_VERIFY2_WITH_TIMEOUT(r.ended(), qPrintable(describe(r)), 10000);
            QVERIFY2(r.detached, qPrintable(describe(r)));
            QCOMPARE(s->state(), TerminalSession::State::Detached);
            QCOMPARE(state(name), "running\n");
        }

        // The container's own process exits: the session says with which code.
        auto s = session();
        Recorder r(s.get());
        s->start(attachSpec(name));
        QTRY_VERIFY_WITH_TIMEOUT(r.started, 10000);
        s->write("exit 7\n");
        QTRY_VERIFY2_WITH_TIMEOUT(r.ended(), qPrintable(describe(r)), 10000);
        QVERIFY2(r.exitCode == 7, qPrintable(describe(r)));
    }

    void attachToAStoppedContainerIsRefused()
    {
        const QString name = uniqueName();
        QVERIFY(testbed::docker({u"create"_s, u"-it"_s, u"--name"_s, name,
                                 testbed::env("GANTRY_TEST_IMAGE"), u"sh"_s}));
        m_created << name;
        auto s = session();
        Recorder r(s.get());
        s->start(attachSpec(name));
        QTRY_VERIFY_WITH_TIMEOUT(r.error.has_value(), 10000);
        QCOMPARE(r.error->kind(), Kind::Conflict);
        QVERIFY(r.error->message().contains(u"not running"_s));
        QVERIFY(!r.started);
    }

    void nonTtyOutputComesThroughTheMuxDecoder()
    {
        auto s = session();
        Recorder r(s.get());
        TerminalSpec spec = execSpec({u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 4"_s});
        spec.tty = false;
        spec.interactive = false;
        s->start(spec);
        QTRY_VERIFY2_WITH_TIMEOUT(r.ended(), qPrintable(describe(r)), 10000);
        QVERIFY2(r.exitCode == 4, qPrintable(describe(r)));
        QVERIFY(!s->isTty());
        // No frame headers left in the output, and no \r: there is no TTY.
        QVERIFY2(r.out == "out\nerr\n" || r.out == "err\nout\n", qPrintable(describe(r)));
    }

    void nonTtyStdinEndsWithCloseInput()
    {
        auto s = session();
        Recorder r(s.get());
        TerminalSpec spec = execSpec({u"cat"_s});
        spec.tty = false;
        s->start(spec);
        s->write("piped line\n");
        s->closeInput();
        QTRY_VERIFY2_WITH_TIMEOUT(r.ended(), qPrintable(describe(r)), 10000);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.out, "piped line\n");
    }

    void missingContainerIsNotFound()
    {
        for (const TerminalSpec::Mode mode :
             {TerminalSpec::Mode::Exec, TerminalSpec::Mode::Attach}) {
            auto s = session();
            Recorder r(s.get());
            TerminalSpec spec = execSpec({u"sh"_s});
            spec.mode = mode;
            spec.containerId = spec.containerName = u"gantry-no-such-container"_s;
            s->start(spec);
            QTRY_VERIFY_WITH_TIMEOUT(r.error.has_value(), 10000);
            QCOMPARE(r.error->kind(), Kind::NotFound);
            QCOMPARE(r.error->httpStatus(), 404);
            QVERIFY(r.error->message().contains(u"gantry-no-such-container"_s));
            QCOMPARE(s->state(), TerminalSession::State::Failed);
        }
    }

    void badExecStartIsAnEngineError()
    {
        // The exec exists but its command does not: the engine says so on the hijacked
        // request (or in the stream), never a hang.
        auto s = session();
        Recorder r(s.get());
        s->start(execSpec({u"/no/such/program"_s}));
        QTRY_VERIFY2_WITH_TIMEOUT(r.ended(), qPrintable(describe(r)), 10000);
        QVERIFY2((r.exitCode && *r.exitCode != 0) || r.error, qPrintable(describe(r)));
    }

    void cliLineGivesTheSameOutput()
    {
        TerminalSpec spec = execSpec({u"sh"_s, u"-c"_s, u"echo hi from $0; echo 'two words'"_s});
        spec.tty = false;
        spec.interactive = false;
        const QStringList argv = spec.commandLine();
        QCOMPARE(argv.mid(0, 3), (QStringList{u"docker"_s, u"exec"_s, m_name}));
        QVERIFY(!argv.contains(u"-it"_s));

        auto s = session();
        Recorder r(s.get());
        s->start(spec);
        QTRY_VERIFY2_WITH_TIMEOUT(r.exitCode == 0, qPrintable(describe(r)), 10000);

        // The line as the command log shows it, read back by a shell's rules.
        const QStringList fromLog = shellSplit(shellJoin(argv));
        QCOMPARE(fromLog, argv);
        const auto cli = testbed::docker(fromLog.mid(1));
        QVERIFY(cli.has_value());
        QCOMPARE(r.out, *cli);
        QCOMPARE(*cli, "hi from sh\ntwo words\n");
    }

    // Last: it kills the test bed's engine and brings it back.
    void engineKilledDuringASessionIsReported()
    {
        auto s = session();
        Recorder r(s.get());
        s->start(execSpec({u"sh"_s}));
        s->write("echo ready\n");
        QTRY_VERIFY_WITH_TIMEOUT(r.text().contains(u"\nready"_s), 10000);

        QVERIFY(testbed::script(u"kill-dockerd"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(r.ended(), qPrintable(describe(r)), 10000);
        QVERIFY2(r.error.has_value(), qPrintable(describe(r)));
        QCOMPARE(r.error->kind(), Kind::Unreachable);
        QCOMPARE(r.error->message(), TerminalSession::connectionLost().message());
        QVERIFY(r.error->message().contains(u"may still be running"_s));
        QCOMPARE(s->state(), TerminalSession::State::Failed);
        QVERIFY(testbed::script(u"start-dockerd"_s));
    }

private:
    std::unique_ptr<TerminalSession> session()
    {
        auto s = std::make_unique<TerminalSession>(m_client);
        s->setEndPolling(100, 30);
        return s;
    }

    TerminalSpec execSpec(const QStringList &command) const
    {
        TerminalSpec spec;
        spec.containerId = m_name;
        spec.containerName = m_name;
        spec.command = command;
        return spec;
    }

    static TerminalSpec attachSpec(const QString &name)
    {
        TerminalSpec spec;
        spec.mode = TerminalSpec::Mode::Attach;
        spec.containerId = spec.containerName = name;
        return spec;
    }

    void attachAndType(const QString &name, const QString &word)
    {
        auto s = session();
        Recorder r(s.get());
        s->start(attachSpec(name));
        QTRY_VERIFY2_WITH_TIMEOUT(r.started, qPrintable(describe(r)), 10000);
        QVERIFY(s->isTty());
        s->write(u"echo %1-$((40+2))\n"_s.arg(word).toUtf8());
        QTRY_VERIFY2_WITH_TIMEOUT(r.text().contains(u"\n%1-42\r\n"_s.arg(word)),
                                  qPrintable(describe(r)), 10000);
        QVERIFY(!r.ended());
        s->close(); // the container runs on
        QTest::qWait(50);
        QVERIFY(!r.ended());
        QCOMPARE(state(name), "running\n");
    }

    bool run(const QStringList &args)
    {
        const auto out = testbed::docker(QStringList{u"run"_s, u"--network"_s, u"none"_s} + args);
        const int nameAt = args.indexOf(u"--name"_s);
        if (nameAt >= 0)
            m_created << args.value(nameAt + 1);
        return out.has_value();
    }

    static QByteArray state(const QString &name)
    {
        return testbed::docker({u"inspect"_s, u"-f"_s, u"{{.State.Status}}"_s, name})
            .value_or(QByteArray());
    }

    static QString uniqueName()
    {
        return u"gantry-term-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    DockerClient *m_client = nullptr;
    QString m_name;
    QStringList m_created;
};

QTEST_MAIN(TestTerminalSession)
#include "tst_terminal_session.moc"
