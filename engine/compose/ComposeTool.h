#pragma once

#include <QCoreApplication>
#include <QObject>

#include <QStringList>
#include <functional>

class QProcess;

namespace gantry {

// The compose tool on this machine: `docker compose` (the v2 plugin) when the docker CLI
// has it, else `docker-compose` (v1), else none.
struct ComposeTool {
    Q_DECLARE_TR_FUNCTIONS(ComposeTool)

public:
    enum class Kind { None, Plugin, Standalone };
    Kind kind = Kind::None;
    QString program; // absolute path of docker or docker-compose

    bool isValid() const { return kind != Kind::None; }
    // What goes before the tool's own arguments: {"compose"} for the plugin.
    QStringList prefix() const;
    // "docker compose" or "docker-compose", as a user types it.
    QString displayName() const;
    // How to install one (translated), for when there is none.
    static QString installHint();
};

// Finds the tool without blocking: looks the programs up in the search path and runs
// `docker compose version` in a QProcess to know whether the plugin is there (killed after
// probeTimeout). A tool found is kept: later calls to detect() answer at once. None found
// is not kept: the next detect() looks again (the user may have installed one since).
class ComposeToolDetector : public QObject {
    Q_OBJECT
public:
    // searchPaths: where to look; empty: the PATH of the environment.
    explicit ComposeToolDetector(QStringList searchPaths = {}, QObject *parent = nullptr);

    void detect();
    void setProbeTimeout(int ms) { m_probeTimeoutMs = ms; }
    // Calls `then` with the tool now if it is known, else once detect() (started here) says;
    // and again at any later detection. Not after `context` is gone.
    void whenDetected(QObject *context, std::function<void(const gantry::ComposeTool &)> then);
    ComposeTool tool() const { return m_tool; }

signals:
    void detected(const gantry::ComposeTool &tool);

private:
    void finish(const ComposeTool &tool);
    QString find(const QString &name) const;

    QStringList m_paths;
    QProcess *m_probe = nullptr;
    ComposeTool m_tool;
    bool m_done = false;
    int m_probeTimeoutMs = 10000;
};

} // namespace gantry
