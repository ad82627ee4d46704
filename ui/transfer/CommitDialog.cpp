#include "transfer/CommitDialog.h"

#include "widgets/ErrorLabel.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

CommitDialog::CommitDialog(const QString &containerId, const QString &containerName,
                           QWidget *parent)
    : QDialog(parent)
    , m_id(containerId)
    , m_name(containerName)
    , m_reference(new QLineEdit)
    , m_message(new QLineEdit)
    , m_author(new QLineEdit)
    , m_changes(new QPlainTextEdit)
    , m_pause(new QCheckBox(tr("Pause the container while committing")))
    , m_error(new QLabel)
    , m_command(new QLabel)
{
    setObjectName(u"commitDialog"_s);
    setWindowTitle(tr("Commit container %1").arg(containerName));
    setAccessibleName(tr("Commit container"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *intro = new QLabel(
        tr("Makes an image of the container's current filesystem (its image plus every change "
           "made inside it). Volumes are not included. A Dockerfile is the better way to make "
           "images others can rebuild."));
    intro->setWordWrap(true);
    m_reference->setObjectName(u"commitReference"_s);
    m_reference->setAccessibleName(tr("Repository and tag"));
    m_reference->setPlaceholderText(tr("repository:tag (empty: an untagged image)"));
    m_message->setObjectName(u"commitMessage"_s);
    m_message->setAccessibleName(tr("Commit message"));
    m_author->setObjectName(u"commitAuthor"_s);
    m_author->setAccessibleName(tr("Author"));
    m_author->setPlaceholderText(tr("Name <email>"));
    m_changes->setObjectName(u"commitChanges"_s);
    m_changes->setAccessibleName(tr("Dockerfile changes"));
    m_changes->setPlaceholderText(
        tr("One per line, e.g. CMD [\"httpd\", \"-f\"] or ENV MODE=prod"));
    m_changes->setMaximumHeight(80);
    m_changes->setTabChangesFocus(true);
    m_pause->setObjectName(u"commitPause"_s);
    m_pause->setAccessibleName(m_pause->text());
    m_pause->setChecked(true);
    setUpErrorLabel(m_error, u"commitError"_s);
    m_command->setObjectName(u"commitCommand"_s);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(tr("Commit"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"commitAccept"_s);
    m_ok->setAccessibleName(tr("Commit"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (firstProblem().isEmpty())
            emit commitRequested(spec());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Container:"), new QLabel(containerName));
    form->addRow(tr("Image:"), m_reference);
    form->addRow(tr("Message:"), m_message);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Changes:"), m_changes);
    form->addRow(QString(), m_pause);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_command);
    layout->addWidget(buttons);

    connect(m_reference, &QLineEdit::textChanged, this, &CommitDialog::validate);
    connect(m_message, &QLineEdit::textChanged, this, &CommitDialog::validate);
    connect(m_author, &QLineEdit::textChanged, this, &CommitDialog::validate);
    connect(m_changes, &QPlainTextEdit::textChanged, this, &CommitDialog::validate);
    connect(m_pause, &QCheckBox::toggled, this, &CommitDialog::validate);
    validate();
}

CommitSpec CommitDialog::spec() const
{
    CommitSpec s;
    s.container = m_id;
    s.name = m_name;
    s.reference = m_reference->text().trimmed();
    s.message = m_message->text().trimmed();
    s.author = m_author->text().trimmed();
    for (const QString &line : m_changes->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            s.changes << line.trimmed();
    }
    s.pause = m_pause->isChecked();
    return s;
}

QString CommitDialog::firstProblem() const
{
    const QString ref = m_reference->text().trimmed();
    if (!ref.isEmpty() && !ImageTagSpec::isValidTarget(ref))
        return tr("\"%1\" is not a valid image name: lowercase, optional registry and :tag.")
            .arg(ref);
    for (const QString &change : spec().changes) {
        QString why;
        if (!CommitSpec::isValidChange(change, &why))
            return why;
    }
    return {};
}

void CommitDialog::validate()
{
    const QString problem = firstProblem();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty() && !m_busy);
    m_command->setText(shellJoin(spec().commandLine()));
}

void CommitDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void CommitDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

} // namespace gantry
