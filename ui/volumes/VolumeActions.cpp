#include "volumes/VolumeActions.h"

#include "actions/ActionRunner.h"
#include "api/DockerClient.h"
#include "listings/VolumeModel.h"
#include "live/VolumeNetworkRefresher.h"
#include "specs/VolumeNetworkSpecs.h"
#include "volumes/CreateVolumeDialog.h"
#include "volumes/VolumesPage.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/ConfirmRemoval.h"
#include "widgets/CreateFromDialog.h"
#include "widgets/DialogAction.h"
#include "widgets/MessageBanner.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace gantry {

VolumeActions::VolumeActions(VolumesPage *page, ActionRunner *runner,
                             VolumeNetworkRefresher *refresher, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_runner(runner)
    , m_refresher(refresher)
{
    connect(page, &VolumesPage::createRequested, this, &VolumeActions::create);
    connect(page, &VolumesPage::removeRequested, this, &VolumeActions::remove);
    connect(page, &VolumesPage::pruneRequested, this, &VolumeActions::prune);
}

void VolumeActions::create()
{
    openCreateDialog<CreateVolumeDialog, VolumeCreateSpec>(
        m_page, this, m_runner, [this] { m_refresher->refresh(VolumeNetworkRefresher::Volumes); });
}

void VolumeActions::remove()
{
    const QList<VolumesPage::Selected> selected = m_page->selectedVolumes();
    if (selected.isEmpty())
        return;
    QStringList items;
    bool anyUsed = false;
    for (const VolumesPage::Selected &v : selected) {
        items << (v.usedBy.isEmpty() ? v.name
                                     : tr("%1 — used by %2", "volume — used by containers")
                                           .arg(v.name, v.usedBy.join(u", "_s)));
        anyUsed |= !v.usedBy.isEmpty();
    }
    const int n = int(selected.size());
    RemovalQuestion question{
        tr("Remove volumes"),
        tr("Remove %n volume(s)? Everything stored in them is deleted for good.", "", n), items,
        tr("Remove %n volume(s)", "", n), QString()};
    if (anyUsed)
        question.note = tr("A volume used by a container, running or not, is refused by the "
                           "engine and kept: remove the container first.");
    QList<Action> actions;
    for (const VolumesPage::Selected &v : selected)
        actions << VolumeRemoveSpec{v.name, false}.action();
    confirmRemoval(
        m_page, question, m_runner, this, actions,
        [this](const QList<ActionRunner::Outcome> &outcomes) {
            QStringList failures;
            for (const ActionRunner::Outcome &o : outcomes) {
                if (!o.error.isError())
                    continue;
                QString line = o.action.target + u": "_s + o.error.describe();
                // 409: in use. Say by whom, from the container listing (the
                // engine's message only gives container IDs).
                const QStringList users = m_page->model()->usersOf(o.action.target);
                if (o.error.kind() == EngineError::Kind::Conflict && !users.isEmpty())
                    line += u' ' + tr("In use by %n container(s): %1.", "", int(users.size()))
                                       .arg(users.join(u", "_s));
                failures << line;
            }
            reportFailures(m_page->banner(),
                           tr("%n volume(s) could not be removed:", "", int(failures.size())),
                           failures);
            m_refresher->refresh(VolumeNetworkRefresher::Volumes | VolumeNetworkRefresher::Usage);
        });
}

void VolumeActions::prune()
{
    const QStringList unused = m_page->model()->unusedVolumes();
    if (unused.isEmpty()) {
        m_page->banner()->showMessage(MessageBanner::Level::Info,
                                      tr("No volume is unused: nothing to prune."));
        return;
    }
    const int n = int(unused.size());
    auto *dialog = new ConfirmDialog(
        tr("Prune unused volumes"),
        tr("Remove the %n volume(s) that no container uses, running or not? Their data is "
           "lost for good.",
           "", n),
        unused, tr("Remove %n volume(s)", "", n), m_page);
    dialog->setObjectName(u"pruneVolumesDialog"_s);
    VolumePruneSpec spec;
    spec.apiVersion = m_refresher->client()->apiVersion();
    dialog->setNote(tr("The same as: %1").arg(shellJoin(spec.commandLine())));
    connect(dialog, &QDialog::accepted, this, [this, spec] {
        m_runner->run({spec.action()}, this, [this](const QList<ActionRunner::Outcome> &outcomes) {
            reportFailures(m_page->banner(), tr("Pruning failed:"), failureLines(outcomes));
            m_refresher->refresh(VolumeNetworkRefresher::Volumes);
        });
    });
    dialog->open();
}

} // namespace gantry
