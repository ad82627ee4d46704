#pragma once

#include "specs/ActionSpecs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrlQuery>

#include <optional>

namespace gantry {

// What `docker logs` is asked for: the request of GET /containers/{id}/logs and the
// command line that prints the same lines. One value for both, like the action specs.
struct LogsSpec {
    Q_DECLARE_TR_FUNCTIONS(LogsSpec)

public:
    static constexpr int kAllLines = -1;

    QString id;   // what the request uses
    QString name; // what the command line uses; the ID if empty
    // A swarm service's logs, merged across its tasks (GET /services/{id}/logs,
    // `docker service logs`) rather than one container's.
    bool service = false;
    bool follow = true;
    bool timestamps = true;
    QString since; // as typed, as the CLI takes it: 10m, 1h30m, 2024-05-01T10:00:00Z, 1714557600
    int tail = kAllLines; // lines from the end of the log; kAllLines for all

    // The engine's `since` value (UNIX seconds, with nanoseconds for dates) for what the user
    // typed, relative to `now` for a duration; an empty string for no limit; nullopt when the
    // text is neither a duration, a date nor a timestamp.
    static std::optional<QString> sinceParameter(const QString &since, const QDateTime &now);
    // A UNIX time as the engine takes it, to the nanosecond: 1714557600.000000001.
    static QString unixTimeText(qint64 seconds, int nanos);
    // Why `since` is not accepted; empty when it is.
    static QString sinceError(const QString &since);

    QUrlQuery query(const QDateTime &now) const;
    Request request(const QDateTime &now) const; // path without the version prefix
    QStringList commandLine() const;
};

// Go's time.ParseDuration, which the docker CLI uses for --since: "10m", "1h30m", "1.5h",
// "300ms". Nanoseconds, or nullopt.
std::optional<qint64> parseGoDuration(const QString &text);

} // namespace gantry
