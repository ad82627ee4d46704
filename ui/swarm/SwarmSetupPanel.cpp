#include "swarm/SwarmSetupPanel.h"

#include "widgets/PlainLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

QStringList SwarmSetupPanel::localAddresses()
{
    QStringList v4, v6;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.isLinkLocal())
            continue;
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            v4 << a.toString();
        else if (a.protocol() == QAbstractSocket::IPv6Protocol)
            v6 << a.toString();
    }
    return v4 + v6 + QStringList{u"127.0.0.1"_s};
}

SwarmSetupPanel::SwarmSetupPanel(QWidget *parent)
    : QWidget(parent)
    , m_advertise(new QComboBox(this))
    , m_initListen(new QLineEdit(u"0.0.0.0:2377"_s, this))
    , m_initCommand(plainLabel())
    , m_init(new QPushButton(tr("Initialise a swarm"), this))
    , m_token(new QLineEdit(this))
    , m_manager(new QLineEdit(this))
    , m_joinListen(new QLineEdit(u"0.0.0.0:2377"_s, this))
    , m_joinCommand(plainLabel())
    , m_join(new QPushButton(tr("Join the swarm"), this))
{
    setObjectName(u"swarmSetupPanel"_s);
    m_initCommand->setObjectName(u"swarmInitCommand"_s);
    m_initCommand->setAccessibleName(tr("Initialise command line"));
    m_joinCommand->setObjectName(u"swarmJoinCommand"_s);
    m_joinCommand->setAccessibleName(tr("Join command line"));
    auto *intro = new QLabel(tr("This engine is not in a swarm. Initialise a new swarm, with "
                                "this engine as its first manager, or join an existing one."),
                             this);
    intro->setObjectName(u"swarmNotInSwarm"_s);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("This engine is not in a swarm"));

    m_advertise->setObjectName(u"swarmAdvertiseAddress"_s);
    m_advertise->setAccessibleName(tr("Advertise address"));
    m_advertise->setEditable(true);
    m_advertise->addItems(localAddresses());
    m_initListen->setObjectName(u"swarmInitListenAddress"_s);
    m_initListen->setAccessibleName(tr("Listen address for initialising"));
    m_init->setObjectName(u"swarmInitButton"_s);
    m_init->setAccessibleName(tr("Initialise a swarm"));
    auto *initBox = new QGroupBox(tr("Initialise"), this);
    auto *initForm = new QFormLayout(initBox);
    initForm->addRow(tr("Advertise address:"), m_advertise);
    initForm->addRow(tr("Listen address:"), m_initListen);
    initForm->addRow(m_initCommand);
    initForm->addRow(m_init);

    m_token->setObjectName(u"swarmJoinToken"_s);
    m_token->setAccessibleName(tr("Join token"));
    m_token->setPlaceholderText(u"SWMTKN-1-…"_s);
    m_manager->setObjectName(u"swarmJoinManager"_s);
    m_manager->setAccessibleName(tr("Manager address"));
    m_manager->setPlaceholderText(tr("host:port of a manager, e.g. 192.168.1.10:2377"));
    m_joinListen->setObjectName(u"swarmJoinListenAddress"_s);
    m_joinListen->setAccessibleName(tr("Listen address for joining"));
    m_join->setObjectName(u"swarmJoinButton"_s);
    m_join->setAccessibleName(tr("Join the swarm"));
    auto *joinBox = new QGroupBox(tr("Join"), this);
    auto *joinForm = new QFormLayout(joinBox);
    joinForm->addRow(tr("Token:"), m_token);
    joinForm->addRow(tr("Manager address:"), m_manager);
    joinForm->addRow(tr("Listen address:"), m_joinListen);
    joinForm->addRow(m_joinCommand);
    joinForm->addRow(m_join);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(initBox);
    layout->addWidget(joinBox);
    layout->addStretch(1);

    connect(m_advertise, &QComboBox::currentTextChanged, this, &SwarmSetupPanel::updateCommands);
    for (QLineEdit *e : {m_initListen, m_token, m_manager, m_joinListen})
        connect(e, &QLineEdit::textChanged, this, &SwarmSetupPanel::updateCommands);
    connect(m_init, &QPushButton::clicked, this, [this] { emit initRequested(initSpec()); });
    connect(m_join, &QPushButton::clicked, this, [this] { emit joinRequested(joinSpec()); });
    updateCommands();
}

SwarmInitSpec SwarmSetupPanel::initSpec() const
{
    SwarmInitSpec s;
    s.advertiseAddress = m_advertise->currentText().trimmed();
    s.listenAddress = m_initListen->text().trimmed();
    return s;
}

SwarmJoinSpec SwarmSetupPanel::joinSpec() const
{
    SwarmJoinSpec s;
    s.token = m_token->text().trimmed();
    s.managerAddress = m_manager->text().trimmed();
    s.listenAddress = m_joinListen->text().trimmed();
    return s;
}

void SwarmSetupPanel::setBusy(bool busy)
{
    setEnabled(!busy);
}

void SwarmSetupPanel::clearToken()
{
    m_token->clear();
}

void SwarmSetupPanel::updateCommands()
{
    const SwarmInitSpec init = initSpec();
    m_init->setEnabled(!init.advertiseAddress.isEmpty());
    m_initCommand->setText(shellJoin(init.commandLine()));
    const SwarmJoinSpec join = joinSpec();
    const bool tokenOk = SwarmJoinSpec::isValidToken(join.token);
    m_join->setEnabled(tokenOk && !join.managerAddress.isEmpty());
    m_joinCommand->setText(join.token.isEmpty() || tokenOk
                               ? (m_join->isEnabled() ? shellJoin(join.commandLine()) : QString())
                               : tr("This is not a join token: it looks like "
                                    "SWMTKN-1-… (docker swarm join-token on a manager shows it)."));
}

} // namespace gantry
