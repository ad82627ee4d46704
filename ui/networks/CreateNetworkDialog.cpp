#include "networks/CreateNetworkDialog.h"

#include "widgets/ErrorLabel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

CreateNetworkDialog::CreateNetworkDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_driver(new QComboBox)
    , m_subnet(new QLineEdit)
    , m_internal(new QCheckBox(tr("Internal: no access to the outside world (--internal)")))
    , m_attachable(new QCheckBox(tr("Attachable: standalone containers may join (--attachable)")))
    , m_error(new QLabel)
    , m_command(new QLabel)
{
    setObjectName(u"createNetworkDialog"_s);
    setWindowTitle(tr("Create network"));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(440);

    m_name->setObjectName(u"networkName"_s);
    m_name->setAccessibleName(tr("Network name"));
    m_driver->setObjectName(u"networkDriver"_s);
    m_driver->setAccessibleName(tr("Network driver"));
    m_driver->addItem(tr("bridge — containers on this host"), u"bridge"_s);
    m_driver->addItem(tr("overlay — across the hosts of a swarm"), u"overlay"_s);
    m_driver->addItem(tr("macvlan — containers appear on the host's LAN"), u"macvlan"_s);
    m_subnet->setObjectName(u"networkSubnet"_s);
    m_subnet->setAccessibleName(tr("Subnet"));
    m_subnet->setPlaceholderText(tr("Optional, e.g. 172.30.0.0/16"));
    m_internal->setObjectName(u"networkInternal"_s);
    m_internal->setAccessibleName(tr("Internal"));
    m_attachable->setObjectName(u"networkAttachable"_s);
    m_attachable->setAccessibleName(tr("Attachable"));
    setUpErrorLabel(m_error, u"networkError"_s);
    m_command->setObjectName(u"networkCommand"_s);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"networkCreateAccept"_s);
    m_ok->setAccessibleName(tr("Create"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"networkCreateCancel"_s);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid() && !m_busy)
            emit createRequested(spec());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateNetworkDialog::validate);
    connect(m_subnet, &QLineEdit::textChanged, this, &CreateNetworkDialog::validate);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &CreateNetworkDialog::validate);
    connect(m_internal, &QCheckBox::toggled, this, &CreateNetworkDialog::validate);
    connect(m_attachable, &QCheckBox::toggled, this, &CreateNetworkDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Driver:"), m_driver);
    form->addRow(tr("Subnet:"), m_subnet);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_internal);
    layout->addWidget(m_attachable);
    layout->addWidget(m_error);
    layout->addWidget(m_command);
    layout->addWidget(buttons);
    validate();
}

NetworkCreateSpec CreateNetworkDialog::spec() const
{
    NetworkCreateSpec s;
    s.name = m_name->text().trimmed();
    s.driver = m_driver->currentData().toString();
    s.subnet = m_subnet->text().trimmed();
    s.internal = m_internal->isChecked();
    s.attachable = m_attachable->isChecked();
    return s;
}

bool CreateNetworkDialog::isValid() const
{
    const NetworkCreateSpec s = spec();
    return NetworkCreateSpec::isValidName(s.name) &&
           (s.subnet.isEmpty() || NetworkCreateSpec::isValidSubnet(s.subnet));
}

void CreateNetworkDialog::validate()
{
    const NetworkCreateSpec s = spec();
    QString error;
    if (!s.name.isEmpty() && !NetworkCreateSpec::isValidName(s.name)) {
        error = tr("Not a valid network name: start with a letter or digit, then use letters, "
                   "digits, '_', '.' or '-'.");
    } else if (!s.subnet.isEmpty() && !NetworkCreateSpec::isValidSubnet(s.subnet)) {
        const QString network = NetworkCreateSpec::networkOf(s.subnet);
        error = network.isEmpty()
                    ? tr("Not a subnet in CIDR notation: an IPv4 or IPv6 network address, a "
                         "slash and the prefix length, e.g. 172.30.0.0/16 or fd00:30::/64.")
                    : tr("%1 has host bits set: the network is %2.").arg(s.subnet, network);
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const bool valid = isValid();
    m_ok->setEnabled(valid && !m_busy);
    m_command->setText(valid ? shellJoin(s.commandLine()) : QString());
}

void CreateNetworkDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void CreateNetworkDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_driver),
                       static_cast<QWidget *>(m_subnet), static_cast<QWidget *>(m_internal),
                       static_cast<QWidget *>(m_attachable)})
        w->setEnabled(!busy);
    m_ok->setEnabled(!busy && isValid());
}

} // namespace gantry
