#pragma once

#include <QObject>

namespace gantry {

class ActionRunner;
class ServiceRefresher;
class ServicesView;

// Does what the Services tab asks: create, scale and update the image (dialogs that keep
// what was typed when the engine says no), roll back, remove (confirmed, naming the service
// and its tasks). Each action's command line goes to the command log through the runner.
class ServiceActions : public QObject {
    Q_OBJECT
public:
    ServiceActions(ServicesView *view, ActionRunner *runner, ServiceRefresher *refresher,
                   QObject *parent = nullptr);

    void create();
    void scale();
    void updateImage();
    void rollback();
    void remove();

private:
    void refreshed();

    ServicesView *m_view;
    ActionRunner *m_runner;
    ServiceRefresher *m_refresher;
};

} // namespace gantry
