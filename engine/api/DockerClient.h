#pragma once

#include "core/ApiVersion.h"
#include "core/Result.h"
#include "core/Types.h"
#include "transport/Endpoint.h"
#include "transport/Transport.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace gantry {

struct ContainerActionSpec;

template <typename T> using Callback = std::function<void(Result<T>)>;

// Typed, asynchronous calls to the Engine API. Each returns the Reply in flight (to cancel
// it) and calls back once, on the GUI thread, unless `context` is destroyed first.
class DockerClient : public QObject {
    Q_OBJECT
public:
    explicit DockerClient(const Endpoint &endpoint, QObject *parent = nullptr);

    const Endpoint &endpoint() const { return m_transport->endpoint(); }
    ApiVersion apiVersion() const { return m_apiVersion; }
    void setApiVersion(ApiVersion v) { m_apiVersion = v; }

    // GET /_ping; the answer's Api-Version header. Does not change apiVersion() by itself.
    Reply *ping(QObject *context, Callback<PingInfo> done);
    Reply *version(QObject *context, Callback<VersionInfo> done);
    Reply *info(QObject *context, Callback<SystemInfo> done);

    Reply *listContainers(bool all, QObject *context, Callback<QList<ContainerSummary>> done);
    Reply *inspectContainer(const QString &id, QObject *context, Callback<QJsonObject> done);
    // `body` is the ContainerConfig + HostConfig + NetworkingConfig of POST /containers/create.
    // `timeoutMs` 0: the transport's default.
    Reply *createContainer(const QString &name, const QJsonObject &body, QObject *context,
                           Callback<CreatedContainer> done, int timeoutMs = 0);
    Reply *startContainer(const QString &id, QObject *context, Callback<Done> done);
    Reply *stopContainer(const QString &id, std::optional<int> timeoutSeconds, QObject *context,
                         Callback<Done> done);
    Reply *restartContainer(const QString &id, std::optional<int> timeoutSeconds, QObject *context,
                            Callback<Done> done);
    Reply *killContainer(const QString &id, const QString &signal, QObject *context,
                         Callback<Done> done);
    Reply *pauseContainer(const QString &id, QObject *context, Callback<Done> done);
    Reply *unpauseContainer(const QString &id, QObject *context, Callback<Done> done);
    Reply *removeContainer(const QString &id, bool force, bool removeVolumes, QObject *context,
                           Callback<Done> done);

    Reply *listImages(bool all, QObject *context, Callback<QList<ImageSummary>> done);
    Reply *inspectImage(const QString &ref, QObject *context, Callback<QJsonObject> done);
    Reply *imageHistory(const QString &ref, QObject *context, Callback<QList<HistoryEntry>> done);
    Reply *removeImage(const QString &ref, bool force, bool noPrune, QObject *context,
                       Callback<QList<ImageDeleteItem>> done);
    // target: [registry/]repo[:tag], as with `docker tag`.
    Reply *tagImage(const QString &ref, const QString &target, QObject *context,
                    Callback<Done> done);

    Reply *listVolumes(QObject *context, Callback<QList<VolumeSummary>> done);
    Reply *listNetworks(QObject *context, Callback<QList<NetworkSummary>> done);

    // Streams: the caller reads Reply::received and Reply::finished itself.
    Reply *events(const QUrlQuery &query);

    // Any other call: `path` without the version prefix ("/containers/json?all=1").
    Reply *send(Request request);
    // A request whose answer only says success or failure (what action specs make).
    Reply *perform(const Request &request, QObject *context, Callback<Done> done);
    // A request whose answer `parse` turns into a T (a listing, an inspect), told to `done`
    // in `context` (this client when null).
    template <typename T, typename Parse>
    Reply *fetch(Request request, QObject *context, Parse parse, Callback<T> done)
    {
        Reply *reply = send(std::move(request));
        connect(reply, &Reply::finished, context ? context : this, [reply, parse, done] {
            if (reply->error().isError())
                done(Result<T>(reply->error()));
            else
                done(parse(reply->body()));
        });
        return reply;
    }

private:
    Reply *containerAction(const ContainerActionSpec &spec, QObject *context, Callback<Done> done);

    Transport *m_transport;
    ApiVersion m_apiVersion = ApiVersion::baseline();
};

} // namespace gantry
