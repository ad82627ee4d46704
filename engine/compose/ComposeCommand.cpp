#include "compose/ComposeCommand.h"

#include "core/Processes.h"
#include "transport/Endpoint.h"

#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace gantry {

ComposeCommandSpec ComposeCommandSpec::of(Verb verb, const ComposeProject &project)
{
    ComposeCommandSpec spec;
    spec.verb = verb;
    spec.project = project.name;
    spec.files = project.configFiles;
    spec.workingDir = project.workingDir;
    return spec;
}

QStringList ComposeCommandSpec::arguments(const ComposeTool &tool) const
{
    QStringList args = tool.prefix();
    if (!project.isEmpty())
        args << u"-p"_s << project;
    for (const QString &f : files)
        args << u"-f"_s << f;
    if (!workingDir.isEmpty())
        args << u"--project-directory"_s << workingDir;
    if (!envFile.isEmpty())
        args << u"--env-file"_s << envFile;
    switch (verb) {
    case Verb::Up: args << u"up"_s << u"-d"_s; break;
    case Verb::Down:
        args << u"down"_s;
        if (removeVolumes)
            args << u"-v"_s;
        break;
    case Verb::Pull: args << u"pull"_s; break;
    case Verb::Restart: args << u"restart"_s; break;
    case Verb::Rebuild: args << u"up"_s << u"-d"_s << u"--build"_s; break;
    case Verb::Config: args << u"config"_s; break;
    // One word for both tools: v1 takes --hash=*, v2 (pflag) takes it too.
    case Verb::ConfigHash: args << u"config"_s << u"--hash=*"_s; break;
    }
    return args;
}

QStringList ComposeCommandSpec::commandLine(const ComposeTool &tool,
                                            const QString &dockerHost) const
{
    QStringList line;
    if (!dockerHost.isEmpty())
        line << u"DOCKER_HOST="_s + dockerHost;
    line << (tool.kind == ComposeTool::Kind::Plugin ? u"docker"_s : u"docker-compose"_s);
    line << arguments(tool);
    return line;
}

QString ComposeCommandSpec::verbTitle(Verb verb)
{
    switch (verb) {
    case Verb::Up: return tr("Up", "compose up -d");
    case Verb::Down: return tr("Down", "compose down");
    case Verb::Pull: return tr("Pull", "compose pull");
    case Verb::Restart: return tr("Restart", "compose restart");
    case Verb::Rebuild: return tr("Rebuild", "compose up -d --build");
    case Verb::Config: return tr("Check", "compose config");
    case Verb::ConfigHash: return tr("Compare", "compose config --hash=*");
    }
    return {};
}

QProcessEnvironment composeEnvironment(const Endpoint &endpoint, QProcessEnvironment base)
{
    base.insert(u"DOCKER_HOST"_s, endpoint.url());
    // A docker context would otherwise win over nothing here, but DOCKER_CONTEXT would
    // conflict with DOCKER_HOST: the engine is the one given.
    base.remove(u"DOCKER_CONTEXT"_s);
    if (endpoint.kind == Endpoint::Kind::Tcp && endpoint.tls) {
        if (endpoint.tlsVerify)
            base.insert(u"DOCKER_TLS_VERIFY"_s, u"1"_s);
        else
            base.remove(u"DOCKER_TLS_VERIFY"_s);
        if (!endpoint.caFile.isEmpty())
            base.insert(u"DOCKER_CERT_PATH"_s, QFileInfo(endpoint.caFile).absolutePath());
    } else {
        base.remove(u"DOCKER_TLS_VERIFY"_s);
        base.remove(u"DOCKER_CERT_PATH"_s);
    }
    return base;
}

ComposeJob::ComposeJob(const ComposeTool &tool, const ComposeCommandSpec &spec,
                       const QProcessEnvironment &env, QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
    m_process->setProgram(tool.program);
    m_process->setArguments(spec.arguments(tool));
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    if (!spec.workingDir.isEmpty() && QFileInfo(spec.workingDir).isDir())
        m_process->setWorkingDirectory(spec.workingDir);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ComposeJob::readAvailable);
    connect(m_process, &QProcess::readyReadStandardError, this, &ComposeJob::readAvailable);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_done)
            return;
        m_done = true;
        readAvailable();
        if (m_tooLarge)
            emit finished(false, tr("The compose tool's output is too large (more than %n MiB); "
                                    "it was stopped.",
                                    "", int(kMaxStandardOutputBytes >> 20)));
        else if (m_cancelled)
            emit finished(false, tr("Cancelled: the compose tool was stopped."));
        else if (status != QProcess::NormalExit)
            emit finished(false, tr("The compose tool crashed."));
        else if (code != 0)
            emit finished(false, tr("The compose tool failed (exit code %1).").arg(code));
        else
            emit finished(true, {});
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || m_done)
            return;
        m_done = true;
        emit finished(
            false, tr("The compose tool could not be started: %1").arg(m_process->errorString()));
    });
}

ComposeJob::~ComposeJob()
{
    m_process->disconnect(this);
    // A running one is asked to stop, killed after the grace period, and reaped without
    // waiting here.
    terminateAndReapLater(m_process, m_graceMs);
}

void ComposeJob::readAvailable()
{
    if (m_capture)
        keepStandardOutput(m_process->readAllStandardOutput());
    const QByteArray bytes = m_capture ? m_process->readAllStandardError() : m_process->readAll();
    if (const QString text = m_decoder.decode(bytes); !text.isEmpty()) {
        m_all += text;
        if (m_all.size() > kKeptOutputChars) // a long build's output: its end is kept
            m_all.remove(0, m_all.size() - kKeptOutputChars / 2);
        emit output(text);
    }
}

void ComposeJob::captureStandardOutput()
{
    m_capture = true;
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
}

void ComposeJob::keepStandardOutput(const QByteArray &bytes)
{
    if (m_tooLarge)
        return; // read and dropped while the tool stops
    if (m_stdout.size() + bytes.size() <= kMaxStandardOutputBytes) {
        m_stdout += bytes;
        return;
    }
    m_tooLarge = true;
    m_stdout.clear();
    m_stdout.squeeze();
    terminateThenKill(m_process, m_graceMs);
}

void ComposeJob::start()
{
    m_process->start();
}

void ComposeJob::cancel()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_cancelled = true;
    terminateThenKill(m_process, m_graceMs);
}

} // namespace gantry
