#pragma once

#include "specs/ImageTransferSpecs.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gantry {

// docker commit: a container's filesystem as a new image, with a message, an author and
// Dockerfile changes (CMD, ENV, ...). Validates as typed; an engine error keeps the fields.
class CommitDialog : public QDialog {
    Q_OBJECT
public:
    CommitDialog(const QString &containerId, const QString &containerName,
                 QWidget *parent = nullptr);

    CommitSpec spec() const;
    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void commitRequested(const gantry::CommitSpec &spec);

private:
    void validate();
    QString firstProblem() const;

    QString m_id;
    QString m_name;
    QLineEdit *m_reference;
    QLineEdit *m_message;
    QLineEdit *m_author;
    QPlainTextEdit *m_changes;
    QCheckBox *m_pause;
    QLabel *m_error;
    QLabel *m_command;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace gantry
