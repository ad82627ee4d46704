#pragma once

#include "live/LiveRefresher.h"

namespace gantry {

class DockerClient;
class NetworkModel;
class VolumeModel;

// Keeps the volume and network models live (see LiveRefresher): an event re-lists the
// volumes, the networks, or the usage (the container listing, which says which container
// mounts which volume and is attached to which network).
class VolumeNetworkRefresher : public LiveRefresher {
    Q_OBJECT
public:
    enum Resource { Volumes = 0x1, Networks = 0x2, Usage = 0x4, All = Volumes | Networks | Usage };
    Q_DECLARE_FLAGS(Resources, Resource)

    VolumeNetworkRefresher(DockerClient *client, VolumeModel *volumes, NetworkModel *networks,
                           QObject *parent = nullptr);

    // Re-list now, e.g. after an action or when the engine is reachable again.
    void refresh(Resources what = All) { refreshBits(int(what)); }
    int listingCount(Resource what) const { return listingsOf(what); }

    // Which listings an event makes stale.
    static Resources affectedBy(const EngineEvent &event);

protected:
    int affected(const EngineEvent &event) const override { return int(affectedBy(event)); }
    void list(int resource) override;

private:
    VolumeModel *m_volumes;
    NetworkModel *m_networks;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(VolumeNetworkRefresher::Resources)

} // namespace gantry
