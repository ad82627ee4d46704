#pragma once

#include "EngineError.h"
#include "EventStream.h"

#include <QObject>
#include <QTimer>

namespace gantry {

class DockerClient;
class NetworkModel;
class VolumeModel;

// Keeps the volume and network models live, as Refresher does for containers and images:
// follows /events with a stream of its own and re-lists only what an event touched
// (debounced): the volumes, the networks, or the usage (the container listing, which says
// which container mounts which volume and is attached to which network). Polls as a safety
// net (fast while the stream is down, never while the window is hidden), re-lists
// everything when the stream comes back, and subscribes before the first listing.
class VolumeNetworkRefresher : public QObject {
    Q_OBJECT
public:
    enum Resource { Volumes = 0x1, Networks = 0x2, Usage = 0x4, All = Volumes | Networks | Usage };
    Q_DECLARE_FLAGS(Resources, Resource)

    VolumeNetworkRefresher(DockerClient *client, VolumeModel *volumes, NetworkModel *networks,
                           QObject *parent = nullptr);

    DockerClient *client() const { return m_client; }

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
    // Listings started so far, for tests.
    int listingCount(Resource what) const;

    // Which listings an event makes stale.
    static Resources affectedBy(const EngineEvent &event);

signals:
    void firstRefreshDone();
    void streamStateChanged(bool up);
    void listingFailed(const gantry::EngineError &error);

private:
    void onEvent(const EngineEvent &event);
    void onStreamEnded();
    void runPending();
    void list(Resource what);
    void listed(Resource what, const EngineError &error);
    void updatePolling();

    DockerClient *m_client;
    VolumeModel *m_volumes;
    NetworkModel *m_networks;
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
    int m_listings[3] = {0, 0, 0};
};

Q_DECLARE_OPERATORS_FOR_FLAGS(VolumeNetworkRefresher::Resources)

} // namespace gantry
