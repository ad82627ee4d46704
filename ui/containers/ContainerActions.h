#pragma once

#include "specs/ActionSpecs.h"

#include <QObject>

namespace gantry {

class ActionRunner;
class ContainersPage;
class Refresher;

// Does what the containers page asks: confirms what destroys something (naming it),
// runs the action on every selected container and reports each failure in place.
class ContainerActions : public QObject {
    Q_OBJECT
public:
    ContainerActions(ContainersPage *page, ActionRunner *runner, Refresher *refresher,
                     QObject *parent = nullptr);

    void perform(ContainerActionSpec::Verb verb);

private:
    void run(const QList<Action> &actions);

    ContainersPage *m_page;
    ActionRunner *m_runner;
    Refresher *m_refresher;
};

} // namespace gantry
