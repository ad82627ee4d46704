#include "streams/LogStream.h"

#include "api/DockerClient.h"
#include "api/Parsers.h"

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
    // The inspect data says whether the output has a TTY (no multiplexing then): a
    // container's Config.Tty, a service's task template (absent there: no TTY).
    auto inspected = [this, generation](const Result<QJsonObject> &r) {
        if (generation != m_generation)
            return;
        m_inspect.clear();
        if (!r)
            return finish(r.error());
        if (const std::optional<EngineError> e = readInspect(r.value()))
            return finish(*e);
        requestLogs();
    };
    m_inspect = m_spec.service ? m_client->fetch<QJsonObject>(
                                     Request{.path = u"/services/"_s + pathSegment(m_spec.id)},
                                     this, &parse::object, std::move(inspected))
                               : m_client->inspectContainer(m_spec.id, this, std::move(inspected));
}

std::optional<EngineError> LogStream::readInspect(const QJsonObject &inspect)
{
    QString name;
    if (m_spec.service) {
        const QJsonObject spec = inspect.value("Spec"_L1).toObject();
        if (spec.isEmpty())
            return EngineError::protocol(tr("The service's inspect data has no Spec."));
        m_tty = spec.value("TaskTemplate"_L1)
                    .toObject()
                    .value("ContainerSpec"_L1)
                    .toObject()
                    .value("TTY"_L1)
                    .toBool();
        name = spec.value("Name"_L1).toString();
    } else {
        const QJsonValue tty = inspect.value("Config"_L1).toObject().value("Tty"_L1);
        if (!tty.isBool())
            return EngineError::protocol(tr("The container's inspect data has no Config.Tty."));
        m_tty = tty.toBool();
        name = inspect.value("Name"_L1).toString();
        if (name.startsWith(u'/'))
            name.remove(0, 1);
    }
    if (m_spec.name.isEmpty())
        m_spec.name = name;
    return std::nullopt;
}

void LogStream::requestLogs()
{
    m_splitter.emplace(*m_tty, m_spec.timestamps);
    Reply *reply = m_client->send(m_spec.request(QDateTime::currentDateTimeUtc()));
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
            deliver(batch);
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
                deliver(rest);
            if (generation != m_generation)
                return;
        }
        finish(error);
    });
}

void LogStream::deliver(const QList<LogLine> &batch)
{
    for (const LogLine &line : batch)
        m_lastTimeNs = std::max(m_lastTimeNs, line.timeNs);
    emit lines(batch);
}

void LogStream::resume()
{
    if (m_lastTimeNs > 0) {
        // The engine's `since` keeps lines at that very time: one nanosecond later.
        const qint64 next = m_lastTimeNs + 1;
        m_spec.since = LogsSpec::unixTimeText(next / 1'000'000'000, int(next % 1'000'000'000));
        m_spec.tail = LogsSpec::kAllLines;
    }
    start();
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
