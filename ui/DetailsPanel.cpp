#include "DetailsPanel.h"

#include "DockerClient.h"
#include "HistoryView.h"
#include "InspectView.h"

using namespace Qt::StringLiterals;

namespace gantry {

DetailsPanel::DetailsPanel(DockerClient *client, QWidget *parent)
    : QTabWidget(parent)
    , m_client(client)
    , m_inspect(new InspectView)
    , m_history(new HistoryView)
{
    setObjectName(u"detailsPanel"_s);
    setAccessibleName(tr("Details"));
    addTab(m_inspect, tr("Inspect"));
    m_historyTab = addTab(m_history, tr("History", "image layers"));
    setTabEnabled(m_historyTab, false);
}

void DetailsPanel::cancelPending()
{
    if (m_inspectReply)
        m_inspectReply->cancel();
    if (m_historyReply)
        m_historyReply->cancel();
}

void DetailsPanel::showInspected(const Result<QJsonObject> &r)
{
    if (r)
        m_inspect->setDocument(r.value());
    else if (r.error().kind() != EngineError::Kind::Cancelled)
        m_inspect->setError(r.error().describe());
}

void DetailsPanel::clear()
{
    cancelPending();
    m_inspect->clear();
    m_history->clear();
    setTabEnabled(m_historyTab, false);
}

void DetailsPanel::showContainer(const QString &id)
{
    cancelPending();
    setTabEnabled(m_historyTab, false);
    m_history->clear();
    m_inspectReply = m_client->inspectContainer(
        id, this, [this](const Result<QJsonObject> &r) { showInspected(r); });
}

void DetailsPanel::showImage(const QString &reference)
{
    cancelPending();
    setTabEnabled(m_historyTab, true);
    m_inspectReply = m_client->inspectImage(
        reference, this, [this](const Result<QJsonObject> &r) { showInspected(r); });
    m_historyReply = m_client->imageHistory(reference, this, [this](Result<QList<HistoryEntry>> r) {
        if (r)
            m_history->setEntries(r.value());
        else if (r.error().kind() != EngineError::Kind::Cancelled)
            m_history->setError(r.error().describe());
    });
}

} // namespace gantry
