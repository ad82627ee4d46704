#pragma once

#include "core/EngineError.h"
#include "core/Types.h"
#include "transport/Transport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace gantry {

class DockerClient;

// Knows whether the engine answers: pings it, negotiates the API version, and keeps
// trying (with back-off) while it does not. Never blocks, never gives up.
class ConnectionMonitor : public QObject {
    Q_OBJECT
public:
    enum class State { Connecting, Connected, Unreachable, PermissionDenied, ApiTooOld };
    Q_ENUM(State)

    // Engines older than this answer with shapes we do not parse.
    static constexpr ApiVersion kMinimumApi{1, 41};

    explicit ConnectionMonitor(DockerClient *client, QObject *parent = nullptr);

    void start();
    // Check at once, e.g. after the event stream dropped or the user asked to retry.
    void checkNow();

    State state() const { return m_state; }
    const EngineError &lastError() const { return m_lastError; }
    const VersionInfo &version() const { return m_version; }
    ApiVersion serverApi() const { return m_serverApi; }
    int retryDelayMs() const { return m_retryDelayMs; }

    void setHealthInterval(int ms) { m_healthIntervalMs = ms; }
    // While an event stream is open on a local socket, the engine is known to answer: no
    // health pings (an idle window asks nothing). When it closes, the engine is checked at
    // once.
    void setStreamAlive(bool alive);
    void setRetryDelays(int firstMs, int maxMs);

signals:
    void stateChanged(gantry::ConnectionMonitor::State state);
    void connected(); // each time the engine becomes reachable again

private:
    void onPingFailed(const EngineError &error);
    bool healthPaused() const;
    void setState(State state);

    DockerClient *m_client;
    QTimer m_timer;
    QPointer<Reply> m_inFlight;
    State m_state = State::Connecting;
    EngineError m_lastError;
    VersionInfo m_version;
    ApiVersion m_serverApi;
    int m_healthIntervalMs = 10000;
    bool m_streamAlive = false;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 10000;
    int m_retryDelayMs = 1000;
};

} // namespace gantry
