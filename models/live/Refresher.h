#pragma once

#include "live/LiveRefresher.h"

namespace gantry {

class ContainerModel;
class ImageModel;

// Keeps the container and image models live (see LiveRefresher). A container event
// re-lists the containers, which also gives the image usage counts.
class Refresher : public LiveRefresher {
    Q_OBJECT
public:
    enum Resource { Containers = 0x1, Images = 0x2, All = Containers | Images };
    Q_DECLARE_FLAGS(Resources, Resource)

    Refresher(DockerClient *client, ContainerModel *containers, ImageModel *images,
              QObject *parent = nullptr);

    // Re-list now, e.g. after an action or when the engine is reachable again.
    void refresh(Resources what = All) { refreshBits(int(what)); }
    int listingCount(Resource what) const { return listingsOf(what); }

    // Which resources an event makes stale (none for exec, attach, resize...).
    static Resources affectedBy(const EngineEvent &event);

protected:
    int affected(const EngineEvent &event) const override { return int(affectedBy(event)); }
    void list(int resource) override;

private:
    ContainerModel *m_containers;
    ImageModel *m_images;
    QByteArray m_lastContainers; // the last listings applied, as the engine sent them
    QByteArray m_lastImages;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Refresher::Resources)

} // namespace gantry
