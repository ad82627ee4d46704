#include "api/DockerClient.h"

#include "api/Parsers.h"
#include "specs/ActionSpecs.h"
#include "transport/SshBridge.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

Request get(const QString &path)
{
    Request r;
    r.path = path;
    return r;
}

QString withQuery(const QString &path, const QUrlQuery &query)
{
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? path : path + u'?' + q;
}

ContainerActionSpec containerSpec(ContainerActionSpec::Verb verb, const QString &id)
{
    ContainerActionSpec spec;
    spec.verb = verb;
    spec.id = id;
    return spec;
}

Result<Done> ignoreBody(const QByteArray &)
{
    return Done{};
}

} // namespace

DockerClient::DockerClient(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_transport(new Transport(SshBridge::open(endpoint, this), this))
{
}

Reply *DockerClient::send(Request request)
{
    if (!request.path.startsWith(u"/_ping"_s))
        request.path = m_apiVersion.pathPrefix() + request.path;
    return m_transport->send(request);
}

Reply *DockerClient::ping(QObject *context, Callback<PingInfo> done)
{
    Request r = get(u"/_ping"_s);
    r.timeoutMs = 10000;
    Reply *reply = m_transport->send(r);
    connect(reply, &Reply::finished, context ? context : this, [reply, done] {
        if (reply->error().isError())
            return done(reply->error());
        const auto v = ApiVersion::parse(QString::fromLatin1(reply->header("api-version")));
        if (!v)
            return done(EngineError::protocol(
                tr("The engine's ping did not say which API version it speaks.")));
        done(PingInfo{*v, QString::fromLatin1(reply->header("ostype"))});
    });
    return reply;
}

Reply *DockerClient::version(QObject *context, Callback<VersionInfo> done)
{
    return fetch<VersionInfo>(get(u"/version"_s), context, &parse::version, std::move(done));
}

Reply *DockerClient::info(QObject *context, Callback<SystemInfo> done)
{
    return fetch<SystemInfo>(get(u"/info"_s), context, &parse::info, std::move(done));
}

Reply *DockerClient::listContainers(bool all, QObject *context,
                                    Callback<QList<ContainerSummary>> done)
{
    return fetch<QList<ContainerSummary>>(
        get(all ? u"/containers/json?all=1"_s : u"/containers/json"_s), context, &parse::containers,
        std::move(done));
}

Reply *DockerClient::inspectContainer(const QString &id, QObject *context,
                                      Callback<QJsonObject> done)
{
    return fetch<QJsonObject>(get(u"/containers/"_s + pathSegment(id) + u"/json"_s), context,
                              &parse::object, std::move(done));
}

Reply *DockerClient::createContainer(const QString &name, const QJsonObject &body, QObject *context,
                                     Callback<CreatedContainer> done, int timeoutMs)
{
    Request r;
    r.method = "POST";
    if (timeoutMs > 0)
        r.timeoutMs = timeoutMs;
    QUrlQuery q;
    if (!name.isEmpty())
        q.addQueryItem(u"name"_s, QString::fromLatin1(QUrl::toPercentEncoding(name)));
    r.path = withQuery(u"/containers/create"_s, q);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return fetch<CreatedContainer>(r, context, &parse::createdContainer, std::move(done));
}

Reply *DockerClient::perform(const Request &request, QObject *context, Callback<Done> done)
{
    return fetch<Done>(request, context, &ignoreBody, std::move(done));
}

Reply *DockerClient::containerAction(const ContainerActionSpec &spec, QObject *context,
                                     Callback<Done> done)
{
    return perform(spec.request(), context, std::move(done));
}

Reply *DockerClient::startContainer(const QString &id, QObject *context, Callback<Done> done)
{
    return containerAction(containerSpec(ContainerActionSpec::Verb::Start, id), context,
                           std::move(done));
}

Reply *DockerClient::stopContainer(const QString &id, std::optional<int> timeoutSeconds,
                                   QObject *context, Callback<Done> done)
{
    ContainerActionSpec spec = containerSpec(ContainerActionSpec::Verb::Stop, id);
    spec.timeoutSeconds = timeoutSeconds;
    return containerAction(spec, context, std::move(done));
}

Reply *DockerClient::restartContainer(const QString &id, std::optional<int> timeoutSeconds,
                                      QObject *context, Callback<Done> done)
{
    ContainerActionSpec spec = containerSpec(ContainerActionSpec::Verb::Restart, id);
    spec.timeoutSeconds = timeoutSeconds;
    return containerAction(spec, context, std::move(done));
}

Reply *DockerClient::killContainer(const QString &id, const QString &signal, QObject *context,
                                   Callback<Done> done)
{
    ContainerActionSpec spec = containerSpec(ContainerActionSpec::Verb::Kill, id);
    spec.signal = signal;
    return containerAction(spec, context, std::move(done));
}

Reply *DockerClient::pauseContainer(const QString &id, QObject *context, Callback<Done> done)
{
    return containerAction(containerSpec(ContainerActionSpec::Verb::Pause, id), context,
                           std::move(done));
}

Reply *DockerClient::unpauseContainer(const QString &id, QObject *context, Callback<Done> done)
{
    return containerAction(containerSpec(ContainerActionSpec::Verb::Unpause, id), context,
                           std::move(done));
}

Reply *DockerClient::removeContainer(const QString &id, bool force, bool removeVolumes,
                                     QObject *context, Callback<Done> done)
{
    ContainerActionSpec spec = containerSpec(ContainerActionSpec::Verb::Remove, id);
    spec.force = force;
    spec.removeVolumes = removeVolumes;
    return containerAction(spec, context, std::move(done));
}

Reply *DockerClient::listImages(bool all, QObject *context, Callback<QList<ImageSummary>> done)
{
    return fetch<QList<ImageSummary>>(get(all ? u"/images/json?all=1"_s : u"/images/json"_s),
                                      context, &parse::images, std::move(done));
}

Reply *DockerClient::inspectImage(const QString &ref, QObject *context, Callback<QJsonObject> done)
{
    return fetch<QJsonObject>(get(u"/images/"_s + pathSegment(ref) + u"/json"_s), context,
                              &parse::object, std::move(done));
}

Reply *DockerClient::imageHistory(const QString &ref, QObject *context,
                                  Callback<QList<HistoryEntry>> done)
{
    return fetch<QList<HistoryEntry>>(get(u"/images/"_s + pathSegment(ref) + u"/history"_s),
                                      context, &parse::history, std::move(done));
}

Reply *DockerClient::removeImage(const QString &ref, bool force, bool noPrune, QObject *context,
                                 Callback<QList<ImageDeleteItem>> done)
{
    const Request r = ImageRemoveSpec{ref, force, noPrune}.request();
    return fetch<QList<ImageDeleteItem>>(r, context, &parse::imageDelete, std::move(done));
}

Reply *DockerClient::tagImage(const QString &ref, const QString &target, QObject *context,
                              Callback<Done> done)
{
    return perform(ImageTagSpec{ref, target}.request(), context, std::move(done));
}

Reply *DockerClient::listVolumes(QObject *context, Callback<QList<VolumeSummary>> done)
{
    return fetch<QList<VolumeSummary>>(get(u"/volumes"_s), context, &parse::volumes,
                                       std::move(done));
}

Reply *DockerClient::listNetworks(QObject *context, Callback<QList<NetworkSummary>> done)
{
    return fetch<QList<NetworkSummary>>(get(u"/networks"_s), context, &parse::networks,
                                        std::move(done));
}

Reply *DockerClient::events(const QUrlQuery &query)
{
    Request r = get(withQuery(u"/events"_s, query));
    r.streaming = true;
    r.timeoutMs = 0;
    return send(r);
}

} // namespace gantry
