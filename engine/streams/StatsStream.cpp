#include "streams/StatsStream.h"

#include "api/DockerClient.h"
#include "transport/JsonLinesReply.h"

using namespace Qt::StringLiterals;

namespace gantry {

StatsStream::StatsStream(DockerClient *client, const QString &containerId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(containerId)
{
}

StatsStream::~StatsStream()
{
    stop();
}

void StatsStream::start()
{
    stop();
    Request r;
    r.path = u"/containers/"_s + pathSegment(m_id) + u"/stats?stream=1"_s;
    r.streaming = true;
    r.timeoutMs = 0;
    Reply *reply = m_client->send(r);
    m_reply = reply;
    readJsonLines(reply, this,
                  {[this, reply] { return m_reply == reply; },
                   [this](const QJsonObject &line) {
                       const Result<StatsSample> s = parse::stats(line);
                       if (s)
                           emit sample(s.value());
                       else
                           emit malformed(s.error());
                   },
                   [this](const EngineError &e) { emit malformed(e); },
                   [this](const EngineError &e) {
                       m_reply.clear();
                       emit ended(e);
                   }});
}

void StatsStream::stop()
{
    if (Reply *reply = m_reply.data()) {
        m_reply.clear();
        reply->cancel();
    }
}

} // namespace gantry
