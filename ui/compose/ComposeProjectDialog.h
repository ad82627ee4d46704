#pragma once

#include "compose/ComposeCommand.h"
#include "compose/ComposeContext.h"
#include "compose/ComposeProject.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace gantry {

class ComposeEditorDialog;
class ComposeRunPanel;
class MessageBanner;

// A compose project adopted from its labels: its files and .env (read-only, highlighted,
// secret-looking values masked until shown) when they are on this machine, the compose
// tool's Up, Down, Pull, Restart and Rebuild, each logged with its exact command line, its
// output streamed, cancellable, and Edit… (the files in an editor).
class ComposeProjectDialog : public QDialog {
    Q_OBJECT
public:
    using Context = ComposeContext;

    ComposeProjectDialog(const ComposeProject &project, const Context &context,
                         QWidget *parent = nullptr);

    // Files read and shown (path -> text); .env included when present.
    QStringList shownFiles() const { return m_shown; }
    QPushButton *button(ComposeCommandSpec::Verb verb) const { return m_buttons.value(verb); }
    QPushButton *editButton() const { return m_edit; }
    bool isRunning() const;
    ComposeRunPanel *runPanel() const { return m_run; }

    // The project's own files are on this machine (and the engine too).
    static bool filesHere(const ComposeProject &project, bool engineLocal);

signals:
    void jobFinished(bool ok); // containers changed: the listing is worth refreshing

protected:
    void reject() override;

private:
    void addFileTab(const QString &path, bool isEnv);
    void toolDetected(const ComposeTool &tool);
    void request(ComposeCommandSpec::Verb verb);
    void confirmDown(const ComposeCommandSpec &spec, const QStringList &networks,
                     const QStringList &volumes, const QString &problem);
    void openEditor();
    void updateButtons();

    ComposeProject m_project;
    Context m_context;
    ComposeTool m_tool;
    bool m_filesHere = false;
    bool m_checking = false; // reading the files before Down's confirmation
    QStringList m_shown;
    MessageBanner *m_banner;
    QLabel *m_toolLabel;
    QTabWidget *m_files;
    QHash<ComposeCommandSpec::Verb, QPushButton *> m_buttons;
    QCheckBox *m_withVolumes;
    QPushButton *m_edit;
    QPointer<ComposeEditorDialog> m_editor;
    ComposeRunPanel *m_run;
};

} // namespace gantry
