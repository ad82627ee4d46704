#include "swarm/ServiceActions.h"

#include "actions/ActionRunner.h"
#include "swarm/CreateServiceDialog.h"
#include "swarm/ServiceDialogs.h"
#include "swarm/ServiceParsers.h"
#include "swarm/ServiceRefresher.h"
#include "swarm/ServicesView.h"
#include "widgets/ConfirmRemoval.h"
#include "widgets/CreateFromDialog.h"

using namespace Qt::StringLiterals;

namespace gantry {

ServiceActions::ServiceActions(ServicesView *view, ActionRunner *runner,
                               ServiceRefresher *refresher, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_runner(runner)
    , m_refresher(refresher)
{
    connect(view, &ServicesView::createRequested, this, &ServiceActions::create);
    connect(view, &ServicesView::scaleRequested, this, &ServiceActions::scale);
    connect(view, &ServicesView::updateImageRequested, this, &ServiceActions::updateImage);
    connect(view, &ServicesView::rollbackRequested, this, &ServiceActions::rollback);
    connect(view, &ServicesView::removeRequested, this, &ServiceActions::remove);
    connect(view, &ServicesView::currentServiceChanged, refresher,
            &ServiceRefresher::setTaskService);
    connect(view, &ServicesView::visibilityChanged, refresher, &ServiceRefresher::setVisible);
}

void ServiceActions::refreshed()
{
    m_refresher->refresh(ServiceRefresher::Services | ServiceRefresher::Tasks);
}

void ServiceActions::create()
{
    openCreateDialog<CreateServiceDialog, ServiceCreateSpec>(m_view, this, m_runner,
                                                             [this] { refreshed(); });
}

void ServiceActions::scale()
{
    const ServiceSummary *s = m_view->currentService();
    if (!s || s->global)
        return;
    auto *dialog = new ScaleServiceDialog(s->ref(), s->desired, m_view);
    connect(dialog, &ScaleServiceDialog::createRequested, this,
            [this, dialog](const ServiceScaleSpec &spec) {
                runFromDialog(m_runner, spec.action(), dialog, [this] { refreshed(); });
            });
    dialog->open();
}

void ServiceActions::updateImage()
{
    const ServiceSummary *s = m_view->currentService();
    if (!s)
        return;
    auto *dialog = new UpdateImageDialog(s->ref(), s->image, m_view);
    connect(dialog, &UpdateImageDialog::createRequested, this,
            [this, dialog](const ServiceImageUpdateSpec &spec) {
                runFromDialog(m_runner, spec.action(), dialog, [this] { refreshed(); });
            });
    dialog->open();
}

void ServiceActions::rollback()
{
    const ServiceSummary *s = m_view->currentService();
    if (!s || !s->hasPreviousSpec)
        return;
    m_runner->run({ServiceRollbackSpec{s->ref()}.action()}, this,
                  [this](const QList<ActionRunner::Outcome> &outcomes) {
                      reportFailures(m_view->banner(), tr("The rollback failed:"),
                                     failureLines(outcomes));
                      refreshed();
                  });
}

void ServiceActions::remove()
{
    const ServiceSummary *s = m_view->currentService();
    if (!s)
        return;
    RemovalQuestion q;
    q.title = tr("Remove service");
    q.text = tr("Remove the service %1? Its tasks are stopped and their containers removed.")
                 .arg(s->name);
    q.items = {s->name};
    q.acceptText = tr("Remove service");
    if (!s->stack.isEmpty())
        q.note = tr("It belongs to the stack %1: deploying the stack again brings it back.")
                     .arg(s->stack);
    confirmRemoval(m_view, q, m_runner, this, {ServiceRemoveSpec{s->id, s->name}.action()},
                   [this](const QList<ActionRunner::Outcome> &outcomes) {
                       reportFailures(m_view->banner(), tr("The service could not be removed:"),
                                      failureLines(outcomes));
                       refreshed();
                   });
}

} // namespace gantry
