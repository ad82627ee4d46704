#include "live/ContainerAlerts.h"

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

quint32 bit(ContainerAlerts::Kind kind)
{
    return 1u << static_cast<int>(kind);
}

bool within(const QDateTime &earlier, const QDateTime &later, int secs)
{
    return earlier.isValid() && earlier.secsTo(later) <= secs && earlier <= later.addSecs(1);
}

} // namespace

ContainerAlerts::ContainerAlerts(QObject *parent)
    : QObject(parent)
{
}

void ContainerAlerts::setEnabled(Kind kind, bool enabled)
{
    m_enabled = enabled ? (m_enabled | bit(kind)) : (m_enabled & ~bit(kind));
}

bool ContainerAlerts::isEnabled(Kind kind) const
{
    return m_enabled & bit(kind);
}

void ContainerAlerts::handle(const EngineEvent &event)
{
    if (event.type != u"container"_s || event.actorId.isEmpty())
        return;
    const QString &action = event.action;
    const QDateTime when = event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
    if (action == u"destroy"_s) {
        m_recent.remove(event.actorId);
        return;
    }
    if (action == u"kill"_s) {
        m_recent[event.actorId].lastKill = when;
        return;
    }
    if (action == u"oom"_s) {
        m_recent[event.actorId].lastOom = when;
        raise(Kind::OutOfMemory, event);
        return;
    }
    if (action == u"health_status: unhealthy"_s) {
        raise(Kind::Unhealthy, event);
        return;
    }
    if (action != u"die"_s)
        return;

    bool ok = false;
    const int exitCode = event.attributes.value(u"exitCode"_s).toInt(&ok);
    if (!ok || exitCode == 0)
        return;
    auto found = m_recent.find(event.actorId);
    if (found != m_recent.end()) {
        if (within(found->lastKill, when, kAskedWindowSecs))
            return; // stop, kill, restart or rm -f: asked for
        if (within(found->lastOom, when, kAskedWindowSecs))
            return; // already told: out of memory
    }
    Recent &recent = m_recent[event.actorId];
    recent.dies.append(when);
    while (!recent.dies.isEmpty() && recent.dies.first().secsTo(when) > kRestartLoopWindowSecs)
        recent.dies.removeFirst();
    if (recent.dies.size() >= kRestartLoopDies) {
        if (!recent.looping) {
            recent.looping = true;
            raise(Kind::RestartLoop, event, exitCode);
        }
        return;
    }
    // The first death in a while is news; the next ones within the window wait to be
    // counted as a loop rather than told one by one.
    if (recent.dies.size() == 1) {
        recent.looping = false;
        raise(Kind::Died, event, exitCode);
    }
}

void ContainerAlerts::raise(Kind kind, const EngineEvent &event, int exitCode)
{
    if (!isEnabled(kind))
        return;
    QString name = event.attributes.value(u"name"_s);
    if (name.isEmpty())
        name = event.actorId.left(12);
    emit alert({kind, event.actorId, name, exitCode});
}

QString ContainerAlerts::title(const Alert &alert)
{
    switch (alert.kind) {
    case Kind::Died: return tr("%1 stopped unexpectedly").arg(alert.name);
    case Kind::OutOfMemory: return tr("%1 ran out of memory").arg(alert.name);
    case Kind::Unhealthy: return tr("%1 is unhealthy").arg(alert.name);
    case Kind::RestartLoop: return tr("%1 keeps restarting").arg(alert.name);
    }
    return {};
}

QString ContainerAlerts::text(const Alert &alert)
{
    switch (alert.kind) {
    case Kind::Died:
        return tr("The container exited with code %1 without being asked to stop.")
            .arg(alert.exitCode);
    case Kind::OutOfMemory:
        return tr("The kernel killed a process of the container: it used all the memory it "
                  "is allowed (--memory).");
    case Kind::Unhealthy:
        return tr("Its health check failed. The last probes are in the container's details.");
    case Kind::RestartLoop:
        return tr("It died %n times within a minute (last exit code %1) and its restart "
                  "policy starts it again each time.",
                  nullptr, kRestartLoopDies)
            .arg(alert.exitCode);
    }
    return {};
}

} // namespace gantry
