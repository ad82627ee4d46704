#include "live/StatsPool.h"

#include "live/StatsOverviewModel.h"
#include "streams/StatsStream.h"

#include <QSet>

namespace gantry {

StatsPool::StatsPool(DockerClient *client, StatsOverviewModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { setWanted(m_wanted); });
}

StatsPool::~StatsPool()
{
    for (StatsStream *s : std::as_const(m_streams))
        s->stop();
}

void StatsPool::setWanted(const QStringList &containerIds)
{
    m_wanted = containerIds;
    const QSet<QString> wanted(containerIds.begin(), containerIds.end());
    const int before = activeCount();
    for (const QString &id : m_streams.keys()) {
        if (!wanted.contains(id))
            drop(id);
    }
    for (const QString &id : wanted) {
        if (id.isEmpty() || m_streams.contains(id))
            continue;
        if (auto retry = m_retryAfter.constFind(id); retry != m_retryAfter.constEnd()) {
            if (!retry->hasExpired()) {
                if (!m_retry.isActive())
                    m_retry.start(int(std::max<qint64>(50, retry->remainingTime())));
                continue;
            }
            m_retryAfter.erase(retry);
        }
        auto *s = new StatsStream(m_client, id, this);
        connect(s, &StatsStream::sample, this,
                [this, id](const StatsSample &sample) { m_model->setSample(id, sample); });
        connect(s, &StatsStream::malformed, this,
                [this, id](const EngineError &e) { emit streamFailed(id, e); });
        connect(s, &StatsStream::ended, this, [this, id](const EngineError &e) {
            if (e.isError() && e.kind() != EngineError::Kind::Cancelled)
                emit streamFailed(id, e);
            ended(id);
        });
        m_streams.insert(id, s);
        s->start();
    }
    if (activeCount() != before)
        emit activeCountChanged(activeCount());
}

void StatsPool::ended(const QString &id)
{
    // The container stopped (its row goes soon) or the engine went away: try again later
    // if it is still wanted then.
    drop(id);
    m_retryAfter.insert(id, QDeadlineTimer(kRetryMs));
    if (!m_retry.isActive())
        m_retry.start(kRetryMs);
    emit activeCountChanged(activeCount());
}

void StatsPool::drop(const QString &id)
{
    StatsStream *s = m_streams.take(id);
    if (!s)
        return;
    disconnect(s, nullptr, this, nullptr);
    s->stop();
    s->deleteLater(); // we may be inside one of its signals
}

} // namespace gantry
