#include "streams/EventStream.h"

#include "api/DockerClient.h"
#include "api/Parsers.h"
#include "transport/JsonLinesReply.h"

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
    Reply *reply = m_client->events({});
    m_reply = reply;
    connect(reply, &Reply::responseStarted, this, [this](int status) {
        if (status >= 200 && status < 300)
            emit subscribed();
    });
    readJsonLines(reply, this,
                  {[this, reply] { return m_reply == reply; },
                   [this](const QJsonObject &line) {
                       const Result<EngineEvent> e = parse::event(line);
                       if (e)
                           emit eventReceived(e.value());
                       else
                           emit malformed(e.error());
                   },
                   [this](const EngineError &e) { emit malformed(e); },
                   [this](const EngineError &e) {
                       m_reply.clear();
                       emit ended(e);
                   }});
}

void EventStream::stop()
{
    if (Reply *reply = m_reply.data()) {
        m_reply.clear(); // no ended() for a stop we asked for
        reply->cancel();
    }
}

} // namespace gantry
