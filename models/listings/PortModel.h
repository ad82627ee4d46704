#pragma once

#include "core/Types.h"
#include "tree/KeyedTreeModel.h"

#include <QUrl>

namespace gantry {

class ContainerModel;

struct PortRow {
    PortBinding binding;
    QString containerId;
    QString containerName;
    ContainerState state;
    bool conflict = false; // another container publishes the same host port
    friend bool operator==(const PortRow &, const PortRow &) = default;
};

// Every port published on the host, across containers, kept in step with the container
// model (no listing of its own).
class PortModel : public KeyedTreeModel<PortRow> {
    Q_OBJECT
public:
    enum Column { HostColumn, ContainerPortColumn, ContainerColumn, StateColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ContainerIdRole, ConflictRole, UrlRole };

    explicit PortModel(ContainerModel *containers, QObject *parent = nullptr);

    void rebuild();
    // http://HOST:PORT for a TCP port, with localhost for "all interfaces".
    static QUrl urlFor(const PortBinding &binding);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ContainerModel *m_containers;
};

} // namespace gantry
