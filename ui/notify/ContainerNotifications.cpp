#include "notify/ContainerNotifications.h"

#include "live/LiveRefresher.h"
#include "notify/DesktopNotifier.h"

#include <QAction>
#include <QMenu>
#include <QMetaEnum>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gantry {

ContainerNotifications::ContainerNotifications(LiveRefresher *events, QSettings *settings,
                                               QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(!settings)
    , m_alerts(new ContainerAlerts(this))
    , m_notifier(new DesktopNotifier(this))
    , m_menu(new QMenu(tr("&Notifications")))
{
    m_menu->setObjectName(u"notificationsMenu"_s);
    m_menu->setAccessibleName(tr("Notifications"));
    using Kind = ContainerAlerts::Kind;
    addChoice(Kind::Died, tr("When a container stops &unexpectedly"), u"notifyDied"_s);
    addChoice(Kind::OutOfMemory, tr("When a container runs out of &memory"), u"notifyOom"_s);
    addChoice(Kind::Unhealthy, tr("When a container becomes unh&ealthy"), u"notifyUnhealthy"_s);
    addChoice(Kind::RestartLoop, tr("When a container keeps &restarting"), u"notifyRestartLoop"_s);

    connect(events, &LiveRefresher::engineEvent, m_alerts, &ContainerAlerts::handle);
    connect(m_alerts, &ContainerAlerts::alert, this, [this](const ContainerAlerts::Alert &a) {
        const bool urgent = a.kind == ContainerAlerts::Kind::OutOfMemory ||
                            a.kind == ContainerAlerts::Kind::RestartLoop;
        m_notifier->notify(ContainerAlerts::title(a), ContainerAlerts::text(a), a.containerId,
                           urgent ? DesktopNotifier::Urgency::Critical
                                  : DesktopNotifier::Urgency::Normal);
    });
    connect(m_notifier, &DesktopNotifier::activated, this, &ContainerNotifications::showContainer);
}

ContainerNotifications::~ContainerNotifications()
{
    delete m_menu; // a menu has no QObject parent here: it may sit in another window's bar
    if (m_ownsSettings)
        delete m_settings;
}

QString ContainerNotifications::settingsKey(ContainerAlerts::Kind kind)
{
    const char *name = QMetaEnum::fromType<ContainerAlerts::Kind>().valueToKey(int(kind));
    return u"notifications/"_s + QLatin1StringView(name);
}

void ContainerNotifications::addChoice(ContainerAlerts::Kind kind, const QString &text,
                                       const QString &objectName)
{
    QAction *action = m_menu->addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    const bool on = m_settings->value(settingsKey(kind), true).toBool();
    action->setChecked(on);
    m_alerts->setEnabled(kind, on);
    connect(action, &QAction::toggled, this, [this, kind](bool checked) {
        m_alerts->setEnabled(kind, checked);
        m_settings->setValue(settingsKey(kind), checked);
    });
}

} // namespace gantry
