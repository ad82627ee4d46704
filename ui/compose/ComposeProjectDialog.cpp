#include "compose/ComposeProjectDialog.h"

#include "actions/CommandLog.h"
#include "compose/ComposeConfig.h"
#include "compose/ComposeEditorDialog.h"
#include "compose/ComposeRunPanel.h"
#include "compose/ConfigQuery.h"
#include "compose/EnvFile.h"
#include "compose/FileHead.h"
#include "compose/YamlHighlighter.h"
#include "listings/ContainerModel.h"
#include "specs/ActionSpecs.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/PlainLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

bool ComposeProjectDialog::filesHere(const ComposeProject &project, bool engineLocal)
{
    if (!engineLocal || !project.hasFiles())
        return false;
    for (const QString &f : project.configFiles) {
        if (!QFileInfo(f).isReadable())
            return false;
    }
    return true;
}

ComposeProjectDialog::ComposeProjectDialog(const ComposeProject &project, const Context &context,
                                           QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_context(context)
    , m_filesHere(filesHere(project, context.engineLocal))
    , m_banner(new MessageBanner)
    , m_toolLabel(plainLabel(tr("Looking for the compose tool…")))
    , m_files(new QTabWidget)
    , m_withVolumes(new QCheckBox(tr("With volumes (down -v)")))
    , m_edit(new QPushButton(tr("Edit…", "the compose files")))
    , m_run(new ComposeRunPanel(context.log))
{
    setObjectName(u"composeProjectDialog"_s);
    setWindowTitle(tr("Compose project %1").arg(project.name));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(820, 640);

    QStringList facts;
    facts << tr("Project: %1").arg(project.name);
    facts << tr("Services: %1").arg(project.services.join(u", "_s));
    if (!project.workingDir.isEmpty())
        facts << tr("Working directory: %1").arg(project.workingDir);
    if (project.hasFiles())
        facts << tr("Files: %1").arg(project.configFiles.join(u", "_s));
    QLabel *factsLabel = plainLabel(facts.join(u'\n'));
    factsLabel->setObjectName(u"composeFacts"_s);
    m_toolLabel->setObjectName(u"composeTool"_s);
    m_banner->setObjectName(u"composeBanner"_s);

    if (!context.engineLocal)
        m_banner->showMessage(MessageBanner::Level::Info,
                              tr("The engine runs on another machine: this project's files are "
                                 "there, not here, so the compose tool cannot be run on them "
                                 "from Gantry. The actions on its containers still work."));
    else if (!project.hasFiles())
        m_banner->showMessage(MessageBanner::Level::Info,
                              tr("Compose did not record this project's files on its containers "
                                 "(no com.docker.compose.project.config_files label). The "
                                 "actions on its containers still work."));
    else if (!m_filesHere)
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("This project's files are not readable on this machine (they "
                                 "may be on another one, or were moved): %1. The actions on its "
                                 "containers still work.")
                                  .arg(project.configFiles.join(u", "_s)));

    m_files->setObjectName(u"composeFiles"_s);
    m_files->setAccessibleName(tr("Compose files"));
    if (m_filesHere) {
        for (const QString &f : std::as_const(project.configFiles))
            addFileTab(f, false);
        if (const QString env = project.envFile(); QFileInfo(env).isReadable())
            addFileTab(env, true);
    }
    m_files->setVisible(m_files->count() > 0);

    auto *buttons = new QHBoxLayout;
    struct Def {
        ComposeCommandSpec::Verb verb;
        const char *name;
        QString tip;
    };
    using V = ComposeCommandSpec::Verb;
    const Def defs[] = {
        {V::Up, "composeUp", tr("Create and start what is missing or changed (up -d)")},
        {V::Down, "composeDown", tr("Stop and remove the containers and networks (down)")},
        {V::Pull, "composePull", tr("Pull the services' images (pull)")},
        {V::Restart, "composeRestart", tr("Restart the services' containers (restart)")},
        {V::Rebuild, "composeRebuild", tr("Build the images again and recreate (up -d --build)")},
    };
    for (const Def &d : defs) {
        auto *b = new QPushButton(ComposeCommandSpec::verbTitle(d.verb));
        b->setObjectName(QLatin1StringView(d.name));
        b->setAccessibleName(ComposeCommandSpec::verbTitle(d.verb));
        b->setToolTip(d.tip);
        m_buttons.insert(d.verb, b);
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, verb = d.verb] { request(verb); });
        if (d.verb == V::Down)
            buttons->addWidget(m_withVolumes);
    }
    m_withVolumes->setObjectName(u"composeWithVolumes"_s);
    m_withVolumes->setAccessibleName(tr("Down removes the volumes too"));
    m_withVolumes->setToolTip(tr("Also remove the project's named and anonymous volumes: their "
                                 "data is lost"));
    buttons->addStretch(1);
    m_edit->setObjectName(u"composeEdit"_s);
    m_edit->setAccessibleName(tr("Edit the compose files"));
    m_edit->setToolTip(tr("Edit the compose file and .env, check and save them, and apply the "
                          "changes (up -d)"));
    buttons->addWidget(m_edit);
    connect(m_edit, &QPushButton::clicked, this, &ComposeProjectDialog::openEditor);
    connect(m_run, &ComposeRunPanel::finished, this, [this](bool ok) {
        updateButtons();
        emit jobFinished(ok);
    });

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_files);
    splitter->addWidget(m_run);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(factsLabel);
    layout->addWidget(m_toolLabel);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    updateButtons();
    if (m_context.detector)
        m_context.detector->whenDetected(this, [this](const ComposeTool &t) { toolDetected(t); });
}

void ComposeProjectDialog::addFileTab(const QString &path, bool isEnv)
{
    const FileHead file = FileHead::read(path);
    QString text;
    if (!file.opened) {
        text = tr("Cannot read %1: %2").arg(path, file.error);
    } else {
        text = QString::fromUtf8(file.bytes());
        if (file.cut())
            text += u'\n' + tr("[… cut: the file is larger than %n KiB]", "",
                               int(FileHead::kMaxBytes / 1024));
    }
    auto *view = new QPlainTextEdit;
    view->setObjectName(u"composeFile"_s);
    view->setAccessibleName(tr("Contents of %1").arg(QFileInfo(path).fileName()));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new YamlHighlighter(view->document());
    QWidget *page = view;
    const QString masked = isEnv ? EnvFile::masked(text) : text;
    view->setPlainText(masked);
    if (masked != text) { // values of secret-looking keys hidden until asked for
        page = new QWidget;
        auto *show = new QCheckBox(tr("Show values"));
        show->setObjectName(u"composeShowSecrets"_s);
        show->setAccessibleName(tr("Show the values of secret-looking keys"));
        show->setToolTip(tr("Values of keys whose name holds PASSWORD, SECRET, TOKEN or KEY are "
                            "hidden"));
        connect(show, &QCheckBox::toggled, view,
                [view, text, masked](bool on) { view->setPlainText(on ? text : masked); });
        auto *column = new QVBoxLayout(page);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(show);
        column->addWidget(view, 1);
    }
    const int tab = m_files->addTab(page, QFileInfo(path).fileName());
    m_files->setTabToolTip(tab, path);
    m_shown << path;
}

void ComposeProjectDialog::toolDetected(const ComposeTool &tool)
{
    m_tool = tool;
    if (tool.isValid()) {
        m_toolLabel->setText(tr("Compose tool: %1 (%2)").arg(tool.displayName(), tool.program));
    } else {
        m_toolLabel->setText(tr("Compose tool: none found"));
        if (m_filesHere)
            m_banner->showMessage(MessageBanner::Level::Warning, ComposeTool::installHint());
    }
    updateButtons();
}

bool ComposeProjectDialog::isRunning() const
{
    return m_run->isRunning() || m_checking;
}

void ComposeProjectDialog::updateButtons()
{
    const bool can = m_tool.isValid() && m_filesHere && !isRunning();
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(can);
    m_withVolumes->setEnabled(can);
    m_edit->setEnabled(m_filesHere);
}

void ComposeProjectDialog::request(ComposeCommandSpec::Verb verb)
{
    ComposeCommandSpec spec = ComposeCommandSpec::of(verb, m_project);
    if (verb != ComposeCommandSpec::Verb::Down) {
        m_run->run(m_tool, spec, m_context.environment);
        updateButtons();
        return;
    }
    spec.removeVolumes = m_withVolumes->isChecked();
    // What goes is named from the files as they are now: read them first (config).
    ComposeCommandSpec config = ComposeCommandSpec::of(ComposeCommandSpec::Verb::Config, m_project);
    m_checking = true;
    updateButtons();
    m_run->setStatus(tr("Reading the files to name what Down removes…"));
    startConfigQuery(m_tool, config, m_context.environment, this,
                     [this, spec](const ConfigOutcome &outcome) {
                         m_checking = false;
                         m_run->setStatus({});
                         updateButtons();
                         QString why;
                         std::optional<ComposeConfig> parsed;
                         if (outcome.ok)
                             parsed = ComposeConfig::parse(outcome.output, &why);
                         else
                             why = outcome.error.describe();
                         if (!parsed) {
                             confirmDown(spec, {}, {}, why);
                             return;
                         }
                         confirmDown(spec, parsed->downNetworks(spec.project),
                                     parsed->downVolumes(spec.project), {});
                     });
}

void ComposeProjectDialog::confirmDown(const ComposeCommandSpec &spec, const QStringList &networks,
                                       const QStringList &volumes, const QString &problem)
{
    QStringList items;
    for (const ContainerSummary &c : m_context.containers(m_project))
        items << tr("container %1").arg(ContainerModel::nameOf(c));
    for (const QString &n : networks)
        items << tr("network %1").arg(n);
    if (spec.removeVolumes) {
        for (const QString &v : volumes)
            items << tr("volume %1").arg(v);
    }
    QString text =
        spec.removeVolumes
            ? tr("Stop and remove the containers of %1, its networks AND its volumes (the named "
                 "volumes declared in its files and its containers' anonymous volumes): the "
                 "data in them is lost for good.")
                  .arg(m_project.name)
            : tr("Stop and remove the containers of %1 and its networks?").arg(m_project.name);
    if (!problem.isEmpty())
        text += u"\n\n"_s + tr("Its files could not be read, so its networks and volumes cannot "
                               "be named here: %1")
                                .arg(problem);
    auto *dialog =
        new ConfirmDialog(tr("Down"), text, items,
                          spec.removeVolumes ? tr("Down and remove volumes") : tr("Down"), this);
    dialog->setObjectName(u"composeDownConfirm"_s);
    dialog->resize(560, dialog->sizeHint().height()); // room for the names
    if (!spec.removeVolumes)
        dialog->setNote(volumes.isEmpty()
                            ? tr("Its named volumes, if any, are kept.")
                            : tr("Its named volumes are kept: %1.").arg(volumes.join(u", "_s)));
    connect(dialog, &QDialog::accepted, this, [this, spec] {
        m_run->run(m_tool, spec, m_context.environment);
        updateButtons();
    });
    dialog->open();
}

void ComposeProjectDialog::openEditor()
{
    if (m_editor) { // one editor per project: the open one comes forward
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    // Beside this view, not inside it: closing the view never takes unsaved edits with it.
    m_editor =
        ComposeEditorDialog::openFor(m_project, m_context, parentWidget() ? parentWidget() : this);
    connect(m_editor, &ComposeEditorDialog::applied, this,
            [this](bool ok) { emit jobFinished(ok); });
}

void ComposeProjectDialog::reject()
{
    m_run->abandon(); // closing stops the command, as cancelling does
    QDialog::reject();
}

} // namespace gantry
