#include "live/VolumeNetworkRefresher.h"

#include "api/DockerClient.h"
#include "api/ResourceUsage.h"
#include "listings/NetworkModel.h"
#include "listings/VolumeModel.h"

using namespace Qt::StringLiterals;

namespace gantry {

VolumeNetworkRefresher::VolumeNetworkRefresher(DockerClient *client, VolumeModel *volumes,
                                               NetworkModel *networks, QObject *parent)
    : LiveRefresher(client, All, parent)
    , m_volumes(volumes)
    , m_networks(networks)
{
}

VolumeNetworkRefresher::Resources VolumeNetworkRefresher::affectedBy(const EngineEvent &e)
{
    const QString verb = e.action.section(u':', 0, 0);
    if (e.type == u"volume"_s) {
        // mount and unmount come with every start and stop: nothing listed changes.
        // Podman says "remove" where dockerd says "destroy".
        if (verb == u"create"_s || verb == u"destroy"_s || verb == u"remove"_s ||
            verb == u"prune"_s)
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
        if (verb == u"create"_s || verb == u"destroy"_s || verb == u"remove"_s ||
            verb == u"rename"_s)
            return Usage;
        return {};
    }
    return {};
}

void VolumeNetworkRefresher::list(int resource)
{
    switch (resource) {
    case Volumes:
        client()->listVolumes(this, [this](Result<QList<VolumeSummary>> r) {
            if (r)
                m_volumes->setVolumes(r.value());
            listed(Volumes, r ? EngineError() : r.error());
        });
        break;
    case Networks:
        client()->listNetworks(this, [this](Result<QList<NetworkSummary>> r) {
            if (r)
                m_networks->setNetworks(r.value());
            listed(Networks, r ? EngineError() : r.error());
        });
        break;
    default:
        listContainerUsage(client(), this, [this](Result<QList<ContainerUsage>> r) {
            if (r) {
                m_volumes->setUsage(r.value());
                m_networks->setUsage(r.value());
            }
            listed(Usage, r ? EngineError() : r.error());
        });
        break;
    }
}

} // namespace gantry
