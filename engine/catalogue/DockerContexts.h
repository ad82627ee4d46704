#pragma once

#include "core/Result.h"
#include "transport/DockerConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gantry {

// What `docker context create NAME --docker host=URL,ca=...,cert=...,key=...` is given.
struct DockerContextSpec {
    QString name;
    QString description;
    QString host;
    QString caFile, certFile, keyFile; // the user's files; copied into the config directory
    bool skipTlsVerify = false;

    // The arguments after `docker`, and the line to show (quoted for a POSIX shell).
    QStringList cliArguments() const;
    QString cliLine() const;
};

// The docker CLI's configuration directory ($DOCKER_CONFIG, else ~/.docker), read the way
// the CLI reads it. Gantry writes into it only when the user asks to save an engine as a
// docker context, and then exactly what `docker context create` writes.
class DockerConfigDir {
    Q_DECLARE_TR_FUNCTIONS(DockerConfigDir)

public:
    explicit DockerConfigDir(QString path)
        : m_path(std::move(path))
    {
    }

    const QString &path() const { return m_path; }
    // config.json's currentContext; empty when unset (the "default" context).
    QString currentContext() const;
    // Every context stored, sorted by name (the built-in "default" one is not stored).
    QList<DockerContext> contexts() const;

    // The folder name the CLI gives a context: the hex SHA-256 of its name.
    static QString contextId(const QString &name);
    // Empty when `docker context create` accepts the name, else why not (translated).
    static QString nameProblem(const QString &name);
    // Empty when no context of that name is stored (nor its folder), else why not.
    QString takenProblem(const QString &name) const;
    // Writes the context as `docker context create` does (meta.json 0644 in a 0755 folder,
    // TLS copies 0600 in 0700 folders; folders and TLS files less
    // the umask, meta.json 0644 as the CLI sets it); refuses a name already taken (its
    // folder there at all); all or nothing.
    Result<Done> createContext(const DockerContextSpec &spec) const;

private:
    QString m_path;
};

} // namespace gantry
