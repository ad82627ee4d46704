#pragma once

#include "api/ConnectionMonitor.h"

#include <QObject>

class QLabel;

namespace gantry {

class MessageBanner;

// Shows the engine connection: endpoint, version and state in the status bar, and an
// actionable message in the banner while the engine cannot be used.
class ConnectionPresenter : public QObject {
    Q_OBJECT
public:
    ConnectionPresenter(ConnectionMonitor *monitor, const QString &endpoint, MessageBanner *banner,
                        QLabel *statusLabel, QObject *parent = nullptr);

    // The sentence the banner shows for a state, or empty when there is nothing to say.
    static QString adviceFor(ConnectionMonitor::State state, const QString &endpoint,
                             const EngineError &error);

private:
    void update();

    ConnectionMonitor *m_monitor;
    QString m_endpoint;
    MessageBanner *m_banner;
    QLabel *m_status;
};

} // namespace gantry
