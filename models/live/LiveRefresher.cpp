#include "live/LiveRefresher.h"

namespace gantry {

LiveRefresher::LiveRefresher(DockerClient *client, int allResources, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_all(allResources)
    , m_stream(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &LiveRefresher::runPending);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        refreshBits(m_all);
        if (!m_streamUp)
            reconnect();
    });
    m_restartStream.setSingleShot(true);
    connect(&m_restartStream, &QTimer::timeout, this, &LiveRefresher::reconnect);

    connect(&m_stream, &EventStream::subscribed, this, [this] {
        m_streamUp = true;
        emit streamStateChanged(true);
        refreshBits(m_all); // first listing, or catching up on what the outage hid
        updatePolling();
    });
    connect(&m_stream, &EventStream::engineEvent, this, [this](const EngineEvent &event) {
        emit engineEvent(event);
        const int what = affected(event);
        if (!what)
            return;
        m_pending |= what;
        if (!m_debounce.isActive())
            m_debounce.start();
    });
    connect(&m_stream, &EventStream::ended, this, &LiveRefresher::onStreamEnded);
}

void LiveRefresher::setPollIntervals(int whileStreamDownMs, int whileStreamUpMs)
{
    m_fastPollMs = whileStreamDownMs;
    m_slowPollMs = whileStreamUpMs;
    updatePolling();
}

void LiveRefresher::start()
{
    m_running = true;
    m_stream.start();
    updatePolling();
}

void LiveRefresher::stop()
{
    m_running = false;
    m_stream.stop();
    m_poll.stop();
    m_debounce.stop();
    m_restartStream.stop();
    if (m_streamUp) {
        m_streamUp = false;
        emit streamStateChanged(false);
    }
}

void LiveRefresher::setActive(bool active)
{
    m_active = active;
    updatePolling();
    if (active && m_running && !m_streamUp)
        reconnect();
}

void LiveRefresher::reconnect()
{
    if (m_running && !m_streamUp && !m_stream.isRunning())
        m_stream.start();
}

void LiveRefresher::updatePolling()
{
    if (!m_running || !m_active) {
        m_poll.stop();
        return;
    }
    const int interval = m_streamUp ? m_slowPollMs : m_fastPollMs;
    if (interval <= 0) {
        m_poll.stop();
        return;
    }
    if (!m_poll.isActive() || m_poll.interval() != interval)
        m_poll.start(interval);
}

void LiveRefresher::onStreamEnded()
{
    m_streamUp = false;
    emit streamStateChanged(false);
    updatePolling();
    if (m_running)
        m_restartStream.start(1000);
}

void LiveRefresher::refreshBits(int resources)
{
    m_pending |= resources;
    runPending();
}

void LiveRefresher::runPending()
{
    const int what = m_pending;
    m_pending = 0;
    for (int bit = 1; bit <= m_all; bit <<= 1) {
        if (what & bit)
            request(bit);
    }
}

void LiveRefresher::request(int resource)
{
    if (m_inFlight & resource) {
        m_again |= resource;
        return;
    }
    m_inFlight |= resource;
    ++m_listings[resource];
    list(resource);
}

void LiveRefresher::listed(int resource, const EngineError &error)
{
    m_inFlight &= ~resource;
    applied(resource, error);
    if (m_again & resource) {
        m_again &= ~resource;
        request(resource);
    }
}

void LiveRefresher::received(int resource)
{
    if (!(m_inFlight & resource))
        return;
    m_inFlight &= ~resource;
    if (m_again & resource) {
        m_again &= ~resource;
        request(resource);
    }
}

void LiveRefresher::applied(int resource, const EngineError &error)
{
    if (error.isError()) {
        emit listingFailed(error);
    } else {
        m_loaded |= resource;
        if (!m_firstDone && m_loaded == m_all) {
            m_firstDone = true;
            emit firstRefreshDone();
        }
    }
}

} // namespace gantry
