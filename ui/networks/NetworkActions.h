#pragma once

#include <QObject>

namespace gantry {

class ActionRunner;
class NetworksPage;
class VolumeNetworkRefresher;

// Does what the networks page asks: create (a dialog that keeps what was entered when the
// engine says no), remove (confirmed; the built-in bridge, host and none refused up front
// with the reason, the engine's refusal reported otherwise), and connect or disconnect a
// container (a dialog listing the containers that can be).
class NetworkActions : public QObject {
    Q_OBJECT
public:
    NetworkActions(NetworksPage *page, ActionRunner *runner, VolumeNetworkRefresher *refresher,
                   QObject *parent = nullptr);

    void create();
    void remove();
    void connectContainer();
    void disconnectContainer();

private:
    NetworksPage *m_page;
    ActionRunner *m_runner;
    VolumeNetworkRefresher *m_refresher;
};

} // namespace gantry
