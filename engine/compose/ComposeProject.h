#pragma once

#include "core/Types.h"

#include <QStringList>

namespace gantry {

// A compose project as the labels compose writes on its containers describe it: enough to
// act on its containers in order, and to run the compose tool on it again ("adopt").
struct ComposeProject {
    static constexpr const char *kProject = "com.docker.compose.project";
    static constexpr const char *kConfigFiles = "com.docker.compose.project.config_files";
    static constexpr const char *kWorkingDir = "com.docker.compose.project.working_dir";
    static constexpr const char *kService = "com.docker.compose.service";
    static constexpr const char *kDependsOn = "com.docker.compose.depends_on"; // compose v2

    QString name;
    QStringList configFiles; // absolute paths, in the order given to the tool (-f a -f b)
    QString workingDir;
    QStringList services;               // in start order
    QList<ContainerSummary> containers; // in start order

    // From the containers of one project (any order). Files and working directory from the
    // first container that has them.
    static ComposeProject fromContainers(const QString &name,
                                         const QList<ContainerSummary> &containers);
    // Start order: a service after the services it depends on (the depends_on label, when
    // compose wrote it), otherwise by creation time; stop and remove go the reverse way.
    static QList<ContainerSummary> startOrder(const QList<ContainerSummary> &containers);
    // "db:service_started:false,cache:service_healthy:true" -> db, cache
    static QStringList dependsOn(const ContainerSummary &container);
    // The service a container runs (its com.docker.compose.service label); empty: none.
    static QString serviceOf(const ContainerSummary &container);

    bool hasFiles() const { return !configFiles.isEmpty(); }
    QString envFile() const; // WORKING_DIR/.env, empty without a working directory
};

} // namespace gantry
