#include "live/Refresher.h"

#include "api/DockerClient.h"
#include "api/Parsers.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"

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
    // The listing's bytes are compared with the last ones first: an unchanged listing (the
    // usual poll) costs one comparison instead of a parse and a diff.
    Request request;
    request.path = resource == Containers ? u"/containers/json?all=1"_s : u"/images/json"_s;
    Reply *reply = client()->send(request);
    connect(reply, &Reply::finished, this, [this, reply, resource] {
        if (reply->error().isError())
            return listed(resource, reply->error());
        QByteArray &last = resource == Containers ? m_lastContainers : m_lastImages;
        if (reply->body() == last)
            return listed(resource, {});
        if (resource == Containers) {
            const Result<QList<ContainerSummary>> r = parse::containers(reply->body());
            if (!r)
                return listed(resource, r.error());
            m_containers->setContainers(r.value());
            m_images->setUsage(ImageModel::usageOf(r.value()));
        } else {
            const Result<QList<ImageSummary>> r = parse::images(reply->body());
            if (!r)
                return listed(resource, r.error());
            m_images->setImages(r.value());
        }
        last = reply->body();
        listed(resource, {});
    });
}

} // namespace gantry
