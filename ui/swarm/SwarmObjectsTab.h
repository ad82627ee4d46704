#pragma once

#include "swarm/ClusterSpecs.h"

#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace gantry {

class SwarmObjectModel;

// The swarm's secrets or configs: name, created, updated, labels; Create… and Remove. A
// secret's value is never shown (the engine does not give it back). Passive.
class SwarmObjectsTab : public QWidget {
    Q_OBJECT
public:
    SwarmObjectsTab(SwarmObjectKind kind, SwarmObjectModel *model, QWidget *parent = nullptr);

    SwarmObjectKind kind() const { return m_kind; }
    QTreeView *view() const { return m_view; }
    // The selected ones, as remove specs.
    QList<SwarmObjectRemoveSpec> selectedRemovals() const;

signals:
    void createRequested();
    void removeRequested();

private:
    SwarmObjectKind m_kind;
    SwarmObjectModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QPushButton *m_create;
    QPushButton *m_remove;
};

} // namespace gantry
