#include "swarm/DeployStackDialog.h"

#include "actions/CommandLog.h"
#include "specs/ActionSpecs.h"
#include "swarm/StackDeploy.h"
#include "swarm/StackRunner.h"
#include "widgets/PathField.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

DeployStackDialog::DeployStackDialog(DockerClient *client, CommandLog *log, QWidget *parent)
    : FormDialog(u"stackError"_s, u"stackCommand"_s, parent)
    , m_file(new PathField(PathField::Kind::OpenFile, u"stackFile"_s, tr("Compose file")))
    , m_name(new QLineEdit)
    , m_step(new QLabel)
    , m_runner(new StackRunner(client, this))
    , m_log(log)
{
    setObjectName(u"deployStackDialog"_s);
    setWindowTitle(tr("Deploy stack"));
    setAccessibleName(windowTitle());
    setMinimumWidth(520);
    m_file->setNameFilter(tr("Compose files (*.yml *.yaml)"));
    m_file->setPlaceholderText(tr("docker-compose.yml"));
    m_name->setObjectName(u"stackName"_s);
    m_name->setAccessibleName(tr("Stack name"));
    m_step->setObjectName(u"stackStep"_s);
    m_step->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Compose file:"), m_file);
    form->addRow(tr("Stack name:"), m_name);
    body()->addLayout(form);
    auto *note = new QLabel(tr("Networks, secrets, configs and services are named after the "
                               "stack (NAME_web) and labelled with it; deploying again updates "
                               "the services in place. Images are used as they are here."));
    note->setWordWrap(true);
    body()->addWidget(note);
    footer()->addWidget(m_step);
    addButtons(tr("Deploy"), u"stackDeployAccept"_s, u"stackDeployCancel"_s);
    addField({.widget = m_file->lineEdit(),
              .validate = [this] { return fileError(); },
              .required = true});
    addField({.widget = m_name, .validate = [this] { return nameError(); }, .required = true});
    revalidate();

    connect(m_runner, &StackRunner::progress, m_step, &QLabel::setText);
}

QString DeployStackDialog::stepText() const
{
    return m_step->text();
}

QString DeployStackDialog::nameError() const
{
    const QString n = m_name->text().trimmed();
    if (n.isEmpty() || isValidStackName(n))
        return {};
    return tr("Not a valid stack name: a letter or digit, then letters, digits, '_', '.' or "
              "'-'.");
}

QString DeployStackDialog::fileError() const
{
    const QString path = m_file->path().trimmed();
    if (path.isEmpty())
        return {};
    // Per keystroke: only a stat. The file is read and planned on submit.
    return checkComposeFile(path);
}

QString DeployStackDialog::commandText() const
{
    if (!isValid())
        return {};
    StackPlan p;
    p.name = m_name->text().trimmed();
    p.composeFile = m_file->path().trimmed();
    return shellJoin(p.deployCommandLine());
}

void DeployStackDialog::submit()
{
    const QString name = m_name->text().trimmed();
    const auto plan = planStackFile(m_file->path().trimmed(), name);
    if (!plan) {
        showError(plan.error().describe());
        return;
    }
    setBusy(true);
    const quint64 handle = m_log ? m_log->append(shellJoin(plan->deployCommandLine())) : 0;
    connect(
        m_runner, &StackRunner::finished, this,
        [this, handle, name](const EngineError &error) {
            if (m_log)
                m_log->finish(handle, error);
            if (error.isError()) {
                showError(error.describe());
                return;
            }
            emit deployed(name);
            accept();
        },
        Qt::SingleShotConnection);
    m_runner->deploy(plan.value());
}

void DeployStackDialog::reject()
{
    m_runner->cancel();
    FormDialog::reject();
}

} // namespace gantry
