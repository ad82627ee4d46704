#pragma once

#include "core/Types.h"
#include "transport/Request.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace gantry {

// A request to the Engine API: `path` with `query` (percent-encoded) and a JSON body unless
// it is empty. 60 s by default: volume drivers, network plugins and raft can take their time.
Request apiRequest(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                   const QJsonObject &body = {}, int timeoutMs = 60000);

// Labels as the API's JSON object.
QJsonObject labelsObject(const Labels &labels);

// The `filters` query value: the filters' compact JSON, percent-encoded.
QString filtersValue(const QJsonObject &filters);

} // namespace gantry
