#include "containers/LimitsController.h"

#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "containers/LimitsDialog.h"
#include "live/Refresher.h"

#include <QJsonObject>

namespace gantry {

LimitsController::LimitsController(DockerClient *client, CommandLog *log, Refresher *refresher,
                                   QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
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
                    dialog->setBusy(true);
                    const quint64 line = m_log->append(shellJoin(update.commandLine()));
                    QPointer<LimitsDialog> guard(dialog);
                    m_client->perform(update.request(), this,
                                      [this, guard, line](const Result<Done> &done) {
                                          m_log->finish(line, done ? EngineError() : done.error());
                                          m_refresher->refresh(Refresher::Containers);
                                          if (!guard)
                                              return;
                                          if (!done) {
                                              guard->showError(done.error().describe());
                                              return;
                                          }
                                          guard->accept();
                                      });
                });
        dialog->open();
    });
}

} // namespace gantry
