#pragma once

#include <QObject>

namespace gantry {

class ActionRunner;
class VolumeNetworkRefresher;
class VolumesPage;

// Does what the volumes page asks: create (a dialog that keeps what was typed when the
// engine says no), remove (confirmed, naming the volumes; a volume in use is refused by the
// engine and reported with the containers that use it) and prune (confirmed, listing
// exactly the unused volumes that go).
class VolumeActions : public QObject {
    Q_OBJECT
public:
    VolumeActions(VolumesPage *page, ActionRunner *runner, VolumeNetworkRefresher *refresher,
                  QObject *parent = nullptr);

    void create();
    void remove();
    void prune();

private:
    VolumesPage *m_page;
    ActionRunner *m_runner;
    VolumeNetworkRefresher *m_refresher;
};

} // namespace gantry
