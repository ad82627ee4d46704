#pragma once

#include "transport/Transport.h"

#include <QObject>
#include <QPointer>

namespace gantry {

class DetailsPanel;
class DockerClient;

// Shows a volume or a network in the details panel's Inspect tab (the panel itself knows
// containers and images). Cancels what is no longer wanted when the selection moves.
class ResourceInspector : public QObject {
    Q_OBJECT
public:
    ResourceInspector(DockerClient *client, DetailsPanel *panel, QObject *parent = nullptr);

    void showVolume(const QString &name);
    void showNetwork(const QString &idOrName);
    // Drops an answer still on its way (call it when the panel shows something else).
    void cancel();

private:
    void begin();

    DockerClient *m_client;
    DetailsPanel *m_panel;
    QPointer<Reply> m_reply;
};

} // namespace gantry
