#pragma once

#include "actions/ActionRunner.h"
#include "core/Types.h"
#include "specs/ActionSpecs.h"

#include <QMap>

#include <QObject>

namespace gantry {

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
    // Selected project rows: their containers in dependency order, one confirmation.
    void performOnProjects(ContainerActionSpec::Verb verb,
                           const QMap<QString, QList<ContainerSummary>> &projects);
    void run(const QList<Action> &actions);
    void runInOrder(const QList<Action> &actions);
    void report(const QList<ActionRunner::Outcome> &outcomes);

    ContainersPage *m_page;
    ActionRunner *m_runner;
    Refresher *m_refresher;
};

} // namespace gantry
