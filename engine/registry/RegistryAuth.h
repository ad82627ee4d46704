#pragma once

#include "core/EngineError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gantry {

// A login for one registry, as docker's AuthConfig. Lives in memory and in the keychain
// only: never logged, never in a command line, never written to a plain file.
struct RegistryCredentials {
    QString serverAddress; // normalised (RegistryAuth::normalizeServer)
    QString username;
    QString password;
    QString identityToken; // given by some registries at login; used instead of the password

    bool operator==(const RegistryCredentials &) const = default;
};

// Registry addresses and the X-Registry-Auth header: pure functions.
class RegistryAuth {
    Q_DECLARE_TR_FUNCTIONS(RegistryAuth)

public:
    enum class Operation { Login, Pull, Push };

    // The key docker uses for Docker Hub, in config.json and in POST /auth.
    static QString dockerHub();

    // What a user may type for a registry, as docker keys it: nothing, "docker.io",
    // "index.docker.io", "registry-1.docker.io" or Hub's URL give dockerHub(); anything
    // else becomes host[:port], without scheme or path, host lower-cased.
    static QString normalizeServer(const QString &typed);
    static bool isDockerHub(const QString &server);
    // An image reference split into the registry it lives on (its first component when that
    // has a '.' or a ':' or is "localhost": docker's rule; else Docker Hub) and the rest.
    struct Located {
        QString server; // normalised
        QString path;   // "team/app:1": the reference without its registry part
    };
    static Located locate(const QString &reference);
    static QString registryOf(const QString &reference) { return locate(reference).server; }
    // "Docker Hub" or the host, for messages.
    static QString displayName(const QString &server);

    // The AuthConfig JSON ({"username","password","serveraddress"}, or the identity
    // token); "{}" without credentials.
    static QByteArray authConfigJson(const std::optional<RegistryCredentials> &credentials);
    // X-Registry-Auth: base64url (RFC 4648 section 5) of authConfigJson. Plain base64
    // breaks on passwords whose encoding has '+' or '/': the engine then sends no login.
    static QByteArray authHeader(const std::optional<RegistryCredentials> &credentials);

    // Turns a registry failure into one that names its cause: not logged in, wrong
    // password, or no right on that repository (wrong namespace). The engine reports
    // these as HTTP 500 or as an error line inside a 200 stream, so only the registry's
    // own words tell them apart. Other errors come back unchanged.
    static EngineError explain(const EngineError &error, Operation op, const QString &server,
                               const QString &repository, bool withCredentials);
};

} // namespace gantry
