#pragma once

#include "catalogue/EngineCatalogue.h"
#include "transport/Endpoint.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QSettings;

namespace gantry {

class CredentialStore;
class ConfirmDialog;
class EngineSession;
class EnginesDialog;

// Every window of the application, one engine each. Switching an engine replaces the
// window's session by a new one at the same place (the old one's streams and transfers stop
// when it is deleted); "open in a new window" adds a session beside the others. The engine
// chosen last is remembered in the settings.
class EngineSessions : public QObject {
    Q_OBJECT
public:
    // inputs: what the catalogue reads (environment, home, default socket); settings: where
    // saved engines and the last choice live (not owned); credentials: the registry logins
    // (owned; nullptr: the system keychain and docker's config).
    EngineSessions(EndpointInputs inputs, QSettings *settings, QObject *parent = nullptr,
                   CredentialStore *credentials = nullptr);
    ~EngineSessions() override;

    EngineCatalogue catalogue() const;
    SavedEngines savedEngines() const { return SavedEngines(m_settings); }

    // False: the windows opened from now on neither take the remembered layout nor write
    // theirs down (a screenshot, a benchmark run: the user's own layout stays as it is).
    void setRemembersLayout(bool remembers) { m_remembersLayout = remembers; }

    // Opens a window on an endpoint and starts it.
    EngineSession *open(const Endpoint &endpoint);
    // Replaces `session` by one on the catalogue's engine `choiceId`, in the same place;
    // the new session, or nullptr (and the reason in the window) when the choice is gone
    // or invalid.
    EngineSession *switchEngine(EngineSession *session, const QString &choiceId);
    // What the window's menu asks for: the switch, after asking first (the dialog, returned)
    // when terminals are connected or a compose editor has unsaved text or a running Apply,
    // since the switch closes them.
    ConfirmDialog *requestSwitch(EngineSession *session, const QString &choiceId);
    // A second window, on the catalogue's engine `choiceId`, a little below and right of
    // `beside` when given.
    EngineSession *openInNewWindow(const QString &choiceId, EngineSession *beside = nullptr);
    // The dialog that adds, edits, pings and removes saved engines; one for the application
    // (owned here, it outlives a switch of the window it was opened from), placed over `near`.
    EnginesDialog *manageEngines(QWidget *near);

    QList<EngineSession *> sessions() const;
    // The registry logins of every window (one per application: a login kept for this
    // session only outlives a switch and is seen by the other windows).
    CredentialStore *credentials() const { return m_credentials; }

signals:
    void sessionStarted(gantry::EngineSession *session);

private:
    EngineSession *create(const Endpoint &endpoint, const QByteArray &geometry,
                          const QString &page);
    // The catalogue's endpoint for choiceId; when there is none, says why in `asking`'s window.
    Result<Endpoint> endpointFor(const QString &choiceId, EngineSession *asking) const;
    void remove(EngineSession *session);
    void fillMenu(EngineSession *session);

    EndpointInputs m_inputs;
    QSettings *m_settings;
    CredentialStore *m_credentials;
    QList<QPointer<EngineSession>> m_sessions;
    QPointer<EnginesDialog> m_dialog;
    bool m_remembersLayout = true;
};

} // namespace gantry
