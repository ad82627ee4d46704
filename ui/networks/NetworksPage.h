#pragma once

#include "widgets/ResourcePage.h"

namespace gantry {

class NetworkModel;

// The networks with the containers attached to them. Passive: it says what the user asked
// for; NetworkActions does it.
class NetworksPage : public ResourcePage {
    Q_OBJECT
public:
    struct Selected {
        QString id;
        QString name;
        QString driver;
        QStringList containers; // attached, by name
        bool builtIn = false;   // bridge, host, none
    };

    NetworksPage(NetworkModel *model, QWidget *parent = nullptr);

    NetworkModel *model() const { return m_model; }
    QList<Selected> selectedNetworks() const;

signals:
    void createRequested();
    void removeRequested();
    void connectRequested();
    void disconnectRequested();
    // The current network changed, or Inspect was asked for: show its `docker network inspect`.
    void inspectRequested(const QString &id);

private:
    void updateActions();

    NetworkModel *m_model;
    QAction *m_create;
    QAction *m_inspect;
    QAction *m_remove;
    QAction *m_connect;
    QAction *m_disconnect;
};

} // namespace gantry
