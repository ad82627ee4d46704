#include "compose/ComposeProjectDialog.h"

#include "actions/CommandLog.h"
#include "compose/YamlHighlighter.h"
#include "listings/ContainerModel.h"
#include "specs/ActionSpecs.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/OutputView.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
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

namespace {

constexpr qint64 kMaxFileBytes = 1 << 20; // a compose file is a few KiB; show no more than this

QLabel *plainLabel(const QString &text = {})
{
    auto *l = new QLabel(text);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

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
    , m_cancel(new QPushButton(tr("Cancel", "stop the running compose command")))
    , m_command(plainLabel())
    , m_output(new QPlainTextEdit)
    , m_status(plainLabel())
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
            addFileTab(f);
        if (const QString env = project.envFile(); QFileInfo(env).isReadable())
            addFileTab(env);
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
    m_cancel->setObjectName(u"composeCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel the compose command"));
    buttons->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    m_command->setObjectName(u"composeCommand"_s);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setObjectName(u"composeOutput"_s);
    m_output->setAccessibleName(tr("Compose output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(10000); // a long build's output: the latest lines only
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The compose tool's output appears here."));
    m_status->setObjectName(u"composeStatus"_s);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_files);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(factsLabel);
    layout->addWidget(m_toolLabel);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_command);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    updateButtons();
    if (m_context.detector) {
        connect(m_context.detector, &ComposeToolDetector::detected, this,
                &ComposeProjectDialog::toolDetected);
        if (m_context.detector->isDone())
            toolDetected(m_context.detector->tool());
        else
            m_context.detector->detect();
    }
}

void ComposeProjectDialog::addFileTab(const QString &path)
{
    QFile file(path);
    QString text;
    if (!file.open(QIODevice::ReadOnly)) {
        text = tr("Cannot read %1: %2").arg(path, file.errorString());
    } else {
        const QByteArray bytes = file.read(kMaxFileBytes);
        text = QString::fromUtf8(bytes);
        if (!file.atEnd())
            text += u'\n' +
                    tr("[… cut: the file is larger than %n KiB]", "", int(kMaxFileBytes / 1024));
    }
    auto *view = new QPlainTextEdit;
    view->setObjectName(u"composeFile"_s);
    view->setAccessibleName(tr("Contents of %1").arg(QFileInfo(path).fileName()));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(text);
    new YamlHighlighter(view->document());
    const int tab = m_files->addTab(view, QFileInfo(path).fileName());
    m_files->setTabToolTip(tab, path);
    m_shown << path;
}

void ComposeProjectDialog::toolDetected(const ComposeTool &tool)
{
    m_tool = tool;
    m_toolKnown = true;
    if (tool.isValid()) {
        m_toolLabel->setText(tr("Compose tool: %1 (%2)").arg(tool.displayName(), tool.program));
    } else {
        m_toolLabel->setText(tr("Compose tool: none found"));
        if (m_filesHere)
            m_banner->showMessage(MessageBanner::Level::Warning, ComposeTool::installHint());
    }
    updateButtons();
}

void ComposeProjectDialog::updateButtons()
{
    const bool can = m_toolKnown && m_tool.isValid() && m_filesHere && !m_job;
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(can);
    m_withVolumes->setEnabled(can);
    m_cancel->setEnabled(m_job != nullptr);
}

void ComposeProjectDialog::request(ComposeCommandSpec::Verb verb)
{
    ComposeCommandSpec spec = ComposeCommandSpec::of(verb, m_project);
    if (verb != ComposeCommandSpec::Verb::Down) {
        start(spec);
        return;
    }
    spec.removeVolumes = m_withVolumes->isChecked();
    QStringList items;
    for (const ContainerSummary &c : std::as_const(m_project.containers))
        items << ContainerModel::nameOf(c);
    auto *dialog = new ConfirmDialog(
        tr("Down"),
        spec.removeVolumes
            ? tr("Stop and remove every container of %1 and its networks, AND its volumes "
                 "(named volumes declared in its files and anonymous ones): the data in them is "
                 "lost for good.")
                  .arg(m_project.name)
            : tr("Stop and remove every container of %1 and its networks? Its volumes are "
                 "kept.")
                  .arg(m_project.name),
        items, spec.removeVolumes ? tr("Down and remove volumes") : tr("Down"), this);
    dialog->setObjectName(u"composeDownConfirm"_s);
    connect(dialog, &QDialog::accepted, this, [this, spec] { start(spec); });
    dialog->open();
}

void ComposeProjectDialog::start(const ComposeCommandSpec &spec)
{
    if (m_job || !m_tool.isValid())
        return;
    const QStringList line =
        spec.commandLine(m_tool, m_context.environment.value(u"DOCKER_HOST"_s));
    m_command->setText(shellJoin(line));
    m_output->clear();
    m_status->setText(tr("Running…"));
    if (m_context.log)
        m_logHandle = m_context.log->append(shellJoin(line));
    m_job = new ComposeJob(m_tool, spec, m_context.environment, this);
    connect(m_job, &ComposeJob::output, this,
            [this](const QString &text) { appendFollowingEnd(m_output, text); });
    connect(m_job, &ComposeJob::finished, this, [this](bool ok, const QString &message) {
        m_status->setText(ok ? tr("Done.") : message);
        if (m_context.log)
            m_context.log->finish(m_logHandle,
                                  ok ? EngineError()
                                     : EngineError(EngineError::Kind::ServerError, message));
        m_job->deleteLater();
        m_job = nullptr;
        updateButtons();
        emit jobFinished(ok);
    });
    updateButtons();
    m_job->start();
}

void ComposeProjectDialog::reject()
{
    if (m_job) { // closing stops the command, as cancelling does
        m_job->disconnect(this);
        m_job->cancel();
        if (m_context.log)
            m_context.log->finish(m_logHandle, EngineError(EngineError::Kind::Cancelled, {}));
        m_job = nullptr; // deleted with the dialog, which kills the process if still running
        emit jobFinished(false);
    }
    QDialog::reject();
}

} // namespace gantry
