#include "transport/Endpoint.h"

#include "transport/DockerConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

EngineError badEndpoint(const QString &message)
{
    return EngineError(EngineError::Kind::BadRequest, message);
}

void applyTlsFiles(Endpoint &ep, const QString &dir)
{
    ep.caFile = dir + u"/ca.pem"_s;
    ep.certFile = dir + u"/cert.pem"_s;
    ep.keyFile = dir + u"/key.pem"_s;
}

} // namespace

QString Endpoint::url() const
{
    if (kind == Kind::Unix)
        return u"unix://"_s + socketPath;
    if (kind == Kind::Ssh) {
        const QString h = host.contains(u':') ? u'[' + host + u']' : host;
        return u"ssh://"_s + (sshUser.isEmpty() ? QString() : sshUser + u'@') + h +
               (port > 0 ? u':' + QString::number(port) : QString());
    }
    return u"tcp://%1:%2"_s.arg(host).arg(port);
}

QString Endpoint::baseUrl() const
{
    if (viaSocketFile())
        return u"http://localhost"_s;
    const QString h = host.contains(u':') ? u'[' + host + u']' : host; // IPv6 literal
    return (tls ? u"https://"_s : u"http://"_s) + h + u':' + QString::number(port);
}

Result<Endpoint> Endpoint::parse(const QString &text)
{
    const QString url = text.trimmed();
    Endpoint ep;
    if (url.startsWith(u"unix://"_s)) {
        ep.socketPath = url.mid(7);
        if (ep.socketPath.isEmpty() || !ep.socketPath.startsWith(u'/'))
            return badEndpoint(tr("A unix endpoint needs an absolute socket path: %1").arg(url));
        return ep;
    }
    if (url.startsWith(u'/')) {
        ep.socketPath = url;
        return ep;
    }
    if (url.startsWith(u"tcp://"_s) || url.startsWith(u"http://"_s) ||
        url.startsWith(u"https://"_s)) {
        const QUrl u(url.startsWith(u"tcp://"_s) ? u"http://"_s + url.mid(6) : url);
        if (!u.isValid() || u.host().isEmpty())
            return badEndpoint(tr("Not a valid TCP endpoint: %1").arg(url));
        ep.kind = Kind::Tcp;
        ep.host = u.host();
        ep.tls = url.startsWith(u"https://"_s);
        ep.tlsVerify = ep.tls;
        ep.port = u.port(ep.tls ? 2376 : 2375);
        return ep;
    }
    if (url.startsWith(u"ssh://"_s))
        return parseSsh(url);
    return badEndpoint(tr("Unsupported endpoint (use unix://, tcp:// or ssh://): %1").arg(url));
}

// ssh://[user@]host[:port], with the docker CLI's rules: no password, path, query or fragment.
Result<Endpoint> Endpoint::parseSsh(const QString &text)
{
    // Every message names the URL without its user info's password: "ssh://me:secret@box"
    // is said as "ssh://me@box" whatever else is wrong with it.
    // The user info ends at the last '@', even past a '/' (a password may hold one).
    const QString rest = text.mid(6);
    if (const qsizetype lastAt = rest.lastIndexOf(u'@'); lastAt >= 0) {
        const QString info = rest.left(lastAt);
        if (const qsizetype colon = info.indexOf(u':'); colon >= 0)
            return badEndpoint(
                tr("An ssh endpoint cannot hold a password: %1. Use a key "
                   "(ssh-copy-id) and your ssh agent.")
                    .arg(u"ssh://"_s + info.left(colon) + u'@' + rest.mid(lastAt + 1)));
    }
    const QString &url = text;
    const QString authority = rest.left(rest.indexOf(QRegularExpression(u"[/?#]"_s)));
    const qsizetype at = authority.lastIndexOf(u'@');
    const QString userInfo = at < 0 ? QString() : authority.left(at);
    // The port first: QUrl would only say "invalid" for ssh://host:99999 or ssh://host:x.
    const QString hostPort = authority.mid(at + 1);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    const bool hasPort = colon >= 0 && colon > hostPort.lastIndexOf(u']');
    int port = 0;
    if (hasPort) {
        bool ok = false;
        port = hostPort.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return badEndpoint(
                tr("Not a valid port in %1: use a number from 1 to 65535.").arg(url));
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return badEndpoint(
            tr("Not a valid ssh endpoint: %1 (expected ssh://[user@]host[:port])").arg(url));
    if (!u.path().isEmpty() && u.path() != u"/"_s)
        return badEndpoint(tr("An ssh endpoint takes no path (\"%1\" in %2): the engine's socket "
                              "on the host is found by `docker system dial-stdio` there.")
                               .arg(u.path(), url));
    if (u.hasQuery() || u.hasFragment())
        return badEndpoint(tr("An ssh endpoint takes no query or fragment: %1").arg(url));
    // What ssh and a shell take as they are: letters, digits, '.', '_' and '-' (not first),
    // or an IPv6 address in brackets. Anything else is refused, never passed on.
    static const QRegularExpression plain(u"^[A-Za-z0-9._][A-Za-z0-9._-]*$"_s);
    static const QRegularExpression ipv6(u"^\\[[0-9A-Fa-f:.]+\\]$"_s);
    const QString hostText = hasPort ? hostPort.left(colon) : hostPort;
    if (!plain.match(hostText).hasMatch() && !ipv6.match(hostText).hasMatch())
        return badEndpoint(tr("Not a valid host name in %1: use letters, digits, '.', '-' and "
                              "'_' (not '-' first), or an IPv6 address in brackets.")
                               .arg(url));
    if (at >= 0 && !plain.match(userInfo).hasMatch())
        return badEndpoint(tr("Not a valid user name in %1: use letters, digits, '.', '-' and "
                              "'_' (not '-' first).")
                               .arg(url));
    Endpoint ep;
    ep.kind = Kind::Ssh;
    ep.host = u.host();
    ep.sshUser = u.userName();
    ep.port = port;
    return ep;
}

void applyContextTls(Endpoint &endpoint, const QString &caFile, const QString &certFile,
                     const QString &keyFile, bool skipTlsVerify)
{
    if (endpoint.kind != Endpoint::Kind::Tcp)
        return;
    const bool anyFile = !caFile.isEmpty() || !certFile.isEmpty() || !keyFile.isEmpty();
    if (!anyFile && !skipTlsVerify)
        return; // no TLS configuration: as given (tcp:// plain)
    endpoint.tls = true;
    endpoint.tlsVerify = !skipTlsVerify;
    endpoint.caFile = caFile;
    endpoint.certFile = certFile;
    endpoint.keyFile = keyFile;
}

EndpointInputs EndpointInputs::fromSystem(const QString &hostFlag)
{
    EndpointInputs in;
    in.hostFlag = hostFlag;
    const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
    for (const QString &key : sys.keys()) {
        if (key.startsWith(u"DOCKER_"_s))
            in.env.insert(key, sys.value(key));
    }
    in.homeDir = QDir::homePath();
    return in;
}

Result<Endpoint> resolveEndpoint(const EndpointInputs &in)
{
    const QString configDir = dockerconfig::locate(in.env, in.homeDir);

    // TLS settings from the environment apply to --host and DOCKER_HOST, as with the CLI.
    auto withEnvTls = [&](Endpoint ep) {
        if (ep.kind != Endpoint::Kind::Tcp)
            return ep;
        const bool verify = !in.env.value(u"DOCKER_TLS_VERIFY"_s).isEmpty();
        const bool tls = verify || !in.env.value(u"DOCKER_TLS"_s).isEmpty();
        if (tls || ep.tls) {
            ep.tls = true;
            ep.tlsVerify = verify || ep.tlsVerify;
            const QString certPath = in.env.value(u"DOCKER_CERT_PATH"_s, configDir);
            applyTlsFiles(ep, certPath.isEmpty() ? configDir : certPath);
        }
        return ep;
    };

    if (!in.hostFlag.isEmpty()) {
        Result<Endpoint> ep = Endpoint::parse(in.hostFlag);
        if (!ep)
            return ep;
        Endpoint e = withEnvTls(ep.value());
        e.source = u"--host"_s;
        return e;
    }
    if (!in.env.value(u"DOCKER_HOST"_s).isEmpty()) {
        Result<Endpoint> ep = Endpoint::parse(in.env.value(u"DOCKER_HOST"_s));
        if (!ep)
            return ep;
        Endpoint e = withEnvTls(ep.value());
        e.source = u"DOCKER_HOST"_s;
        return e;
    }

    QString context = in.env.value(u"DOCKER_CONTEXT"_s);
    if (context.isEmpty())
        context = dockerconfig::currentContext(configDir);
    if (!context.isEmpty() && context != u"default"_s) {
        for (const DockerContext &c : dockerconfig::contexts(configDir)) {
            if (c.name != context)
                continue;
            Result<Endpoint> ep = Endpoint::parse(c.host);
            if (!ep)
                return ep;
            Endpoint e = ep.value();
            applyContextTls(e, c.caFile, c.certFile, c.keyFile, c.skipTlsVerify);
            e.source = u"context "_s + context;
            return e;
        }
        return badEndpoint(Endpoint::tr("The docker context \"%1\" was not found in %2.")
                               .arg(context, configDir + u"/contexts"_s));
    }

    Endpoint e;
    e.socketPath = in.defaultSocket;
    e.source = u"default"_s;
    return e;
}

bool Endpoint::isLocal() const
{
    return kind == Kind::Unix || isLoopbackHost(host);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace gantry
