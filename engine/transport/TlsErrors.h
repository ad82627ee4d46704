#pragma once

#include "core/EngineError.h"
#include "transport/Endpoint.h"

#include <QCoreApplication>

#include <optional>

namespace gantry {

// Turns what libcurl or QSslSocket say about a failed TLS connection into a sentence about
// what the user gave: which certificate file, which engine, and what to do. The technical
// detail stays at the end, for a search or a bug report.
class TlsErrors {
    Q_DECLARE_TR_FUNCTIONS(TlsErrors)
public:
    enum class Failure {
        ServerUntrusted,          // the engine's certificate is not signed by the CA given
        HostnameMismatch,         // signed, but for another name or address
        ClientCertificateMissing, // the engine wants a client certificate, none was given
        ClientCertificateRefused, // the engine refused the one given
        Handshake,                // anything else during the handshake
    };

    // A file the endpoint names but that cannot be read: said before connecting.
    static std::optional<EngineError> checkFiles(const Endpoint &endpoint);
    // From libcurl's result code and its error text (OpenSSL's words inside).
    static std::optional<Failure> classifyCurl(int curlCode, const QString &detail);
    static EngineError explain(const Endpoint &endpoint, Failure failure, const QString &technical);
};

} // namespace gantry
