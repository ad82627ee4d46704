#pragma once

#include "specs/ActionSpecs.h"

#include <QJsonObject>

#include <optional>

namespace gantry {

// A running (or stopped) container's limits changed in place, as `docker update`:
// POST /containers/{id}/update. Only what is set is sent and written on the line; the engine
// keeps the rest (the CLI sends zeros for them, which the engine reads as "unchanged").
struct ContainerUpdateSpec {
    QString id;                            // what the request uses
    QString name;                          // what the command line uses; the short ID if empty
    std::optional<qint64> memoryBytes;     // --memory
    std::optional<qint64> memorySwapBytes; // --memory-swap: memory + swap; -1 unlimited
    std::optional<qint64> nanoCpus;        // --cpus
    // --restart: no, always, unless-stopped, on-failure[:N]
    std::optional<QString> restartPolicy;

    bool isEmpty() const;
    QJsonObject body() const;
    Request request() const;
    QStringList commandLine() const;
    Action action() const;

    // Everything the update dialog offers, as the container has it now (GET /containers/{id}/json).
    static ContainerUpdateSpec fromInspect(const QJsonObject &inspect);
    // What differs from `current`: the update to send.
    ContainerUpdateSpec changedFrom(const ContainerUpdateSpec &current) const;
};

// docker's --memory-swap text: -1 for unlimited, else as -m.
QString memorySwapText(qint64 bytes);

} // namespace gantry
