#pragma once

#include "core/EngineError.h"
#include "specs/LogsSpec.h"
#include "streams/LogLines.h"
#include "transport/Transport.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace gantry {

class DockerClient;

// Follows one container's output: inspects it first (a TTY container sends raw bytes, the
// others multiplexed frames; the name completes the command line), then reads
// GET /containers/{id}/logs and emits its lines, one batch per chunk received.
class LogStream : public QObject {
    Q_OBJECT
public:
    LogStream(DockerClient *client, LogsSpec spec, QObject *parent = nullptr);
    ~LogStream() override;

    // The spec; its name is the container's once inspected, when none was given.
    const LogsSpec &spec() const { return m_spec; }
    std::optional<bool> isTty() const { return m_tty; }
    bool isRunning() const { return m_inspect || m_logs; }

    // Starts (again, from the spec's since and tail); stop() cancels without ended().
    void start();
    void stop();
    // Starts again from just after the last line delivered, every line since; from the
    // spec when none came (no timestamps, or nothing printed yet).
    void resume();

signals:
    void started(bool tty); // the engine accepted the logs request
    void lines(const QList<gantry::LogLine> &lines);
    // The stream is over: kind None when the engine closed it (the container stopped, or
    // follow was off); otherwise why (not found, connection lost, malformed stream).
    void ended(const gantry::EngineError &error);

private:
    // Reads the TTY flag and the name from the inspect data; the error if they are missing.
    std::optional<EngineError> readInspect(const QJsonObject &inspect);
    void requestLogs();
    void deliver(const QList<LogLine> &batch); // emits lines(), noting the newest time
    void finish(EngineError error);

    DockerClient *m_client;
    LogsSpec m_spec;
    qint64 m_lastTimeNs = 0; // the newest line delivered, for resume()
    std::optional<bool> m_tty;
    std::optional<LogLineSplitter> m_splitter;
    QPointer<Reply> m_inspect;
    QPointer<Reply> m_logs;
    quint64 m_generation = 0; // answers to a stopped start are ignored
};

} // namespace gantry
