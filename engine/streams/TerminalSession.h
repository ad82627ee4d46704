#pragma once

#include "core/EngineError.h"
#include "specs/TerminalSpec.h"
#include "transport/Transport.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

namespace gantry {

class DockerClient;
class HijackedStream;

// One interactive session with a container, as `docker exec -it`, `docker attach` or the
// attached half of `docker run -it`: creates the exec (or checks the container, or starts
// the created container once attached), opens the hijacked stream, passes bytes both
// ways, forwards resizes, and when the stream ends asks the engine how it ended: the exit
// code, a detach, or an engine that is gone (never silently).
class TerminalSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Ending, Finished, Detached, Failed, Closed };
    Q_ENUM(State)

    explicit TerminalSession(DockerClient *client, QObject *parent = nullptr);
    ~TerminalSession() override;

    void start(const TerminalSpec &spec);
    // Input for the process; kept until the stream is open.
    void write(const QByteArray &data);
    // EOF on the process's stdin (for non-interactive use: `cat` and the like).
    void closeInput();
    // The terminal's size. Sent once the stream is open and whenever it changes; only the
    // latest size is sent when several come while one is on its way.
    void resize(int rows, int cols);
    // The user is done with it: drops the connection. No signal follows.
    void close();

    const TerminalSpec &spec() const { return m_spec; }
    State state() const { return m_state; }
    QString execId() const { return m_execId; }
    bool isTty() const { return m_tty; }
    int exitCode() const { return m_exitCode; }
    const EngineError &error() const { return m_error; }

    // How long to wait for the engine to record the end after the stream closed.
    void setEndPolling(int intervalMs, int attempts);

    // What a session reports when the engine went away under it.
    static EngineError connectionLost();

signals:
    void started(); // the stream is open
    void output(const QByteArray &data);
    void resized(int rows, int cols); // the engine took the size
    void finished(int exitCode);      // the process (exec) or the container (attach) ended
    void detached();                  // the stream ended but the process runs on
    void failed(const gantry::EngineError &error);

private:
    void openStream(const QString &path, const QByteArray &body);
    void startContainer(); // Run mode: the stream is open, the container starts
    void onStreamEnded();
    void checkEnd();
    void endWith(State state, int exitCode = -1);
    void fail(const EngineError &error);
    void sendResize();
    void cancelPending();

    DockerClient *m_client;
    TerminalSpec m_spec;
    State m_state = State::Idle;
    QString m_execId;
    bool m_tty = true;
    int m_exitCode = -1;
    EngineError m_error;
    HijackedStream *m_stream = nullptr;
    QPointer<Reply> m_pending; // exec create, inspect
    QPointer<Reply> m_resizeReply;
    QByteArray m_earlyInput; // typed before the exec existed
    bool m_closeInputEarly = false;
    QSize m_wantedSize; // width = cols, height = rows
    QSize m_sentSize;
    QTimer m_endTimer;
    int m_endAttempts = 0;
    int m_endAttemptsMax = 20;
};

} // namespace gantry
