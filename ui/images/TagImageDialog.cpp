#include "images/TagImageDialog.h"

#include "specs/ActionSpecs.h"
#include "widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

TagImageDialog::TagImageDialog(const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_target(new QLineEdit)
    , m_error(new QLabel)
    , m_command(new QLabel)
    , m_source(source)
{
    setObjectName(u"tagImageDialog"_s);
    setWindowTitle(tr("Tag image"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    m_target->setObjectName(u"tagTarget"_s);
    m_target->setAccessibleName(tr("New tag"));
    m_target->setPlaceholderText(tr("registry/namespace/repository:tag"));
    setUpErrorLabel(m_error, u"tagError"_s);
    m_command->setObjectName(u"tagCommand"_s);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(tr("Tag"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"tagAccept"_s);
    m_ok->setAccessibleName(tr("Tag"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { emit tagRequested(target()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &TagImageDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Image:"), new QLabel(source));
    form->addRow(tr("New tag:"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_command);
    layout->addWidget(buttons);
    validate();
}

QString TagImageDialog::target() const
{
    return m_target->text().trimmed();
}

void TagImageDialog::setTarget(const QString &target)
{
    m_target->setText(target);
}

void TagImageDialog::validate()
{
    const QString t = target();
    const bool valid = ImageTagSpec::isValidTarget(t);
    m_ok->setEnabled(valid);
    if (t.isEmpty() || valid) {
        m_error->hide();
    } else {
        m_error->setText(tr("Not a valid image reference: use lowercase letters, digits and "
                            "separators (. _ -), an optional registry host, and an optional "
                            ":tag of up to 128 characters."));
        m_error->show();
    }
    m_command->setText(valid ? shellJoin(ImageTagSpec{m_source, t}.commandLine()) : QString());
}

void TagImageDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void TagImageDialog::setBusy(bool busy)
{
    m_target->setEnabled(!busy);
    m_ok->setEnabled(!busy && ImageTagSpec::isValidTarget(target()));
}

} // namespace gantry
