#pragma once

#include "compose/ComposeProject.h"
#include "compose/ComposeTool.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringDecoder>

class QProcess;

namespace gantry {

struct Endpoint;

// One run of the compose tool on a project: its arguments from the project's labels
// (-p NAME, -f FILE..., --project-directory DIR), the same for the line shown and the
// process started.
struct ComposeCommandSpec {
    Q_DECLARE_TR_FUNCTIONS(ComposeCommandSpec)

public:
    // Config: the resolved configuration on stdout (validates, starts nothing);
    // ConfigHash: each service's configuration hash (config --hash=*).
    enum class Verb { Up, Down, Pull, Restart, Rebuild, Config, ConfigHash };

    Verb verb = Verb::Up;
    bool removeVolumes = false; // Down: its named and anonymous volumes too (down -v)
    QString project;
    QStringList files;
    QString workingDir;
    QString envFile; // --env-file (a .env being checked before it is saved); empty: none

    static ComposeCommandSpec of(Verb verb, const ComposeProject &project);
    // The arguments after the program (the plugin's "compose" included).
    QStringList arguments(const ComposeTool &tool) const;
    // What the command log shows: DOCKER_HOST=... docker compose -p NAME ... up -d
    QStringList commandLine(const ComposeTool &tool, const QString &dockerHost) const;
    static QString verbTitle(Verb verb); // translated
};

// The environment the tool runs in: this one, with DOCKER_HOST (and TLS settings) set to
// the engine Gantry is on, so the tool acts on the same engine.
QProcessEnvironment
composeEnvironment(const Endpoint &endpoint,
                   QProcessEnvironment base = QProcessEnvironment::systemEnvironment());

// The compose tool running: output streamed as it comes (stdout and stderr merged),
// cancel() kills it. Never waits on the GUI thread.
class ComposeJob : public QObject {
    Q_OBJECT
public:
    // Cancel asks the tool to stop (SIGTERM) and kills it after this long.
    static constexpr int kCancelGraceMs = 5000;

    ComposeJob(const ComposeTool &tool, const ComposeCommandSpec &spec,
               const QProcessEnvironment &env, QObject *parent = nullptr);
    ~ComposeJob() override;

    // Keep stdout apart (read with standardOutput() once finished) and stream only stderr:
    // for config, whose stdout is the YAML. Call before start(). More than
    // kMaxStandardOutputBytes of it stops the tool and fails the job (outputTooLarge()).
    void captureStandardOutput();
    QByteArray standardOutput() const { return m_stdout; }
    static constexpr qsizetype kMaxStandardOutputBytes = qsizetype(8) << 20;
    bool outputTooLarge() const { return m_tooLarge; }
    // What the tool wrote to the stream that output() carries (the last 512 Ki characters
    // at least, when it wrote more than a million).
    QString allOutput() const { return m_all; }
    static constexpr qsizetype kKeptOutputChars = 1 << 20;
    void setCancelGrace(int ms) { m_graceMs = ms; }

    void start();
    // SIGTERM, then SIGKILL after the grace period if it still runs.
    void cancel();

signals:
    void output(const QString &text);
    // ok: exit code 0; otherwise message says why (exit code, failed to start, cancelled).
    void finished(bool ok, const QString &message);

private:
    void readAvailable(); // what the tool wrote since: kept, decoded, emitted
    void keepStandardOutput(const QByteArray &bytes);

    QProcess *m_process;
    // Stateful: a UTF-8 character split across two reads comes out whole.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QByteArray m_stdout;
    QString m_all;
    bool m_capture = false;
    int m_graceMs = kCancelGraceMs;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_done = false;
};

} // namespace gantry
