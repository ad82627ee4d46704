#pragma once

#include "core/ContainerState.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace gantry {

class CommandLog;
class DockerClient;
class TerminalTab;

// The Terminal tab of the details panel: shells (`docker exec -it`) and attachments
// (`docker attach`) to the current container, several at once, each in its own tab that
// stays after its process ended to say how.
class TerminalPanel : public QWidget {
    Q_OBJECT
public:
    explicit TerminalPanel(DockerClient *client, QWidget *parent = nullptr);

    void setCommandLog(CommandLog *log);
    // The container the buttons act on; an empty id: none. `state` is the engine's
    // (running, exited, paused...).
    void setContainer(const QString &id, const QString &name, const QString &state);
    QString containerId() const { return m_id; }
    QString containerName() const { return m_name; }

    // Open a tab for the current container; nullptr when that is not possible (the hint
    // says why).
    TerminalTab *openShell();
    TerminalTab *attach();
    // The attached half of `docker run -it`: a tab attached to the container just created
    // (`id`, `name`), which it then starts. `runLine` is the run's command line, already in the
    // command log.
    TerminalTab *runAttached(const QString &id, const QString &name, const QStringList &runLine,
                             bool interactive);

    QTabWidget *tabs() const { return m_tabs; }
    int count() const;
    TerminalTab *tab(int index) const;
    QLineEdit *commandField() const { return m_command; }
    QString hint() const;

private:
    TerminalTab *open(TerminalTab *tab, const QString &title);
    void updateControls();
    void closeTab(int index);

    DockerClient *m_client;
    QPointer<CommandLog> m_log;
    QString m_id;
    QString m_name;
    ContainerState m_state; // parsed from the engine's word
    QLineEdit *m_command;
    QPushButton *m_open;
    QPushButton *m_attach;
    QLabel *m_hint;
    QTabWidget *m_tabs;
};

} // namespace gantry
