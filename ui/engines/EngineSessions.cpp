#include "engines/EngineSessions.h"

#include "catalogue/DockerContexts.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "engines/EngineSession.h"
#include "engines/EngineSwitcher.h"
#include "engines/EnginesDialog.h"
#include "registry/CredentialStore.h"
#include "transport/DockerConfig.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace gantry {

EngineSessions::EngineSessions(EndpointInputs inputs, QSettings *settings, QObject *parent,
                               CredentialStore *credentials)
    : QObject(parent)
    , m_inputs(std::move(inputs))
    , m_settings(settings)
    , m_credentials(credentials ? credentials : new CredentialStore)
{
    m_credentials->setParent(this);
}

EngineSessions::~EngineSessions()
{
    delete m_dialog;
    // Each session takes its window, streams and client with it, newest first.
    for (qsizetype i = m_sessions.size() - 1; i >= 0; --i)
        delete m_sessions[i].data();
    // Those switched away from and not yet deleted: before the logins they point to.
    qDeleteAll(findChildren<EngineSession *>(Qt::FindDirectChildrenOnly));
}

EngineCatalogue EngineSessions::catalogue() const
{
    return EngineCatalogue(m_inputs, savedEngines());
}

QList<EngineSession *> EngineSessions::sessions() const
{
    QList<EngineSession *> out;
    for (const auto &s : m_sessions) {
        if (s)
            out << s.data();
    }
    return out;
}

EngineSession *EngineSessions::open(const Endpoint &endpoint)
{
    return create(endpoint, {}, {});
}

EngineSession *EngineSessions::create(const Endpoint &endpoint, const QByteArray &geometry,
                                      const QString &page)
{
    auto *session =
        new EngineSession(endpoint, EngineCatalogue::idOf(endpoint), this, m_credentials);
    m_sessions << session;
    // What the user arranged last (columns, filters, docks...); a switch then keeps the
    // place and page of the window it replaces.
    if (m_remembersLayout)
        session->workspace()->rememberLayout(m_settings);
    if (!geometry.isEmpty())
        session->window()->restoreGeometry(geometry);
    if (!page.isEmpty())
        session->window()->showPage(page);
    EngineSwitcher *switcher = session->switcher();
    connect(switcher, &EngineSwitcher::aboutToShowMenu, this,
            [this, session] { fillMenu(session); });
    connect(switcher, &EngineSwitcher::switchRequested, this,
            [this, session](const QString &id) { requestSwitch(session, id); });
    connect(switcher, &EngineSwitcher::newWindowRequested, this,
            [this, session](const QString &id) { openInNewWindow(id, session); });
    connect(switcher, &EngineSwitcher::manageRequested, this,
            [this, session] { manageEngines(session->window()); });
    connect(session, &EngineSession::windowClosed, this, [this, session] { remove(session); });
    session->start();
    emit sessionStarted(session);
    return session;
}

void EngineSessions::fillMenu(EngineSession *session)
{
    session->switcher()->setChoices(catalogue().choices(), session->choiceId());
}

Result<Endpoint> EngineSessions::endpointFor(const QString &choiceId, EngineSession *asking) const
{
    const EngineCatalogue all = catalogue();
    const EngineChoice *choice = all.find(choiceId);
    const Result<Endpoint> endpoint =
        choice ? choice->endpoint()
               : Result<Endpoint>(EngineError(EngineError::Kind::NotFound,
                                              tr("That engine is no longer in the list.")));
    if (!endpoint && asking)
        asking->window()->banner()->showMessage(
            MessageBanner::Level::Error,
            tr("Cannot open that engine: %1").arg(endpoint.error().message()));
    return endpoint;
}

EngineSession *EngineSessions::switchEngine(EngineSession *session, const QString &choiceId)
{
    const Result<Endpoint> endpoint = endpointFor(choiceId, session);
    if (!endpoint)
        return nullptr;
    savedEngines().setLastEngine(choiceId);
    MainWindow *old = session->window();
    session->workspace()->saveLayout(); // the new window starts from it
    // Remembering, the new window reads its place and page from the layout just saved;
    // otherwise it is handed them.
    const QWidget *page = m_remembersLayout ? nullptr : old->currentPage();
    EngineSession *next =
        create(endpoint.value(), m_remembersLayout ? QByteArray() : old->saveGeometry(),
               page ? page->objectName() : QString());
    // The old window goes once the new one stands in its place; deleted later, as this may
    // run inside one of its menus.
    remove(session);
    return next;
}

ConfirmDialog *EngineSessions::requestSwitch(EngineSession *session, const QString &choiceId)
{
    const QStringList terminals = session->connectedTerminals();
    const QStringList editors = session->busyComposeEditors();
    if (terminals.isEmpty() && editors.isEmpty()) {
        switchEngine(session, choiceId);
        return nullptr;
    }
    auto *confirm = new ConfirmDialog(
        tr("Switch engine"),
        editors.isEmpty()
            ? tr("Switching this window to another engine closes its connected terminals:")
            : tr("Switching this window to another engine closes these (unsaved changes are "
                 "lost, a running Apply is stopped mid-way):"),
        terminals + editors, tr("Switch and close them"), session->window());
    confirm->setObjectName(u"engineSwitchConfirm"_s);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::accepted, this,
            [this, guard = QPointer<EngineSession>(session), choiceId] {
                if (guard && m_sessions.contains(guard))
                    switchEngine(guard, choiceId);
            });
    confirm->open();
    return confirm;
}

EngineSession *EngineSessions::openInNewWindow(const QString &choiceId, EngineSession *beside)
{
    const Result<Endpoint> endpoint = endpointFor(choiceId, beside);
    if (!endpoint)
        return nullptr;
    savedEngines().setLastEngine(choiceId);
    EngineSession *next = create(endpoint.value(), {}, {});
    if (beside)
        next->window()->move(beside->window()->pos() + QPoint(40, 40));
    return next;
}

void EngineSessions::remove(EngineSession *session)
{
    m_sessions.removeAll(session);
    session->window()->hide();
    session->deleteLater();
}

EnginesDialog *EngineSessions::manageEngines(QWidget *near)
{
    if (!m_dialog) {
        // Owned here, not by the window that asked: it outlives that window's switch.
        m_dialog =
            new EnginesDialog(m_settings, dockerconfig::locate(m_inputs.env, m_inputs.homeDir));
        if (near)
            m_dialog->move(near->geometry().center() - m_dialog->rect().center());
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace gantry
