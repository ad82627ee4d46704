#pragma once

#include "widgets/ResourcePage.h"

namespace gantry {

class PortModel;

// Every published port on the host: where it answers, which container it leads to, and
// conflicts. A TCP port opens in the browser.
class PortsPage : public ResourcePage {
    Q_OBJECT
public:
    PortsPage(PortModel *model, QWidget *parent = nullptr);

    void openSelected();

private:
    PortModel *m_model;
    QAction *m_open;
};

} // namespace gantry
