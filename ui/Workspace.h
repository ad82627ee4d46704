#pragma once

#include <QObject>

namespace gantry {

class ConnectionMonitor;
class ConnectionPresenter;
class DockerClient;
class MainWindow;

// Builds the main window for one engine: its pages and the presenters that fill them.
// The application and the GUI tests make the same window through it.
class Workspace : public QObject {
    Q_OBJECT
public:
    Workspace(DockerClient *client, ConnectionMonitor *monitor, QObject *parent = nullptr);
    ~Workspace() override;

    MainWindow *window() const { return m_window; }

private:
    DockerClient *m_client;
    ConnectionMonitor *m_monitor;
    MainWindow *m_window;
    ConnectionPresenter *m_connection;
};

} // namespace gantry
