#pragma once

#include "core/EngineError.h"
#include "transport/Endpoint.h"

#include <QCoreApplication>

namespace gantry {

// Why the engine could not be reached, said in the words of what the user gave: which
// socket, host or context, why (missing, not a socket, permission denied, refused, timed
// out, name not resolved, TLS) and what to do. libcurl's own words ("Failed to connect to
// localhost port 80") name neither the socket nor the reason.
struct ConnectFailure {
    Q_DECLARE_TR_FUNCTIONS(ConnectFailure)

public:
    enum class Reason {
        Other,
        SocketMissing,    // unix: no such file
        NotASocket,       // unix: the path is a file or folder, not a socket
        PermissionDenied, // unix: the socket (or a folder on its path) may not be opened
        Refused,          // nobody listens (a socket left by a stopped engine; a closed port)
        TimedOut,         // no answer to the connection in time
        NameNotResolved,  // tcp: the host name is unknown
        Tls,              // the TLS handshake or a certificate failed
        Dropped,          // connected, then the engine hung up or sent nothing
    };

    // From a libcurl result (CURLcode) and the connect's errno; a unix socket's path is
    // looked at to tell a missing socket from a file that is not one.
    static Reason classify(const Endpoint &endpoint, int curlCode, long osErrno);
    // The error value: kind for the callers' branches, the message for the user.
    static EngineError error(const Endpoint &endpoint, Reason reason, const QString &detail);

    // "the socket /run/docker.sock (docker context "x")", "127.0.0.1 port 2375 (DOCKER_HOST)".
    static QString place(const Endpoint &endpoint);
    static QString what(const Endpoint &endpoint, Reason reason);
    static QString advice(const Endpoint &endpoint, Reason reason);
};

} // namespace gantry
