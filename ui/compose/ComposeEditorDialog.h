#pragma once

#include "compose/ComposeCommand.h"
#include "compose/ComposeContext.h"
#include "compose/ComposeError.h"
#include "compose/ComposeProject.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace gantry {

class ComposeRunPanel;

// The compose files and .env of a project in an editor (YAML highlighting). Save checks the
// edited text first with the tool's `config` on temporary copies beside the files (an error
// is shown with its file and line, the files stay untouched), then writes each changed file
// atomically (QSaveFile); a file changed on disk since it was read here is not overwritten
// without asking (overwrite, reload or cancel). Apply saves if needed, shows which services `up -d`
// will recreate (the tool's `config --hash=*` against the containers' config-hash labels), then
// runs it. Closing with unsaved changes asks first.
class ComposeEditorDialog : public QDialog {
    Q_OBJECT
public:
    ComposeEditorDialog(const ComposeProject &project, const ComposeContext &context,
                        QWidget *parent = nullptr);
    ~ComposeEditorDialog() override;

    // The editor of these files already open beside `parent` (raised), else a new one
    // (shown): one editor per project, so two never save over each other.
    static ComposeEditorDialog *openFor(const ComposeProject &project,
                                        const ComposeContext &context, QWidget *parent);

    QPlainTextEdit *editor(const QString &path) const; // nullptr when not open here
    bool hasUnsavedChanges() const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *errorLabel() const { return m_error; }
    ComposeRunPanel *runPanel() const { return m_run; }
    void save();
    void apply();
    // Close, Escape and the window's close button (QDialog routes it here): asks first when
    // something is not saved.
    void reject() override;

signals:
    void saved();
    void applied(bool ok); // up -d ended (the containers changed)

private:
    struct File;
    void addFile(const QString &path, bool isEnv);
    void load(File *file); // (again) from disk: its text, read-only or not, its fingerprint
    void toolDetected(const ComposeTool &tool);
    void showError(const ComposeError &error);
    void saveChecked(); // the check passed: asks if a file changed on disk, then writes
    void writeFiles();
    void previewApply();
    void updateState();

    ComposeProject m_project;
    ComposeContext m_context;
    ComposeTool m_tool;
    bool m_busy = false; // a check or a preview runs
    bool m_applyAfterSave = false;
    bool m_discard = false; // the user chose to close without saving
    QList<File *> m_fileList;
    QLabel *m_toolLabel;
    QTabWidget *m_tabs;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_apply;
    ComposeRunPanel *m_run;
};

} // namespace gantry
