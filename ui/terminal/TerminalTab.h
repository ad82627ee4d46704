#pragma once

#include "specs/TerminalSpec.h"
#include "widgets/MessageBanner.h"

#include <QPointer>
#include <QWidget>

namespace gantry {

class CommandLog;
class DockerClient;
class EngineError;
class TerminalSession;
class TerminalWidget;

// One terminal of the Terminal panel: a session with a container and the screen it draws
// on, with a status line that stays after the end to say how it ended. Its command line
// goes to the command log when it starts.
class TerminalTab : public QWidget {
    Q_OBJECT
public:
    TerminalTab(DockerClient *client, CommandLog *log, const TerminalSpec &spec,
                QWidget *parent = nullptr);
    ~TerminalTab() override;

    void start();

    TerminalWidget *terminal() const { return m_terminal; }
    TerminalSession *session() const { return m_session; }
    const TerminalSpec &spec() const { return m_spec; }
    QString status() const;
    bool hasEnded() const { return m_ended; }

signals:
    void ended();

private:
    void end(const QString &status, const EngineError &error, MessageBanner::Level level);

    TerminalSpec m_spec;
    TerminalSession *m_session;
    TerminalWidget *m_terminal;
    MessageBanner *m_status;
    QPointer<CommandLog> m_log;
    quint64 m_logLine = 0;
    bool m_ended = false;
};

} // namespace gantry
