#pragma once

#include "core/EngineError.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace gantry {

class DockerClient;
class StatsOverviewModel;
class StatsStream;

// Runs one stats stream per wanted container and puts each sample into the overview model.
// The page says which containers it wants (the rows on screen, while it is shown): every
// stream costs the engine CPU, so none runs for a row nobody sees.
class StatsPool : public QObject {
    Q_OBJECT
public:
    StatsPool(DockerClient *client, StatsOverviewModel *model, QObject *parent = nullptr);
    ~StatsPool() override;

    // A stream that ended (container stopped, engine unreachable) starts again for a
    // container still wanted after this long, not at once: no busy retry loop.
    static constexpr int kRetryMs = 5000;

    // Streams run for exactly these containers from now on (started or stopped as needed).
    void setWanted(const QStringList &containerIds);
    int activeCount() const { return int(m_streams.size()); }
    QStringList activeIds() const { return m_streams.keys(); }

signals:
    void activeCountChanged(int count);
    // A stream the engine refused or cut, or a sample it garbled (it is retried later).
    void streamFailed(const QString &id, const gantry::EngineError &error);

private:
    void drop(const QString &id);
    void ended(const QString &id);

    DockerClient *m_client;
    StatsOverviewModel *m_model;
    QHash<QString, StatsStream *> m_streams; // children of the pool
    QStringList m_wanted;
    QHash<QString, QDeadlineTimer> m_retryAfter;
    QTimer m_retry;
};

} // namespace gantry
