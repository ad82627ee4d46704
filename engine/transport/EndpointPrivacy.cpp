#include "transport/EndpointPrivacy.h"

namespace gantry {

bool EndpointPrivacy::isPrivate(const Endpoint &endpoint)
{
    return endpoint.kind == Endpoint::Kind::Unix || endpoint.kind == Endpoint::Kind::Ssh ||
           (endpoint.tls && endpoint.tlsVerify);
}

QString EndpointPrivacy::warning(const Endpoint &endpoint)
{
    if (isPrivate(endpoint))
        return {};
    if (!endpoint.tls)
        return tr("The connection to the Docker engine at %1 is not encrypted: anyone on the "
                  "network can read and change what Gantry sends, registry passwords "
                  "included. Use TLS with verification (DOCKER_TLS_VERIFY=1) or an SSH tunnel.")
            .arg(endpoint.url());
    return tr("The connection to the Docker engine at %1 is encrypted but the engine's "
              "certificate is not verified: anyone on the way can pose as the engine and read "
              "what Gantry sends, registry passwords included. Set DOCKER_TLS_VERIFY=1.")
        .arg(endpoint.url());
}

} // namespace gantry
