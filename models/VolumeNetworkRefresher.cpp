#include "VolumeNetworkRefresher.h"

#include "DockerClient.h"
#include "NetworkModel.h"
#include "ResourceUsage.h"
#include "VolumeModel.h"

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
int slot(VolumeNetworkRefresher::Resource what)
{
    switch (what) {
    case VolumeNetworkRefresher::Volumes: return 0;
    case VolumeNetworkRefresher::Networks: return 1;
    default: return 2;
    }
}
} // namespace

VolumeNetworkRefresher::VolumeNetworkRefresher(DockerClient *client, VolumeModel *volumes,
                                               NetworkModel *networks, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_volumes(volumes)
    , m_networks(networks)
    , m_stream(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &VolumeNetworkRefresher::runPending);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        refresh(All);
        if (!m_streamUp)
            reconnect();
    });
    m_restartStream.setSingleShot(true);
    connect(&m_restartStream, &QTimer::timeout, this, &VolumeNetworkRefresher::reconnect);

    connect(&m_stream, &EventStream::subscribed, this, [this] {
        m_streamUp = true;
        emit streamStateChanged(true);
        refresh(All); // first listing, or catching up on what the outage hid
        updatePolling();
    });
    connect(&m_stream, &EventStream::event, this, &VolumeNetworkRefresher::onEvent);
    connect(&m_stream, &EventStream::ended, this, &VolumeNetworkRefresher::onStreamEnded);
}

int VolumeNetworkRefresher::listingCount(Resource what) const
{
    return m_listings[slot(what)];
}

void VolumeNetworkRefresher::setPollIntervals(int whileStreamDownMs, int whileStreamUpMs)
{
    m_fastPollMs = whileStreamDownMs;
    m_slowPollMs = whileStreamUpMs;
    updatePolling();
}

void VolumeNetworkRefresher::start()
{
    m_running = true;
    m_stream.start();
    updatePolling();
}

void VolumeNetworkRefresher::stop()
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

void VolumeNetworkRefresher::setActive(bool active)
{
    m_active = active;
    updatePolling();
    if (active && m_running && !m_streamUp)
        reconnect();
}

void VolumeNetworkRefresher::reconnect()
{
    if (m_running && !m_streamUp && !m_stream.isRunning())
        m_stream.start();
}

void VolumeNetworkRefresher::updatePolling()
{
    if (!m_running || !m_active) {
        m_poll.stop();
        return;
    }
    const int interval = m_streamUp ? m_slowPollMs : m_fastPollMs;
    if (!m_poll.isActive() || m_poll.interval() != interval)
        m_poll.start(interval);
}

VolumeNetworkRefresher::Resources VolumeNetworkRefresher::affectedBy(const EngineEvent &e)
{
    const QString verb = e.action.section(u':', 0, 0);
    if (e.type == u"volume"_s) {
        // mount and unmount come with every start and stop: nothing listed changes.
        if (verb == u"create"_s || verb == u"destroy"_s || verb == u"prune"_s)
            return Volumes;
        return {};
    }
    if (e.type == u"network"_s) {
        if (verb == u"connect"_s || verb == u"disconnect"_s)
            return Usage;
        if (verb == u"create"_s || verb == u"destroy"_s || verb == u"remove"_s ||
            verb == u"prune"_s || verb == u"update"_s)
            return Networks;
        return {};
    }
    if (e.type == u"container"_s) {
        // Who mounts what and who is attached where changes when a container comes, goes
        // or is renamed; starting one shows as a network connect.
        if (verb == u"create"_s || verb == u"destroy"_s || verb == u"rename"_s)
            return Usage;
        return {};
    }
    return {};
}

void VolumeNetworkRefresher::onEvent(const EngineEvent &event)
{
    const Resources what = affectedBy(event);
    if (!what)
        return;
    m_pending |= what;
    if (!m_debounce.isActive())
        m_debounce.start();
}

void VolumeNetworkRefresher::onStreamEnded()
{
    m_streamUp = false;
    emit streamStateChanged(false);
    updatePolling();
    if (m_running)
        m_restartStream.start(1000);
}

void VolumeNetworkRefresher::refresh(Resources what)
{
    m_pending |= what;
    runPending();
}

void VolumeNetworkRefresher::runPending()
{
    const Resources what = m_pending;
    m_pending = {};
    for (Resource r : {Volumes, Networks, Usage}) {
        if (what & r)
            list(r);
    }
}

void VolumeNetworkRefresher::list(Resource what)
{
    if (m_inFlight & what) {
        m_again |= what;
        return;
    }
    m_inFlight |= what;
    ++m_listings[slot(what)];
    switch (what) {
    case Volumes:
        m_client->listVolumes(this, [this](Result<QList<VolumeSummary>> r) {
            if (r)
                m_volumes->setVolumes(r.value());
            listed(Volumes, r ? EngineError() : r.error());
        });
        break;
    case Networks:
        m_client->listNetworks(this, [this](Result<QList<NetworkSummary>> r) {
            if (r)
                m_networks->setNetworks(r.value());
            listed(Networks, r ? EngineError() : r.error());
        });
        break;
    default:
        listContainerUsage(m_client, this, [this](Result<QList<ContainerUsage>> r) {
            if (r) {
                m_volumes->setUsage(r.value());
                m_networks->setUsage(r.value());
            }
            listed(Usage, r ? EngineError() : r.error());
        });
        break;
    }
}

void VolumeNetworkRefresher::listed(Resource what, const EngineError &error)
{
    m_inFlight &= ~Resources(what);
    if (error.isError()) {
        emit listingFailed(error);
    } else {
        m_loaded |= what;
        if (!m_firstDone && m_loaded == Resources(All)) {
            m_firstDone = true;
            emit firstRefreshDone();
        }
    }
    if (m_again & what) {
        m_again &= ~Resources(what);
        list(what);
    }
}

} // namespace gantry
