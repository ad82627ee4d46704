#pragma once

#include "live/ContainerAlerts.h"

#include <QObject>

class QMenu;
class QSettings;

namespace gantry {

class DesktopNotifier;
class LiveRefresher;

// Turns the engine's container events into desktop notifications (ContainerAlerts says which
// deserve one), with a menu to turn each kind off, remembered in the settings. Clicking a
// notification asks to show its container.
class ContainerNotifications : public QObject {
    Q_OBJECT
public:
    // settings: where the choices are kept (not owned); nullptr: the application's.
    ContainerNotifications(LiveRefresher *events, QSettings *settings = nullptr,
                           QObject *parent = nullptr);
    ~ContainerNotifications() override;

    ContainerAlerts *alerts() const { return m_alerts; }
    DesktopNotifier *notifier() const { return m_notifier; }
    // One checkable entry per kind of notification.
    QMenu *menu() const { return m_menu; }

    static QString settingsKey(ContainerAlerts::Kind kind);

signals:
    void showContainer(const QString &id);

private:
    void addChoice(ContainerAlerts::Kind kind, const QString &text, const QString &objectName);

    QSettings *m_settings;
    bool m_ownsSettings;
    ContainerAlerts *m_alerts;
    DesktopNotifier *m_notifier;
    QMenu *m_menu;
};

} // namespace gantry
