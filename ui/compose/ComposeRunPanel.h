#pragma once

#include "compose/ComposeCommand.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gantry {

class CommandLog;

// One compose command at a time, shown: its exact line (also put in the command log), its
// output streamed, a Cancel button (SIGTERM, then SIGKILL after a grace period) and how it
// ended. The project view, the open-a-file dialog and the editor run their commands here.
class ComposeRunPanel : public QWidget {
    Q_OBJECT
public:
    explicit ComposeRunPanel(CommandLog *log, QWidget *parent = nullptr);

    // Starts `spec` unless a command runs already; false when it did not start.
    bool run(const ComposeTool &tool, const ComposeCommandSpec &spec,
             const QProcessEnvironment &env);
    bool isRunning() const { return m_job != nullptr; }
    // The dialog closes: the command is stopped as Cancel does, and nobody waits for it.
    void abandon();
    QPushButton *cancelButton() const { return m_cancel; }
    QPlainTextEdit *outputView() const { return m_output; }
    QString status() const;
    void setStatus(const QString &text);

signals:
    void started();
    void finished(bool ok); // also after abandon() (ok false)

private:
    CommandLog *m_log;
    QLabel *m_command;
    QPlainTextEdit *m_output;
    QLabel *m_status;
    QPushButton *m_cancel;
    ComposeJob *m_job = nullptr;
    quint64 m_logHandle = 0;
};

} // namespace gantry
