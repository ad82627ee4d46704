#include "engines/EngineSession.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "catalogue/EngineCatalogue.h"
#include "compose/ComposeEditorDialog.h"
#include "compose/ComposeRunPanel.h"
#include "details/DetailsPanel.h"
#include "engines/EngineSwitcher.h"
#include "terminal/TerminalPanel.h"
#include "terminal/TerminalTab.h"
#include "widgets/ConfirmDialog.h"

#include <QCloseEvent>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace gantry {

EngineSession::EngineSession(const Endpoint &endpoint, const QString &choiceId, QObject *parent,
                             CredentialStore *credentials)
    : QObject(parent)
    , m_choiceId(choiceId)
    , m_client(std::make_unique<DockerClient>(endpoint))
    , m_monitor(std::make_unique<ConnectionMonitor>(m_client.get()))
    , m_workspace(
          std::make_unique<Workspace>(m_client.get(), m_monitor.get(), nullptr, credentials))
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

QStringList EngineSession::connectedTerminals() const
{
    QStringList out;
    const TerminalPanel *panel = m_workspace->details()->terminalPanel();
    for (int i = 0; i < panel->count(); ++i) {
        if (const TerminalTab *tab = panel->tab(i); tab && !tab->hasEnded())
            out << panel->tabs()->tabText(i);
    }
    return out;
}

QStringList EngineSession::busyComposeEditors() const
{
    QStringList out;
    for (const ComposeEditorDialog *e : window()->findChildren<ComposeEditorDialog *>()) {
        if (e->runPanel()->isRunning())
            out << tr("%1: Apply (up -d) running").arg(e->windowTitle());
        else if (e->hasUnsavedChanges())
            out << tr("%1: unsaved changes").arg(e->windowTitle());
    }
    return out;
}

void EngineSession::askBeforeClosing(const QStringList &editors)
{
    if (m_closeConfirm && m_closeConfirm->isVisible()) {
        m_closeConfirm->raise();
        return;
    }
    m_closeConfirm = new ConfirmDialog(
        tr("Close window"),
        tr("Closing this window closes its compose editors: their unsaved changes are lost and "
           "a running Apply (up -d) is stopped mid-way."),
        editors, tr("Close them"), window());
    m_closeConfirm->setObjectName(u"engineCloseConfirm"_s);
    m_closeConfirm->resize(560, m_closeConfirm->sizeHint().height()); // room for the titles
    connect(m_closeConfirm, &QDialog::accepted, this, [this] {
        m_closeConfirmed = true;
        window()->close();
        m_closeConfirmed = false;
    });
    m_closeConfirm->open();
}

MainWindow *EngineSession::window() const
{
    return m_workspace->window();
}

bool EngineSession::eventFilter(QObject *watched, QEvent *event)
{
    // The filter sees the close before the window (and later filters) may refuse it: said
    // once the window is gone from the screen, i.e. the close was accepted.
    if (watched == m_workspace->window() && event->type() == QEvent::Close) {
        if (!m_closeConfirmed) {
            if (const QStringList editors = busyComposeEditors(); !editors.isEmpty()) {
                event->ignore(); // the window stays; asked first
                askBeforeClosing(editors);
                return true;
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_workspace->window()->isVisible())
                    emit windowClosed();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gantry
