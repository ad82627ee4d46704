#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

namespace gantry {

// Desktop notifications through the freedesktop notification service on the session bus
// (org.freedesktop.Notifications), each carrying a key the caller chooses; clicking one
// gives that key back. Without the service (no desktop session) notifying does nothing.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };
    // How many notifications are remembered for their click (the oldest are forgotten).
    static constexpr int kMaxPending = 64;

    explicit DesktopNotifier(QObject *parent = nullptr);

    // title and body are plain text: escaped when the service reads markup.
    void notify(const QString &title, const QString &body, const QString &key,
                Urgency urgency = Urgency::Normal);

signals:
    void activated(const QString &key); // the notification was clicked
    void shown(const QString &key);     // the service accepted it (tests)
    void failed(const QString &message);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void send(const QString &title, const QString &body, const QString &key, Urgency urgency);
    void remember(uint id, const QString &key);

    bool m_capsKnown = false;
    bool m_capsAsked = false;
    bool m_markup = false;
    struct Queued {
        QString title, body, key;
        Urgency urgency;
    };
    QList<Queued> m_waitingForCaps;
    QHash<uint, QString> m_keys; // notification id -> key
    QList<uint> m_order;         // ids, oldest first
};

} // namespace gantry
