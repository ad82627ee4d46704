#include "networks/NetworkContainerDialog.h"

#include "specs/VolumeNetworkSpecs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

NetworkContainerDialog::NetworkContainerDialog(Mode mode, const QString &network,
                                               const QStringList &containers, QWidget *parent)
    : FormDialog(u"networkContainerError"_s, u"networkContainerCommand"_s, parent)
    , m_mode(mode)
    , m_network(network)
    , m_container(new QComboBox)
{
    const bool connecting = mode == Mode::Connect;
    setObjectName(connecting ? u"connectContainerDialog"_s : u"disconnectContainerDialog"_s);
    setWindowTitle(connecting ? tr("Connect a container to %1").arg(network)
                              : tr("Disconnect a container from %1").arg(network));
    setAccessibleName(connecting ? tr("Connect container") : tr("Disconnect container"));
    setMinimumWidth(440);

    m_container->setObjectName(u"networkContainer"_s);
    m_container->setAccessibleName(tr("Container"));
    m_container->addItems(containers);

    auto *text = new QLabel(
        connecting ? tr("The container gets an address on %1 and can reach the other "
                        "containers there by name. A running one is connected at once.")
                         .arg(network)
                   : tr("The container loses its address on %1 and no longer reaches the "
                        "containers there.")
                         .arg(network));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText); // the network's name is the engine's

    auto *form = new QFormLayout;
    form->addRow(tr("Container:"), m_container);
    body()->addWidget(text);
    body()->addLayout(form);
    addField({.widget = m_container, .required = true});
    if (!connecting) {
        m_force = new QCheckBox(tr("Force, even if the engine cannot reach the container (-f)"));
        m_force->setObjectName(u"disconnectForce"_s);
        m_force->setAccessibleName(tr("Force disconnect"));
        body()->addWidget(m_force);
        addField({.widget = m_force});
    }
    addButtons(connecting ? tr("Connect") : tr("Disconnect"),
               connecting ? u"connectAccept"_s : u"disconnectAccept"_s,
               u"networkContainerCancel"_s);
    revalidate();
}

QString NetworkContainerDialog::container() const
{
    return m_container->currentText();
}

bool NetworkContainerDialog::force() const
{
    return m_force && m_force->isChecked();
}

QString NetworkContainerDialog::commandText() const
{
    if (container().isEmpty())
        return {};
    return shellJoin(m_mode == Mode::Connect
                         ? NetworkConnectSpec{m_network, container()}.commandLine()
                         : NetworkDisconnectSpec{m_network, container(), force()}.commandLine());
}

} // namespace gantry
