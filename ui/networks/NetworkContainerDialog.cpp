#include "networks/NetworkContainerDialog.h"

#include "specs/VolumeNetworkSpecs.h"
#include "widgets/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

NetworkContainerDialog::NetworkContainerDialog(Mode mode, const QString &network,
                                               const QStringList &containers, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_network(network)
    , m_container(new QComboBox)
    , m_error(new QLabel)
    , m_command(new QLabel)
{
    const bool connecting = mode == Mode::Connect;
    setObjectName(connecting ? u"connectContainerDialog"_s : u"disconnectContainerDialog"_s);
    setWindowTitle(connecting ? tr("Connect a container to %1").arg(network)
                              : tr("Disconnect a container from %1").arg(network));
    setAccessibleName(connecting ? tr("Connect container") : tr("Disconnect container"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(440);

    m_container->setObjectName(u"networkContainer"_s);
    m_container->setAccessibleName(tr("Container"));
    m_container->addItems(containers);
    setUpErrorLabel(m_error, u"networkContainerError"_s);
    m_command->setObjectName(u"networkContainerCommand"_s);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QLabel(
        connecting ? tr("The container gets an address on %1 and can reach the other "
                        "containers there by name. A running one is connected at once.")
                         .arg(network)
                   : tr("The container loses its address on %1 and no longer reaches the "
                        "containers there.")
                         .arg(network));
    text->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    const QString okText = connecting ? tr("Connect") : tr("Disconnect");
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(connecting ? u"connectAccept"_s : u"disconnectAccept"_s);
    m_ok->setAccessibleName(okText);
    m_ok->setEnabled(!containers.isEmpty());
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"networkContainerCancel"_s);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!container().isEmpty())
            emit submitted(container(), force());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_container, &QComboBox::currentIndexChanged, this,
            &NetworkContainerDialog::updateCommand);

    auto *form = new QFormLayout;
    form->addRow(tr("Container:"), m_container);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    if (!connecting) {
        m_force = new QCheckBox(tr("Force, even if the engine cannot reach the container (-f)"));
        m_force->setObjectName(u"disconnectForce"_s);
        m_force->setAccessibleName(tr("Force disconnect"));
        connect(m_force, &QCheckBox::toggled, this, &NetworkContainerDialog::updateCommand);
        layout->addWidget(m_force);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_command);
    layout->addWidget(buttons);
    updateCommand();
}

QString NetworkContainerDialog::container() const
{
    return m_container->currentText();
}

bool NetworkContainerDialog::force() const
{
    return m_force && m_force->isChecked();
}

void NetworkContainerDialog::updateCommand()
{
    if (container().isEmpty()) {
        m_command->clear();
        return;
    }
    m_command->setText(
        shellJoin(m_mode == Mode::Connect
                      ? NetworkConnectSpec{m_network, container()}.commandLine()
                      : NetworkDisconnectSpec{m_network, container(), force()}.commandLine()));
}

void NetworkContainerDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void NetworkContainerDialog::setBusy(bool busy)
{
    m_container->setEnabled(!busy);
    if (m_force)
        m_force->setEnabled(!busy);
    m_ok->setEnabled(!busy && !container().isEmpty());
}

} // namespace gantry
