#pragma once

#include "core/ApiVersion.h"
#include "core/ContainerHealth.h"
#include "core/ContainerState.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Plain values parsed from the engine's JSON. Sizes in bytes, times as QDateTime (UTC).
namespace gantry {

using Labels = QMap<QString, QString>;

struct PingInfo {
    ApiVersion apiVersion;
    QString osType;
};

struct VersionInfo {
    // The product, from the components /version lists: "Podman" when one is "Podman
    // Engine", else "Docker". Podman answers the Docker API with its own version (4.3.1).
    QString product = QStringLiteral("Docker");
    // Podman sends no event when a network is created or removed; dockerd's events say it all.
    bool eventsCoverNetworks() const { return product != QLatin1String("Podman"); }
    QString version;
    QString apiVersion;
    QString minApiVersion;
    QString os;
    QString arch;
    QString kernelVersion;
};

struct SystemInfo {
    QString name;
    QString operatingSystem;
    QString serverVersion;
    QString dockerRootDir;
    int containers = 0;
    int running = 0;
    int paused = 0;
    int stopped = 0;
    int images = 0;
    int cpus = 0;
    qint64 memTotal = 0;
};

struct PortBinding {
    QString ip; // empty when not published
    int privatePort = 0;
    int publicPort = 0; // 0 when not published
    QString type;       // tcp, udp, sctp
    friend bool operator==(const PortBinding &, const PortBinding &) = default;
};

struct ContainerSummary {
    QString id;
    QStringList names; // without the leading '/'
    QString image;
    QString imageId;
    QString command;
    QDateTime created;
    ContainerState state;
    QString status;                                 // "Up 3 minutes", "Exited (0) 2 hours ago"
    ContainerHealth health = ContainerHealth::None; // from Status, or Health.Status when given
    QList<PortBinding> ports;
    Labels labels;
    friend bool operator==(const ContainerSummary &, const ContainerSummary &) = default;
};

struct ImageSummary {
    QString id;
    QString parentId;
    QStringList repoTags; // "<none>:<none>" (before API 1.43) is dropped: dangling = empty
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    qint64 sharedSize = -1; // -1: not computed by the engine
    int containers = -1;    // -1: not computed by the engine
    Labels labels;
    friend bool operator==(const ImageSummary &, const ImageSummary &) = default;
};

struct VolumeSummary {
    QString name;
    QString driver;
    QString mountpoint;
    QDateTime createdAt;
    QString scope;
    Labels labels;
    friend bool operator==(const VolumeSummary &, const VolumeSummary &) = default;
};

struct NetworkSummary {
    QString id;
    QString name;
    QString driver;
    QString scope;
    QDateTime created;
    bool internal = false;
    bool attachable = false;
    QStringList subnets;
    Labels labels;
    friend bool operator==(const NetworkSummary &, const NetworkSummary &) = default;
};

struct HistoryEntry {
    QString id; // "<missing>" for layers built elsewhere
    QDateTime created;
    QString createdBy;
    QStringList tags;
    qint64 size = 0;
    QString comment;
};

struct ImageDeleteItem {
    QString untagged;
    QString deleted;
};

struct CreatedContainer {
    QString id;
    QStringList warnings;
};

// One message of GET /events, in either shape (status/id/from before 1.52, Type/Action/Actor).
struct EngineEvent {
    QString type;   // container, image, volume, network, daemon...
    QString action; // start, die, destroy, tag, untag, "exec_start: sh"...
    QString actorId;
    Labels attributes;
    QString scope;
    QDateTime time;
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::EngineEvent)
