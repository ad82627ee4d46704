#include "swarm/SwarmActions.h"

#include "actions/ActionRunner.h"
#include "swarm/ClusterTab.h"
#include "swarm/NodeModel.h"
#include "swarm/NodesTab.h"
#include "swarm/SwarmObjectDialog.h"
#include "swarm/SwarmObjectsTab.h"
#include "swarm/SwarmPage.h"
#include "swarm/SwarmRefresher.h"
#include "swarm/SwarmSetupPanel.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/ConfirmRemoval.h"
#include "widgets/DialogAction.h"
#include "widgets/MessageBanner.h"

#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace gantry {

SwarmActions::SwarmActions(SwarmPage *page, ActionRunner *runner, SwarmRefresher *refresher,
                           QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_runner(runner)
    , m_refresher(refresher)
{
    connect(page->setupPanel(), &SwarmSetupPanel::initRequested, this, &SwarmActions::init);
    connect(page->setupPanel(), &SwarmSetupPanel::joinRequested, this, &SwarmActions::join);
}

void SwarmActions::watchNodes(NodesTab *tab)
{
    connect(tab, &NodesTab::changeRequested, this, &SwarmActions::changeNode);
    connect(tab, &NodesTab::addLabelRequested, this, &SwarmActions::addLabel);
    connect(tab, &NodesTab::removeLabelRequested, this, &SwarmActions::removeLabel);
}

void SwarmActions::watchObjects(SwarmObjectsTab *tab)
{
    connect(tab, &SwarmObjectsTab::createRequested, this, [this, tab] { createObject(tab); });
    connect(tab, &SwarmObjectsTab::removeRequested, this, [this, tab] { removeObjects(tab); });
}

void SwarmActions::watchCluster(ClusterTab *tab)
{
    connect(tab, &ClusterTab::rotateRequested, this, &SwarmActions::rotate);
    connect(tab, &ClusterTab::leaveRequested, this, &SwarmActions::leave);
}

void SwarmActions::runOne(const Action &action, int refresh, const QString &failureHeading)
{
    m_runner->run({action}, this,
                  [this, refresh, failureHeading](const QList<ActionRunner::Outcome> &outcomes) {
                      reportFailures(m_page->banner(), failureHeading, failureLines(outcomes));
                      m_refresher->refresh(SwarmRefresher::Resources(refresh));
                  });
}

void SwarmActions::init(const SwarmInitSpec &spec)
{
    m_page->setupPanel()->setBusy(true);
    m_runner->run({spec.action()}, this, [this](const QList<ActionRunner::Outcome> &outcomes) {
        m_page->setupPanel()->setBusy(false);
        reportFailures(m_page->banner(), tr("The swarm could not be initialised:"),
                       failureLines(outcomes));
        m_refresher->refresh();
    });
}

void SwarmActions::join(const SwarmJoinSpec &spec)
{
    m_page->setupPanel()->setBusy(true);
    m_runner->run({spec.action()}, this, [this](const QList<ActionRunner::Outcome> &outcomes) {
        m_page->setupPanel()->setBusy(false);
        const QStringList failures = failureLines(outcomes);
        if (failures.isEmpty())
            m_page->setupPanel()->clearToken();
        reportFailures(m_page->banner(), tr("The swarm could not be joined:"), failures);
        m_refresher->refresh();
    });
}

void SwarmActions::updateNode(const NodeUpdateSpec &spec, const QString &failureHeading)
{
    m_refresher->inspectNode(spec.id, this, [this, spec, failureHeading](Result<SwarmNode> node) {
        NodeUpdateSpec fresh = spec;
        if (node) {
            fresh.version = node->version;
            fresh.spec = node->spec;
        } // else: the update says why (the node is gone, the engine is down)
        runOne(fresh.action(), SwarmRefresher::Nodes | SwarmRefresher::Membership, failureHeading);
    });
}

void SwarmActions::changeNode(const NodeUpdateSpec &spec)
{
    if (spec.id.isEmpty())
        return;
    using Change = NodeUpdateSpec::Change;
    const QString heading = tr("The node could not be changed:");
    const QString node =
        spec.hostname.isEmpty() ? spec.id : spec.hostname + u" ("_s + spec.id + u')';
    QString question;
    if (spec.change == Change::Availability && spec.availability == u"drain"_s)
        question = tr("Drain node %1? Its tasks are stopped and started again on other nodes; "
                      "it gets no new ones until it is activated again.")
                       .arg(node);
    else if (spec.change == Change::Demote)
        question = tr("Demote node %1 to a worker? It no longer takes part in managing the "
                      "swarm; with too few managers left the swarm cannot recover from a "
                      "manager's failure.")
                       .arg(node);
    if (question.isEmpty())
        return updateNode(spec, heading);
    auto *dialog =
        new ConfirmDialog(tr("Change node"), question, {node},
                          spec.change == Change::Demote ? tr("Demote") : tr("Drain"), m_page);
    dialog->setObjectName(u"confirmNodeChangeDialog"_s);
    dialog->setNote(tr("The same as: %1").arg(shellJoin(spec.commandLine())));
    connect(dialog, &QDialog::accepted, this, [this, spec, heading] { updateNode(spec, heading); });
    dialog->open();
}

void SwarmActions::addLabel(NodeUpdateSpec spec)
{
    if (spec.id.isEmpty())
        return;
    auto *dialog = new QInputDialog(m_page);
    dialog->setObjectName(u"nodeAddLabelDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add a node label"));
    dialog->setLabelText(tr("Label of %1, as key=value (or a key alone):").arg(spec.hostname));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, spec](const QString &text) mutable {
                const QString t = text.trimmed();
                const QString key = t.section(u'=', 0, 0).trimmed();
                if (key.isEmpty())
                    return;
                spec.addLabels.insert(key, t.contains(u'=') ? t.section(u'=', 1) : QString());
                updateNode(spec, tr("The label could not be added:"));
            });
    dialog->open();
}

void SwarmActions::removeLabel(NodeUpdateSpec spec)
{
    const QStringList keys = spec.spec.value("Labels"_L1).toObject().keys();
    if (spec.id.isEmpty() || keys.isEmpty())
        return;
    auto *dialog = new QInputDialog(m_page);
    dialog->setObjectName(u"nodeRemoveLabelDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Remove a node label"));
    dialog->setLabelText(tr("Label of %1 to remove:").arg(spec.hostname));
    dialog->setComboBoxItems(keys);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, spec](const QString &key) mutable {
                spec.removeLabels = {key};
                updateNode(spec, tr("The label could not be removed:"));
            });
    dialog->open();
}

void SwarmActions::createObject(SwarmObjectsTab *tab)
{
    auto *dialog = new SwarmObjectDialog(tab->kind(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int refresh =
        tab->kind() == SwarmObjectKind::Secret ? SwarmRefresher::Secrets : SwarmRefresher::Configs;
    connect(dialog, &SwarmObjectDialog::createRequested, this,
            [this, dialog, refresh](const SwarmObjectCreateSpec &spec) {
                runFromDialog(m_runner, spec.action(), dialog, [this, refresh] {
                    m_refresher->refresh(SwarmRefresher::Resources(refresh));
                });
            });
    dialog->open();
}

void SwarmActions::removeObjects(SwarmObjectsTab *tab)
{
    const QList<SwarmObjectRemoveSpec> specs = tab->selectedRemovals();
    if (specs.isEmpty())
        return;
    const bool secret = tab->kind() == SwarmObjectKind::Secret;
    QStringList names;
    QList<Action> actions;
    for (const SwarmObjectRemoveSpec &s : specs) {
        names << s.name;
        actions << s.action();
    }
    const int n = int(specs.size());
    RemovalQuestion question{
        secret ? tr("Remove secrets") : tr("Remove configs"),
        secret ? tr("Remove %n secret(s)? Their values are lost for good.", "", n)
               : tr("Remove %n config(s)? Their content is lost for good.", "", n),
        names, secret ? tr("Remove %n secret(s)", "", n) : tr("Remove %n config(s)", "", n),
        tr("One a service uses is refused by the engine and kept.")};
    const int refresh = secret ? SwarmRefresher::Secrets : SwarmRefresher::Configs;
    confirmRemoval(m_page, question, m_runner, this, actions,
                   [this, refresh](const QList<ActionRunner::Outcome> &outcomes) {
                       reportFailures(m_page->banner(), tr("Some could not be removed:"),
                                      failureLines(outcomes));
                       m_refresher->refresh(SwarmRefresher::Resources(refresh));
                   });
}

void SwarmActions::rotate(bool manager)
{
    const std::optional<SwarmCluster> cluster = m_refresher->cluster();
    if (!cluster)
        return;
    SwarmRotateTokenSpec spec{manager, cluster->version, cluster->spec};
    auto *dialog = new ConfirmDialog(
        manager ? tr("Rotate the manager token") : tr("Rotate the worker token"),
        manager ? tr("Make a new manager join token? The current one is refused from now on: "
                     "nodes not yet joined with it need the new one. Nodes in the swarm stay.")
                : tr("Make a new worker join token? The current one is refused from now on: "
                     "nodes not yet joined with it need the new one. Nodes in the swarm stay."),
        {}, tr("Rotate"), m_page);
    dialog->setObjectName(u"confirmRotateDialog"_s);
    dialog->setNote(tr("The same as: %1").arg(shellJoin(spec.commandLine())));
    connect(dialog, &QDialog::accepted, this, [this, spec] {
        runOne(spec.action(), SwarmRefresher::Cluster, tr("The token could not be rotated:"));
    });
    dialog->open();
}

void SwarmActions::leave()
{
    const std::optional<SwarmMembership> m = m_refresher->membership();
    const bool manager = m && m->manager;
    const bool lastManager = manager && m->managers <= 1;
    const SwarmLeaveSpec spec{manager};
    QString text;
    if (lastManager)
        text = tr("This engine is the swarm's last manager. Leaving ends the swarm: its "
                  "services and their tasks, its secrets and configs, its overlay networks "
                  "and its join tokens are lost for good, and the other nodes are left without "
                  "a manager. Leaving needs --force here.");
    else if (manager)
        text = tr("This engine is one of the swarm's %1 managers. Leaving removes it from the "
                  "managers: with too few left the swarm loses its quorum and cannot be managed. "
                  "Demote it first to be safe. Leaving needs --force here.")
                   .arg(m->managers);
    else
        text = tr("Leave the swarm? This engine's tasks stop; the swarm starts them elsewhere.");
    // The last manager's leaving loses every secret and config for good: named one by one.
    QStringList lost;
    if (lastManager) {
        for (const QString &name : m_refresher->secretNames())
            lost << tr("secret %1").arg(name);
        for (const QString &name : m_refresher->configNames())
            lost << tr("config %1").arg(name);
    }
    auto *dialog =
        new ConfirmDialog(tr("Leave the swarm"), text, lost, tr("Leave the swarm"), m_page);
    dialog->setObjectName(u"confirmLeaveDialog"_s);
    dialog->setNote(tr("The same as: %1").arg(shellJoin(spec.commandLine())));
    connect(dialog, &QDialog::accepted, this, [this, spec] {
        runOne(spec.action(), SwarmRefresher::All, tr("The swarm could not be left:"));
    });
    dialog->open();
}

} // namespace gantry
