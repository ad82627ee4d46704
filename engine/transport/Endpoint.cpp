#include "transport/Endpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

std::optional<QJsonObject> readJsonObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
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
Result<Endpoint> Endpoint::parseSsh(const QString &url)
{
    // The port first: QUrl would only say "invalid" for ssh://host:99999 or ssh://host:x.
    const QString rest = url.mid(6);
    const QString authority = rest.left(rest.indexOf(QRegularExpression(u"[/?#]"_s)));
    const QString hostPort = authority.mid(authority.lastIndexOf(u'@') + 1);
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
    if (!u.password().isEmpty())
        return badEndpoint(tr("An ssh endpoint cannot hold a password: %1. Use a key (ssh-copy-id) "
                              "and your ssh agent.")
                               .arg(u.toString(QUrl::RemovePassword)));
    if (!u.path().isEmpty() && u.path() != u"/"_s)
        return badEndpoint(tr("An ssh endpoint takes no path (\"%1\" in %2): the engine's socket "
                              "on the host is found by `docker system dial-stdio` there.")
                               .arg(u.path(), url));
    if (u.hasQuery() || u.hasFragment())
        return badEndpoint(tr("An ssh endpoint takes no query or fragment: %1").arg(url));
    Endpoint ep;
    ep.kind = Kind::Ssh;
    ep.host = u.host();
    ep.sshUser = u.userName();
    ep.port = port;
    return ep;
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
    const QString configDir = in.env.value(u"DOCKER_CONFIG"_s).isEmpty()
                                  ? in.homeDir + u"/.docker"_s
                                  : in.env.value(u"DOCKER_CONFIG"_s);

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
    if (context.isEmpty()) {
        if (const auto config = readJsonObject(configDir + u"/config.json"_s))
            context = config->value("currentContext"_L1).toString();
    }
    if (!context.isEmpty() && context != u"default"_s) {
        QDirIterator it(configDir + u"/contexts/meta"_s, QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QString dir = it.next();
            const auto meta = readJsonObject(dir + u"/meta.json"_s);
            if (!meta || meta->value("Name"_L1).toString() != context)
                continue;
            const QJsonObject docker =
                meta->value("Endpoints"_L1).toObject().value("docker"_L1).toObject();
            Result<Endpoint> ep = Endpoint::parse(docker.value("Host"_L1).toString());
            if (!ep)
                return ep;
            Endpoint e = ep.value();
            const QString tlsDir =
                configDir + u"/contexts/tls/"_s + QFileInfo(dir).fileName() + u"/docker"_s;
            if (e.kind == Endpoint::Kind::Tcp && QFileInfo::exists(tlsDir + u"/ca.pem"_s)) {
                e.tls = true;
                e.tlsVerify = !docker.value("SkipTLSVerify"_L1).toBool();
                applyTlsFiles(e, tlsDir);
            }
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

} // namespace gantry
