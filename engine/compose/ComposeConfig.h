#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace gantry {

// What `docker-compose config` (v1) or `docker compose config` (v2) prints, read with
// yaml-cpp: the resolved project (variables substituted, files merged). Both tools' shapes
// are read: ports and volumes in short syntax (v1: "127.0.0.1:8080:80/tcp", "data:/www:rw")
// or long syntax (v2: {host_ip, published, target, protocol}, {type, source, target}).
struct ComposeConfig {
    Q_DECLARE_TR_FUNCTIONS(ComposeConfig)

public:
    struct Service {
        QString name;
        QString image;       // empty when it is built
        bool build = false;  // has a build section
        QStringList ports;   // "127.0.0.1:8080->80/tcp"
        QStringList volumes; // "data -> /www", "/host/dir -> /data (bind)"
        QStringList networks;
        bool networkMode = false; // network_mode set: on no project network
    };
    struct Resource {
        QString key;  // the name in the file
        QString name; // the name given (name:), empty for the default PROJECT_key
        bool external = false;
        // The engine's name for it in project `project`.
        QString engineName(const QString &project) const;
    };

    QList<Service> services;
    QList<Resource> networks;
    QList<Resource> volumes;

    // std::nullopt with `error` set when the text is not such a document.
    static std::optional<ComposeConfig> parse(const QByteArray &yaml, QString *error = nullptr);

    QStringList serviceNames() const;
    // What `down` removes in project `project`: the project's own networks (the default
    // network when a service uses it), and with `withVolumes` its own named volumes
    // (external ones are never removed).
    QStringList downNetworks(const QString &project) const;
    QStringList downVolumes(const QString &project) const;
};

// Project names as compose accepts them: lowercase letters, digits, '-' and '_', starting
// with a letter or digit.
struct ComposeProjectName {
    Q_DECLARE_TR_FUNCTIONS(ComposeProjectName)

public:
    // The default compose derives from a folder's name: lowercased, other characters dropped.
    static QString fromFolder(const QString &folderName);
    // Empty when valid, else why not (translated).
    static QString problem(const QString &name);
};

// The files compose reads in a folder when no -f is given: the first of compose.yaml,
// compose.yml, docker-compose.yaml, docker-compose.yml, plus its override file if present.
// Empty when the folder has none.
QStringList composeFilesInFolder(const QString &folder);
// A path the "open a compose file" action takes: a folder, or a .yml/.yaml file.
bool isComposePath(const QString &path);

} // namespace gantry
