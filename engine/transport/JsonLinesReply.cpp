#include "transport/JsonLinesReply.h"

#include "transport/Transport.h"

#include <memory>

namespace gantry {

void readJsonLines(Reply *reply, QObject *receiver, JsonLinesHandlers handlers)
{
    auto decoder = std::make_shared<JsonLinesDecoder>();
    auto h = std::make_shared<JsonLinesHandlers>(std::move(handlers));
    QObject::connect(reply, &Reply::received, receiver, [decoder, h](const QByteArray &chunk) {
        for (const Result<QJsonObject> &line : decoder->feed(chunk)) {
            if (!h->wanted()) // a receiver stopped the stream
                return;
            if (line)
                h->object(line.value());
            else
                h->malformed(line.error());
        }
    });
    QObject::connect(reply, &Reply::finished, receiver, [decoder, h, reply] {
        if (!h->wanted())
            return;
        EngineError error = reply->error();
        if (!error.isError())
            error = decoder->finish().value_or(EngineError());
        h->ended(error);
    });
}

} // namespace gantry
