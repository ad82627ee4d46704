#include "catalogue/EngineCatalogue.h"

#include "catalogue/DockerContexts.h"
#include "transport/DockerConfig.h"

using namespace Qt::StringLiterals;

namespace gantry {

QString EngineChoice::id() const
{
    switch (origin) {
    case Origin::Context: return u"context:"_s + name;
    case Origin::DockerHost: return u"env:DOCKER_HOST"_s;
    case Origin::Saved: return u"saved:"_s + name;
    }
    return {};
}

QString EngineChoice::label() const
{
    switch (origin) {
    case Origin::Context: return tr("context %1", "a docker context").arg(name);
    case Origin::DockerHost: return u"DOCKER_HOST"_s;
    case Origin::Saved: return name;
    }
    return name;
}

Result<Endpoint> EngineChoice::endpoint() const
{
    Result<Endpoint> parsed = Endpoint::parse(url);
    if (!parsed)
        return parsed;
    Endpoint e = parsed.value();
    applyContextTls(e, caFile, certFile, keyFile, skipTlsVerify);
    switch (origin) {
    case Origin::Context: e.source = u"context "_s + name; break;
    case Origin::DockerHost: e.source = u"DOCKER_HOST"_s; break;
    case Origin::Saved: e.source = u"saved "_s + name; break;
    }
    return e;
}

EngineChoice EngineChoice::fromSaved(const SavedEngine &saved)
{
    EngineChoice choice;
    choice.origin = Origin::Saved;
    choice.name = saved.name;
    choice.url = saved.url;
    choice.caFile = saved.caFile;
    choice.certFile = saved.certFile;
    choice.keyFile = saved.keyFile;
    choice.skipTlsVerify = saved.skipTlsVerify;
    return choice;
}

EngineCatalogue::EngineCatalogue(const EndpointInputs &inputs, const SavedEngines &saved)
{
    const DockerConfigDir config(dockerconfig::locate(inputs.env, inputs.homeDir));
    QString current = inputs.env.value(u"DOCKER_CONTEXT"_s);
    if (current.isEmpty())
        current = config.currentContext();
    if (current.isEmpty())
        current = u"default"_s;

    EngineChoice builtIn;
    builtIn.name = u"default"_s;
    builtIn.url = u"unix://"_s + inputs.defaultSocket;
    builtIn.current = current == builtIn.name;
    m_choices.append(builtIn);
    for (const DockerContext &c : config.contexts()) {
        EngineChoice choice;
        choice.name = c.name;
        choice.url = c.host;
        choice.description = c.description;
        choice.caFile = c.caFile;
        choice.certFile = c.certFile;
        choice.keyFile = c.keyFile;
        choice.skipTlsVerify = c.skipTlsVerify;
        choice.current = current == c.name;
        m_choices.append(choice);
    }
    if (const QString host = inputs.env.value(u"DOCKER_HOST"_s); !host.isEmpty()) {
        EngineChoice choice;
        choice.origin = EngineChoice::Origin::DockerHost;
        choice.name = u"DOCKER_HOST"_s;
        choice.url = host;
        // TLS as the CLI takes it for DOCKER_HOST: DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.
        const Result<Endpoint> resolved = resolveEndpoint([&] {
            EndpointInputs only = inputs;
            only.hostFlag.clear();
            return only;
        }());
        if (resolved && resolved->tls) {
            choice.caFile = resolved->caFile;
            choice.certFile = resolved->certFile;
            choice.keyFile = resolved->keyFile;
            choice.skipTlsVerify = !resolved->tlsVerify;
        }
        m_choices.append(choice);
    }
    for (const SavedEngine &s : saved.list())
        m_choices.append(EngineChoice::fromSaved(s));
}

const EngineChoice *EngineCatalogue::find(const QString &id) const
{
    for (const EngineChoice &c : m_choices) {
        if (c.id() == id)
            return &c;
    }
    return nullptr;
}

QString EngineCatalogue::idOf(const Endpoint &endpoint)
{
    const QString &source = endpoint.source;
    if (source == u"default"_s)
        return u"context:default"_s;
    if (source == u"DOCKER_HOST"_s)
        return u"env:DOCKER_HOST"_s;
    if (source.startsWith(u"context "_s))
        return u"context:"_s + source.mid(8);
    if (source.startsWith(u"saved "_s))
        return u"saved:"_s + source.mid(6);
    return {};
}

QString EngineCatalogue::labelOf(const Endpoint &endpoint)
{
    const QString id = idOf(endpoint);
    if (id.startsWith(u"context:"_s))
        return EngineChoice::tr("context %1", "a docker context").arg(id.mid(8));
    if (id.startsWith(u"saved:"_s))
        return id.mid(6);
    if (!id.isEmpty())
        return endpoint.source;
    return endpoint.url();
}

Result<Endpoint> EngineCatalogue::startEndpoint(const EndpointInputs &inputs,
                                                const SavedEngines &saved)
{
    const bool overridden = !inputs.hostFlag.isEmpty() ||
                            !inputs.env.value(u"DOCKER_HOST"_s).isEmpty() ||
                            !inputs.env.value(u"DOCKER_CONTEXT"_s).isEmpty();
    if (!overridden) {
        const QString last = saved.lastEngine();
        if (!last.isEmpty()) {
            const EngineCatalogue catalogue(inputs, saved);
            if (const EngineChoice *choice = catalogue.find(last)) {
                if (Result<Endpoint> e = choice->endpoint())
                    return e;
            }
        }
    }
    return resolveEndpoint(inputs);
}

} // namespace gantry
