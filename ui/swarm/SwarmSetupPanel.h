#pragma once

#include "swarm/ClusterSpecs.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

// "This engine is not in a swarm": initialise one (advertise address chosen from this
// machine's addresses, 127.0.0.1 among them) or join one (token and manager address). The
// command line of each is shown as typed. Passive: it asks, SwarmActions does.
class SwarmSetupPanel : public QWidget {
    Q_OBJECT
public:
    explicit SwarmSetupPanel(QWidget *parent = nullptr);

    SwarmInitSpec initSpec() const;
    SwarmJoinSpec joinSpec() const;
    // Disabled while an init or join is under way.
    void setBusy(bool busy);
    // After a successful join: the token is a credential, not kept on screen.
    void clearToken();

    // This machine's addresses (IPv4 first, loopback last), as offered for advertising.
    static QStringList localAddresses();

signals:
    void initRequested(const gantry::SwarmInitSpec &spec);
    void joinRequested(const gantry::SwarmJoinSpec &spec);

private:
    void updateCommands();

    QComboBox *m_advertise;
    QLineEdit *m_initListen;
    QLabel *m_initCommand;
    QPushButton *m_init;
    QLineEdit *m_token;
    QLineEdit *m_manager;
    QLineEdit *m_joinListen;
    QLabel *m_joinCommand;
    QPushButton *m_join;
};

} // namespace gantry
