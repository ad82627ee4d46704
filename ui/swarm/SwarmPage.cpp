#include "swarm/SwarmPage.h"

#include "swarm/SwarmSetupPanel.h"
#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

SwarmPage::SwarmPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_waiting(new QLabel(tr("Asking the engine whether it is in a swarm…"), this))
    , m_setup(new SwarmSetupPanel(this))
    , m_worker(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"swarmPage"_s);
    setAccessibleName(tr("Swarm"));
    m_summary->setObjectName(u"swarmSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Swarm summary"));
    m_waiting->setAlignment(Qt::AlignCenter);
    m_worker->setObjectName(u"swarmWorkerNote"_s);
    m_worker->setTextFormat(Qt::PlainText);
    m_worker->setWordWrap(true);
    m_worker->setAlignment(Qt::AlignCenter);
    m_worker->setAccessibleName(tr("This engine is a swarm worker"));
    m_tabs->setObjectName(u"swarmTabs"_s);
    m_tabs->setAccessibleName(tr("Swarm tabs"));
    m_stack->addWidget(m_waiting);
    m_stack->addWidget(m_setup);
    m_stack->addWidget(m_worker);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
}

int SwarmPage::addTab(QWidget *tab, const QString &title)
{
    return m_tabs->addTab(tab, title);
}

QString SwarmPage::shownView() const
{
    if (m_stack->currentWidget() == m_setup)
        return u"setup"_s;
    if (m_stack->currentWidget() == m_worker)
        return u"worker"_s;
    if (m_stack->currentWidget() == m_tabs)
        return u"manager"_s;
    return u"unknown"_s;
}

void SwarmPage::setMembership(const SwarmMembership &m)
{
    using State = SwarmMembership::State;
    m_summary->show();
    if (m.state == State::Active && m.manager) {
        m_summary->setText(
            tr("This engine is a manager of swarm %1: %n node(s), %2 manager(s).", "", m.nodes)
                .arg(m.clusterId, QString::number(m.managers)));
        m_stack->setCurrentWidget(m_tabs);
        return;
    }
    if (m.state == State::Active || m.state == State::Pending) {
        m_summary->setText(tr("This engine is a worker of a swarm (node %1).").arg(m.nodeId));
        m_worker->setText(
            tr("This engine is a worker node: it runs the swarm's tasks, but only a manager "
               "can show and change the swarm's services, nodes, secrets and configs. Connect "
               "Gantry to a manager to manage the swarm, or have a manager promote this node."));
        m_stack->setCurrentWidget(m_worker);
        return;
    }
    if (m.state == State::Locked || m.state == State::Error) {
        m_summary->setText(m.state == State::Locked
                               ? tr("This engine's swarm is locked: unlock it with docker swarm "
                                    "unlock and its unlock key.")
                               : tr("This engine's swarm reports an error: %1").arg(m.error));
        m_worker->setText(m_summary->text());
        m_stack->setCurrentWidget(m_worker);
        return;
    }
    m_summary->clear(); // the setup panel says it
    m_summary->hide();
    m_stack->setCurrentWidget(m_setup);
}

} // namespace gantry
