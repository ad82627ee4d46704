#pragma once

#include "swarm/ClusterSpecs.h"

#include <QObject>

namespace gantry {

class ActionRunner;
class ClusterTab;
class NodesTab;
class SwarmObjectsTab;
class SwarmPage;
class SwarmRefresher;

// Does what the Swarm page's parts ask: initialise and join (from the setup panel), node
// updates (confirmed when they move tasks or change who manages), secrets and configs
// (create from a dialog, remove confirmed), token rotation and leaving (confirmed, naming
// what is lost). Every action goes through the action runner: its command line is logged.
class SwarmActions : public QObject {
    Q_OBJECT
public:
    SwarmActions(SwarmPage *page, ActionRunner *runner, SwarmRefresher *refresher,
                 QObject *parent = nullptr);

    void watchNodes(NodesTab *tab);
    void watchObjects(SwarmObjectsTab *tab);
    void watchCluster(ClusterTab *tab);

    void init(const SwarmInitSpec &spec);
    void join(const SwarmJoinSpec &spec);
    void changeNode(const NodeUpdateSpec &spec);
    void rotate(bool manager);
    void leave();

private:
    // Runs one action; an error goes to the page's banner; `what` is re-listed after.
    void runOne(const Action &action, int refresh, const QString &failureHeading);
    // Reads the node again, then updates it: its spec and version as they are now.
    void updateNode(const NodeUpdateSpec &spec, const QString &failureHeading);
    void addLabel(NodeUpdateSpec spec);
    void removeLabel(NodeUpdateSpec spec);
    void createObject(SwarmObjectsTab *tab);
    void removeObjects(SwarmObjectsTab *tab);

    SwarmPage *m_page;
    ActionRunner *m_runner;
    SwarmRefresher *m_refresher;
};

} // namespace gantry
