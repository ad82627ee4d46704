#pragma once

#include "core/Types.h"
#include "streams/Stats.h"
#include "tree/KeyedTreeModel.h"

#include <QHash>
#include <QTimer>

namespace gantry {

class ContainerModel;

struct StatsRow {
    QString name;
    QString image;
    friend bool operator==(const StatsRow &, const StatsRow &) = default;
};

// `docker stats` as a table: one row per running container (keyed by ID), with the last
// sample of each. Rows follow the running containers; samples come from whoever streams
// them (only for rows on screen), so a row may have none yet.
class StatsOverviewModel : public KeyedTreeModel<StatsRow> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CpuColumn,
        MemoryUsageColumn,
        MemoryLimitColumn,
        MemoryPercentColumn,
        NetIoColumn,
        BlockIoColumn,
        PidsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,      // raw value: double for percentages, qint64 bytes; -1 without a sample
        HasSampleRole, // bool
    };

    explicit StatsOverviewModel(QObject *parent = nullptr);

    // The rows become the running containers of the list (others are left out).
    void setContainers(const QList<ContainerSummary> &containers);
    // Keeps the rows in step with the running containers of `model` (changes are gathered
    // and applied once per event-loop turn).
    void followContainers(const ContainerModel *model);

    // The newest sample of a container; ignored for a container without a row.
    void setSample(const QString &id, const StatsSample &sample);
    const StatsSample *sample(const QString &id) const;
    QString containerId(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString percentText(double percent);
    // Binary units (KiB, MiB) for memory, decimal (kB, MB) for transfers, as the CLI; in the
    // locale's style (tst_stats_overview_model pins "64.00 MiB"), not go-units' "64MiB".
    static QString memoryText(qint64 bytes);
    static QString transferText(qint64 bytes);

private:
    void syncFromFollowed();

    QHash<QString, StatsSample> m_samples;
    const ContainerModel *m_followed = nullptr;
    QTimer m_sync;
};

} // namespace gantry
