#include "containers/LimitsController.h"

#include "api/DockerClient.h"
#include "containers/LimitsDialog.h"
#include "live/Refresher.h"
#include "widgets/DialogAction.h"

#include <QJsonObject>

namespace gantry {

LimitsController::LimitsController(DockerClient *client, ActionRunner *runner, Refresher *refresher,
                                   QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_runner(runner)
    , m_refresher(refresher)
    , m_window(window)
{
}

LimitsDialog *LimitsController::dialog() const
{
    return m_dialog;
}

void LimitsController::open(const QString &containerId)
{
    m_client->inspectContainer(containerId, this, [this](const Result<QJsonObject> &inspect) {
        if (!inspect) {
            emit failed(
                tr("Cannot read the container's limits: %1").arg(inspect.error().describe()));
            return;
        }
        auto *dialog =
            new LimitsDialog(ContainerUpdateSpec::fromInspect(inspect.value()), m_window);
        m_dialog = dialog;
        connect(dialog, &LimitsDialog::updateRequested, this,
                [this, dialog](const ContainerUpdateSpec &update) {
                    runFromDialog(m_runner, update.action(), dialog,
                                  [this] { m_refresher->refresh(Refresher::Containers); });
                });
        dialog->open();
    });
}

} // namespace gantry
