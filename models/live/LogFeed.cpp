#include "live/LogFeed.h"

#include "core/Format.h"
#include "live/LogModel.h"
#include "streams/LogStream.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace gantry {

LogFeed::LogFeed(DockerClient *client, LogModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(kFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &LogFeed::flush);
}

LogFeed::~LogFeed()
{
    for (LogStream *s : std::as_const(m_streams))
        s->stop(); // no signals while going away; the streams are children
}

void LogFeed::setTargets(const QList<LogTarget> &targets)
{
    if (targets == m_targets)
        return;
    m_targets = targets;
    restart();
}

void LogFeed::setOptions(const QString &since, int tail)
{
    m_since = since.trimmed();
    m_tail = tail;
}

void LogFeed::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        restart();
    else
        stopAll();
}

LogsSpec LogFeed::specFor(const LogTarget &target) const
{
    LogsSpec spec;
    spec.id = target.id;
    spec.name = target.name;
    spec.service = target.service;
    spec.since = m_since;
    spec.tail = m_tail;
    return spec;
}

void LogFeed::restart()
{
    stopAll();
    m_model->clear();
    if (m_active)
        startAll();
}

void LogFeed::resume()
{
    flush();
    m_interrupted = false;
    if (!m_active)
        return;
    for (LogStream *s : std::as_const(m_streams))
        s->resume();
    emit runningChanged();
}

void LogFeed::startAll()
{
    for (const LogTarget &target : std::as_const(m_targets)) {
        auto *s = new LogStream(m_client, specFor(target), this);
        const QString source = target.name.isEmpty() ? shortId(target.id) : target.name;
        connect(s, &LogStream::lines, this,
                [this, source](const QList<LogLine> &lines) { queue(source, lines); });
        connect(s, &LogStream::ended, this, [this, source](const EngineError &error) {
            flush(); // the last lines before saying the log is over
            if (error.isError() && error.kind() != EngineError::Kind::Cancelled)
                m_interrupted = true;
            emit streamEnded(source, error);
            emit runningChanged();
        });
        connect(s, &LogStream::started, this, &LogFeed::runningChanged);
        m_streams.append(s);
        s->start();
    }
    emit runningChanged();
}

void LogFeed::queue(const QString &source, const QList<LogLine> &lines)
{
    m_pending[source] += lines;
    m_pendingCount += lines.size();
    if (m_pendingCount >= kFlushLines)
        flush();
    else if (!m_flush.isActive())
        m_flush.start();
}

void LogFeed::flush()
{
    m_flush.stop();
    // One append per container: the model merges them by time.
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        m_model->append(it.key(), it.value());
    m_pending.clear();
    m_pendingCount = 0;
}

void LogFeed::stopAll()
{
    // What arrived before the stop is shown; a restart clears the model after this.
    flush();
    m_interrupted = false;
    if (m_streams.isEmpty())
        return;
    // Later, not now: this may run inside a signal of one of these streams.
    for (LogStream *s : std::exchange(m_streams, {})) {
        disconnect(s, nullptr, this, nullptr);
        s->stop();
        s->deleteLater();
    }
    emit runningChanged();
}

int LogFeed::runningCount() const
{
    return int(std::count_if(m_streams.begin(), m_streams.end(),
                             [](const LogStream *s) { return s->isRunning(); }));
}

QStringList LogFeed::commandLines() const
{
    QStringList lines;
    // A running stream knows the container's name even when the target gave only its ID.
    if (m_streams.size() == m_targets.size()) {
        for (const LogStream *s : m_streams)
            lines << shellJoin(s->spec().commandLine());
        return lines;
    }
    for (const LogTarget &target : m_targets)
        lines << shellJoin(specFor(target).commandLine());
    return lines;
}

} // namespace gantry
