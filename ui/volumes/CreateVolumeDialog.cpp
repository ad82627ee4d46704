#include "volumes/CreateVolumeDialog.h"

#include "widgets/ErrorLabel.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
bool isValidDriver(const QString &driver)
{
    // local, or a plugin reference such as vieux/sshfs:latest.
    static const QRegularExpression re(uR"(^[a-zA-Z0-9][a-zA-Z0-9_.:/@-]*$)"_s);
    return re.match(driver).hasMatch();
}
} // namespace

CreateVolumeDialog::CreateVolumeDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_driver(new QLineEdit(u"local"_s))
    , m_error(new QLabel)
    , m_command(new QLabel)
{
    setObjectName(u"createVolumeDialog"_s);
    setWindowTitle(tr("Create volume"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(440);

    m_name->setObjectName(u"volumeName"_s);
    m_name->setAccessibleName(tr("Volume name"));
    m_name->setPlaceholderText(tr("Leave empty for a generated name"));
    m_driver->setObjectName(u"volumeDriver"_s);
    m_driver->setAccessibleName(tr("Volume driver"));
    m_driver->setToolTip(tr("local keeps the data under the engine's data directory; a plugin "
                            "(e.g. vieux/sshfs) stores it elsewhere"));
    setUpErrorLabel(m_error, u"volumeError"_s);
    m_command->setObjectName(u"volumeCommand"_s);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"volumeCreateAccept"_s);
    m_ok->setAccessibleName(tr("Create"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"volumeCreateCancel"_s);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid() && !m_busy)
            emit createRequested(spec());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateVolumeDialog::validate);
    connect(m_driver, &QLineEdit::textChanged, this, &CreateVolumeDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Driver:"), m_driver);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_command);
    layout->addWidget(buttons);
    validate();
}

VolumeCreateSpec CreateVolumeDialog::spec() const
{
    VolumeCreateSpec s;
    s.name = m_name->text().trimmed();
    s.driver = m_driver->text().trimmed();
    return s;
}

bool CreateVolumeDialog::isValid() const
{
    const VolumeCreateSpec s = spec();
    return VolumeCreateSpec::isValidName(s.name) && isValidDriver(s.driver);
}

void CreateVolumeDialog::validate()
{
    const VolumeCreateSpec s = spec();
    const bool valid = isValid();
    m_ok->setEnabled(valid && !m_busy);
    if (!VolumeCreateSpec::isValidName(s.name)) {
        m_error->setText(tr("Not a valid volume name: start with a letter or digit, then use "
                            "letters, digits, '_', '.' or '-' (two characters at least). Leave "
                            "it empty for a generated name."));
        m_error->show();
    } else if (!isValidDriver(s.driver)) {
        m_error->setText(tr("Name a volume driver: local, or an installed plugin."));
        m_error->show();
    } else {
        m_error->hide();
    }
    m_command->setText(valid ? shellJoin(s.commandLine()) : QString());
}

void CreateVolumeDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void CreateVolumeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setEnabled(!busy);
    m_driver->setEnabled(!busy);
    m_ok->setEnabled(!busy && isValid());
}

} // namespace gantry
