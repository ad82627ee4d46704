#pragma once

#include "specs/ImageTransferSpecs.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace gantry {

class PathField;

// docker build -t: a folder with a Dockerfile, tags, build args, target, no-cache.
// Validates as typed; while building shows the engine's output live and the current step;
// a failure stays in the dialog with every field kept. Passive: the controller builds.
class BuildDialog : public QDialog {
    Q_OBJECT
public:
    explicit BuildDialog(QWidget *parent = nullptr);

    BuildSpec spec() const;
    void setContextDir(const QString &dir);

    void setBusy(bool busy);
    void setStatus(const QString &text);
    void setUploadProgress(qint64 sent, qint64 total);
    void setStep(int step, int count, const QString &instruction);
    void appendOutput(const QString &text);
    void showError(const QString &message);
    void showSuccess(const QString &message);

    // Escape or the window's close button while working cancels the work first.
    void reject() override;

signals:
    void buildRequested(const gantry::BuildSpec &spec);
    void cancelRequested();

private:
    void validate();
    QString firstProblem() const;

    PathField *m_context;
    PathField *m_dockerfile;
    QLineEdit *m_tags;
    QPlainTextEdit *m_args;
    QLineEdit *m_target;
    QCheckBox *m_noCache;
    QLabel *m_error;
    QLabel *m_command;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_output;
    QPushButton *m_build;
    QPushButton *m_close;
    bool m_busy = false;
};

} // namespace gantry
