#include "compose/ComposeTool.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gantry {

QStringList ComposeTool::prefix() const
{
    return kind == Kind::Plugin ? QStringList{u"compose"_s} : QStringList{};
}

QString ComposeTool::displayName() const
{
    switch (kind) {
    case Kind::Plugin: return u"docker compose"_s;
    case Kind::Standalone: return u"docker-compose"_s;
    case Kind::None: break;
    }
    return {};
}

QString ComposeTool::installHint()
{
    return tr("No compose tool was found: neither \"docker compose\" (the Docker CLI plugin) nor "
              "\"docker-compose\". Install one, for example on Debian or Ubuntu with "
              "\"sudo apt install docker-compose-plugin\" (Docker's packages) or "
              "\"sudo apt install docker-compose\", then open this project again. The actions "
              "on its containers work without it.");
}

ComposeToolDetector::ComposeToolDetector(QStringList searchPaths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(searchPaths))
{
}

QString ComposeToolDetector::find(const QString &name) const
{
    return QStandardPaths::findExecutable(name, m_paths);
}

void ComposeToolDetector::detect()
{
    if (m_done && m_tool.isValid()) {
        emit detected(m_tool);
        return;
    }
    if (m_probe)
        return; // under way
    const QString docker = find(u"docker"_s);
    const auto standalone = [this] {
        ComposeTool t;
        if (const QString p = find(u"docker-compose"_s); !p.isEmpty()) {
            t.kind = ComposeTool::Kind::Standalone;
            t.program = p;
        }
        return t;
    };
    if (docker.isEmpty()) {
        finish(standalone());
        return;
    }
    m_probe = new QProcess(this);
    m_probe->setProgram(docker);
    m_probe->setArguments({u"compose"_s, u"version"_s});
    m_probe->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_probe, &QProcess::finished, this,
            [this, docker, standalone](int code, QProcess::ExitStatus status) {
                m_probe->deleteLater();
                m_probe = nullptr;
                if (status == QProcess::NormalExit && code == 0)
                    finish({ComposeTool::Kind::Plugin, docker});
                else
                    finish(standalone());
            });
    connect(m_probe, &QProcess::errorOccurred, this, [this, standalone](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || !m_probe)
            return;
        m_probe->deleteLater();
        m_probe = nullptr;
        finish(standalone());
    });
    m_probe->start();
    // A docker that hangs (a stuck plugin, a dead remote context): killed, then finished()
    // goes on with the standalone lookup.
    QTimer::singleShot(m_probeTimeoutMs, m_probe, [probe = m_probe] { probe->kill(); });
}

void ComposeToolDetector::finish(const ComposeTool &tool)
{
    m_tool = tool;
    m_done = true;
    emit detected(m_tool);
}

void ComposeToolDetector::whenDetected(QObject *context,
                                       std::function<void(const ComposeTool &)> then)
{
    connect(this, &ComposeToolDetector::detected, context, then);
    if (m_done)
        then(m_tool);
    else
        detect();
}

} // namespace gantry
