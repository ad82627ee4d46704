#include "networks/NetworkActions.h"

#include "actions/ActionRunner.h"
#include "listings/NetworkModel.h"
#include "live/VolumeNetworkRefresher.h"
#include "networks/CreateNetworkDialog.h"
#include "networks/NetworkContainerDialog.h"
#include "networks/NetworksPage.h"
#include "specs/VolumeNetworkSpecs.h"
#include "widgets/ConfirmRemoval.h"
#include "widgets/CreateFromDialog.h"
#include "widgets/DialogAction.h"
#include "widgets/MessageBanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

NetworkActions::NetworkActions(NetworksPage *page, ActionRunner *runner,
                               VolumeNetworkRefresher *refresher, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_runner(runner)
    , m_refresher(refresher)
{
    connect(page, &NetworksPage::createRequested, this, &NetworkActions::create);
    connect(page, &NetworksPage::removeRequested, this, &NetworkActions::remove);
    connect(page, &NetworksPage::connectRequested, this, &NetworkActions::connectContainer);
    connect(page, &NetworksPage::disconnectRequested, this, &NetworkActions::disconnectContainer);
}

void NetworkActions::create()
{
    openCreateDialog<CreateNetworkDialog, NetworkCreateSpec>(
        m_page, this, m_runner, [this] { m_refresher->refresh(VolumeNetworkRefresher::Networks); });
}

void NetworkActions::remove()
{
    QList<NetworksPage::Selected> selected = m_page->selectedNetworks();
    if (selected.isEmpty())
        return;
    QStringList builtIn;
    for (qsizetype i = selected.size() - 1; i >= 0; --i) {
        if (selected[i].builtIn)
            builtIn.prepend(selected.takeAt(i).name);
    }
    QString refused;
    if (!builtIn.isEmpty()) {
        refused = tr("Not removed: %1. The built-in networks bridge, host and none cannot be "
                     "removed (docker network rm refuses them too).")
                      .arg(builtIn.join(u", "_s));
        m_page->banner()->showMessage(MessageBanner::Level::Warning, refused);
    }
    if (selected.isEmpty())
        return;

    QStringList items;
    bool anyAttached = false;
    for (const NetworksPage::Selected &s : selected) {
        items << (s.containers.isEmpty()
                      ? s.name
                      : tr("%1 — %n container(s) attached: %2", "", int(s.containers.size()))
                            .arg(s.name, s.containers.join(u", "_s)));
        anyAttached |= !s.containers.isEmpty();
    }
    const int n = int(selected.size());
    RemovalQuestion question{
        tr("Remove networks"),
        tr("Remove %n network(s)? Their settings (subnet, options) are lost.", "", n), items,
        tr("Remove %n network(s)", "", n), QString()};
    if (anyAttached)
        question.note = tr("A network with running containers attached is refused by the "
                           "engine: disconnect or stop them first.");
    QList<Action> actions;
    for (const NetworksPage::Selected &s : selected)
        actions << NetworkRemoveSpec{s.name}.action();
    confirmRemoval(
        m_page, question, m_runner, this, actions,
        [this, refused](const QList<ActionRunner::Outcome> &outcomes) {
            const QStringList failures = failureLines(outcomes);
            QStringList text;
            if (!failures.isEmpty())
                text << tr("%n network(s) could not be removed:", "", int(failures.size())) +
                            u'\n' + failures.join(u'\n');
            if (!refused.isEmpty())
                text << refused;
            if (text.isEmpty())
                m_page->banner()->hide();
            else
                m_page->banner()->showMessage(failures.isEmpty() ? MessageBanner::Level::Warning
                                                                 : MessageBanner::Level::Error,
                                              text.join(u"\n\n"_s));
            m_refresher->refresh(VolumeNetworkRefresher::Networks);
        });
}

void NetworkActions::connectContainer()
{
    const QList<NetworksPage::Selected> selected = m_page->selectedNetworks();
    if (selected.size() != 1)
        return;
    const NetworksPage::Selected network = selected.first();
    QStringList candidates;
    for (const ContainerUsage &c : m_page->model()->containers()) {
        // A container on the host's stack or on none cannot join another network.
        const bool exclusive = std::any_of(c.networks.cbegin(), c.networks.cend(),
                                           [](const ContainerUsage::Network &n) {
                                               return n.name == u"host"_s || n.name == u"none"_s;
                                           });
        if (!exclusive && !network.containers.contains(c.name))
            candidates << c.name;
    }
    candidates.sort(Qt::CaseInsensitive);
    if (candidates.isEmpty()) {
        m_page->banner()->showMessage(
            MessageBanner::Level::Info,
            tr("No container can be connected to %1: each one is attached to it already, or "
               "uses the host's network or none.")
                .arg(network.name));
        return;
    }
    auto *dialog = new NetworkContainerDialog(NetworkContainerDialog::Mode::Connect, network.name,
                                              candidates, m_page);
    connect(dialog, &NetworkContainerDialog::submitted, this,
            [this, dialog, network](const QString &container, bool) {
                runFromDialog(m_runner, NetworkConnectSpec{network.name, container}.action(),
                              dialog,
                              [this] { m_refresher->refresh(VolumeNetworkRefresher::Usage); });
            });
    dialog->open();
}

void NetworkActions::disconnectContainer()
{
    const QList<NetworksPage::Selected> selected = m_page->selectedNetworks();
    if (selected.size() != 1 || selected.first().containers.isEmpty())
        return;
    const NetworksPage::Selected network = selected.first();
    auto *dialog = new NetworkContainerDialog(NetworkContainerDialog::Mode::Disconnect,
                                              network.name, network.containers, m_page);
    connect(dialog, &NetworkContainerDialog::submitted, this,
            [this, dialog, network](const QString &container, bool force) {
                runFromDialog(
                    m_runner, NetworkDisconnectSpec{network.name, container, force}.action(),
                    dialog, [this] { m_refresher->refresh(VolumeNetworkRefresher::Usage); });
            });
    dialog->open();
}

} // namespace gantry
