#pragma once

#include "api/ResourceUsage.h"
#include "core/Types.h"
#include "tree/KeyedTreeModel.h"

#include <QHash>

namespace gantry {

struct VolumeRow {
    VolumeSummary volume;
    QStringList usedBy; // names of the containers (running or not) that mount it, sorted
    friend bool operator==(const VolumeRow &, const VolumeRow &) = default;
};

// The volumes, flat, keyed by name, with the containers that use each one (from the
// container listing: a volume does not know its users).
class VolumeModel : public KeyedTreeModel<VolumeRow> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DriverColumn,
        UsedByColumn,
        CreatedColumn,
        MountpointColumn,
        ColumnCount
    };
    enum Role {
        NameRole = Qt::UserRole + 1,
        SortRole,      // raw value of the column: QDateTime, number of users, text
        UsedByRole,    // QStringList of container names
        InUseRole,     // bool
        AnonymousRole, // bool: a name the engine made up (64 hex digits)
    };

    explicit VolumeModel(QObject *parent = nullptr);

    void setVolumes(const QList<VolumeSummary> &volumes);
    void setUsage(const QList<ContainerUsage> &containers);
    bool isLoaded() const { return m_loaded; }

    const VolumeSummary *volume(const QModelIndex &index) const;
    QStringList usersOf(const QString &name) const { return m_usage.value(name); }
    // What a prune would remove: the volumes no container uses, by name, sorted.
    QStringList unusedVolumes() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Volume name -> names of the containers that mount it, sorted.
    static QHash<QString, QStringList> usageOf(const QList<ContainerUsage> &containers);
    static bool isAnonymous(const QString &name);

private:
    void rebuild();

    QList<VolumeSummary> m_volumes;
    QHash<QString, QStringList> m_usage;
    bool m_loaded = false;
};

} // namespace gantry
