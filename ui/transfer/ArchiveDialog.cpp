#include "transfer/ArchiveDialog.h"

#include "widgets/ErrorLabel.h"
#include "widgets/PathField.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

ArchiveDialog::ArchiveDialog(Mode mode, const QStringList &subjects, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_subjects(subjects)
    , m_file(new PathField(sendsFile() ? PathField::Kind::OpenFile : PathField::Kind::SaveFile,
                           u"archiveFile"_s, tr("Archive file")))
    , m_note(new QLabel)
    , m_error(new QLabel)
    , m_command(new QLabel)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
{
    setObjectName(u"archiveDialog"_s);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    m_file->setNameFilter(tr("Tar archives (*.tar);;All files (*)"));

    const QString saveText =
        tr("<b>save</b> writes images as they are: every layer, every tag and the metadata "
           "(history, CMD, ENV, ports). <b>load</b> brings them back with the same IDs and "
           "tags. To take a container's files instead, use export.");
    const QString exportText =
        tr("<b>export</b> writes a container's filesystem flattened into one tar: no layers, "
           "no history, no tags, no CMD or ENV, and not its volumes. <b>import</b> makes a "
           "one-layer image of it. To move images with their layers and tags, use save.");
    QString title, action;
    auto *form = new QFormLayout;
    switch (mode) {
    case Mode::Save:
        title = tr("Save images to a file");
        action = tr("Save");
        form->addRow(tr("Images:"), new QLabel(subjects.join(u'\n')));
        break;
    case Mode::Load:
        title = tr("Load images from a file");
        action = tr("Load");
        break;
    case Mode::Export:
        title = tr("Export container %1").arg(subjects.value(1));
        action = tr("Export");
        form->addRow(tr("Container:"), new QLabel(subjects.value(1)));
        break;
    case Mode::Import:
        title = tr("Import a filesystem as an image");
        action = tr("Import");
        break;
    }
    setWindowTitle(title);
    setAccessibleName(title);
    auto *intro = new QLabel(mode == Mode::Save || mode == Mode::Load ? saveText : exportText);
    intro->setObjectName(u"archiveExplanation"_s);
    intro->setWordWrap(true);
    form->addRow(tr("File:"), m_file);
    if (mode == Mode::Import) {
        m_reference = new QLineEdit;
        m_reference->setObjectName(u"importReference"_s);
        m_reference->setAccessibleName(tr("Repository and tag"));
        m_reference->setPlaceholderText(tr("repository:tag (empty: an untagged image)"));
        m_message = new QLineEdit;
        m_message->setObjectName(u"importMessage"_s);
        m_message->setAccessibleName(tr("Commit message"));
        m_changes = new QPlainTextEdit;
        m_changes->setObjectName(u"importChanges"_s);
        m_changes->setAccessibleName(tr("Dockerfile changes"));
        m_changes->setPlaceholderText(
            tr("One per line, e.g. CMD [\"sh\"]: an imported image has no command of its own"));
        m_changes->setMaximumHeight(70);
        m_changes->setTabChangesFocus(true);
        m_changes->setPlainText(u"CMD [\"sh\"]"_s);
        form->addRow(tr("Image:"), m_reference);
        form->addRow(tr("Message:"), m_message);
        form->addRow(tr("Changes:"), m_changes);
        connect(m_reference, &QLineEdit::textChanged, this, &ArchiveDialog::validate);
        connect(m_message, &QLineEdit::textChanged, this, &ArchiveDialog::validate);
        connect(m_changes, &QPlainTextEdit::textChanged, this, &ArchiveDialog::validate);
    }
    m_note->setObjectName(u"archiveNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    setUpErrorLabel(m_error, u"archiveError"_s);
    m_command->setObjectName(u"archiveCommand"_s);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"archiveStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setObjectName(u"archiveProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();

    auto *buttons = new QDialogButtonBox;
    m_start = buttons->addButton(action, QDialogButtonBox::ActionRole);
    m_start->setObjectName(u"archiveStart"_s);
    m_start->setAccessibleName(action);
    m_start->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"archiveClose"_s);
    m_close->setAccessibleName(tr("Close"));
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (firstProblem().isEmpty())
            emit startRequested();
    });
    connect(m_close, &QPushButton::clicked, this, [this] { reject(); });
    connect(m_file, &PathField::pathChanged, this, &ArchiveDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_command);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    validate();
}

QString ArchiveDialog::filePath() const
{
    return m_file->path();
}

void ArchiveDialog::setFilePath(const QString &path)
{
    m_file->setPath(path);
}

ImportSpec ArchiveDialog::importSpec() const
{
    ImportSpec s;
    s.file = filePath();
    if (m_mode != Mode::Import)
        return s;
    s.reference = m_reference->text().trimmed();
    s.message = m_message->text().trimmed();
    for (const QString &line : m_changes->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            s.changes << line.trimmed();
    }
    return s;
}

Request ArchiveDialog::request() const
{
    switch (m_mode) {
    case Mode::Save: return SaveSpec{m_subjects, filePath()}.request();
    case Mode::Load: return LoadSpec{filePath()}.request();
    case Mode::Export:
        return ExportSpec{m_subjects.value(0), m_subjects.value(1), filePath()}.request();
    case Mode::Import: return importSpec().request();
    }
    return {};
}

QStringList ArchiveDialog::commandLine() const
{
    const QString file = filePath().isEmpty() ? tr("FILE") : filePath();
    switch (m_mode) {
    case Mode::Save: return SaveSpec{m_subjects, file}.commandLine();
    case Mode::Load: return LoadSpec{file}.commandLine();
    case Mode::Export:
        return ExportSpec{m_subjects.value(0), m_subjects.value(1), file}.commandLine();
    case Mode::Import: {
        ImportSpec s = importSpec();
        s.file = file;
        return s.commandLine();
    }
    }
    return {};
}

QString ArchiveDialog::firstProblem() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return tr("Choose the archive file.");
    const QFileInfo info(path);
    if (sendsFile()) {
        if (!info.isFile())
            return tr("There is no file at %1.").arg(QDir::toNativeSeparators(path));
        if (!info.isReadable())
            return tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path));
    } else {
        if (info.isDir())
            return tr("%1 is a folder; give a file name.").arg(QDir::toNativeSeparators(path));
        if (!info.absoluteDir().exists())
            return tr("The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    if (m_mode == Mode::Import) {
        const ImportSpec s = importSpec();
        if (!s.reference.isEmpty() && !ImageTagSpec::isValidTarget(s.reference))
            return tr("\"%1\" is not a valid image name: lowercase, optional registry and :tag.")
                .arg(s.reference);
        for (const QString &change : s.changes) {
            QString why;
            if (!CommitSpec::isValidChange(change, &why))
                return why;
        }
    }
    return {};
}

void ArchiveDialog::validate()
{
    const QString problem = firstProblem();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty() && !filePath().isEmpty());
    m_start->setEnabled(problem.isEmpty() && !m_busy);
    m_command->setText(shellJoin(commandLine()));
    const bool replaces = !sendsFile() && QFileInfo(filePath()).isFile();
    m_note->setText(tr("%1 exists and will be replaced once the new archive is complete.")
                        .arg(QDir::toNativeSeparators(filePath())));
    m_note->setVisible(replaces);
}

void ArchiveDialog::reject()
{
    if (m_busy)
        emit cancelRequested();
    else
        QDialog::reject();
}

void ArchiveDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_file->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_reference), static_cast<QWidget *>(m_message),
                       static_cast<QWidget *>(m_changes)}) {
        if (w)
            w->setEnabled(!busy);
    }
    m_close->setText(busy ? tr("Cancel") : tr("Close"));
    m_close->setAccessibleName(m_close->text());
    if (busy) {
        m_error->hide();
        m_status->clear();
        m_progress->setRange(0, 0);
        m_progress->show();
    }
    validate();
    if (!busy)
        m_progress->hide();
}

void ArchiveDialog::setProgress(qint64 done, qint64 total)
{
    const QString moved = locale().formattedDataSize(done);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
        m_status->setText(tr("%1 of %2 sent").arg(moved, locale().formattedDataSize(total)));
    } else {
        m_status->setText(tr("%1 written").arg(moved));
    }
}

void ArchiveDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void ArchiveDialog::showSuccess(const QString &message)
{
    setBusy(false);
    m_status->setText(message);
}

} // namespace gantry
