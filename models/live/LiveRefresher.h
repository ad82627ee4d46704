#pragma once

#include "core/EngineError.h"
#include "streams/EventStream.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace gantry {

class DockerClient;

// What keeps a set of models live, shared by the refreshers: follows /events and re-lists
// only the resources an event touched (debounced), polls as a safety net (fast while the
// stream is down, never while the window is hidden), re-lists everything once the stream is
// back (the events in between are lost), and subscribes before the first listing.
// Resources are bits; subclasses say which bits an event touches and how to list each.
class LiveRefresher : public QObject {
    Q_OBJECT
public:
    void start();
    void stop();
    // The window is shown (true) or hidden (false): no polling while hidden.
    void setActive(bool active);
    // Restart the event stream if it is down (the engine came back).
    void reconnect();

    void setDebounce(int ms) { m_debounce.setInterval(ms); }
    // 0: no polling in that state. While the event stream is up nothing is polled by
    // default: events say what changed, and the ages shown advance in the models.
    void setPollIntervals(int whileStreamDownMs, int whileStreamUpMs);
    void setPollWhileStreamUp(int ms) { setPollIntervals(m_fastPollMs, ms); }

    DockerClient *client() const { return m_client; }
    bool isRunning() const { return m_running; } // started, not stopped
    bool isStreamUp() const { return m_streamUp; }
    bool isFirstRefreshDone() const { return m_firstDone; }

signals:
    void firstRefreshDone();
    void streamStateChanged(bool up);
    void listingFailed(const gantry::EngineError &error);
    // Every event of the stream, for what reacts to events besides the listings
    // (notifications).
    void engineEvent(const gantry::EngineEvent &event);

protected:
    LiveRefresher(DockerClient *client, int allResources, QObject *parent);

    // Re-list these resources now (bits).
    void refreshBits(int resources);
    // Listings started so far for one resource bit, for tests and benchmarks.
    int listingsOf(int resource) const { return m_listings.value(resource); }

    // Which resources an event makes stale.
    virtual int affected(const EngineEvent &event) const = 0;
    // Start listing one resource; call listed() when its answer is applied.
    virtual void list(int resource) = 0;
    void listed(int resource, const EngineError &error);
    // Or in two steps, when the answer is applied later (parsed off the GUI thread):
    // received() when it arrives (a listing asked for meanwhile may then start), applied()
    // once it is shown, or with the error.
    void received(int resource);
    void applied(int resource, const EngineError &error);

private:
    void request(int resource);
    void runPending();
    void onStreamEnded();
    void updatePolling();

    DockerClient *m_client;
    const int m_all;
    EventStream m_stream;
    QTimer m_debounce;
    QTimer m_poll;
    QTimer m_restartStream;
    int m_pending = 0;
    int m_inFlight = 0;
    int m_again = 0; // asked for while in flight
    int m_loaded = 0;
    bool m_running = false;
    bool m_active = true;
    bool m_streamUp = false;
    bool m_firstDone = false;
    int m_fastPollMs = 2000;
    int m_slowPollMs = 0;
    QHash<int, int> m_listings;
};

} // namespace gantry
