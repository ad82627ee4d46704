#pragma once

#include "core/EngineError.h"
#include "specs/LogsSpec.h"
#include "streams/LogLines.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace gantry {

class DockerClient;
class LogModel;
class LogStream;

struct LogTarget {
    LogTarget(QString id = {}, QString name = {}, bool service = false, QString composeService = {})
        : id(std::move(id))
        , name(std::move(name))
        , service(service)
        , composeService(std::move(composeService))
    {
    }
    QString id;
    QString name;           // shown beside each line when several containers are merged
    bool service = false;   // a swarm service: its tasks' logs merged by the engine
    QString composeService; // a compose project's service, for showing one service's logs
    friend bool operator==(const LogTarget &, const LogTarget &) = default;
};

// Streams the logs of the chosen containers (one, or the containers of a compose project)
// into a LogModel, and only while active: a view that is hidden deactivates it, which
// cancels the requests. (Re)activating or changing targets or options starts over.
// Lines are handed to the model in batches, at most every kFlushMs: a container printing
// without pause sends thousands of small chunks a second, and each insertion costs the
// views (proxy mapping, layout) more than the lines themselves.
class LogFeed : public QObject {
    Q_OBJECT
public:
    static constexpr int kFlushMs = 50;
    static constexpr int kFlushLines = 5000; // sooner when this many are waiting

    LogFeed(DockerClient *client, LogModel *model, QObject *parent = nullptr);
    ~LogFeed() override;

    void setTargets(const QList<LogTarget> &targets);
    const QList<LogTarget> &targets() const { return m_targets; }

    // Options as typed (see LogsSpec); applied by the next start. `since` must be valid.
    void setOptions(const QString &since, int tail);
    const QString &since() const { return m_since; }
    int tail() const { return m_tail; }

    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Clears the model and streams again from the options (when active).
    void restart();
    // After an interruption: keeps the lines shown and streams each container again from
    // just after its last line, so nothing is shown twice and nothing in between is lost.
    // A container none of whose lines arrived starts from the options, as restart() does.
    void resume();

    int runningCount() const;
    // A stream was cut by an error (the engine went away, the connection dropped), not
    // ended by its container stopping: following it again needs a restart().
    bool isInterrupted() const { return m_interrupted; }
    // One `docker logs` line per target: what prints the same lines.
    QStringList commandLines() const;

signals:
    // A stream stopped: error kind None when its container stopped (the log is complete).
    void streamEnded(const QString &name, const gantry::EngineError &error);
    void runningChanged();

private:
    LogsSpec specFor(const LogTarget &target) const;
    void startAll();
    void stopAll();
    void queue(const QString &source, const QList<LogLine> &lines);
    void flush();

    DockerClient *m_client;
    LogModel *m_model;
    QList<LogTarget> m_targets;
    QString m_since;
    int m_tail = 200;
    bool m_active = false;
    QList<LogStream *> m_streams;             // children of this feed
    QHash<QString, QList<LogLine>> m_pending; // per source, not yet in the model
    qsizetype m_pendingCount = 0;
    bool m_interrupted = false;
    QTimer m_flush;
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::LogTarget)
