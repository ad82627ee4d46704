#pragma once

#include "core/EngineError.h"
#include "transport/Endpoint.h"

#include <QCoreApplication>

#include <optional>

namespace gantry {

// What ssh's exit code and its stderr mean, said about what the user gave: the host key is
// unknown (and how to accept it), ssh wanted a password, the key was refused, no ssh server
// answers, the remote host has no `docker`, its engine is down. Pure functions: unit-tested.
class SshErrors {
    Q_DECLARE_TR_FUNCTIONS(SshErrors)
public:
    // The error when ssh failed before the stream began (so that it may be told to the caller
    // as the answer to its request); nullopt for anything else (e.g. a link that dropped).
    static std::optional<EngineError> diagnose(const Endpoint &endpoint, int exitCode,
                                               const QString &stderrText);
    // `ssh [-p PORT] [-l USER] HOST`: what the user types to accept the host key.
    static QString sshCommand(const Endpoint &endpoint);
};

} // namespace gantry
