#pragma once

#include "specs/ImageTransferSpecs.h"
#include "widgets/JobDialog.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace gantry {

// docker commit: a container's filesystem as a new image, with a message, an author and
// Dockerfile changes (CMD, ENV, ...). Validates as typed; an engine error keeps the fields;
// Cancel aborts a commit in flight (a large filesystem takes a while).
class CommitDialog : public JobDialog {
    Q_OBJECT
public:
    CommitDialog(const QString &containerId, const QString &containerName,
                 QWidget *parent = nullptr);

    CommitSpec spec() const;

signals:
    void commitRequested(const gantry::CommitSpec &spec);

protected:
    QString firstProblem() const override;
    QString commandText() const override;
    void setInputEnabled(bool enabled) override;

private:
    QString m_id;
    QString m_name;
    QLineEdit *m_reference;
    QLineEdit *m_message;
    QLineEdit *m_author;
    QPlainTextEdit *m_changes;
    QCheckBox *m_pause;
};

} // namespace gantry
