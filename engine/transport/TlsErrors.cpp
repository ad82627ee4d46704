#include "transport/TlsErrors.h"

#include <QFileInfo>

#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace gantry {

std::optional<EngineError> TlsErrors::checkFiles(const Endpoint &endpoint)
{
    if (endpoint.kind != Endpoint::Kind::Tcp || !endpoint.tls)
        return std::nullopt;
    const struct {
        const QString &path;
        const char *what;
    } files[] = {
        {endpoint.caFile, QT_TR_NOOP("The CA certificate")},
        {endpoint.certFile, QT_TR_NOOP("The client certificate")},
        {endpoint.keyFile, QT_TR_NOOP("The client key")},
    };
    for (const auto &f : files) {
        if (f.path.isEmpty())
            continue;
        const QFileInfo info(f.path);
        if (!info.exists())
            return EngineError(
                EngineError::Kind::Unreachable,
                tr("%1 %2 for the engine at %3 does not exist. Put the engine's TLS files "
                   "(ca.pem, cert.pem, key.pem) in the folder DOCKER_CERT_PATH names.")
                    .arg(tr(f.what), f.path, endpoint.url()));
        if (!info.isReadable())
            return EngineError(EngineError::Kind::PermissionDenied,
                               tr("%1 %2 for the engine at %3 cannot be read: permission "
                                  "denied.")
                                   .arg(tr(f.what), f.path, endpoint.url()));
    }
    return std::nullopt;
}

std::optional<TlsErrors::Failure> TlsErrors::classifyCurl(int curlCode, const QString &detail)
{
    const QString d = detail.toLower();
    const bool alertOnClientCertificate =
        d.contains(u"alert certificate required"_s) || d.contains(u"alert bad certificate"_s) ||
        d.contains(u"alert unknown ca"_s) || d.contains(u"alert certificate unknown"_s) ||
        d.contains(u"alert handshake failure"_s);
    switch (CURLcode(curlCode)) {
    case CURLE_PEER_FAILED_VERIFICATION:
        if (d.contains(u"subject alt"_s) || d.contains(u"does not match"_s) ||
            d.contains(u"no alternative certificate subject name"_s))
            return Failure::HostnameMismatch;
        return Failure::ServerUntrusted;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        // TLS 1.3: the engine checks the client certificate after the handshake and says so
        // with an alert on the first read.
        if (d.contains(u"alert certificate required"_s))
            return Failure::ClientCertificateMissing;
        if (alertOnClientCertificate)
            return Failure::ClientCertificateRefused;
        if (CURLcode(curlCode) == CURLE_SSL_CONNECT_ERROR)
            return Failure::Handshake;
        return std::nullopt;
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE: return Failure::Handshake;
    default: return std::nullopt;
    }
}

EngineError TlsErrors::explain(const Endpoint &endpoint, Failure failure, const QString &technical)
{
    QString text;
    switch (failure) {
    case Failure::ServerUntrusted:
        text = tr("The engine at %1 presented a certificate that the CA certificate %2 did not "
                  "sign, so Gantry does not trust it. Use the CA certificate of this engine.")
                   .arg(endpoint.url(),
                        endpoint.caFile.isEmpty() ? tr("(the system's)") : endpoint.caFile);
        break;
    case Failure::HostnameMismatch:
        text = tr("The engine's certificate is not valid for %1: it was made for another name "
                  "or address. Connect with a name the certificate lists.")
                   .arg(endpoint.host);
        break;
    case Failure::ClientCertificateMissing:
        text = endpoint.certFile.isEmpty()
                   ? tr("The engine at %1 requires a client certificate and none was given. Set "
                        "DOCKER_CERT_PATH to the folder holding cert.pem and key.pem.")
                         .arg(endpoint.url())
                   : tr("The engine at %1 did not accept the client certificate %2.")
                         .arg(endpoint.url(), endpoint.certFile);
        break;
    case Failure::ClientCertificateRefused:
        text = endpoint.certFile.isEmpty()
                   ? tr("The engine at %1 refused the connection: it requires a client "
                        "certificate and none was given. Set DOCKER_CERT_PATH to the folder "
                        "holding cert.pem and key.pem.")
                         .arg(endpoint.url())
                   : tr("The engine at %1 refused the client certificate %2: it was not signed "
                        "by the CA the engine trusts.")
                         .arg(endpoint.url(), endpoint.certFile);
        break;
    case Failure::Handshake:
        text = tr("The secure connection to the engine at %1 failed.").arg(endpoint.url());
        break;
    }
    if (!technical.isEmpty())
        text += u' ' + tr("(Detail: %1)").arg(technical);
    return EngineError(EngineError::Kind::Unreachable, text);
}

} // namespace gantry
