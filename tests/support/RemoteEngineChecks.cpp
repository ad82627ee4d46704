#include "RemoteEngineChecks.h"

#include "TestBed.h"
#include "specs/ImageTransferSpecs.h"
#include "specs/TerminalSpec.h"
#include "streams/EventStream.h"
#include "streams/LogStream.h"
#include "streams/TerminalSession.h"
#include "transfer/ArchiveTransfer.h"
#include "transfer/BuildContext.h"
#include "transport/HijackedStream.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>

using namespace gantry;
using namespace Qt::StringLiterals;

RemoteEngineChecks::RemoteEngineChecks(DockerClient *client, QProcessEnvironment cliEnv)
    : m_client(client)
    , m_env(std::move(cliEnv))
    , m_image(testbed::env("GANTRY_TEST_IMAGE"))
{
}

RemoteEngineChecks::~RemoteEngineChecks()
{
    if (!m_containers.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s} + m_containers);
    if (!m_images.isEmpty())
        docker(QStringList{u"rmi"_s, u"-f"_s} + m_images);
}

std::optional<QByteArray> RemoteEngineChecks::docker(const QStringList &args, int timeoutMs) const
{
    return testbed::docker(args, timeoutMs, m_env);
}

QString RemoteEngineChecks::refused(const Endpoint &endpoint, const ApiVersion &version,
                                    const QStringList &expected)
{
    const auto lacking = [&expected](const EngineError &e, const char *what) -> QString {
        if (e.kind() != EngineError::Kind::Unreachable)
            return u"%1: not Unreachable: %2"_s.arg(QLatin1StringView(what), e.describe());
        for (const QString &word : expected) {
            if (!e.message().contains(word))
                return u"%1: no \"%2\" in: %3"_s.arg(QLatin1StringView(what), word, e.message());
        }
        return {};
    };
    DockerClient client(endpoint);
    client.setApiVersion(version);
    QObject context;
    QElapsedTimer clock;
    clock.start();
    const auto ping = testbed::await<PingInfo>([&](auto done) { client.ping(&context, done); });
    if (!ping)
        return u"ping: no answer"_s;
    if (ping->ok())
        return u"ping: answered"_s;
    qInfo().noquote() << "ping:" << ping->error().describe() << clock.elapsed() << "ms";
    if (clock.elapsed() >= 5000)
        return u"ping: %1 ms"_s.arg(clock.elapsed());
    if (const QString lack = lacking(ping->error(), "ping"); !lack.isEmpty())
        return lack;

    // The terminal's own connection (a hijacked stream), not libcurl.
    HijackedStream stream(client.endpoint());
    std::optional<EngineError> error;
    bool established = false;
    QObject::connect(&stream, &HijackedStream::established, &context, [&] { established = true; });
    QObject::connect(&stream, &HijackedStream::failed, &context,
                     [&](const EngineError &e) { error = e; });
    clock.restart();
    stream.start("POST", version.pathPrefix() + u"/exec/none/start"_s, "{\"Tty\":true}",
                 HijackedStream::Framing::Raw);
    if (!QTest::qWaitFor([&] { return error.has_value() || established; }, 10000))
        return u"stream: neither failed nor established in 10 s"_s;
    if (established)
        return u"stream: established"_s;
    qInfo().noquote() << "stream:" << error->describe() << clock.elapsed() << "ms";
    if (clock.elapsed() >= 5000)
        return u"stream: %1 ms"_s.arg(clock.elapsed());
    return lacking(*error, "stream");
}

QString RemoteEngineChecks::runDetached(const QString &script)
{
    const QString name = testbed::unique("gantry-remote-");
    if (!docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, name, m_image, u"sh"_s,
                 u"-c"_s, script}))
        return {};
    m_containers << name;
    return name;
}

QString RemoteEngineChecks::lists()
{
    const QString name = runDetached(u"sleep 600"_s);
    if (name.isEmpty())
        return u"the CLI could not run a container"_s;
    const auto containers = testbed::await<QList<ContainerSummary>>(
        [&](auto done) { m_client->listContainers(true, nullptr, done); });
    if (!containers || !containers->ok())
        return u"listContainers: "_s +
               (containers ? containers->error().describe() : u"no answer"_s);
    bool found = false;
    for (const ContainerSummary &c : containers->value())
        found = found || c.names.contains(name) || c.names.contains(u'/' + name);
    if (!found)
        return u"the container %1 is not listed"_s.arg(name);
    const auto images = testbed::await<QList<ImageSummary>>(
        [&](auto done) { m_client->listImages(false, nullptr, done); });
    if (!images || !images->ok())
        return u"listImages: "_s + (images ? images->error().describe() : u"no answer"_s);
    for (const ImageSummary &i : images->value()) {
        if (i.repoTags.contains(m_image))
            return {};
    }
    return u"the seed image is not listed"_s;
}

QString RemoteEngineChecks::events()
{
    EventStream stream(m_client);
    bool subscribed = false;
    QStringList seen;
    std::optional<EngineError> ended;
    QObject::connect(&stream, &EventStream::subscribed, [&] { subscribed = true; });
    QObject::connect(&stream, &EventStream::engineEvent,
                     [&](const EngineEvent &e) { seen << e.type + u' ' + e.action; });
    QObject::connect(&stream, &EventStream::ended, [&](const EngineError &e) { ended = e; });
    stream.start();
    if (!QTest::qWaitFor([&] { return subscribed || ended; }, 15000) || !subscribed)
        return u"not subscribed: "_s + (ended ? ended->describe() : u"no answer"_s);
    const QString name = testbed::unique("gantry-remote-ev-");
    if (!docker({u"create"_s, u"--name"_s, name, m_image}))
        return u"the CLI could not create a container"_s;
    m_containers << name;
    if (!QTest::qWaitFor([&] { return seen.contains(u"container create"_s); }, 15000))
        return u"no create event; seen: "_s + seen.join(u", "_s);
    stream.stop();
    return {};
}

QString RemoteEngineChecks::logs()
{
    const QString name =
        runDetached(u"echo out; echo err >&2; while [ ! -f /tmp/go ]; do sleep 0.1; done; "
                    "echo later; sleep 600"_s);
    if (name.isEmpty())
        return u"the CLI could not run a container"_s;
    LogsSpec spec;
    spec.id = name;
    LogStream stream(m_client, spec);
    QList<LogLine> lines;
    std::optional<EngineError> ended;
    QObject::connect(&stream, &LogStream::lines, [&](const QList<LogLine> &l) { lines += l; });
    QObject::connect(&stream, &LogStream::ended, [&](const EngineError &e) { ended = e; });
    stream.start();
    auto texts = [&] {
        QStringList t;
        for (const LogLine &l : std::as_const(lines))
            t << (l.stream == LogStreamKind::Stderr ? u"E:"_s : u"O:"_s) + l.text;
        return t;
    };
    if (!QTest::qWaitFor([&] { return lines.size() >= 2 || ended; }, 15000) || lines.size() < 2)
        return u"logs: "_s + texts().join(u", "_s) + (ended ? ended->describe() : QString());
    if (!texts().contains(u"O:out"_s) || !texts().contains(u"E:err"_s))
        return u"logs not apart: "_s + texts().join(u", "_s);
    if (!docker({u"exec"_s, name, u"touch"_s, u"/tmp/go"_s}))
        return u"the CLI could not exec"_s;
    if (!QTest::qWaitFor([&] { return texts().contains(u"O:later"_s); }, 15000))
        return u"a followed line did not come: "_s + texts().join(u", "_s);
    stream.stop();
    return {};
}

QString RemoteEngineChecks::build()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    if (!write(u"Dockerfile"_s, "FROM " + m_image.toUtf8() +
                                    "\nCOPY greeting.txt /greeting.txt\n"
                                    "CMD [\"cat\", \"/greeting.txt\"]\n") ||
        !write(u"greeting.txt"_s, "built remotely\n") ||
        !write(u"padding.bin"_s, QByteArray(512 * 1024, 'p'))) // an upload of some size
        return u"cannot write the context"_s;
    BuildSpec spec;
    spec.contextDir = dir.path();
    const QString tag = testbed::unique("gantry-remote-build-").toLower() + u":latest"_s;
    spec.tags = {tag};
    const Result<BuildContext> ctx = BuildContext::scan(spec.contextDir, spec.dockerfile);
    if (!ctx)
        return ctx.error().describe();
    auto tar = std::make_shared<TarStream>(ctx->entries());
    tar->open(QIODevice::ReadOnly);
    QObject owner; // the transfer deletes itself once finished; else with its owner
    QPointer<ArchiveTransfer> t(ArchiveTransfer::fromDevice(
        m_client, spec.request(ctx->dockerfileName()), tar, ctx->tarSize(), &owner));
    std::optional<EngineError> result;
    QString output;
    QObject::connect(t, &ArchiveTransfer::outputReceived, [&](const QString &s) { output += s; });
    QObject::connect(t, &ArchiveTransfer::finished, [&](const EngineError &e) { result = e; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        return u"the build did not finish"_s;
    m_images << tag;
    if (result->isError())
        return u"build: "_s + result->describe() + u"\n"_s + output;
    const auto ran = docker({u"run"_s, u"--rm"_s, u"--network"_s, u"none"_s, tag});
    if (!ran || *ran != "built remotely\n")
        return u"the built image printed: "_s + (ran ? QString::fromUtf8(*ran) : u"<failed>"_s);
    return {};
}

QString RemoteEngineChecks::terminal()
{
    const QString name = runDetached(u"sleep 600"_s);
    if (name.isEmpty())
        return u"the CLI could not run a container"_s;
    TerminalSession session(m_client);
    session.setEndPolling(100, 30);
    QByteArray out;
    bool started = false;
    std::optional<int> exitCode;
    std::optional<EngineError> error;
    QObject::connect(&session, &TerminalSession::started, [&] { started = true; });
    QObject::connect(&session, &TerminalSession::output, [&](const QByteArray &d) { out += d; });
    QObject::connect(&session, &TerminalSession::finished, [&](int code) { exitCode = code; });
    QObject::connect(&session, &TerminalSession::failed, [&](const EngineError &e) { error = e; });
    TerminalSpec spec;
    spec.containerId = spec.containerName = name;
    spec.command = {u"sh"_s};
    session.start(spec);
    if (!QTest::qWaitFor([&] { return started || error; }, 15000) || !started)
        return u"not started: "_s + (error ? error->describe() : u"no answer"_s);
    session.write("echo typed-$((6*7))\n");
    if (!QTest::qWaitFor([&] { return out.contains("\ntyped-42\r\n") || error; }, 15000))
        return u"no output; got: "_s + QString::fromUtf8(out.toPercentEncoding(" "));
    session.write("exit 5\n");
    if (!QTest::qWaitFor([&] { return exitCode.has_value() || error; }, 15000) || exitCode != 5)
        return u"exit code: "_s + (exitCode ? QString::number(*exitCode) : u"none"_s) +
               (error ? error->describe() : QString());
    return {};
}

QString RemoteEngineChecks::inputEnd()
{
    const QString name = runDetached(u"sleep 600"_s);
    if (name.isEmpty())
        return u"the CLI could not run a container"_s;
    TerminalSession session(m_client);
    session.setEndPolling(100, 30);
    QByteArray out;
    std::optional<int> exitCode;
    std::optional<EngineError> error;
    QObject::connect(&session, &TerminalSession::output, [&](const QByteArray &d) { out += d; });
    QObject::connect(&session, &TerminalSession::finished, [&](int code) { exitCode = code; });
    QObject::connect(&session, &TerminalSession::failed, [&](const EngineError &e) { error = e; });
    TerminalSpec spec;
    spec.containerId = spec.containerName = name;
    spec.command = {u"cat"_s};
    spec.tty = false;
    session.start(spec);
    session.write("piped line\n");
    session.closeInput(); // a half-close: cat reads EOF, its output still comes back
    if (!QTest::qWaitFor([&] { return exitCode.has_value() || error; }, 15000))
        return u"cat did not end; output: "_s + QString::fromUtf8(out);
    if (error)
        return error->describe();
    if (exitCode != 0 || out != "piped line\n")
        return u"exit %1, output: %2"_s.arg(*exitCode).arg(QString::fromUtf8(out));
    return {};
}
