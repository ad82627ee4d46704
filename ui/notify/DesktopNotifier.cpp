#include "notify/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
const QString kAppId = u"io.github.gantry_app.Gantry"_s;
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                SLOT(onClosed(uint, uint)));
}

void DesktopNotifier::notify(const QString &title, const QString &body, const QString &key,
                             Urgency urgency)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    if (m_capsKnown) {
        send(title, body, key, urgency);
        return;
    }
    // The service's capabilities say whether it reads markup in the body: asked once, the
    // notifications wait for the answer so that a container's name is never read as markup.
    m_waitingForCaps.append({title, body, key, urgency});
    if (m_capsAsked)
        return;
    m_capsAsked = true;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            m_capsAsked = false; // no service now; ask again next time
            m_waitingForCaps.clear();
            emit failed(reply.error().message());
            return;
        }
        m_capsKnown = true;
        m_markup = reply.value().contains(u"body-markup"_s);
        const QList<Queued> queued = std::exchange(m_waitingForCaps, {});
        for (const Queued &q : queued)
            send(q.title, q.body, q.key, q.urgency);
    });
}

void DesktopNotifier::send(const QString &title, const QString &body, const QString &key,
                           Urgency urgency)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, kAppId},
                            {u"urgency"_s, QVariant::fromValue(uchar(urgency))}};
    call << u"Gantry"_s << uint(0) << kAppId << title << (m_markup ? body.toHtmlEscaped() : body)
         << QStringList{u"default"_s, tr("Show")} << hints << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    emit failed(reply.error().message());
                    return;
                }
                remember(reply.value(), key);
                emit shown(key);
            });
}

void DesktopNotifier::remember(uint id, const QString &key)
{
    m_keys.insert(id, key);
    m_order.removeAll(id);
    m_order.append(id);
    while (m_order.size() > kMaxPending)
        m_keys.remove(m_order.takeFirst());
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto found = m_keys.constFind(id);
    if (found == m_keys.cend() || action != u"default"_s)
        return;
    emit activated(*found);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    // ActionInvoked comes before NotificationClosed, so the click is already handled.
    if (m_keys.remove(id))
        m_order.removeAll(id);
}

} // namespace gantry
