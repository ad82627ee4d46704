#include "transport/ConnectFailure.h"

#include "transport/SshErrors.h"

#include <QFileInfo>

#include <curl/curl.h>

#include <cerrno>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace gantry {

ConnectFailure::Reason ConnectFailure::classify(const Endpoint &endpoint, int curlCode,
                                                long osErrno)
{
    const auto code = CURLcode(curlCode);
    if (endpoint.kind == Endpoint::Kind::Unix &&
        (code == CURLE_COULDNT_CONNECT || code == CURLE_OPERATION_TIMEDOUT)) {
        struct stat st {};
        const QByteArray path = endpoint.socketPath.toLocal8Bit();
        if (::stat(path.constData(), &st) != 0) {
            if (errno == EACCES)
                return Reason::PermissionDenied; // a folder on the way
            if (errno == ENOENT || errno == ENOTDIR)
                return Reason::SocketMissing;
        } else if (!S_ISSOCK(st.st_mode)) {
            return Reason::NotASocket;
        }
    }
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        if (osErrno == EACCES || osErrno == EPERM)
            return Reason::PermissionDenied;
        if (osErrno == ENOENT)
            return Reason::SocketMissing;
        if (osErrno == ETIMEDOUT)
            return Reason::TimedOut;
        if (osErrno == ECONNREFUSED)
            return Reason::Refused;
        return Reason::Other;
    case CURLE_OPERATION_TIMEDOUT: return Reason::TimedOut;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return Reason::NameNotResolved;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED: return Reason::Tls;
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE: return Reason::Dropped;
    default: return Reason::Other;
    }
}

namespace {

// "/run/docker.sock (docker context "x")", "127.0.0.1 port 2375 (from DOCKER_HOST)".
QString placeWithOrigin(const Endpoint &endpoint)
{
    // Other kinds of endpoints (through a bridge) are named by their URL.
    QString where = endpoint.url();
    if (endpoint.kind == Endpoint::Kind::Unix)
        where = endpoint.socketPath;
    else if (endpoint.kind == Endpoint::Kind::Tcp)
        where = ConnectFailure::tr("%1 port %2").arg(endpoint.host).arg(endpoint.port);
    const QString &source = endpoint.source;
    QString origin;
    if (source.startsWith(u"context "_s))
        origin = ConnectFailure::tr("docker context \"%1\"").arg(source.mid(8));
    else if (source.startsWith(u"saved "_s))
        origin = ConnectFailure::tr("saved engine \"%1\"").arg(source.mid(6));
    else if (source == u"DOCKER_HOST"_s)
        origin = ConnectFailure::tr("from DOCKER_HOST");
    else if (source == u"--host"_s)
        origin = ConnectFailure::tr("from --host");
    else if (source == u"default"_s)
        origin = ConnectFailure::tr("the default");
    return origin.isEmpty()
               ? where
               : ConnectFailure::tr("%1 (%2)", "place (where it came from)").arg(where, origin);
}

} // namespace

QString ConnectFailure::place(const Endpoint &endpoint)
{
    return endpoint.kind == Endpoint::Kind::Unix
               ? tr("the socket %1").arg(placeWithOrigin(endpoint))
               : placeWithOrigin(endpoint);
}

QString ConnectFailure::what(const Endpoint &endpoint, Reason reason)
{
    const QString p = place(endpoint);
    const QString bare = placeWithOrigin(endpoint);
    const bool local = endpoint.kind == Endpoint::Kind::Unix;
    switch (reason) {
    case Reason::SocketMissing: return tr("The socket %1 does not exist.").arg(bare);
    case Reason::NotASocket:
        return tr("%1 is not a socket: a file or a folder is in its place.").arg(bare);
    case Reason::PermissionDenied: return tr("Permission denied when opening %1.").arg(p);
    case Reason::Refused:
        return local ? tr("Nothing listens on %1: the connection was refused (the socket may be "
                          "left over from an engine that stopped).")
                           .arg(p)
                     : tr("Nothing listens on %1: the connection was refused.").arg(p);
    case Reason::TimedOut: return tr("The engine at %1 did not answer in time.").arg(p);
    case Reason::NameNotResolved:
        return tr("The host name \"%1\" could not be resolved (%2).").arg(endpoint.host, p);
    case Reason::Tls: return tr("The TLS connection to %1 failed.").arg(p);
    case Reason::Dropped:
        return tr("The engine at %1 closed the connection without an answer.").arg(p);
    case Reason::Other: return tr("The Docker engine at %1 cannot be reached.").arg(p);
    }
    return {};
}

QString ConnectFailure::advice(const Endpoint &endpoint, Reason reason)
{
    if (endpoint.kind == Endpoint::Kind::Ssh) { // through the local ssh bridge (SshBridge)
        switch (reason) {
        case Reason::Dropped:
            return tr("ssh ended without an answer from `docker system dial-stdio` on that "
                      "host. Run in a terminal: %1 docker version, and check that the Docker "
                      "CLI there is recent (18.09 or later) and that its DOCKER_HOST, if set, "
                      "names a running engine.")
                .arg(SshErrors::sshCommand(endpoint));
        case Reason::SocketMissing:
        case Reason::Refused:
        case Reason::NotASocket:
            return tr("Gantry's local bridge to ssh is not available: reconnect to this engine.");
        default: break;
        }
    }
    switch (reason) {
    case Reason::SocketMissing:
    case Reason::Refused:
        if (endpoint.kind == Endpoint::Kind::Unix)
            return tr("Is Docker running? Start it (for example with \"sudo systemctl start "
                      "docker\"), or choose another engine.");
        return tr("Is the engine running, and listening on this port? Check the address, or "
                  "choose another engine.");
    case Reason::NotASocket:
        return tr("Check the address: it should name the engine's socket (dockerd --host).");
    case Reason::PermissionDenied:
        if (endpoint.kind == Endpoint::Kind::Unix)
            return tr("Add your user to the docker group (\"sudo usermod -aG docker $USER\"), "
                      "then log out and in again; or choose an engine you may use.");
        // A TCP connect refused by this machine: a local firewall rule or security policy.
        return tr("This computer does not allow the connection: check its firewall rules and "
                  "security policy (SELinux, AppArmor) for this address and port.");
    case Reason::TimedOut:
        if (endpoint.kind == Endpoint::Kind::Unix)
            return tr("The engine does not accept connections: it may be stuck or overloaded. "
                      "Restart it (for example with \"sudo systemctl restart docker\").");
        return tr("Check that the host is up and that no firewall drops the connection.");
    case Reason::NameNotResolved:
        return tr("Check the host name for typing errors, and the network or VPN that knows it.");
    case Reason::Tls:
        return tr("Check the CA certificate, the client certificate and key of this engine, "
                  "and that the engine speaks TLS on this port.");
    case Reason::Dropped:
        return tr("Is this the engine's address? Another program may listen there, or the "
                  "engine may expect TLS.");
    case Reason::Other: return {};
    }
    return {};
}

EngineError ConnectFailure::error(const Endpoint &endpoint, Reason reason, const QString &detail)
{
    if (!endpoint.bridgeFailure.isEmpty()) // the bridge never listened: its reason, not ours
        return EngineError(EngineError::Kind::Unreachable, endpoint.bridgeFailure);
    QString message = what(endpoint, reason);
    if (const QString a = advice(endpoint, reason); !a.isEmpty())
        message += u' ' + a;
    // libcurl's words help where they carry what we cannot (a TLS reason, an odd failure).
    if ((reason == Reason::Tls || reason == Reason::Other) && !detail.isEmpty())
        message += u' ' + tr("(Details: %1)").arg(detail);
    EngineError::Kind kind = EngineError::Kind::Unreachable;
    if (reason == Reason::PermissionDenied)
        kind = EngineError::Kind::PermissionDenied;
    else if (reason == Reason::TimedOut)
        kind = EngineError::Kind::Timeout;
    return EngineError(kind, message);
}

} // namespace gantry
