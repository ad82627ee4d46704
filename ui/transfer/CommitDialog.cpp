#include "transfer/CommitDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

CommitDialog::CommitDialog(const QString &containerId, const QString &containerName,
                           QWidget *parent)
    : JobDialog({.error = u"commitError"_s,
                 .command = u"commitCommand"_s,
                 .progress = u"commitProgress"_s,
                 .start = u"commitAccept"_s,
                 .close = u"commitCancel"_s},
                tr("Commit"), parent)
    , m_id(containerId)
    , m_name(containerName)
    , m_reference(new QLineEdit)
    , m_message(new QLineEdit)
    , m_author(new QLineEdit)
    , m_changes(new QPlainTextEdit)
    , m_pause(new QCheckBox(tr("Pause the container while committing")))
{
    setObjectName(u"commitDialog"_s);
    setWindowTitle(tr("Commit container %1").arg(containerName));
    setAccessibleName(tr("Commit container"));

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
    setIdleCloseText(tr("Cancel"));
    connect(this, &JobDialog::startRequested, this, [this] { emit commitRequested(spec()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Container:"), new QLabel(containerName));
    form->addRow(tr("Image:"), m_reference);
    form->addRow(tr("Message:"), m_message);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Changes:"), m_changes);
    form->addRow(QString(), m_pause);
    body()->addWidget(intro);
    body()->addLayout(form);

    connect(m_reference, &QLineEdit::textChanged, this, &CommitDialog::revalidate);
    connect(m_message, &QLineEdit::textChanged, this, &CommitDialog::revalidate);
    connect(m_author, &QLineEdit::textChanged, this, &CommitDialog::revalidate);
    connect(m_changes, &QPlainTextEdit::textChanged, this, &CommitDialog::revalidate);
    connect(m_pause, &QCheckBox::toggled, this, &CommitDialog::revalidate);
    revalidate();
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

QString CommitDialog::commandText() const
{
    return shellJoin(spec().commandLine());
}

void CommitDialog::setInputEnabled(bool enabled)
{
    for (QWidget *w : {static_cast<QWidget *>(m_reference), static_cast<QWidget *>(m_message),
                       static_cast<QWidget *>(m_author), static_cast<QWidget *>(m_changes),
                       static_cast<QWidget *>(m_pause)})
        w->setEnabled(enabled);
}

} // namespace gantry
