#pragma once

#include "catalogue/SavedEngines.h"
#include "transport/Endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gantry {

// One engine the user can switch to: a docker context, DOCKER_HOST or a saved engine.
struct EngineChoice {
    Q_DECLARE_TR_FUNCTIONS(EngineChoice)

public:
    enum class Origin { Context, DockerHost, Saved };

    Origin origin = Origin::Context;
    QString name; // the context's or saved engine's name; "DOCKER_HOST"
    QString url;
    QString description;
    QString caFile, certFile, keyFile;
    bool skipTlsVerify = false;
    bool current = false; // the docker CLI's current context

    // Stable across runs, for the setting that remembers the last engine:
    // "context:NAME", "env:DOCKER_HOST", "saved:NAME".
    QString id() const;
    // What the window calls it: "context NAME", "DOCKER_HOST", "NAME".
    QString label() const;
    // The endpoint to connect to, TLS files applied; its source names the choice.
    Result<Endpoint> endpoint() const;

    static EngineChoice fromSaved(const SavedEngine &saved);
};

// Everything the user can switch to, in the order shown: the docker contexts (the built-in
// "default" first), DOCKER_HOST when set, then the saved engines.
class EngineCatalogue {
public:
    EngineCatalogue(const EndpointInputs &inputs, const SavedEngines &saved);

    const QList<EngineChoice> &choices() const { return m_choices; }
    const EngineChoice *find(const QString &id) const;
    // The id of the choice an endpoint was made from (by its source); empty for --host.
    static QString idOf(const Endpoint &endpoint);
    // What the window calls the engine of an endpoint: "context NAME", "DOCKER_HOST", the
    // saved engine's name, else its URL.
    static QString labelOf(const Endpoint &endpoint);

    // The engine to open at start: --host, DOCKER_HOST and DOCKER_CONTEXT win (as with the
    // CLI); then the engine chosen last if it is still there; then docker's current context.
    static Result<Endpoint> startEndpoint(const EndpointInputs &inputs, const SavedEngines &saved);

private:
    QList<EngineChoice> m_choices;
};

} // namespace gantry
