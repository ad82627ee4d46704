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
    // `requestUnread`: the caller's request is still unread on the bridged socket, so no byte
    // of an answer can have reached it; without it, only the forms that ssh and docker give
    // before any stream (host key, authentication, connect, no docker...) are recognised, and
    // a "timed out" or "closed" of a link that worked gives nullopt.
    static std::optional<EngineError> diagnose(const Endpoint &endpoint, int exitCode,
                                               const QString &stderrText,
                                               bool requestUnread = false);
    // `ssh [-p PORT] [-l USER] -- HOST`, each word quoted for a POSIX shell: what the user
    // types to accept the host key.
    static QString sshCommand(const Endpoint &endpoint);
    // `word` as a POSIX shell reads it as one word: as it is when plain, else in quotes.
    static QString shellQuote(const QString &word);
    // [-p PORT] [-l USER]: how ssh is told the URL's port and user.
    static QStringList sshLogin(const Endpoint &endpoint);
};

} // namespace gantry
