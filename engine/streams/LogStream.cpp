#include "streams/LogStream.h"

#include "api/DockerClient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gantry {

LogStream::LogStream(DockerClient *client, LogsSpec spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
{
}

LogStream::~LogStream()
{
    stop();
}

void LogStream::start()
{
    stop();
    const quint64 generation = ++m_generation;
    if (m_spec.service) {
        startService(generation);
        return;
    }
    m_inspect = m_client->inspectContainer(
        m_spec.id, this, [this, generation](const Result<QJsonObject> &r) {
            if (generation != m_generation)
                return;
            m_inspect.clear();
            if (!r) {
                finish(r.error());
                return;
            }
            const QJsonValue tty = r->value("Config"_L1).toObject().value("Tty"_L1);
            if (!tty.isBool()) {
                finish(
                    EngineError::protocol(tr("The container's inspect data has no Config.Tty.")));
                return;
            }
            m_tty = tty.toBool();
            if (m_spec.name.isEmpty()) {
                QString name = r->value("Name"_L1).toString();
                if (name.startsWith(u'/'))
                    name.remove(0, 1);
                m_spec.name = name;
            }
            requestLogs();
        });
}

// A service: its spec says whether its tasks have a TTY (absent: they do not).
void LogStream::startService(quint64 generation)
{
    Request inspect;
    inspect.path = u"/services/"_s + pathSegment(m_spec.id);
    Reply *reply = m_client->send(inspect);
    m_inspect = reply;
    connect(reply, &Reply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        m_inspect.clear();
        if (reply->error().isError()) {
            finish(reply->error());
            return;
        }
        const QJsonObject spec =
            QJsonDocument::fromJson(reply->body()).object().value("Spec"_L1).toObject();
        if (spec.isEmpty()) {
            finish(EngineError::protocol(tr("The service's inspect data has no Spec.")));
            return;
        }
        m_tty = spec.value("TaskTemplate"_L1)
                    .toObject()
                    .value("ContainerSpec"_L1)
                    .toObject()
                    .value("TTY"_L1)
                    .toBool();
        if (m_spec.name.isEmpty())
            m_spec.name = spec.value("Name"_L1).toString();
        requestLogs();
    });
}

void LogStream::requestLogs()
{
    m_splitter.emplace(*m_tty, m_spec.timestamps);
    Reply *reply =
        m_spec.service
            ? m_client->send(m_spec.request(QDateTime::currentDateTimeUtc()))
            : m_client->containerLogs(m_spec.id, m_spec.query(QDateTime::currentDateTimeUtc()));
    m_logs = reply;
    const quint64 generation = m_generation;
    connect(reply, &Reply::responseStarted, this, [this, generation](int status) {
        if (generation == m_generation && status >= 200 && status < 300)
            emit started(*m_tty);
    });
    connect(reply, &Reply::received, this, [this, generation](const QByteArray &chunk) {
        if (generation != m_generation || !m_splitter)
            return;
        const QList<LogLine> batch = m_splitter->feed(chunk);
        const std::optional<EngineError> e = m_splitter->error();
        if (!batch.isEmpty())
            emit lines(batch);
        // Nothing after a malformed frame can be read: stop here and say why (unless a
        // receiver of lines() stopped us meanwhile).
        if (e && generation == m_generation)
            finish(*e);
    });
    connect(reply, &Reply::finished, this, [this, reply, generation] {
        if (generation != m_generation || m_logs != reply)
            return;
        m_logs.clear();
        EngineError error = reply->error();
        if (m_splitter) {
            const QList<LogLine> rest = m_splitter->finish();
            if (!error.isError())
                error = m_splitter->error().value_or(EngineError());
            if (!rest.isEmpty())
                emit lines(rest);
            if (generation != m_generation)
                return;
        }
        finish(error);
    });
}

void LogStream::finish(EngineError error)
{
    ++m_generation;
    if (Reply *r = m_logs.data()) {
        m_logs.clear();
        r->cancel();
    }
    m_splitter.reset();
    emit ended(error);
}

void LogStream::stop()
{
    ++m_generation;
    if (Reply *r = m_inspect.data()) {
        m_inspect.clear();
        r->cancel();
    }
    if (Reply *r = m_logs.data()) {
        m_logs.clear();
        r->cancel();
    }
    m_splitter.reset();
}

} // namespace gantry
