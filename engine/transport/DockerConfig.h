#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace gantry {

// One docker context as the docker CLI stores it under its config directory:
// contexts/meta/<sha256(name)>/meta.json and contexts/tls/<sha256(name)>/docker/*.pem.
struct DockerContext {
    QString name;
    QString description;
    QString host; // Endpoints.docker.Host
    bool skipTlsVerify = false;
    QString caFile, certFile, keyFile; // the copies in contexts/tls/...; empty when absent
};

// The docker CLI's configuration directory, read the way the CLI reads it (read only).
namespace dockerconfig {

// $DOCKER_CONFIG, else ~/.docker.
QString locate(const QMap<QString, QString> &env, const QString &homeDir);
// config.json's currentContext; empty when unset (the "default" context).
QString currentContext(const QString &configDir);
// Every context stored, sorted by name (the built-in "default" one is not stored).
QList<DockerContext> contexts(const QString &configDir);

} // namespace dockerconfig

} // namespace gantry
