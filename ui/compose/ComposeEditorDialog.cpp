#include "compose/ComposeEditorDialog.h"

#include "compose/ApplyPlan.h"
#include "compose/ComposeRunPanel.h"
#include "compose/ComposeTool.h"
#include "compose/ConfigQuery.h"
#include "compose/FileHead.h"
#include "compose/YamlHighlighter.h"
#include "widgets/ConfirmDialog.h"
#include "widgets/ErrorLabel.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QByteArray fingerprintOfBytes(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// What a file holds on disk, to tell whether it changed since it was read: empty when it
// does not exist, else a hash of its bytes (a file too large to edit is never saved).
QByteArray fingerprintOf(const QString &path, const FileHead &read)
{
    if (!read.opened)
        return QFileInfo::exists(path) ? QByteArray("unreadable") : QByteArray();
    return fingerprintOfBytes(read.head);
}

QByteArray fingerprintOf(const QString &path)
{
    return fingerprintOf(path, FileHead::read(path));
}

} // namespace

struct ComposeEditorDialog::File {
    QString path;
    bool isEnv = false;
    QPlainTextEdit *editor = nullptr;
    std::unique_ptr<QTemporaryFile> check; // the edited text, while `config` reads it
    QByteArray onDisk; // fingerprintOf() the file when it was read or last saved here

    bool modified() const { return editor->document()->isModified(); }
};

ComposeEditorDialog::ComposeEditorDialog(const ComposeProject &project,
                                         const ComposeContext &context, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_context(context)
    , m_toolLabel(new QLabel(tr("Looking for the compose tool…")))
    , m_tabs(new QTabWidget)
    , m_error(new QLabel)
    , m_save(new QPushButton(tr("Save")))
    , m_apply(new QPushButton(tr("Apply", "compose up -d after editing")))
    , m_run(new ComposeRunPanel(context.log))
{
    setObjectName(u"composeEditorDialog"_s);
    setWindowTitle(tr("Edit compose project %1").arg(project.name));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(860, 680);

    m_toolLabel->setObjectName(u"composeEditorTool"_s);
    m_toolLabel->setTextFormat(Qt::PlainText);
    m_tabs->setObjectName(u"composeEditorTabs"_s);
    m_tabs->setAccessibleName(tr("Compose files"));
    for (const QString &f : std::as_const(project.configFiles))
        addFile(f, false);
    if (const QString env = project.envFile(); !env.isEmpty())
        addFile(env, true); // a new one is created when something is typed in it
    setUpErrorLabel(m_error, u"composeEditError"_s);

    m_save->setObjectName(u"composeSave"_s);
    m_save->setAccessibleName(tr("Save the files"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Check the edited files with the compose tool (config), then save "
                          "them; nothing is written if the check fails"));
    m_apply->setObjectName(u"composeApply"_s);
    m_apply->setAccessibleName(tr("Apply the changes"));
    m_apply->setToolTip(tr("Save, show which services will be recreated, then run up -d (only "
                           "what changed is recreated)"));
    connect(m_save, &QPushButton::clicked, this, &ComposeEditorDialog::save);
    connect(m_apply, &QPushButton::clicked, this, &ComposeEditorDialog::apply);
    connect(m_run, &ComposeRunPanel::finished, this, [this](bool ok) {
        updateState();
        emit applied(ok);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_run);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(close);

    updateState();
    if (m_context.detector)
        m_context.detector->whenDetected(this, [this](const ComposeTool &t) { toolDetected(t); });
}

ComposeEditorDialog::~ComposeEditorDialog()
{
    qDeleteAll(m_fileList);
}

ComposeEditorDialog *ComposeEditorDialog::openFor(const ComposeProject &project,
                                                  const ComposeContext &context, QWidget *parent)
{
    const auto filesOf = [](const ComposeProject &p) {
        QStringList out;
        for (const QString &f : p.configFiles)
            out << QDir::cleanPath(QFileInfo(f).absoluteFilePath());
        return out;
    };
    if (parent) {
        const QStringList files = filesOf(project);
        for (ComposeEditorDialog *open :
             parent->findChildren<ComposeEditorDialog *>(Qt::FindDirectChildrenOnly)) {
            if (filesOf(open->m_project) != files || !open->isVisible())
                continue;
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *editor = new ComposeEditorDialog(project, context, parent);
    editor->show();
    return editor;
}

void ComposeEditorDialog::addFile(const QString &path, bool isEnv)
{
    auto *file = new File;
    file->path = path;
    file->isEnv = isEnv;
    file->editor = new QPlainTextEdit;
    QPlainTextEdit *editor = file->editor;
    editor->setObjectName(u"composeEditor"_s);
    editor->setAccessibleName(tr("Edit %1").arg(QFileInfo(path).fileName()));
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor->setTabChangesFocus(false);
    load(file);
    new YamlHighlighter(editor->document());
    const int tab = m_tabs->addTab(editor, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(tab, path);
    connect(editor->document(), &QTextDocument::modificationChanged, this, [this, editor](bool) {
        m_error->hide();
        updateState();
        const int index = m_tabs->indexOf(editor);
        const QString name = QFileInfo(m_tabs->tabToolTip(index)).fileName();
        m_tabs->setTabText(index, editor->document()->isModified() ? name + u" *"_s : name);
    });
    m_fileList << file;
}

void ComposeEditorDialog::load(File *file)
{
    const QString &path = file->path;
    QPlainTextEdit *editor = file->editor;
    editor->setReadOnly(false);
    editor->clear();
    const FileHead read = FileHead::read(path);
    if (read.opened) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        editor->setPlainText(utf8.decode(read.bytes()));
        if (read.cut()) { // not edited here: saving would cut it
            editor->setReadOnly(true);
            editor->appendPlainText(
                tr("[… cut: the file is larger than %n KiB and cannot be edited here]", "",
                   int(FileHead::kMaxBytes / 1024)));
        } else if (utf8.hasError()) { // saving would write U+FFFD over its bytes
            editor->setReadOnly(true);
            editor->appendPlainText(tr("[… the file is not UTF-8 text and cannot be edited here: "
                                       "saving would change its bytes]"));
        }
    } else if (QFileInfo::exists(path)) {
        editor->setReadOnly(true);
        editor->setPlainText(tr("Cannot read %1: %2").arg(path, read.error));
    } else {
        editor->setPlaceholderText(tr("No %1 yet: what is typed here is saved as a new file.")
                                       .arg(QFileInfo(path).fileName()));
    }
    editor->document()->setModified(false);
    file->onDisk = fingerprintOf(path, read);
}

QPlainTextEdit *ComposeEditorDialog::editor(const QString &path) const
{
    for (const File *f : m_fileList) {
        if (f->path == path)
            return f->editor;
    }
    return nullptr;
}

bool ComposeEditorDialog::hasUnsavedChanges() const
{
    return std::any_of(m_fileList.begin(), m_fileList.end(),
                       [](const File *f) { return f->modified(); });
}

void ComposeEditorDialog::toolDetected(const ComposeTool &tool)
{
    m_tool = tool;
    m_toolLabel->setText(tool.isValid()
                             ? tr("Compose tool: %1 (%2)").arg(tool.displayName(), tool.program)
                             : ComposeTool::installHint());
    updateState();
}

void ComposeEditorDialog::updateState()
{
    const bool tool = m_tool.isValid();
    const bool idle = !m_busy && !m_run->isRunning();
    m_save->setEnabled(tool && idle && hasUnsavedChanges());
    m_apply->setEnabled(tool && idle);
    for (const File *f : m_fileList)
        f->editor->setEnabled(idle);
}

void ComposeEditorDialog::save()
{
    if (!m_tool.isValid() || m_busy || m_run->isRunning())
        return;
    if (!hasUnsavedChanges()) {
        if (m_applyAfterSave)
            previewApply();
        return;
    }
    // The edited text goes into hidden temporary copies beside the files (relative paths
    // and the working directory read as for the files themselves); `config` reads those.
    ComposeCommandSpec spec = ComposeCommandSpec::of(ComposeCommandSpec::Verb::Config, m_project);
    spec.files.clear();
    for (File *f : std::as_const(m_fileList)) {
        QString path = f->path;
        if (f->modified()) {
            const QFileInfo info(f->path);
            f->check = std::make_unique<QTemporaryFile>(
                info.absoluteDir().filePath(u"."_s + info.fileName() + u".gantry-XXXXXX"_s));
            const QByteArray bytes = f->editor->toPlainText().toUtf8();
            if (!f->check->open() || f->check->write(bytes) != bytes.size() || !f->check->flush()) {
                ComposeError e;
                e.message = tr("Cannot write a temporary copy beside %1 to check it: %2")
                                .arg(f->path, f->check->errorString());
                f->check.reset();
                showError(e);
                m_applyAfterSave = false;
                return;
            }
            path = f->check->fileName();
        }
        if (f->isEnv) {
            if (f->modified())
                spec.envFile = path;
        } else {
            spec.files << path;
        }
    }
    m_busy = true;
    m_error->hide();
    updateState();
    m_run->setStatus(tr("Checking the edited files (config)…"));
    startConfigQuery(m_tool, spec, m_context.environment, this,
                     [this](const ConfigOutcome &outcome) {
                         m_busy = false;
                         m_run->setStatus({});
                         ComposeError error = outcome.error;
                         for (File *f : std::as_const(m_fileList)) {
                             if (f->check)
                                 error.renameFile(f->check->fileName(), f->path);
                             f->check.reset(); // the copy is removed
                         }
                         updateState();
                         if (!outcome.ok) {
                             m_applyAfterSave = false;
                             showError(error);
                             return;
                         }
                         saveChecked();
                     });
}

void ComposeEditorDialog::saveChecked()
{
    // Changed by something else since read here (another editor, git, a script): asked first.
    QList<File *> changed;
    for (File *f : std::as_const(m_fileList)) {
        if (f->modified() && fingerprintOf(f->path) != f->onDisk)
            changed << f;
    }
    if (changed.isEmpty()) {
        writeFiles();
        return;
    }
    QStringList paths;
    for (const File *f : std::as_const(changed))
        paths << f->path;
    auto *confirm = new ConfirmDialog(
        tr("Changed on disk"),
        tr("These files changed on disk since you opened them. Overwrite them with your text, "
           "or reload them from disk (your changes to them are lost)?"),
        paths, tr("Overwrite"), this);
    confirm->setObjectName(u"composeChangedOnDisk"_s);
    confirm->resize(620, confirm->sizeHint().height()); // room for the paths
    confirm->addAlternative(u"composeReload"_s, tr("Reload"));
    connect(confirm, &QDialog::finished, this, [this, changed](int result) {
        if (result == QDialog::Accepted) {
            writeFiles();
            return;
        }
        m_applyAfterSave = false;
        if (result != ConfirmDialog::Alternative)
            return;
        for (File *f : changed)
            load(f);
        m_run->setStatus(tr("Reloaded from disk; nothing was saved."));
    });
    confirm->open();
}

void ComposeEditorDialog::writeFiles()
{
    for (File *f : std::as_const(m_fileList)) {
        if (!f->modified())
            continue;
        QSaveFile out(f->path); // written whole to a temporary file, then renamed over it
        const QByteArray bytes = f->editor->toPlainText().toUtf8();
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            ComposeError e;
            e.file = f->path;
            e.message = tr("Cannot save: %1").arg(out.errorString());
            showError(e);
            m_applyAfterSave = false;
            return;
        }
        f->onDisk = fingerprintOfBytes(bytes);
        f->editor->document()->setModified(false);
    }
    m_run->setStatus(tr("Saved."));
    emit saved();
    if (m_applyAfterSave)
        previewApply();
}

void ComposeEditorDialog::apply()
{
    m_applyAfterSave = true;
    save();
}

void ComposeEditorDialog::previewApply()
{
    m_applyAfterSave = false;
    const ComposeCommandSpec spec =
        ComposeCommandSpec::of(ComposeCommandSpec::Verb::ConfigHash, m_project);
    m_busy = true;
    updateState();
    m_run->setStatus(tr("Comparing the files with the running containers…"));
    startConfigQuery(
        m_tool, spec, m_context.environment, this, [this](const ConfigOutcome &outcome) {
            m_busy = false;
            m_run->setStatus({});
            updateState();
            if (!outcome.ok) {
                showError(outcome.error);
                return;
            }
            const ApplyPlan plan =
                ApplyPlan::compare(ApplyPlan::parseHashes(QString::fromUtf8(outcome.output)),
                                   m_context.containers(m_project));
            QStringList items;
            for (const QString &s : plan.recreated)
                items << tr("%1: recreated").arg(s);
            for (const QString &s : plan.created)
                items << tr("%1: created").arg(s);
            for (const QString &s : plan.started)
                items << tr("%1: started").arg(s);
            auto *confirm = new ConfirmDialog(
                tr("Apply"),
                plan.changesNothing() && plan.started.isEmpty()
                    ? tr("The configuration of %1 is unchanged: up -d recreates a container "
                         "only if its image was updated or a network or volume it uses changed.")
                          .arg(m_project.name)
                    : tr("up -d on %1 recreates only what changed. A recreated container loses "
                         "what was written inside it outside its volumes.")
                          .arg(m_project.name),
                items, tr("Apply (up -d)"), this);
            confirm->setObjectName(u"composeApplyConfirm"_s);
            confirm->setDetails(plan.describe());
            confirm->resize(620, confirm->sizeHint().height()); // room for the plan's lines
            connect(confirm, &QDialog::accepted, this, [this] {
                m_run->run(m_tool, ComposeCommandSpec::of(ComposeCommandSpec::Verb::Up, m_project),
                           m_context.environment);
                updateState();
            });
            confirm->open();
        });
}

void ComposeEditorDialog::showError(const ComposeError &error)
{
    m_error->setText(error.describe());
    m_error->show();
    if (error.line <= 0)
        return;
    for (const File *f : std::as_const(m_fileList)) {
        if (QDir::cleanPath(f->path) != QDir::cleanPath(error.file))
            continue;
        m_tabs->setCurrentWidget(f->editor);
        const QTextBlock block = f->editor->document()->findBlockByNumber(error.line - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            f->editor->setTextCursor(cursor);
            f->editor->centerCursor();
        }
    }
}

void ComposeEditorDialog::reject()
{
    if (hasUnsavedChanges() && !m_discard) {
        QStringList changed;
        for (const File *f : std::as_const(m_fileList)) {
            if (f->modified())
                changed << f->path;
        }
        auto *confirm = new ConfirmDialog(tr("Unsaved changes"),
                                          tr("These files have changes that are not saved. "
                                             "Close and lose them?"),
                                          changed, tr("Close without saving"), this);
        confirm->setObjectName(u"composeDiscardConfirm"_s);
        confirm->resize(620, confirm->sizeHint().height()); // room for the paths
        connect(confirm, &QDialog::accepted, this, [this] {
            m_discard = true;
            reject();
        });
        confirm->open();
        return;
    }
    m_run->abandon();
    QDialog::reject();
}

} // namespace gantry
