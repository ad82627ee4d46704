#pragma once

#include "core/Types.h"
#include "specs/ActionSpecs.h"
#include "widgets/ResourcePage.h"

#include <QHash>
#include <QMap>

class QCheckBox;
class QComboBox;

namespace gantry {

class ContainerFilterModel;
class ContainerModel;

// The containers, grouped by compose project, with the everyday actions. Passive: it says
// what the user asked for (actionRequested); ContainerActions does it.
class ContainersPage : public ResourcePage {
    Q_OBJECT
public:
    using Verb = ContainerActionSpec::Verb;

    ContainersPage(ContainerModel *model, QWidget *parent = nullptr);

    // The selected containers; a selected project stands for all its containers.
    QList<ContainerSummary> selectedContainers() const;
    // The compose projects whose rows are selected, each with all its containers.
    QMap<QString, QList<ContainerSummary>> selectedProjects() const;
    ContainerFilterModel *filterModel() const { return m_filter; }
    // Selects that container (clearing the filter and showing stopped containers when they
    // hide it). False when there is no such container.
    bool showContainer(const QString &id);
    QAction *action(Verb verb) const { return m_actions.value(verb); }
    QComboBox *healthFilter() const { return m_health; }

signals:
    void actionRequested(gantry::ContainerActionSpec::Verb verb);
    void runRequested();
    void recreateRequested(const QString &containerId);
    // Change memory, CPUs and restart policy in place (docker update).
    void limitsRequested(const QString &containerId);
    void terminalRequested(const QString &containerId); // a shell in a running container
    // The compose project view: its files and the compose tool's actions.
    void composeRequested(const QString &project,
                          const QList<gantry::ContainerSummary> &containers);

protected:
    void clearFilters() override;

private:
    void updateActions();

    ContainerModel *m_model;
    ContainerFilterModel *m_filter;
    QCheckBox *m_showAll;
    QComboBox *m_health;
    QHash<Verb, QAction *> m_actions;
    QAction *m_recreate;
    QAction *m_limits;
    QAction *m_openTerminal;
    QAction *m_compose;
};

} // namespace gantry
