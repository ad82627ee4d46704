#include "networks/CreateNetworkDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

CreateNetworkDialog::CreateNetworkDialog(QWidget *parent)
    : FormDialog(u"networkError"_s, u"networkCommand"_s, parent)
    , m_name(new QLineEdit)
    , m_driver(new QComboBox)
    , m_subnet(new QLineEdit)
    , m_internal(new QCheckBox(tr("Internal: no access to the outside world (--internal)")))
    , m_attachable(new QCheckBox(tr("Attachable: standalone containers may join (--attachable)")))
{
    setObjectName(u"createNetworkDialog"_s);
    setWindowTitle(tr("Create network"));
    setAccessibleName(windowTitle());
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

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Driver:"), m_driver);
    form->addRow(tr("Subnet:"), m_subnet);
    body()->addLayout(form);
    body()->addWidget(m_internal);
    body()->addWidget(m_attachable);
    addButtons(tr("Create"), u"networkCreateAccept"_s, u"networkCreateCancel"_s);

    addField({.widget = m_name, .validate = [this] { return nameError(); }, .required = true});
    addField({.widget = m_driver});
    addField({.widget = m_subnet, .validate = [this] { return subnetError(); }});
    addField({.widget = m_internal});
    addField({.widget = m_attachable});
    revalidate();
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

QString CreateNetworkDialog::nameError() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || NetworkCreateSpec::isValidName(name))
        return {};
    return tr("Not a valid network name: start with a letter or digit, then use letters, "
              "digits, '_', '.' or '-'.");
}

QString CreateNetworkDialog::subnetError() const
{
    const QString subnet = m_subnet->text().trimmed();
    if (subnet.isEmpty() || NetworkCreateSpec::isValidSubnet(subnet))
        return {};
    const QString network = NetworkCreateSpec::networkOf(subnet);
    return network.isEmpty()
               ? tr("Not a subnet in CIDR notation: an IPv4 or IPv6 network address, a "
                    "slash and the prefix length, e.g. 172.30.0.0/16 or fd00:30::/64.")
               : tr("%1 has host bits set: the network is %2.").arg(subnet, network);
}

QString CreateNetworkDialog::commandText() const
{
    return isValid() ? shellJoin(spec().commandLine()) : QString();
}

} // namespace gantry
