#pragma once

#include "specs/ImageTransferSpecs.h"
#include "widgets/JobDialog.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace gantry {

class PathField;

// docker build -t: a folder with a Dockerfile, tags, build args, target, no-cache.
// Validates as typed; while building shows the engine's output live and the current step;
// a failure stays in the dialog with every field kept. Passive: the controller builds.
class BuildDialog : public JobDialog {
    Q_OBJECT
public:
    explicit BuildDialog(QWidget *parent = nullptr);

    BuildSpec spec() const;
    void setContextDir(const QString &dir);

    void setUploadProgress(qint64 sent, qint64 total);
    void setBuildStep(int step, int count, const QString &instruction);
    void appendOutput(const QString &text);

signals:
    void buildRequested(const gantry::BuildSpec &spec);

protected:
    QString firstProblem() const override;
    QString commandText() const override;
    void setInputEnabled(bool enabled) override;
    QString failureText(const EngineError &error) const override { return error.message(); }
    QString cancelledText() const override;
    void busyChanged(bool busy) override;

private:
    PathField *m_context;
    PathField *m_dockerfile;
    QLineEdit *m_tags;
    QPlainTextEdit *m_args;
    QLineEdit *m_target;
    QCheckBox *m_noCache;
    QPlainTextEdit *m_output;
};

} // namespace gantry
