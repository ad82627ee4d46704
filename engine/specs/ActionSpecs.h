#pragma once

#include "core/ShellWords.h"
#include "transport/Request.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Each user action is a value with two pure functions: the API request it makes and the
// `docker` command line that does the same. One source of truth for both.
namespace gantry {

// What a spec produces: what to send, what to show in the command log, what it is about.
struct Action {
    QString target;      // the name the user sees (container name, image reference)
    Request request;     // path without the version prefix
    QStringList command; // argv of the equivalent docker command
};

struct ContainerActionSpec {
    Q_DECLARE_TR_FUNCTIONS(ContainerActionSpec)

public:
    enum class Verb { Start, Stop, Restart, Pause, Unpause, Kill, Remove };

    static ContainerActionSpec of(Verb verb, const QString &id, const QString &name)
    {
        ContainerActionSpec spec;
        spec.verb = verb;
        spec.id = id;
        spec.name = name;
        return spec;
    }

    Verb verb = Verb::Start;
    QString id;                 // what the request uses
    QString name;               // what the command line uses (docker accepts both); the ID if empty
    bool force = false;         // Remove: a running container too (docker rm -f)
    bool removeVolumes = false; // Remove: its anonymous volumes too (docker rm -v)
    std::optional<int> timeoutSeconds; // Stop, Restart: sent as t=, overrides the container's
    // Stop, Restart: the container's own grace period (Config.StopTimeout) when known. The
    // request waits for whichever applies plus a margin; knowing neither, it waits for the
    // engine however long it takes (the engine kills the container at the end of its grace
    // period, which may be set to minutes), rather than giving up at a fixed time.
    std::optional<int> stopTimeout;
    static constexpr int kStopMarginMs = 30000;
    QString signal; // Kill; empty: the engine's default (SIGKILL)

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {name.isEmpty() ? id : name, request(), commandLine()}; }

    static QString verbTitle(Verb verb); // translated, for buttons and messages
};

// POST /containers/{id}/rename?name=NEW, as `docker rename NAME NEW`.
struct ContainerRenameSpec {
    QString id;      // what the request uses
    QString name;    // what the command line uses; the ID if empty
    QString newName; // without the leading '/'

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {name.isEmpty() ? id : name, request(), commandLine()}; }
};

struct ImageRemoveSpec {
    QString reference; // repo:tag, or an ID for an untagged image
    bool force = false;
    bool noPrune = false;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {reference, request(), commandLine()}; }
};

struct ImageTagSpec {
    QString source; // ID or reference of the image
    QString target; // [registry/]repo[:tag]

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {target, request(), commandLine()}; }

    // Splits "host:5000/ns/repo:tag" into repo and tag (a colon after the last slash).
    static QPair<QString, QString> splitReference(const QString &reference);
    // Docker's reference grammar for a name with an optional tag (no digest).
    static bool isValidTarget(const QString &reference);
};

// -it, -i, -t or nothing, as docker run and docker exec write them.
QStringList ttyFlags(bool interactive, bool tty);

} // namespace gantry
