#pragma once

#include "specs/ActionSpecs.h"

#include <QCoreApplication>
#include <QStringList>

namespace gantry {

// An interactive session in a container: `docker exec [-it] CONTAINER CMD...`,
// `docker attach CONTAINER`, or the attached half of `docker run -it`: attach to a container
// just created, then start it, so that nothing it prints first is lost. The requests and the
// command line come from this one value.
struct TerminalSpec {
    Q_DECLARE_TR_FUNCTIONS(TerminalSpec)

public:
    enum class Mode { Exec, Attach, Run };

    Mode mode = Mode::Exec;
    QString containerId;                       // what the requests use
    QString containerName;                     // what the command line uses; the short ID if empty
    QStringList command{QStringLiteral("sh")}; // Exec
    bool interactive = true;                   // -i: stdin is attached
    bool tty = true; // -t: a pseudo-terminal, raw bytes instead of multiplexed frames
    // Sent as TERM (-e TERM=...) with a TTY, so programs know what the widget understands.
    // Empty: the engine's default (xterm).
    QString term = QStringLiteral("xterm-256color");
    QStringList env; // more -e KEY=VALUE
    // Run: the `docker run -it ...` line of the RunSpec that created the container.
    QStringList runCommandLine;

    // Exec: POST /containers/{id}/exec
    Request createExecRequest() const;
    // Exec: POST /exec/{id}/start, to be sent on a hijacked connection (path and body).
    QString startPath(const QString &execId) const;
    QByteArray startBody() const;
    // Attach, Run: POST /containers/{id}/attach?stream=1&stdin=1&stdout=1&stderr=1 (hijacked).
    QString attachPath() const;
    // Run: POST /containers/{id}/start, once the attached stream is open.
    Request startRequest() const;
    // Resize the TTY: POST /exec/{id}/resize or /containers/{id}/resize, ?h=ROWS&w=COLS.
    Request resizeRequest(const QString &execId, int rows, int cols) const;
    // GET /exec/{id}/json: its ExitCode once it ran.
    static Request inspectExecRequest(const QString &execId);

    QStringList commandLine() const;
    Action action() const;
};

} // namespace gantry
