#pragma once

#include "transport/Endpoint.h"

#include <QCoreApplication>

namespace gantry {

// Whether what travels to the engine stays between Gantry and the engine: a local socket,
// or TLS with the engine's certificate verified. Over a plain tcp:// engine, or TLS that
// trusts any certificate, anyone on the way can read and change the requests, registry
// passwords included.
struct EndpointPrivacy {
    Q_DECLARE_TR_FUNCTIONS(EndpointPrivacy)

public:
    static bool isPrivate(const Endpoint &endpoint);
    // What is wrong with the connection, in a sentence for the window; empty when private.
    static QString warning(const Endpoint &endpoint);
};

} // namespace gantry
