#pragma once

#include "compose/ComposeCommand.h"
#include "compose/ComposeConfig.h"
#include "compose/ComposeContext.h"
#include "compose/ComposeProject.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace gantry {

class ComposeEditorDialog;
class ComposeRunPanel;
class PathField;

// Open a compose file (or a folder holding one): the tool's `config` checks it (an error is
// shown with its file and line; nothing is started), its services are listed with their
// images, ports and volumes, the project gets a name (the folder's by default, checked as
// compose checks it), and Up (`up -d`) starts it, its output streamed, cancellable. Once
// up, the project is in the containers list, grouped, with its files.
class OpenComposeDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenComposeDialog(const ComposeContext &context, QWidget *parent = nullptr);

    // A compose file or a folder; checked as soon as the tool is known.
    void setPath(const QString &path);
    // The project as it will be started (files, working directory, name).
    ComposeProject project() const;
    // The last check's result; nullopt while none passed.
    const std::optional<ComposeConfig> &config() const { return m_config; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *checkButton() const { return m_check; }
    QLineEdit *nameField() const { return m_name; }
    QLabel *errorLabel() const { return m_error; }
    ComposeRunPanel *runPanel() const { return m_run; }
    bool isChecking() const { return m_checking; }

signals:
    void projectStarted(const QString &project); // up -d ended well
    void jobFinished(bool ok);

protected:
    void reject() override;

private:
    void toolDetected(const ComposeTool &tool);
    void pathChanged();
    void check();
    void showConfig();
    void up();
    void openEditor();
    void updateState();

    ComposeContext m_context;
    ComposeTool m_tool;
    bool m_checking = false;
    bool m_nameEdited = false;
    QStringList m_files;
    QString m_workingDir;
    std::optional<ComposeConfig> m_config;
    PathField *m_path;
    QLineEdit *m_name;
    QLabel *m_nameHint;
    QLabel *m_toolLabel;
    QLabel *m_filesLabel;
    QLabel *m_error;
    QTreeWidget *m_services;
    QLabel *m_resources;
    QPushButton *m_check;
    QPushButton *m_edit;
    QPushButton *m_up;
    QPointer<ComposeEditorDialog> m_editor;
    ComposeRunPanel *m_run;
    QTimer *m_checkLater; // a path being typed is checked once typing pauses
};

} // namespace gantry
