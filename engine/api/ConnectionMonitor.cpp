#include "api/ConnectionMonitor.h"

#include "api/DockerClient.h"

namespace gantry {

ConnectionMonitor::ConnectionMonitor(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
}

void ConnectionMonitor::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
    m_retryDelayMs = firstMs;
}

void ConnectionMonitor::setStreamAlive(bool alive)
{
    if (m_streamAlive == alive)
        return;
    m_streamAlive = alive;
    if (healthPaused() && m_state == State::Connected)
        m_timer.stop();
    else if (!alive)
        checkNow();
}

bool ConnectionMonitor::healthPaused() const
{
    // Over TCP a link that drops silently (sleep, VPN, NAT) leaves a stream open for minutes
    // of keep-alive probes: there the health check goes on.
    return m_streamAlive && m_client->endpoint().kind == Endpoint::Kind::Unix;
}

void ConnectionMonitor::start()
{
    checkNow();
}

void ConnectionMonitor::checkNow()
{
    m_timer.stop();
    if (m_inFlight)
        return;
    m_inFlight = m_client->ping(this, [this](Result<PingInfo> ping) {
        if (!ping)
            return onPingFailed(ping.error());
        m_serverApi = ping->apiVersion;
        if (ping->apiVersion < kMinimumApi) {
            m_lastError =
                EngineError(EngineError::Kind::Protocol,
                            tr("The engine speaks API %1; Gantry needs %2 or newer (Docker 20.10).")
                                .arg(ping->apiVersion.toString(), kMinimumApi.toString()));
            setState(State::ApiTooOld);
            m_timer.start(m_maxRetryMs);
            return;
        }
        m_client->setApiVersion(ApiVersion::negotiate(ping->apiVersion));
        if (m_state == State::Connected) {
            if (!healthPaused())
                m_timer.start(m_healthIntervalMs);
            return;
        }
        m_inFlight = m_client->version(this, [this](Result<VersionInfo> v) {
            if (!v)
                return onPingFailed(v.error());
            m_version = v.value();
            m_lastError = EngineError();
            m_retryDelayMs = m_firstRetryMs;
            setState(State::Connected);
            emit connected();
            if (!healthPaused())
                m_timer.start(m_healthIntervalMs);
        });
    });
}

void ConnectionMonitor::onPingFailed(const EngineError &error)
{
    m_lastError = error;
    setState(error.kind() == EngineError::Kind::PermissionDenied ? State::PermissionDenied
                                                                 : State::Unreachable);
    m_timer.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, m_maxRetryMs);
}

void ConnectionMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace gantry
