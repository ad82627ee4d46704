#include "engines/EngineSession.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "catalogue/EngineCatalogue.h"
#include "engines/EngineSwitcher.h"

#include <QCloseEvent>

using namespace Qt::StringLiterals;

namespace gantry {

EngineSession::EngineSession(const Endpoint &endpoint, const QString &choiceId, QObject *parent)
    : QObject(parent)
    , m_choiceId(choiceId)
    , m_client(std::make_unique<DockerClient>(endpoint))
    , m_monitor(std::make_unique<ConnectionMonitor>(m_client.get()))
    , m_workspace(std::make_unique<Workspace>(m_client.get(), m_monitor.get()))
    , m_switcher(new EngineSwitcher(label()))
{
    MainWindow *w = m_workspace->window();
    w->setEngineSwitcher(m_switcher);
    w->setWindowTitle(MainWindow::tr("%1 — Gantry", "window title: engine — app").arg(label()));
    w->installEventFilter(this);
}

EngineSession::~EngineSession()
{
    m_workspace->window()->removeEventFilter(this);
    m_workspace.reset(); // the window, its models and streams, then:
    m_monitor.reset();
    m_client.reset();
}

void EngineSession::start()
{
    m_workspace->start();
    m_monitor->start();
}

const Endpoint &EngineSession::endpoint() const
{
    return m_client->endpoint();
}

QString EngineSession::label() const
{
    return EngineCatalogue::labelOf(m_client->endpoint());
}

MainWindow *EngineSession::window() const
{
    return m_workspace->window();
}

bool EngineSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_workspace->window() && event->type() == QEvent::Close && event->isAccepted())
        emit windowClosed();
    return QObject::eventFilter(watched, event);
}

} // namespace gantry
