#include "ConnectionPresenter.h"

#include "widgets/MessageBanner.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace gantry {

ConnectionPresenter::ConnectionPresenter(ConnectionMonitor *monitor, const QString &endpoint,
                                         MessageBanner *banner, QLabel *statusLabel,
                                         QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_endpoint(endpoint)
    , m_banner(banner)
    , m_status(statusLabel)
{
    connect(monitor, &ConnectionMonitor::stateChanged, this, &ConnectionPresenter::update);
    connect(banner, &MessageBanner::actionTriggered, monitor, &ConnectionMonitor::checkNow);
    update();
}

QString ConnectionPresenter::adviceFor(ConnectionMonitor::State state, const QString &endpoint,
                                       const EngineError &error)
{
    using State = ConnectionMonitor::State;
    switch (state) {
    case State::Connected: return {};
    case State::Connecting: return tr("Connecting to the Docker engine at %1…").arg(endpoint);
    case State::Unreachable: {
        // Connection failures name the socket or host, the reason and what to do.
        const bool connection = error.kind() == EngineError::Kind::Unreachable ||
                                error.kind() == EngineError::Kind::Timeout;
        const QString what =
            connection && !error.message().isEmpty()
                ? error.message()
                : tr("No Docker engine answers at %1. %2").arg(endpoint, error.describe());
        return what + u'\n' + tr("Gantry keeps trying and reconnects by itself.");
    }
    case State::PermissionDenied:
        return error.message().isEmpty()
                   ? tr("You may not use the Docker socket at %1. Add your user to the docker "
                        "group (\"sudo usermod -aG docker $USER\"), then log out and in again.")
                         .arg(endpoint)
                   : error.message();
    case State::ApiTooOld:
        return tr("This Docker engine is too old for Gantry. %1").arg(error.message());
    }
    return {};
}

void ConnectionPresenter::update()
{
    using State = ConnectionMonitor::State;
    const State state = m_monitor->state();
    const QString advice = adviceFor(state, m_endpoint, m_monitor->lastError());
    if (state == State::Connected) {
        m_banner->hide();
        const VersionInfo &v = m_monitor->version();
        m_status->setText(
            tr("Connected to %1 — %2 %3, API %4", "engine, product, its version")
                .arg(m_endpoint, v.product, v.version, m_monitor->serverApi().toString()));
    } else if (state == State::Connecting) {
        m_banner->showMessage(MessageBanner::Level::Info, advice);
        m_status->setText(tr("Connecting to %1…").arg(m_endpoint));
    } else {
        m_banner->showMessage(MessageBanner::Level::Error, advice,
                              tr("Retry now", "reconnect to the engine"));
        m_status->setText(tr("Not connected to %1").arg(m_endpoint));
    }
    m_status->setAccessibleName(m_status->text());
}

} // namespace gantry
