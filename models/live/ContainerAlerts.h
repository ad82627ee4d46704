#pragma once

#include "core/Types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace gantry {

// What deserves a desktop notification, read from the engine's container events alone, so
// that what the CLI or another tool did counts as much as what Gantry did:
// - Died: a non-zero exit nobody asked for (no kill event just before: `docker stop`,
//   `kill`, `restart` and `rm -f` all send one, Gantry's buttons too);
// - OutOfMemory: the kernel's OOM killer (the die that follows is not reported again);
// - Unhealthy: the health check turned unhealthy;
// - RestartLoop: died kRestartLoopDies times within kRestartLoopWindowSecs (its restart
//   policy starts it again). Only the first death of such a series is told as Died, then
//   the loop once; further deaths are quiet until a window passes without one.
class ContainerAlerts : public QObject {
    Q_OBJECT
public:
    enum class Kind { Died, OutOfMemory, Unhealthy, RestartLoop };
    Q_ENUM(Kind)
    struct Alert {
        Kind kind;
        QString containerId;
        QString name;
        int exitCode = -1; // Died, RestartLoop: the last exit code
    };
    static constexpr int kRestartLoopDies = 3;
    static constexpr int kRestartLoopWindowSecs = 60;
    // A die within this long after a kill event was asked for (a stop's grace period is 10 s
    // by default and sends a second kill at its end).
    static constexpr int kAskedWindowSecs = 15;

    explicit ContainerAlerts(QObject *parent = nullptr);

    void setEnabled(Kind kind, bool enabled);
    bool isEnabled(Kind kind) const;

    // One event of /events; anything but a container's is ignored.
    void handle(const EngineEvent &event);

    // Title and text of a notification, plain text (translated).
    static QString title(const Alert &alert);
    static QString text(const Alert &alert);

signals:
    void alert(const gantry::ContainerAlerts::Alert &alert);

private:
    struct Recent {
        QDateTime lastKill;
        QDateTime lastOom;
        QList<QDateTime> dies; // unasked deaths within the restart-loop window
        bool looping = false;
    };
    void raise(Kind kind, const EngineEvent &event, int exitCode = -1);

    QHash<QString, Recent> m_recent; // by container id; forgotten when it is destroyed
    quint32 m_enabled = 0xF;
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::ContainerAlerts::Alert)
