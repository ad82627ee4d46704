#include "containers/ContainersPage.h"

#include "listings/ContainerFilterModel.h"
#include "listings/ContainerModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

ContainersPage::ContainersPage(ContainerModel *model, QWidget *parent)
    : ResourcePage(tr("Containers"), new ContainerFilterModel, parent)
    , m_model(model)
    , m_filter(static_cast<ContainerFilterModel *>(view()->model()))
    , m_showAll(new QCheckBox(tr("Show stopped containers too (docker ps -a)")))
    , m_health(new QComboBox)
{
    m_filter->setParent(this);
    m_filter->setSourceModel(model);
    view()->sortByColumn(ContainerModel::NameColumn, Qt::AscendingOrder);
    view()->setColumnWidth(ContainerModel::NameColumn, 220);
    view()->setColumnWidth(ContainerModel::ImageColumn, 200);
    view()->setColumnWidth(ContainerModel::StateColumn, 120);
    view()->setColumnWidth(ContainerModel::StatusColumn, 170);
    view()->setColumnWidth(ContainerModel::PortsColumn, 200);

    m_showAll->setObjectName(u"showAll"_s);
    m_showAll->setAccessibleName(tr("Show stopped containers"));
    m_showAll->setChecked(true);
    m_filter->setShowAll(true);
    filterRow()->addWidget(m_showAll);
    connect(m_showAll, &QCheckBox::toggled, m_filter, &ContainerFilterModel::setShowAll);
    m_health->setObjectName(u"healthFilter"_s);
    m_health->setAccessibleName(tr("Health filter"));
    m_health->setToolTip(tr("Show only the containers whose health check says this "
                            "(docker ps --filter health=...)"));
    m_health->addItem(tr("Any health"), -1);
    m_health->addItem(ContainerModel::healthText(ContainerHealth::Healthy),
                      int(ContainerHealth::Healthy));
    m_health->addItem(ContainerModel::healthText(ContainerHealth::Unhealthy),
                      int(ContainerHealth::Unhealthy));
    m_health->addItem(ContainerModel::healthText(ContainerHealth::Starting),
                      int(ContainerHealth::Starting));
    m_health->addItem(tr("No health check"), int(ContainerHealth::None));
    filterRow()->addWidget(m_health);
    connect(m_health, &QComboBox::currentIndexChanged, m_filter, [this] {
        const int health = m_health->currentData().toInt();
        m_filter->setHealth(health < 0 ? std::nullopt : std::optional(ContainerHealth(health)));
    });
    connect(filterField(), &QLineEdit::textChanged, m_filter, &ContainerFilterModel::setText);

    QAction *run = addAction(u"runAction"_s, tr("Run…"), QKeySequence(u"Ctrl+N"_s),
                             tr("Run a new container (docker run)"));
    connect(run, &QAction::triggered, this, &ContainersPage::runRequested);
    m_recreate = addAction(u"recreateAction"_s, tr("Edit and recreate…"), QKeySequence(u"Ctrl+E"_s),
                           tr("Change the options of the selected container and recreate it"));
    connect(m_recreate, &QAction::triggered, this, [this] {
        const QList<ContainerSummary> selected = selectedContainers();
        if (selected.size() == 1)
            emit recreateRequested(selected.first().id);
    });
    m_openTerminal =
        addAction(u"openTerminalAction"_s, tr("Open terminal"), QKeySequence(u"Ctrl+Shift+E"_s),
                  tr("Open a shell in the selected container (docker exec -it)"));
    connect(m_openTerminal, &QAction::triggered, this, [this] {
        const QList<ContainerSummary> selected = selectedContainers();
        if (selected.size() == 1 && selected.first().state == ContainerState::Running)
            emit terminalRequested(selected.first().id);
    });

    struct Def {
        Verb verb;
        const char *name;
        QKeySequence key;
        QString tip;
    };
    const Def defs[] = {
        {Verb::Start, "startAction", QKeySequence(u"Ctrl+Shift+S"_s),
         tr("Start the selected containers")},
        {Verb::Stop, "stopAction", QKeySequence(u"Ctrl+Shift+T"_s),
         tr("Stop: SIGTERM, then SIGKILL after the grace period")},
        {Verb::Restart, "restartAction", QKeySequence(u"Ctrl+Shift+R"_s),
         tr("Restart the selected containers")},
        {Verb::Pause, "pauseAction", QKeySequence(u"Ctrl+Shift+P"_s),
         tr("Freeze the processes (cgroup freezer)")},
        {Verb::Unpause, "unpauseAction", QKeySequence(u"Ctrl+Shift+U"_s),
         tr("Resume paused containers")},
        {Verb::Kill, "killAction", QKeySequence(u"Ctrl+Shift+K"_s),
         tr("Kill at once with SIGKILL")},
        {Verb::Remove, "removeAction", QKeySequence(QKeySequence::Delete),
         tr("Remove the selected containers")},
    };
    for (const Def &d : defs) {
        QAction *a = addAction(QLatin1StringView(d.name), ContainerActionSpec::verbTitle(d.verb),
                               d.key, d.tip);
        m_actions.insert(d.verb, a);
        connect(a, &QAction::triggered, this,
                [this, verb = d.verb] { emit actionRequested(verb); });
    }
    m_compose =
        addAction(u"composeAction"_s, tr("Compose project…"), QKeySequence(u"Ctrl+Shift+O"_s),
                  tr("The selected compose project: its files, up, down, pull, rebuild"));
    connect(m_compose, &QAction::triggered, this, [this] {
        const QMap<QString, QList<ContainerSummary>> projects = selectedProjects();
        if (projects.size() == 1)
            emit composeRequested(projects.firstKey(), projects.first());
    });

    m_limits = addAction(u"limitsAction"_s, tr("Change limits…"), QKeySequence(u"Ctrl+Shift+L"_s),
                         tr("Change memory, CPUs and restart policy without recreating "
                            "(docker update)"));
    connect(m_limits, &QAction::triggered, this, [this] {
        const QList<ContainerSummary> selected = selectedContainers();
        if (selected.size() == 1)
            emit limitsRequested(selected.first().id);
    });

    setEmptyTexts(tr("No containers. Run one from an image with Run… (%1), here or on the "
                     "Images page.")
                      .arg(run->shortcut().toString(QKeySequence::NativeText)),
                  tr("No container matches. Clear the filter, or tick “Show stopped "
                     "containers too” to see those that are not running."));

    connect(this, &ResourcePage::selectionChanged, this, &ContainersPage::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &ContainersPage::updateActions);
    updateActions();
}

void ContainersPage::clearFilters()
{
    ResourcePage::clearFilters();
    m_showAll->setChecked(true);
}

QList<ContainerSummary> ContainersPage::selectedContainers() const
{
    QList<ContainerSummary> out;
    QSet<QString> seen;
    const auto take = [&](const QModelIndex &i) {
        if (const ContainerSummary *c = m_model->container(i); c && !seen.contains(c->id)) {
            seen.insert(c->id);
            out << *c;
        }
    };
    for (const QModelIndex &i : selectedSourceRows()) {
        if (i.data(ContainerModel::IsProjectRole).toBool()) {
            for (int r = 0; r < m_model->rowCount(i); ++r)
                take(m_model->index(r, 0, i));
        } else {
            take(i);
        }
    }
    return out;
}

QMap<QString, QList<ContainerSummary>> ContainersPage::selectedProjects() const
{
    QMap<QString, QList<ContainerSummary>> out;
    for (const QModelIndex &i : selectedSourceRows()) {
        if (!i.data(ContainerModel::IsProjectRole).toBool())
            continue;
        QList<ContainerSummary> &list = out[i.data(ContainerModel::ProjectRole).toString()];
        for (int r = 0; r < m_model->rowCount(i); ++r) {
            if (const ContainerSummary *c = m_model->container(m_model->index(r, 0, i)))
                list << *c;
        }
    }
    return out;
}

bool ContainersPage::showContainer(const QString &id)
{
    return reveal(m_model->findKey(id), false);
}

void ContainersPage::updateActions()
{
    bool running = false, paused = false, stopped = false;
    const QList<ContainerSummary> selected = selectedContainers();
    for (const ContainerSummary &c : selected) {
        const ContainerState::Kind kind = c.state.kind();
        running |= kind == ContainerState::Running || kind == ContainerState::Restarting;
        paused |= kind == ContainerState::Paused;
        stopped |= kind == ContainerState::Exited || kind == ContainerState::Created ||
                   kind == ContainerState::Dead;
    }
    const bool any = !selected.isEmpty();
    m_actions[Verb::Start]->setEnabled(stopped);
    m_actions[Verb::Stop]->setEnabled(running || paused);
    m_actions[Verb::Restart]->setEnabled(any);
    m_actions[Verb::Pause]->setEnabled(running);
    m_actions[Verb::Unpause]->setEnabled(paused);
    m_actions[Verb::Kill]->setEnabled(running || paused);
    m_actions[Verb::Remove]->setEnabled(any);
    m_recreate->setEnabled(selected.size() == 1);
    m_limits->setEnabled(selected.size() == 1);
    // Runs at every listing change: the project rows are counted, not copied.
    const QModelIndexList rows = selectedSourceRows();
    m_compose->setEnabled(std::count_if(rows.cbegin(), rows.cend(), [](const QModelIndex &i) {
                              return i.data(ContainerModel::IsProjectRole).toBool();
                          }) == 1);
    m_openTerminal->setEnabled(selected.size() == 1 &&
                               selected.first().state == ContainerState::Running);
}

} // namespace gantry
