#include "containers/ContainerActions.h"

#include "actions/ActionRunner.h"
#include "compose/ComposeProject.h"
#include "compose/ProjectActionPlan.h"
#include "containers/ContainersPage.h"
#include "core/Format.h"
#include "listings/ContainerModel.h"
#include "live/Refresher.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

ContainerActionSpec specFor(ContainerActionSpec::Verb verb, const ContainerSummary &c)
{
    ContainerActionSpec spec;
    spec.verb = verb;
    spec.id = c.id;
    spec.name = c.names.value(0);
    return spec;
}

QString describe(const ContainerSummary &c)
{
    return ContainerModel::nameOf(c) + u" — "_s +
           ContainerModel::stateText(c.state, ContainerModel::exitCode(c.status));
}

} // namespace

ContainerActions::ContainerActions(ContainersPage *page, ActionRunner *runner, Refresher *refresher,
                                   QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_runner(runner)
    , m_refresher(refresher)
{
    connect(page, &ContainersPage::actionRequested, this, &ContainerActions::perform);
}

void ContainerActions::perform(ContainerActionSpec::Verb verb)
{
    using Verb = ContainerActionSpec::Verb;
    if (const auto projects = m_page->selectedProjects(); !projects.isEmpty()) {
        performOnProjects(verb, projects);
        return;
    }
    const QList<ContainerSummary> selected = m_page->selectedContainers();
    if (selected.isEmpty())
        return;
    QStringList items;
    bool anyRunning = false;
    for (const ContainerSummary &c : selected) {
        items << describe(c);
        anyRunning |= c.state.isActive();
    }
    const int n = int(selected.size());

    if (verb == Verb::Remove) {
        auto *dialog = new ConfirmDialog(
            tr("Remove containers"),
            tr("Remove %n container(s)? Each one's writable layer (every file changed inside "
               "it) is deleted for good. Named volumes are kept.",
               "", n),
            items, tr("Remove %n container(s)", "", n), m_page);
        QCheckBox *volumes = dialog->addOption(
            u"removeVolumes"_s, tr("Also remove their anonymous volumes (docker rm -v)"));
        QCheckBox *force = nullptr;
        if (anyRunning) {
            force = dialog->addOption(u"forceRemove"_s,
                                      tr("Stop and remove running containers too (docker rm -f)"));
            dialog->setNote(tr("Without this, running containers are refused by the engine "
                               "and kept."));
        }
        connect(dialog, &QDialog::accepted, this, [this, selected, volumes, force] {
            QList<Action> actions;
            for (const ContainerSummary &c : selected) {
                ContainerActionSpec spec = specFor(Verb::Remove, c);
                spec.removeVolumes = volumes->isChecked();
                spec.force = force && force->isChecked();
                actions << spec.action();
            }
            run(actions);
        });
        dialog->open();
        return;
    }
    if (verb == Verb::Kill) {
        auto *dialog = new ConfirmDialog(
            tr("Kill containers"),
            tr("Kill %n container(s)? Their processes get SIGKILL at once, with no chance to "
               "save anything.",
               "", n),
            items, tr("Kill %n container(s)", "", n), m_page);
        connect(dialog, &QDialog::accepted, this, [this, selected] {
            QList<Action> actions;
            for (const ContainerSummary &c : selected)
                actions << specFor(Verb::Kill, c).action();
            run(actions);
        });
        dialog->open();
        return;
    }
    QList<Action> actions;
    for (const ContainerSummary &c : selected)
        actions << specFor(verb, c).action();
    run(actions);
}

void ContainerActions::performOnProjects(ContainerActionSpec::Verb verb,
                                         const QMap<QString, QList<ContainerSummary>> &projects)
{
    using Verb = ContainerActionSpec::Verb;
    // Each project in its dependency order, then any container selected on its own.
    QList<ContainerSummary> ordered;
    QSet<QString> seen;
    for (auto it = projects.begin(); it != projects.end(); ++it) {
        for (const ContainerSummary &c : ComposeProject::startOrder(it.value())) {
            ordered << c;
            seen.insert(c.id);
        }
    }
    QList<ContainerSummary> loose;
    for (const ContainerSummary &c : m_page->selectedContainers()) {
        if (!seen.contains(c.id))
            loose << c;
    }
    const QList<ContainerSummary> targets =
        ProjectActionPlan::targets(verb, ordered) + ProjectActionPlan::targets(verb, loose);
    if (targets.isEmpty())
        return;
    const auto actionsFor = [ordered, loose, verb](bool volumes) {
        return ProjectActionPlan::actions(verb, ordered, volumes) +
               ProjectActionPlan::actions(verb, loose, volumes);
    };
    if (verb == Verb::Start || verb == Verb::Unpause) {
        runInOrder(actionsFor(false));
        return;
    }
    QStringList items;
    for (const ContainerSummary &c : targets)
        items << describe(c);
    const QStringList names = projects.keys();
    const int n = int(targets.size());
    QString title, text, accept;
    switch (verb) {
    case Verb::Remove:
        title = tr("Remove compose project");
        text = tr("Remove every container of %1, in this order (running ones are stopped first)? "
                  "Each one's writable layer is deleted for good. Named volumes and networks are "
                  "kept.")
                   .arg(names.join(u", "_s));
        accept = tr("Remove %n container(s)", "", n);
        break;
    case Verb::Kill:
        title = tr("Kill compose project");
        text = tr("Kill every running container of %1, in this order? Their processes get "
                  "SIGKILL at once.")
                   .arg(names.join(u", "_s));
        accept = tr("Kill %n container(s)", "", n);
        break;
    default:
        title = tr("%1 compose project").arg(ContainerActionSpec::verbTitle(verb));
        text = tr("%1 these containers of %2, in this order?")
                   .arg(ContainerActionSpec::verbTitle(verb), names.join(u", "_s));
        accept = tr("%1 %n container(s)", "", n).arg(ContainerActionSpec::verbTitle(verb));
        break;
    }
    auto *dialog = new ConfirmDialog(title, text, items, accept, m_page);
    dialog->setObjectName(u"projectActionConfirm"_s);
    QCheckBox *volumes = nullptr;
    if (verb == Verb::Remove)
        volumes = dialog->addOption(u"removeVolumes"_s,
                                    tr("Also remove their anonymous volumes (docker rm -v)"));
    connect(dialog, &QDialog::accepted, this, [this, actionsFor, volumes] {
        runInOrder(actionsFor(volumes && volumes->isChecked()));
    });
    dialog->open();
}

void ContainerActions::runInOrder(const QList<Action> &actions)
{
    m_runner->runInOrder(
        actions, this, [this](const QList<ActionRunner::Outcome> &outcomes) { report(outcomes); });
}

void ContainerActions::run(const QList<Action> &actions)
{
    m_runner->run(actions, this,
                  [this](const QList<ActionRunner::Outcome> &outcomes) { report(outcomes); });
}

void ContainerActions::report(const QList<ActionRunner::Outcome> &outcomes)
{
    const QStringList failures = failureLines(outcomes);
    if (failures.isEmpty())
        m_page->banner()->hide();
    else
        m_page->banner()->showMessage(MessageBanner::Level::Error,
                                      tr("%n action(s) failed:", "", int(failures.size())) + u'\n' +
                                          failures.join(u'\n'));
    m_refresher->refresh(Refresher::Containers);
}

} // namespace gantry
