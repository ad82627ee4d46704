#include "StatsStream.h"

#include "DockerClient.h"

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
    m_decoder = JsonLinesDecoder();
    Request r;
    r.path = u"/containers/"_s + pathSegment(m_id) + u"/stats?stream=1"_s;
    r.streaming = true;
    r.timeoutMs = 0;
    Reply *reply = m_client->send(r);
    m_reply = reply;
    connect(reply, &Reply::received, this, [this, reply](const QByteArray &chunk) {
        for (const Result<QJsonObject> &line : m_decoder.feed(chunk)) {
            if (m_reply != reply) // a receiver stopped us
                return;
            if (!line) {
                emit malformed(line.error());
                continue;
            }
            const Result<StatsSample> s = parse::stats(line.value());
            if (s)
                emit sample(s.value());
            else
                emit malformed(s.error());
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

void StatsStream::stop()
{
    if (Reply *reply = m_reply.data()) {
        m_reply.clear();
        reply->cancel();
    }
}

} // namespace gantry
