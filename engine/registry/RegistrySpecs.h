#pragma once

#include "registry/RegistryAuth.h"
#include "specs/ActionSpecs.h"

#include <optional>

// Registry actions as specs (see ActionSpecs.h). The credentials go into the request only:
// the command lines never hold a password (docker reads it from stdin or its own store).
namespace gantry {

// docker pull REFERENCE: POST /images/create?fromImage=...&tag=...
struct PullSpec {
    QString reference; // name[:tag] or name@sha256:digest, as typed
    std::optional<RegistryCredentials> credentials;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {reference, request(), commandLine()}; }

    // The repository and the tag or digest the engine is asked for ("latest" when the
    // reference has neither: an empty tag would pull every tag).
    QPair<QString, QString> repositoryAndTag() const;
    // Docker's reference grammar: a name with an optional tag or digest.
    static bool isValidReference(const QString &reference);
};

// docker push REFERENCE: POST /images/{name}/push?tag=...
struct PushSpec {
    QString reference; // [registry/]namespace/repo[:tag]
    std::optional<RegistryCredentials> credentials;

    Request request() const;
    QStringList commandLine() const;
    Action action() const { return {reference, request(), commandLine()}; }
};

// docker login -u USER --password-stdin [SERVER]: POST /auth, which checks the login with
// the registry and stores nothing.
struct LoginSpec {
    RegistryCredentials credentials;

    Request request() const;
    QStringList commandLine() const;

    // The IdentityToken of POST /auth's answer ("" for most registries): docker keeps it
    // instead of the password when there is one.
    static QString identityToken(const QByteArray &answer);
};

// docker logout [SERVER]: forgetting a login is local, no engine call.
struct LogoutSpec {
    QString server;

    QStringList commandLine() const;
};

} // namespace gantry
