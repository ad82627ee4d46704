#include "swarm/ServiceParsers.h"

#include "specs/ApiRequest.h"

#include "api/DockerClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

Result<QJsonArray> parseArray(const QByteArray &json, const char *what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return EngineError::protocol(
            QCoreApplication::translate("gantry::ServiceParsers",
                                        "The engine's list of %1 is not a JSON array.")
                .arg(QLatin1StringView(what)));
    return doc.array();
}

QString withoutDigest(const QString &image)
{
    const qsizetype at = image.indexOf(u'@');
    return at < 0 ? image : image.left(at);
}

} // namespace

bool ServiceSummary::isUpdating() const
{
    return updateState == u"updating"_s || updateState == u"rollback_started"_s;
}

Result<QList<ServiceSummary>> parseServices(const QByteArray &json)
{
    const Result<QJsonArray> array = parseArray(json, "services");
    if (!array)
        return array.error();
    QList<ServiceSummary> out;
    out.reserve(array->size());
    for (const QJsonValue &v : array.value()) {
        const QJsonObject o = v.toObject();
        ServiceSummary s;
        s.id = o.value("ID"_L1).toString();
        s.spec = o.value("Spec"_L1).toObject();
        s.name = s.spec.value("Name"_L1).toString();
        s.version = quint64(o.value("Version"_L1).toObject().value("Index"_L1).toDouble());
        s.image = withoutDigest(s.spec.value("TaskTemplate"_L1)
                                    .toObject()
                                    .value("ContainerSpec"_L1)
                                    .toObject()
                                    .value("Image"_L1)
                                    .toString());
        const QJsonObject mode = s.spec.value("Mode"_L1).toObject();
        s.global = mode.contains("Global"_L1);
        s.desired = mode.value("Replicated"_L1).toObject().value("Replicas"_L1).toInt();
        const QJsonObject status = o.value("ServiceStatus"_L1).toObject();
        s.running = status.value("RunningTasks"_L1).toInt();
        if (s.global)
            s.desired = status.value("DesiredTasks"_L1).toInt();
        for (const QJsonValue &p : o.value("Endpoint"_L1).toObject().value("Ports"_L1).toArray()) {
            const QJsonObject po = p.toObject();
            QString text = u"%1:%2/%3"_s.arg(po.value("PublishedPort"_L1).toInt())
                               .arg(po.value("TargetPort"_L1).toInt())
                               .arg(po.value("Protocol"_L1).toString(u"tcp"_s));
            if (po.value("PublishMode"_L1).toString() == u"host"_s)
                text += u" (host)"_s;
            s.ports << text;
        }
        s.stack = s.spec.value("Labels"_L1).toObject().value(StackNamespaceLabel).toString();
        const QJsonObject update = o.value("UpdateStatus"_L1).toObject();
        s.updateState = update.value("State"_L1).toString();
        s.updateMessage = update.value("Message"_L1).toString();
        s.hasPreviousSpec = o.contains("PreviousSpec"_L1);
        out.append(std::move(s));
    }
    return out;
}

Result<QList<TaskSummary>> parseTasks(const QByteArray &json)
{
    const Result<QJsonArray> array = parseArray(json, "tasks");
    if (!array)
        return array.error();
    QList<TaskSummary> out;
    out.reserve(array->size());
    for (const QJsonValue &v : array.value()) {
        const QJsonObject o = v.toObject();
        const QJsonObject status = o.value("Status"_L1).toObject();
        TaskSummary t;
        t.id = o.value("ID"_L1).toString();
        t.serviceId = o.value("ServiceID"_L1).toString();
        t.slot = o.value("Slot"_L1).toInt();
        t.nodeId = o.value("NodeID"_L1).toString();
        t.desiredState = o.value("DesiredState"_L1).toString();
        t.state = status.value("State"_L1).toString();
        t.message = status.value("Message"_L1).toString();
        t.error = status.value("Err"_L1).toString();
        t.containerId =
            status.value("ContainerStatus"_L1).toObject().value("ContainerID"_L1).toString();
        t.image = withoutDigest(o.value("Spec"_L1)
                                    .toObject()
                                    .value("ContainerSpec"_L1)
                                    .toObject()
                                    .value("Image"_L1)
                                    .toString());
        t.timestamp =
            QDateTime::fromString(status.value("Timestamp"_L1).toString(), Qt::ISODateWithMs);
        out.append(std::move(t));
    }
    return out;
}

Result<QHash<QString, QString>> parseNodeNames(const QByteArray &json)
{
    const Result<QJsonArray> array = parseArray(json, "nodes");
    if (!array)
        return array.error();
    QHash<QString, QString> out;
    for (const QJsonValue &v : array.value()) {
        const QJsonObject o = v.toObject();
        out.insert(o.value("ID"_L1).toString(),
                   o.value("Description"_L1).toObject().value("Hostname"_L1).toString());
    }
    return out;
}

Reply *listServices(DockerClient *client, QObject *context,
                    std::function<void(Result<QList<ServiceSummary>>)> done)
{
    return client->fetch<QList<ServiceSummary>>(Request{.path = u"/services?status=true"_s},
                                                context, &parseServices, std::move(done));
}

Reply *listTasks(DockerClient *client, const QString &serviceId, QObject *context,
                 std::function<void(Result<QList<TaskSummary>>)> done)
{
    QString path = u"/tasks"_s;
    if (!serviceId.isEmpty()) {
        const QJsonObject filters{{u"service"_s, QJsonArray{serviceId}}};
        QUrlQuery q;
        q.addQueryItem(u"filters"_s, filtersValue(filters));
        path += u'?' + q.toString(QUrl::FullyEncoded);
    }
    return client->fetch<QList<TaskSummary>>(Request{.path = path}, context, &parseTasks,
                                             std::move(done));
}

Reply *listNodeNames(DockerClient *client, QObject *context,
                     std::function<void(Result<QHash<QString, QString>>)> done)
{
    return client->fetch<QHash<QString, QString>>(Request{.path = u"/nodes"_s}, context,
                                                  &parseNodeNames, std::move(done));
}

} // namespace gantry
