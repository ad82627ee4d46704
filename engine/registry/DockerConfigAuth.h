#pragma once

#include "registry/RegistryAuth.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace gantry {

// The registry logins of docker's own config.json (`docker login`), read only: Gantry
// never writes that file. Logins there are either held by a credential helper
// (credHelpers per registry, else credsStore) or, in plaintext, in "auths".
class DockerConfigAuth {
public:
    // $DOCKER_CONFIG, else ~/.docker.
    static QString defaultDir();
    // A missing or malformed file gives an empty value: docker's logins are optional.
    static DockerConfigAuth read(const QString &dir);
    static DockerConfigAuth parse(const QByteArray &json);

    // The name X of the docker-credential-X helper that holds the server's login; empty
    // when none does.
    QString helperFor(const QString &server) const;
    // A plaintext login in "auths" ("auth" = base64 of user:password, or an identity token).
    std::optional<RegistryCredentials> plainLogin(const QString &server) const;
    // The registries docker lists logins for, normalised.
    QStringList servers() const;

private:
    QString m_credsStore;
    QHash<QString, QString> m_helpers;   // normalised server -> helper name
    QHash<QString, QJsonObject> m_auths; // normalised server -> auths entry
};

} // namespace gantry
