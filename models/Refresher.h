#pragma once

#include "EngineError.h"
#include "EventStream.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace gantry {

class ContainerModel;
class DockerClient;
class ImageModel;
class Reply;

// Keeps the models live: follows /events and re-lists only what an event touched
// (debounced), polls as a safety net (fast while the stream is down, never while the
// window is hidden), and re-lists everything after the stream came back, since the
// events in between are lost. It subscribes before the first listing.
class Refresher : public QObject {
    Q_OBJECT
public:
    enum Resource { Containers = 0x1, Images = 0x2, All = Containers | Images };
    Q_DECLARE_FLAGS(Resources, Resource)

    Refresher(DockerClient *client, ContainerModel *containers, ImageModel *images,
              QObject *parent = nullptr);

    void start();
    void stop();
    // The window is shown (true) or hidden (false): no polling while hidden.
    void setActive(bool active);
    // Re-list now, e.g. after an action or when the engine is reachable again.
    void refresh(Resources what = All);
    // Restart the event stream if it is down (the engine came back).
    void reconnect();

    void setDebounce(int ms) { m_debounce.setInterval(ms); }
    void setPollIntervals(int whileStreamDownMs, int whileStreamUpMs);

    bool isStreamUp() const { return m_streamUp; }
    bool isFirstRefreshDone() const { return m_firstDone; }
    // Listings started so far, for tests and benchmarks.
    int listingCount(Resource what) const
    {
        return what == Containers ? m_containerListings : m_imageListings;
    }

    // Which resources an event makes stale (none for exec, attach, resize...).
    static Resources affectedBy(const EngineEvent &event);

signals:
    void firstRefreshDone();
    void streamStateChanged(bool up);
    void listingFailed(const gantry::EngineError &error);

private:
    void onEvent(const EngineEvent &event);
    void onStreamEnded();
    void runPending();
    void listContainers();
    void listImages();
    void listed(Resource what);
    void updatePolling();

    DockerClient *m_client;
    ContainerModel *m_containers;
    ImageModel *m_images;
    EventStream m_stream;
    QTimer m_debounce;
    QTimer m_poll;
    QTimer m_restartStream;
    Resources m_pending;
    Resources m_inFlight;
    Resources m_again; // asked for while in flight
    Resources m_loaded;
    bool m_running = false;
    bool m_active = true;
    bool m_streamUp = false;
    bool m_firstDone = false;
    int m_fastPollMs = 2000;
    int m_slowPollMs = 30000;
    int m_containerListings = 0;
    int m_imageListings = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Refresher::Resources)

} // namespace gantry
