#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace gantry {

// One sample of GET /containers/{id}/stats, reduced to what `docker stats` shows, computed
// the way the docker CLI computes it.
struct StatsSample {
    QString id;
    QString name;   // without the leading '/'
    QDateTime read; // invalid for a container that is not running (the engine sends zeros)
    double cpuPercent = 0;
    int onlineCpus = 0;
    qint64 memoryUsage = 0; // without the inactive page cache, as the CLI shows it
    qint64 memoryLimit = 0;
    double memoryPercent = 0;
    qint64 netRx = 0; // bytes, summed over the interfaces
    qint64 netTx = 0;
    qint64 blockRead = 0; // bytes, from blkio_stats.io_service_bytes_recursive
    qint64 blockWrite = 0;
    qint64 pids = 0;

    bool isRunning() const { return read.isValid(); }
    friend bool operator==(const StatsSample &, const StatsSample &) = default;
};

namespace parse {
// A sample from one stats JSON object. Missing sections count as zero (a stopped container
// has empty ones); a section or number of the wrong type is a Protocol error.
Result<StatsSample> stats(const QJsonObject &object);
Result<StatsSample> stats(const QByteArray &json);
} // namespace parse

// `docker stats` for one container, the command line a user would type.
QStringList statsCommandLine(const QString &container);

} // namespace gantry

Q_DECLARE_METATYPE(gantry::StatsSample)
