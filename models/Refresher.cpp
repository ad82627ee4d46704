#include "Refresher.h"

#include "ContainerModel.h"
#include "DockerClient.h"
#include "ImageModel.h"

using namespace Qt::StringLiterals;

namespace gantry {

Refresher::Refresher(DockerClient *client, ContainerModel *containers, ImageModel *images,
                     QObject *parent)
    : LiveRefresher(client, All, parent)
    , m_containers(containers)
    , m_images(images)
{
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

void Refresher::list(int resource)
{
    if (resource == Containers) {
        client()->listContainers(true, this, [this](Result<QList<ContainerSummary>> r) {
            if (r) {
                m_containers->setContainers(r.value());
                m_images->setUsage(ImageModel::usageOf(r.value()));
            }
            listed(Containers, r ? EngineError() : r.error());
        });
    } else {
        client()->listImages(false, this, [this](Result<QList<ImageSummary>> r) {
            if (r)
                m_images->setImages(r.value());
            listed(Images, r ? EngineError() : r.error());
        });
    }
}

} // namespace gantry
