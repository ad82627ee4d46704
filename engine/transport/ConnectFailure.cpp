#include "transport/ConnectFailure.h"

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

QString ConnectFailure::place(const Endpoint &endpoint)
{
    const QString where = endpoint.kind == Endpoint::Kind::Unix
                              ? tr("the socket %1").arg(endpoint.socketPath)
                              : tr("%1 port %2").arg(endpoint.host).arg(endpoint.port);
    const QString &source = endpoint.source;
    QString origin;
    if (source.startsWith(u"context "_s))
        origin = tr("docker context \"%1\"").arg(source.mid(8));
    else if (source.startsWith(u"saved "_s))
        origin = tr("saved engine \"%1\"").arg(source.mid(6));
    else if (source == u"DOCKER_HOST"_s)
        origin = tr("from DOCKER_HOST");
    else if (source == u"--host"_s)
        origin = tr("from --host");
    else if (source == u"default"_s)
        origin = tr("the default");
    return origin.isEmpty() ? where
                            : tr("%1 (%2)", "place (where it came from)").arg(where, origin);
}

QString ConnectFailure::what(const Endpoint &endpoint, Reason reason)
{
    const QString p = place(endpoint);
    switch (reason) {
    case Reason::SocketMissing:
        return tr("There is no Docker engine socket at %1: the file does not exist.").arg(p);
    case Reason::NotASocket:
        return tr("%1 is not a socket: something else (a file or a folder) is in its place.")
            .arg(p);
    case Reason::PermissionDenied: return tr("Permission denied when opening %1.").arg(p);
    case Reason::Refused:
        return endpoint.kind == Endpoint::Kind::Unix
                   ? tr("Nothing listens on %1: the connection was refused (the socket may be left "
                        "over from an engine that stopped).")
                         .arg(p)
                   : tr("Nothing listens on %1: the connection was refused.").arg(p);
    case Reason::TimedOut: return tr("%1 did not answer in time.").arg(p);
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
        return tr("Add your user to the docker group (\"sudo usermod -aG docker $USER\"), then "
                  "log out and in again; or choose an engine you may use.");
    case Reason::TimedOut:
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
