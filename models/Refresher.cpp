#include "Refresher.h"

#include "ContainerModel.h"
#include "DockerClient.h"
#include "ImageModel.h"

using namespace Qt::StringLiterals;

namespace gantry {

Refresher::Refresher(DockerClient *client, ContainerModel *containers, ImageModel *images,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_containers(containers)
    , m_images(images)
    , m_stream(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &Refresher::runPending);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        refresh(All);
        if (!m_streamUp)
            reconnect();
    });
    m_restartStream.setSingleShot(true);
    connect(&m_restartStream, &QTimer::timeout, this, &Refresher::reconnect);

    connect(&m_stream, &EventStream::subscribed, this, [this] {
        m_streamUp = true;
        emit streamStateChanged(true);
        refresh(All); // first listing, or catching up on what the outage hid
        updatePolling();
    });
    connect(&m_stream, &EventStream::event, this, &Refresher::onEvent);
    connect(&m_stream, &EventStream::ended, this, &Refresher::onStreamEnded);
}

void Refresher::setPollIntervals(int whileStreamDownMs, int whileStreamUpMs)
{
    m_fastPollMs = whileStreamDownMs;
    m_slowPollMs = whileStreamUpMs;
    updatePolling();
}

void Refresher::start()
{
    m_running = true;
    m_stream.start();
    updatePolling();
}

void Refresher::stop()
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

void Refresher::setActive(bool active)
{
    m_active = active;
    updatePolling();
    if (active && m_running && !m_streamUp)
        reconnect();
}

void Refresher::reconnect()
{
    if (m_running && !m_streamUp && !m_stream.isRunning())
        m_stream.start();
}

void Refresher::updatePolling()
{
    if (!m_running || !m_active) {
        m_poll.stop();
        return;
    }
    const int interval = m_streamUp ? m_slowPollMs : m_fastPollMs;
    if (!m_poll.isActive() || m_poll.interval() != interval)
        m_poll.start(interval);
}

Refresher::Resources Refresher::affectedBy(const EngineEvent &e)
{
    if (e.type == u"container"_s) {
        static const QStringList quiet{u"exec_create"_s,    u"exec_start"_s, u"exec_die"_s,
                                       u"exec_detach"_s,    u"attach"_s,     u"detach"_s,
                                       u"resize"_s,         u"top"_s,        u"archive-path"_s,
                                       u"extract-to-dir"_s, u"export"_s,     u"copy"_s};
        const QString verb = e.action.section(u':', 0, 0);
        if (quiet.contains(verb))
            return {};
        if (verb == u"commit"_s)
            return All;
        return Containers; // image usage counts follow the container listing
    }
    if (e.type == u"image"_s)
        return Images;
    return {};
}

void Refresher::onEvent(const EngineEvent &event)
{
    const Resources what = affectedBy(event);
    if (!what)
        return;
    m_pending |= what;
    if (!m_debounce.isActive())
        m_debounce.start();
}

void Refresher::onStreamEnded()
{
    m_streamUp = false;
    emit streamStateChanged(false);
    updatePolling();
    if (m_running)
        m_restartStream.start(1000);
}

void Refresher::refresh(Resources what)
{
    m_pending |= what;
    runPending();
}

void Refresher::runPending()
{
    const Resources what = m_pending;
    m_pending = {};
    if (what & Containers)
        listContainers();
    if (what & Images)
        listImages();
}

void Refresher::listContainers()
{
    if (m_inFlight & Containers) {
        m_again |= Containers;
        return;
    }
    m_inFlight |= Containers;
    ++m_containerListings;
    m_client->listContainers(true, this, [this](Result<QList<ContainerSummary>> r) {
        m_inFlight &= ~Resources(Containers);
        if (r) {
            m_containers->setContainers(r.value());
            m_images->setUsage(ImageModel::usageOf(r.value()));
            listed(Containers);
        } else {
            emit listingFailed(r.error());
        }
        if (m_again & Containers) {
            m_again &= ~Resources(Containers);
            listContainers();
        }
    });
}

void Refresher::listImages()
{
    if (m_inFlight & Images) {
        m_again |= Images;
        return;
    }
    m_inFlight |= Images;
    ++m_imageListings;
    m_client->listImages(false, this, [this](Result<QList<ImageSummary>> r) {
        m_inFlight &= ~Resources(Images);
        if (r) {
            m_images->setImages(r.value());
            listed(Images);
        } else {
            emit listingFailed(r.error());
        }
        if (m_again & Images) {
            m_again &= ~Resources(Images);
            listImages();
        }
    });
}

void Refresher::listed(Resource what)
{
    m_loaded |= what;
    if (!m_firstDone && m_loaded == Resources(All)) {
        m_firstDone = true;
        emit firstRefreshDone();
    }
}

} // namespace gantry
