#pragma once

#include "widgets/NamedListPage.h"

namespace gantry {

class NetworkModel;

// The networks with the containers attached to them. Passive: it says what the user asked
// for; NetworkActions does it.
class NetworksPage : public NamedListPage {
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
    void connectRequested();
    void disconnectRequested();

protected:
    QString keyOf(const QModelIndex &sourceIndex) const override;
    void updateActions() override;

private:
    NetworkModel *m_model;
    QAction *m_connect;
    QAction *m_disconnect;
};

} // namespace gantry
