#pragma once

#include "transport/Endpoint.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace gantry {

class ConfirmDialog;
class ConnectionMonitor;
class CredentialStore;
class DockerClient;
class EngineSwitcher;
class MainWindow;
class Workspace;

// One window on one engine: the client, its connection monitor and the workspace (models,
// refreshers, window). Destroyed in the reverse order of construction: the window and every
// stream it follows go first, then the monitor, then the client, whose transport cancels
// what is still in flight without calling anyone back.
class EngineSession : public QObject {
    Q_OBJECT
public:
    // choiceId: the catalogue id the endpoint was made from (EngineChoice::id()), or empty.
    // credentials: the application's registry logins (not owned; nullptr: the window's own).
    EngineSession(const Endpoint &endpoint, const QString &choiceId, QObject *parent = nullptr,
                  CredentialStore *credentials = nullptr);
    ~EngineSession() override;

    // Starts following the engine and shows the window.
    void start();

    const Endpoint &endpoint() const;
    const QString &choiceId() const { return m_choiceId; }
    // What the window calls its engine: the choice's label, else the endpoint's URL.
    QString label() const;
    DockerClient *client() const { return m_client.get(); }
    ConnectionMonitor *monitor() const { return m_monitor.get(); }
    Workspace *workspace() const { return m_workspace.get(); }
    MainWindow *window() const;
    EngineSwitcher *switcher() const { return m_switcher; }
    // The titles of the terminal tabs still connected (a switch would close them).
    QStringList connectedTerminals() const;
    // The compose editors of this window that closing it would lose something of: unsaved
    // text, or an Apply (up -d) still running (one line each, saying which).
    QStringList busyComposeEditors() const;

signals:
    // The user closed the window and the close was accepted (not emitted when the session is
    // deleted otherwise).
    void windowClosed();

protected:
    // The window's close is refused, and asked about, while a compose editor is busy.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askBeforeClosing(const QStringList &editors);

    QString m_choiceId;
    std::unique_ptr<DockerClient> m_client;
    std::unique_ptr<ConnectionMonitor> m_monitor;
    std::unique_ptr<Workspace> m_workspace;
    EngineSwitcher *m_switcher;
    QPointer<ConfirmDialog> m_closeConfirm;
    bool m_closeConfirmed = false;
};

} // namespace gantry
