#pragma once

#include "swarm/ClusterSpecs.h"

#include <QWidget>

class QPushButton;
class QTreeView;
class QSortFilterProxyModel;

namespace gantry {

class NodeModel;
struct SwarmNode;

// The swarm's nodes: hostname, role, availability, status, engine version, labels; drain,
// pause, activate, promote, demote, add and remove labels on the current node. Passive: it
// says which change was asked for, as a node update spec; SwarmActions does it.
class NodesTab : public QWidget {
    Q_OBJECT
public:
    explicit NodesTab(NodeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    const SwarmNode *currentNode() const;
    // The spec of a change to the current node, without the labels (SwarmActions asks for them).
    NodeUpdateSpec specFor(NodeUpdateSpec::Change change, const QString &availability = {}) const;

signals:
    void changeRequested(const gantry::NodeUpdateSpec &spec);
    void addLabelRequested(const gantry::NodeUpdateSpec &spec);    // labels left to fill in
    void removeLabelRequested(const gantry::NodeUpdateSpec &spec); // likewise

private:
    void updateButtons();
    QPushButton *button(const QString &objectName, const QString &text, const QString &tip);

    NodeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QPushButton *m_activate;
    QPushButton *m_pause;
    QPushButton *m_drain;
    QPushButton *m_promote;
    QPushButton *m_demote;
    QPushButton *m_addLabel;
    QPushButton *m_removeLabel;
};

} // namespace gantry
