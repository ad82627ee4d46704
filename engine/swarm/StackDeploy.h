#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "swarm/ClusterSpecs.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// What `docker stack deploy -c FILE NAME` makes of a compose file, as docker/cli's
// cli/compose/convert does it: overlay networks NAME_x, secrets and configs NAME_x, services
// NAME_x, each labelled com.docker.stack.namespace=NAME (and the services
// com.docker.stack.image=IMAGE), a service on NAME_default when it names no network, with
// its own name as alias on each. Pure: the plan is run by StackRunner.
namespace gantry {

struct StackNetwork {
    QString key;  // as in the file
    QString name; // NAME_key, or the external/explicit name
    QString driver = QStringLiteral("overlay");
    Labels labels;
    bool external = false;
    bool attachable = false;
    bool internal = false;
    QJsonObject createBody() const; // POST /networks/create
};

// A secret or a config.
struct StackObject {
    QString key;
    QString name;
    Labels labels;
    QByteArray data; // the file's content
    bool external = false;
    QJsonObject createBody() const; // POST /secrets/create, /configs/create
};

struct StackService {
    QString key;
    QString name;
    // The service spec; its secrets and configs name theirs (SecretName, ConfigName) and
    // get their IDs when deployed; networks are targeted by name.
    QJsonObject spec;
};

struct StackPlan {
    QString name;
    QString composeFile; // as given, for the command line
    QList<StackNetwork> networks;
    QList<StackObject> secrets;
    QList<StackObject> configs;
    QList<StackService> services;

    // docker stack deploy --resolve-image never -c FILE NAME (never: nothing is pulled or
    // resolved against a registry).
    QStringList deployCommandLine() const;
    static QStringList removeCommandLine(const QString &stack);
};

// Docker's rule for a stack name (it prefixes every object's): [a-zA-Z0-9][a-zA-Z0-9_.-]*.
bool isValidStackName(const QString &name);

// Reads the compose file's text (files it names, for secrets and configs, relative to
// `baseDir`). A YAML error, an unsupported construct or a missing file: an error value
// saying which.
Result<StackPlan> planStack(const QByteArray &yaml, const QString &stackName,
                            const QString &composeFile, const QString &baseDir);

// Size caps: a compose file, and each file a secret or config names.
inline constexpr qint64 MaxComposeFileBytes = 1024 * 1024;
inline constexpr qint64 MaxStackObjectBytes = SwarmObjectCreateSpec::kMaxSecretBytes;

// Reads a regular file of at most `cap` bytes into `out` (never more than cap + 1 bytes are
// read: a device or FIFO is refused before it is opened). Returns an error text, or empty.
QString readBoundedFile(const QString &path, qint64 cap, QByteArray *out);

// The cheap check fit for every keystroke: the compose file exists, is a regular file and is
// under the cap. Reads nothing. Returns an error text, or empty.
QString checkComposeFile(const QString &path);

// Reads the compose file (bounded) and plans it, relative to its directory.
Result<StackPlan> planStackFile(const QString &path, const QString &stackName);

} // namespace gantry
