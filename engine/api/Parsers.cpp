#include "api/Parsers.h"
#include "api/ParseSupport.h"

#include "core/Format.h"
#include "core/Numbers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gantry::parse {

EngineError malformed(const QString &what)
{
    return EngineError::protocol(
        QCoreApplication::translate("Parse", "Malformed answer from the engine: %1").arg(what));
}

Labels labels(const QJsonValue &value)
{
    Labels out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

Result<QJsonObject> object(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return malformed(err.errorString());
    if (!doc.isObject())
        return malformed(QCoreApplication::translate("Parse", "expected an object"));
    return doc.object();
}

Result<QJsonArray> array(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return malformed(err.errorString());
    if (!doc.isArray())
        return malformed(QCoreApplication::translate("Parse", "expected a list"));
    return doc.array();
}

// Beyond year 9999 nothing shown would be true: no time rather than a wrong one (and no
// conversion of a double out of qint64's range, which is undefined behaviour).
constexpr double kYear10000 = 253402300800.0;

QDateTime fromUnixSeconds(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() <= 0)
        return {};
    if (value.toDouble() >= kYear10000)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
}

QDateTime fromRfc3339(const QJsonValue &value)
{
    QString text = value.toString();
    if (text.isEmpty() || text.startsWith(u"0001-01-01"_s))
        return {};
    // Go prints nanoseconds; Qt reads milliseconds.
    static const QRegularExpression fraction(u"(\\.\\d{3})\\d+"_s);
    text.replace(fraction, u"\\1"_s);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

Result<VersionInfo> version(const QByteArray &json)
{
    const Result<QJsonObject> o = object(json);
    if (!o)
        return o.error();
    VersionInfo v;
    v.version = o->value("Version"_L1).toString();
    v.apiVersion = o->value("ApiVersion"_L1).toString();
    v.minApiVersion = o->value("MinAPIVersion"_L1).toString();
    v.os = o->value("Os"_L1).toString();
    v.arch = o->value("Arch"_L1).toString();
    v.kernelVersion = o->value("KernelVersion"_L1).toString();
    for (const QJsonValue &c : o->value("Components"_L1).toArray()) {
        if (c.toObject().value("Name"_L1).toString() == "Podman Engine"_L1)
            v.product = u"Podman"_s;
    }
    if (v.version.isEmpty() || v.apiVersion.isEmpty())
        return malformed(
            QCoreApplication::translate("Parse", "a version without Version or ApiVersion"));
    return v;
}

Result<SystemInfo> info(const QByteArray &json)
{
    const Result<QJsonObject> o = object(json);
    if (!o)
        return o.error();
    SystemInfo i;
    i.name = o->value("Name"_L1).toString();
    i.operatingSystem = o->value("OperatingSystem"_L1).toString();
    i.serverVersion = o->value("ServerVersion"_L1).toString();
    i.dockerRootDir = o->value("DockerRootDir"_L1).toString();
    i.containers = o->value("Containers"_L1).toInt();
    i.running = o->value("ContainersRunning"_L1).toInt();
    i.paused = o->value("ContainersPaused"_L1).toInt();
    i.stopped = o->value("ContainersStopped"_L1).toInt();
    i.images = o->value("Images"_L1).toInt();
    i.cpus = o->value("NCPU"_L1).toInt();
    i.memTotal = toInt64(o->value("MemTotal"_L1));
    return i;
}

// containers(), images(), volumes() and networks(): ListingParsers.cpp (simdjson).

Result<QList<HistoryEntry>> history(const QByteArray &json)
{
    return list<HistoryEntry>(json, "Id", [](const QJsonObject &o) {
        HistoryEntry h;
        h.id = o.value("Id"_L1).toString();
        h.created = fromUnixSeconds(o.value("Created"_L1));
        h.createdBy = o.value("CreatedBy"_L1).toString();
        h.tags = strings(o.value("Tags"_L1));
        h.size = toInt64(o.value("Size"_L1));
        h.comment = o.value("Comment"_L1).toString();
        return h;
    });
}

Result<QList<ImageDeleteItem>> imageDelete(const QByteArray &json)
{
    const Result<QJsonArray> arr = array(json);
    if (!arr)
        return arr.error();
    QList<ImageDeleteItem> out;
    for (const QJsonValue &v : arr.value()) {
        if (!v.isObject())
            return malformed(
                QCoreApplication::translate("Parse", "a deleted item that is not an object"));
        out.append({familiarReference(v.toObject().value("Untagged"_L1).toString()),
                    imageIdWithAlgorithm(v.toObject().value("Deleted"_L1).toString())});
    }
    return out;
}

Result<CreatedContainer> createdContainer(const QByteArray &json)
{
    const Result<QJsonObject> o = object(json);
    if (!o)
        return o.error();
    CreatedContainer c{o->value("Id"_L1).toString(), strings(o->value("Warnings"_L1))};
    if (c.id.isEmpty())
        return malformed(QCoreApplication::translate("Parse", "a created container without Id"));
    return c;
}

Result<EngineEvent> event(const QJsonObject &o)
{
    EngineEvent e;
    const QJsonObject actor = o.value("Actor"_L1).toObject();
    e.type = o.value("Type"_L1).toString();
    e.action = o.value("Action"_L1).toString(o.value("status"_L1).toString());
    e.actorId = actor.value("ID"_L1).toString(o.value("id"_L1).toString());
    e.attributes = labels(actor.value("Attributes"_L1));
    e.scope = o.value("scope"_L1).toString();
    if (o.contains("timeNano"_L1)) {
        const double ms = o.value("timeNano"_L1).toDouble() / 1e6;
        if (std::abs(ms) < kYear10000 * 1000)
            e.time = QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
    } else
        e.time = fromUnixSeconds(o.value("time"_L1));
    if (e.type.isEmpty() && o.contains("status"_L1))
        e.type = u"container"_s; // the oldest shape had no Type and only container events
    if (e.type.isEmpty() || e.action.isEmpty())
        return malformed(QCoreApplication::translate("Parse", "an event without Type or Action"));
    return e;
}

std::optional<EngineError> streamError(const QJsonObject &message)
{
    if (!message.contains(u"errorDetail"_s) && !message.contains(u"error"_s))
        return std::nullopt;
    QString text = message.value(u"errorDetail"_s).toObject().value(u"message"_s).toString();
    if (text.isEmpty())
        text = message.value(u"error"_s).toString();
    if (text.isEmpty())
        text =
            QCoreApplication::translate("Parse", "The engine reported an error without a message.");
    return EngineError(EngineError::Kind::ServerError, text);
}

} // namespace gantry::parse
