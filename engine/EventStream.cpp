#include "EventStream.h"

#include "DockerClient.h"
#include "Parsers.h"

namespace gantry {

EventStream::EventStream(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

EventStream::~EventStream()
{
    stop();
}

void EventStream::start()
{
    stop();
    m_decoder = JsonLinesDecoder();
    Reply *reply = m_client->events({});
    m_reply = reply;
    connect(reply, &Reply::responseStarted, this, [this](int status) {
        if (status >= 200 && status < 300)
            emit subscribed();
    });
    connect(reply, &Reply::received, this, [this](const QByteArray &chunk) {
        for (const Result<QJsonObject> &line : m_decoder.feed(chunk)) {
            if (!line) {
                emit malformed(line.error());
                continue;
            }
            const Result<EngineEvent> e = parse::event(line.value());
            if (e)
                emit event(e.value());
            else
                emit malformed(e.error());
        }
    });
    connect(reply, &Reply::finished, this, [this, reply] {
        if (m_reply != reply)
            return;
        m_reply.clear();
        EngineError error = reply->error();
        if (!error.isError())
            error = m_decoder.finish().value_or(EngineError());
        emit ended(error);
    });
}

void EventStream::stop()
{
    if (Reply *reply = m_reply.data()) {
        m_reply.clear(); // no ended() for a stop we asked for
        reply->cancel();
    }
}

} // namespace gantry
