#pragma once

#include "transport/Endpoint.h"

#include <QObject>

#include <memory>

namespace gantry {

class ConnectionMonitor;
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
    EngineSession(const Endpoint &endpoint, const QString &choiceId, QObject *parent = nullptr);
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

signals:
    // The user closed the window (not emitted when the session is deleted otherwise).
    void windowClosed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_choiceId;
    std::unique_ptr<DockerClient> m_client;
    std::unique_ptr<ConnectionMonitor> m_monitor;
    std::unique_ptr<Workspace> m_workspace;
    EngineSwitcher *m_switcher;
};

} // namespace gantry
