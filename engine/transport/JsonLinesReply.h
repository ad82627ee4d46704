#pragma once

#include "transport/StreamDecoders.h"

#include <QJsonObject>

#include <functional>

namespace gantry {

class Reply;

// What to do with a streaming reply read as JSON lines (events, stats).
struct JsonLinesHandlers {
    std::function<bool()> wanted; // false once the reader stopped: nothing more is delivered
    std::function<void(const QJsonObject &)> object;
    std::function<void(const EngineError &)> malformed; // one bad line; the stream goes on
    // The end: the reply's error, else a truncated last line, else none.
    std::function<void(const EngineError &)> ended;
};

void readJsonLines(Reply *reply, QObject *receiver, JsonLinesHandlers handlers);

} // namespace gantry
