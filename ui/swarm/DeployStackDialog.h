#pragma once

#include "widgets/FormDialog.h"

class QLabel;
class QLineEdit;

namespace gantry {

class CommandLog;
class DockerClient;
class PathField;
class StackRunner;

// docker stack deploy -c FILE NAME: a compose file and a stack name, checked as typed (the
// file is read and planned: a YAML error or a missing secret file shows at once), then the
// deploy runs with each step shown; an engine error stays in the dialog. The line goes to
// the command log.
class DeployStackDialog : public FormDialog {
    Q_OBJECT
public:
    DeployStackDialog(DockerClient *client, CommandLog *log, QWidget *parent = nullptr);

    QString stepText() const;

signals:
    void deployed(const QString &stack);

protected:
    QString commandText() const override;
    void submit() override;
    void reject() override;

private:
    QString fileError() const;
    QString nameError() const;

    PathField *m_file;
    QLineEdit *m_name;
    QLabel *m_step;
    StackRunner *m_runner;
    CommandLog *m_log;
};

} // namespace gantry
