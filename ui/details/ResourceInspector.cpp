#include "details/ResourceInspector.h"

#include "api/ResourceUsage.h"
#include "details/DetailsPanel.h"
#include "details/InspectView.h"

namespace gantry {

namespace {
void show(InspectView *view, const Result<QJsonObject> &r)
{
    if (r)
        view->setDocument(r.value());
    else if (r.error().kind() != EngineError::Kind::Cancelled)
        view->setError(r.error().describe());
}
} // namespace

ResourceInspector::ResourceInspector(DockerClient *client, DetailsPanel *panel, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_panel(panel)
{
}

void ResourceInspector::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

void ResourceInspector::begin()
{
    cancel();
    m_panel->clear(); // cancels a container or image still loading, disables History
    m_panel->setCurrentWidget(m_panel->inspectView());
}

void ResourceInspector::showVolume(const QString &name)
{
    begin();
    m_reply = inspectVolume(
        m_client, name, m_panel,
        [view = m_panel->inspectView()](const Result<QJsonObject> &r) { show(view, r); });
}

void ResourceInspector::showNetwork(const QString &idOrName)
{
    begin();
    m_reply = inspectNetwork(
        m_client, idOrName, m_panel,
        [view = m_panel->inspectView()](const Result<QJsonObject> &r) { show(view, r); });
}

} // namespace gantry
