#pragma once

#include "core/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace gantry {

// What `up -d` will do to each service, foreseen by comparing the configuration hashes the
// tool computes for the files as they are (`config --hash=*`: "web 59e4…" per line) with
// the `com.docker.compose.config-hash` label of the project's containers: a service whose
// hash changed is recreated, one without a container is created, the others are kept
// (started if stopped). Containers of services no longer in the files are left alone (up
// removes them only with --remove-orphans).
struct ApplyPlan {
    Q_DECLARE_TR_FUNCTIONS(ApplyPlan)

public:
    static constexpr const char *kConfigHash = "com.docker.compose.config-hash";

    QStringList recreated;
    QStringList created;
    QStringList started; // unchanged, but a container is not running
    QStringList unchanged;
    QStringList orphans;

    // "web 59e4…\nworker 24dd…\n" -> {web: 59e4…, worker: 24dd…}
    static QHash<QString, QString> parseHashes(const QString &output);
    static ApplyPlan compare(const QHash<QString, QString> &hashes,
                             const QList<ContainerSummary> &containers);
    bool changesNothing() const { return recreated.isEmpty() && created.isEmpty(); }
    // A few lines for the confirmation (translated).
    QString describe() const;
};

} // namespace gantry
