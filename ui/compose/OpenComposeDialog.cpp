#include "compose/OpenComposeDialog.h"

#include "compose/ComposeEditorDialog.h"
#include "compose/ComposeRunPanel.h"
#include "compose/ComposeTool.h"
#include "compose/ConfigQuery.h"
#include "widgets/ErrorLabel.h"
#include "widgets/PathField.h"
#include "widgets/PlainLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

OpenComposeDialog::OpenComposeDialog(const ComposeContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_path(
          new PathField(PathField::Kind::OpenFile, u"composePath"_s, tr("Compose file or folder")))
    , m_name(new QLineEdit)
    , m_nameHint(plainLabel())
    , m_toolLabel(plainLabel())
    , m_filesLabel(plainLabel())
    , m_error(new QLabel)
    , m_services(new QTreeWidget)
    , m_resources(plainLabel())
    , m_check(new QPushButton(tr("Check", "compose config")))
    , m_edit(new QPushButton(tr("Edit…", "the compose files")))
    , m_up(new QPushButton(tr("Up", "compose up -d")))
    , m_run(new ComposeRunPanel(context.log))
    , m_checkLater(new QTimer(this))
{
    setObjectName(u"openComposeDialog"_s);
    setWindowTitle(tr("Open a compose file"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(860, 640);

    m_path->setNameFilter(tr("Compose files (*.yml *.yaml)"));
    m_path->setPlaceholderText(tr("A compose file, or a folder holding compose.yaml or "
                                  "docker-compose.yml"));
    m_name->setObjectName(u"composeProjectName"_s);
    m_name->setAccessibleName(tr("Project name"));
    m_name->setToolTip(tr("Lowercase letters, digits, '-' and '_' (the -p of the compose "
                          "tool); the folder's name by default"));
    m_toolLabel->setObjectName(u"composeOpenTool"_s);
    m_toolLabel->setText(tr("Looking for the compose tool…"));
    m_filesLabel->setObjectName(u"composeOpenFiles"_s);
    m_resources->setObjectName(u"composeResources"_s);
    setUpErrorLabel(m_error, u"composeOpenError"_s);
    setUpErrorLabel(m_nameHint, u"composeNameHint"_s);

    m_services->setObjectName(u"composeServices"_s);
    m_services->setAccessibleName(tr("Services"));
    m_services->setHeaderLabels({tr("Service"), tr("Image"), tr("Ports"), tr("Volumes")});
    m_services->setRootIsDecorated(false);
    m_services->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_services->setMinimumHeight(110);

    m_check->setObjectName(u"composeCheck"_s);
    m_check->setAccessibleName(tr("Check the compose file"));
    m_check->setToolTip(tr("Read the files with the compose tool (config): nothing is started"));
    m_edit->setObjectName(u"composeOpenEdit"_s);
    m_edit->setAccessibleName(tr("Edit the compose files"));
    m_up->setObjectName(u"composeOpenUp"_s);
    m_up->setAccessibleName(tr("Start the project (up -d)"));
    m_up->setToolTip(tr("Create and start the project's containers, networks and volumes "
                        "(up -d)"));
    m_up->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&File or folder:"), m_path);
    form->addRow(tr("&Project name:"), m_name);
    form->addRow(QString(), m_nameHint);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_up);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_services, 1);
    topLayout->addWidget(m_resources);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_run);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_toolLabel);
    layout->addWidget(m_filesLabel);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    m_checkLater->setSingleShot(true);
    m_checkLater->setInterval(400);
    connect(m_checkLater, &QTimer::timeout, this, &OpenComposeDialog::check);
    connect(m_path, &PathField::pathChanged, this, &OpenComposeDialog::pathChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        updateState();
        if (m_config)
            showConfig(); // network and volume names follow the project name
    });
    connect(m_check, &QPushButton::clicked, this, &OpenComposeDialog::check);
    connect(m_edit, &QPushButton::clicked, this, &OpenComposeDialog::openEditor);
    connect(m_up, &QPushButton::clicked, this, &OpenComposeDialog::up);
    connect(m_run, &ComposeRunPanel::finished, this, [this](bool ok) {
        updateState();
        emit jobFinished(ok);
        if (ok) {
            m_run->setStatus(
                tr("Done: the project %1 is in the containers list.").arg(m_name->text()));
            emit projectStarted(m_name->text());
        }
    });

    updateState();
    if (m_context.detector)
        m_context.detector->whenDetected(this, [this](const ComposeTool &t) { toolDetected(t); });
}

void OpenComposeDialog::setPath(const QString &path)
{
    m_path->setPath(path);
    pathChanged();
    m_checkLater->stop();
    check(); // given whole (drop, file dialog): no typing to wait for
}

ComposeProject OpenComposeDialog::project() const
{
    ComposeProject p;
    p.name = m_name->text();
    p.configFiles = m_files;
    p.workingDir = m_workingDir;
    return p;
}

void OpenComposeDialog::toolDetected(const ComposeTool &tool)
{
    m_tool = tool;
    m_toolLabel->setText(tool.isValid()
                             ? tr("Compose tool: %1 (%2)").arg(tool.displayName(), tool.program)
                             : ComposeTool::installHint());
    updateState();
    if (!m_files.isEmpty() && !m_config)
        check();
}

void OpenComposeDialog::pathChanged()
{
    const QString path = m_path->path();
    const QFileInfo info(path);
    m_files.clear();
    m_workingDir.clear();
    m_config.reset();
    m_services->clear();
    m_resources->clear();
    m_error->hide();
    if (info.isDir()) {
        m_files = composeFilesInFolder(path);
        m_workingDir = QDir(path).absolutePath();
        if (m_files.isEmpty()) {
            m_error->setText(tr("No compose file in this folder (compose.yaml, compose.yml, "
                                "docker-compose.yaml or docker-compose.yml)."));
            m_error->show();
        }
    } else if (info.isFile()) {
        m_files = {info.absoluteFilePath()};
        m_workingDir = info.absolutePath();
    }
    m_filesLabel->setText(m_files.isEmpty() ? QString()
                                            : tr("Files: %1").arg(m_files.join(u", "_s)));
    if (!m_nameEdited && !m_workingDir.isEmpty())
        m_name->setText(ComposeProjectName::fromFolder(QFileInfo(m_workingDir).fileName()));
    updateState();
    if (!m_files.isEmpty())
        m_checkLater->start();
}

void OpenComposeDialog::check()
{
    if (m_files.isEmpty() || !m_tool.isValid() || m_checking || m_run->isRunning())
        return;
    ComposeCommandSpec spec;
    spec.verb = ComposeCommandSpec::Verb::Config;
    spec.files = m_files;
    spec.workingDir = m_workingDir;
    m_checking = true;
    m_config.reset();
    m_services->clear();
    m_resources->clear();
    m_error->hide();
    m_run->setStatus(tr("Checking the files (config)…"));
    updateState();
    const QStringList files = m_files;
    startConfigQuery(m_tool, spec, m_context.environment, this,
                     [this, files](const ConfigOutcome &outcome) {
                         m_checking = false;
                         m_run->setStatus({});
                         if (files != m_files) { // another path since: check that one
                             updateState();
                             check();
                             return;
                         }
                         QString why;
                         if (outcome.ok)
                             m_config = ComposeConfig::parse(outcome.output, &why);
                         else
                             why = outcome.error.describe();
                         if (!m_config) {
                             m_error->setText(why);
                             m_error->show();
                         }
                         showConfig();
                         updateState();
                     });
}

void OpenComposeDialog::showConfig()
{
    m_services->clear();
    if (!m_config) {
        m_resources->clear();
        return;
    }
    for (const ComposeConfig::Service &s : m_config->services) {
        auto *item = new QTreeWidgetItem(m_services);
        item->setText(0, s.name);
        item->setText(1, s.image.isEmpty() && s.build ? tr("(built from its build section)")
                                                      : s.image);
        item->setText(2, s.ports.join(u", "_s));
        item->setText(3, s.volumes.join(u", "_s));
    }
    const QString project = m_name->text().isEmpty() ? u"PROJECT"_s : m_name->text();
    QStringList networks, volumes;
    for (const ComposeConfig::Resource &n : m_config->networks)
        networks << (n.external ? tr("%1 (external)").arg(n.engineName(project))
                                : n.engineName(project));
    for (const ComposeConfig::Resource &v : m_config->volumes)
        volumes << (v.external ? tr("%1 (external)").arg(v.engineName(project))
                               : v.engineName(project));
    QStringList lines;
    lines << tr("Networks: %1")
                 .arg(networks.isEmpty() ? tr("the project's default network")
                                         : networks.join(u", "_s));
    lines << tr("Named volumes: %1").arg(volumes.isEmpty() ? tr("none") : volumes.join(u", "_s));
    m_resources->setText(lines.join(u'\n'));
}

void OpenComposeDialog::up()
{
    if (!m_up->isEnabled())
        return;
    m_run->run(m_tool, ComposeCommandSpec::of(ComposeCommandSpec::Verb::Up, project()),
               m_context.environment);
    updateState();
}

void OpenComposeDialog::openEditor()
{
    if (m_editor) { // one editor per project: the open one comes forward
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    // Beside this view, not inside it: closing the view never takes unsaved edits with it.
    m_editor =
        ComposeEditorDialog::openFor(project(), m_context, parentWidget() ? parentWidget() : this);
    connect(m_editor, &ComposeEditorDialog::saved, this, &OpenComposeDialog::check);
    connect(m_editor, &ComposeEditorDialog::applied, this, [this](bool ok) {
        emit jobFinished(ok);
        if (ok)
            emit projectStarted(m_name->text());
    });
}

void OpenComposeDialog::updateState()
{
    const QString nameProblem = ComposeProjectName::problem(m_name->text());
    m_nameHint->setText(nameProblem);
    m_nameHint->setVisible(!nameProblem.isEmpty() && !m_files.isEmpty());
    const bool tool = m_tool.isValid();
    const bool idle = !m_checking && !m_run->isRunning();
    m_check->setEnabled(tool && idle && !m_files.isEmpty());
    m_edit->setEnabled(idle && !m_files.isEmpty() && nameProblem.isEmpty());
    m_up->setEnabled(tool && idle && m_config.has_value() && nameProblem.isEmpty());
    // Not while checking: typing goes on while the last path typed is being checked.
    m_path->setEnabled(!m_run->isRunning());
    m_name->setEnabled(!m_run->isRunning());
}

void OpenComposeDialog::reject()
{
    m_run->abandon(); // closing stops the command, as cancelling does
    QDialog::reject();
}

} // namespace gantry
