#pragma once

#include "core/EngineError.h"
#include "streams/Stats.h"
#include "transport/Transport.h"

#include <QObject>
#include <QPointer>

namespace gantry {

class DockerClient;

// Follows GET /containers/{id}/stats?stream=1: one sample a second while the container
// runs. Each stream costs the engine CPU, so callers run one only while it is on screen.
class StatsStream : public QObject {
    Q_OBJECT
public:
    StatsStream(DockerClient *client, const QString &containerId, QObject *parent = nullptr);
    ~StatsStream() override;

    const QString &containerId() const { return m_id; }
    bool isRunning() const { return !m_reply.isNull(); }

    void start();
    void stop(); // cancels without ended()

signals:
    void sample(const gantry::StatsSample &sample);
    void malformed(const gantry::EngineError &error); // one bad sample; the stream goes on
    // The stream is over: kind None when the engine closed it (the container stopped).
    void ended(const gantry::EngineError &error);

private:
    DockerClient *m_client;
    QString m_id;
    QPointer<Reply> m_reply;
};

} // namespace gantry
