#pragma once

#include "core/Result.h"

#include "core/Types.h"
#include <optional>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

// JSON from the engine to typed values. Anything malformed is a Protocol error, never a crash.
namespace gantry::parse {

Result<QJsonObject> object(const QByteArray &json);
Result<QJsonArray> array(const QByteArray &json);

Result<VersionInfo> version(const QByteArray &json);
Result<SystemInfo> info(const QByteArray &json);
Result<QList<ContainerSummary>> containers(const QByteArray &json);
Result<QList<ImageSummary>> images(const QByteArray &json);
Result<QList<VolumeSummary>> volumes(const QByteArray &json);
Result<QList<NetworkSummary>> networks(const QByteArray &json);
Result<QList<HistoryEntry>> history(const QByteArray &json);
Result<QList<ImageDeleteItem>> imageDelete(const QByteArray &json);
Result<CreatedContainer> createdContainer(const QByteArray &json);
Result<EngineEvent> event(const QJsonObject &object);
// A failure reported inside a 200 progress stream (pull, push, build, load, import):
// {"errorDetail": {"message": ...}, "error": ...}; nullopt for any other message.
std::optional<EngineError> streamError(const QJsonObject &message);

QDateTime fromUnixSeconds(const QJsonValue &value);
QDateTime fromRfc3339(const QJsonValue &value);

} // namespace gantry::parse
