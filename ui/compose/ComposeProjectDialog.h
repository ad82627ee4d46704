#pragma once

#include "compose/ComposeCommand.h"
#include "compose/ComposeProject.h"

#include <QDialog>
#include <QHash>
#include <QProcessEnvironment>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace gantry {

class CommandLog;
class MessageBanner;

// A compose project adopted from its labels: its files and .env (read-only, highlighted)
// when they are on this machine, and the compose tool's Up, Down, Pull, Restart and
// Rebuild, each logged with its exact command line, its output streamed, cancellable.
class ComposeProjectDialog : public QDialog {
    Q_OBJECT
public:
    struct Context {
        ComposeToolDetector *detector = nullptr;
        CommandLog *log = nullptr;
        QProcessEnvironment environment; // DOCKER_HOST set to the engine (composeEnvironment)
        bool engineLocal = true;         // the engine runs on this machine
    };

    ComposeProjectDialog(const ComposeProject &project, const Context &context,
                         QWidget *parent = nullptr);

    // Files read and shown (path -> text); .env included when present.
    QStringList shownFiles() const { return m_shown; }
    QPushButton *button(ComposeCommandSpec::Verb verb) const { return m_buttons.value(verb); }
    bool isRunning() const { return m_job != nullptr; }

    // The project's own files are on this machine (and the engine too).
    static bool filesHere(const ComposeProject &project, bool engineLocal);

signals:
    void jobFinished(bool ok); // containers changed: the listing is worth refreshing

protected:
    void reject() override;

private:
    void addFileTab(const QString &path);
    void toolDetected(const ComposeTool &tool);
    void request(ComposeCommandSpec::Verb verb);
    void start(const ComposeCommandSpec &spec);
    void updateButtons();

    ComposeProject m_project;
    Context m_context;
    ComposeTool m_tool;
    bool m_toolKnown = false;
    bool m_filesHere = false;
    QStringList m_shown;
    MessageBanner *m_banner;
    QLabel *m_toolLabel;
    QTabWidget *m_files;
    QHash<ComposeCommandSpec::Verb, QPushButton *> m_buttons;
    QCheckBox *m_withVolumes;
    QPushButton *m_cancel;
    QLabel *m_command;
    QPlainTextEdit *m_output;
    QLabel *m_status;
    ComposeJob *m_job = nullptr;
    quint64 m_logHandle = 0;
};

} // namespace gantry
