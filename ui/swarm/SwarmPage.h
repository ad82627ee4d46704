#pragma once

#include "swarm/SwarmCluster.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace gantry {

class MessageBanner;
class SwarmSetupPanel;

// The Swarm page: on a manager, tabs (each its own widget: nodes, secrets, configs, the swarm
// itself, and services and stacks); elsewhere, what this engine is: not in a swarm (initialise
// or join one) or a worker (only managers manage). Passive: setMembership() says which.
class SwarmPage : public QWidget {
    Q_OBJECT
public:
    explicit SwarmPage(QWidget *parent = nullptr);

    void setMembership(const SwarmMembership &membership);
    // A tab of the manager's view, appended.
    int addTab(QWidget *tab, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    SwarmSetupPanel *setupPanel() const { return m_setup; }
    MessageBanner *banner() const { return m_banner; }
    // What is shown: "setup", "worker", "manager", or "unknown" before /info answered.
    QString shownView() const;

private:
    MessageBanner *m_banner;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_waiting;
    SwarmSetupPanel *m_setup;
    QLabel *m_worker;
    QTabWidget *m_tabs;
};

} // namespace gantry
