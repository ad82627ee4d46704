#include "registry/UpdateCheck.h"

#include "specs/ActionSpecs.h"
#include "transport/Endpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr int kTimeoutMs = 20000;

// A host name or address (no port, no brackets) that is this machine: "localhost" or a loopback
// address, never a name that merely starts like one ("127.x.example.com").
// "host", "host:port" or "[v6]:port".
bool isLoopback(const QString &registry)
{
    const QString host = registry.startsWith(u'[') ? registry.section(u']', 0, 0).mid(1)
                                                   : registry.section(u':', 0, 0);
    return isLoopbackHost(host);
}

QByteArray basic(const RegistryCredentials &c)
{
    return "Basic " + QByteArray(c.username.toUtf8() + ':' + c.password.toUtf8()).toBase64();
}

// key="value" pairs of a WWW-Authenticate challenge.
QHash<QString, QString> challengeParams(const QByteArray &header)
{
    QHash<QString, QString> out;
    static const QRegularExpression re(u"(\\w+)=\"([^\"]*)\""_s);
    auto it = re.globalMatch(QString::fromUtf8(header));
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1).toLower(), m.captured(2));
    }
    return out;
}

EngineError httpError(QNetworkReply *reply, const QString &what)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return EngineError(EngineError::Kind::Cancelled, UpdateCheck::tr("Cancelled."));
    if (status == 0)
        return EngineError(EngineError::Kind::Unreachable,
                           UpdateCheck::tr("%1: %2").arg(what, reply->errorString()));
    // A registry's answer, not the engine's (EngineError::fromHttp would read a 502 as the
    // engine being unreachable).
    EngineError::Kind kind = EngineError::Kind::ServerError;
    if (status == 401)
        kind = EngineError::Kind::Unauthorized;
    else if (status == 403)
        kind = EngineError::Kind::Forbidden;
    else if (status == 404)
        kind = EngineError::Kind::NotFound;
    else if (status < 500)
        kind = EngineError::Kind::BadRequest;
    return EngineError(
        kind, UpdateCheck::tr("%1: the registry answered HTTP %2.").arg(what).arg(status), status);
}

} // namespace

std::optional<ImageName> ImageName::parse(const QString &reference)
{
    if (reference.isEmpty() || reference.contains(u'@') || reference.contains(u' '))
        return std::nullopt;
    const RegistryAuth::Located where = RegistryAuth::locate(reference);
    ImageName n;
    n.registry = where.server;
    std::tie(n.repository, n.tag) = ImageTagSpec::splitReference(where.path);
    if (RegistryAuth::isDockerHub(n.registry) && !n.repository.contains(u'/'))
        n.repository.prepend(u"library/"_s);
    if (n.repository.isEmpty() || n.tag.isEmpty())
        return std::nullopt;
    return n;
}

QByteArray UpdateCheck::acceptedManifestTypes()
{
    return "application/vnd.docker.distribution.manifest.list.v2+json, "
           "application/vnd.docker.distribution.manifest.v2+json, "
           "application/vnd.oci.image.index.v1+json, "
           "application/vnd.oci.image.manifest.v1+json";
}

bool UpdateCheck::mayCarryLogin(const QUrl &url)
{
    if (url.scheme() == u"https"_s)
        return true;
    return url.scheme() == u"http"_s && isLoopbackHost(url.host());
}

QString UpdateCheck::baseUrl(const QString &registry)
{
    if (RegistryAuth::isDockerHub(registry))
        return u"https://registry-1.docker.io"_s;
    return (isLoopback(registry) ? u"http://"_s : u"https://"_s) + registry;
}

QStringList UpdateCheck::repoDigests(const QJsonObject &inspect)
{
    QStringList out;
    for (const QJsonValue &v : inspect.value(u"RepoDigests"_s).toArray())
        out << v.toString();
    return out;
}

UpdateStatus UpdateCheck::compare(const ImageName &name, const QStringList &repoDigests,
                                  const QString &remoteDigest)
{
    UpdateStatus s;
    s.remoteDigest = remoteDigest;
    for (const QString &rd : repoDigests) {
        const qsizetype at = rd.indexOf(u'@');
        if (at < 0)
            continue;
        const std::optional<ImageName> local = ImageName::parse(rd.left(at));
        if (!local || local->registry != name.registry || local->repository != name.repository)
            continue;
        s.localDigest = rd.mid(at + 1);
        if (s.localDigest == remoteDigest) {
            s.state = UpdateStatus::State::UpToDate;
            return s;
        }
        s.state = UpdateStatus::State::Outdated;
    }
    return s; // NotFromRegistry when no RepoDigest names that repository
}

UpdateCheck::UpdateCheck(QObject *parent)
    : QObject(parent)
{
}

UpdateCheck *UpdateCheck::start(QNetworkAccessManager *network, const QString &reference,
                                const QStringList &repoDigests,
                                const std::optional<RegistryCredentials> &credentials,
                                QObject *parent)
{
    auto *c = new UpdateCheck(parent);
    c->m_network = network;
    c->m_repoDigests = repoDigests;
    c->m_credentials = credentials;
    const std::optional<ImageName> name = ImageName::parse(reference);
    if (!name) {
        QTimer::singleShot(0, c, [c, reference] {
            c->done(EngineError(EngineError::Kind::BadRequest,
                                tr("%1 is not a tagged image reference.").arg(reference)));
        });
        return c;
    }
    c->m_name = *name;
    // No login before the registry asks for one (then Basic or a token, as it says).
    c->head({});
    return c;
}

void UpdateCheck::head(const QByteArray &authorization)
{
    QNetworkRequest r(QUrl(baseUrl(m_name.registry) + u"/v2/"_s + m_name.repository +
                           u"/manifests/"_s + m_name.tag));
    r.setRawHeader("Accept", acceptedManifestTypes());
    if (!authorization.isEmpty())
        r.setRawHeader("Authorization", authorization);
    r.setTransferTimeout(kTimeoutMs);
    // A redirect would carry the Authorization header to wherever it points: not followed
    // with a login (the answer is then an error).
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   authorization.isEmpty() ? QNetworkRequest::NoLessSafeRedirectPolicy
                                           : QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->head(r);
    connect(m_reply, &QNetworkReply::finished, this, &UpdateCheck::onHead);
}

void UpdateCheck::onHead()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 && !m_retried) {
        m_retried = true;
        const QByteArray challenge = reply->rawHeader("WWW-Authenticate");
        if (challenge.startsWith("Bearer"))
            return fetchToken(challenge);
        if (challenge.startsWith("Basic") && m_credentials)
            return head(basic(*m_credentials));
    }
    if (status != 200)
        return done(httpError(reply, tr("Checking %1:%2").arg(m_name.repository, m_name.tag)));
    const QString digest = QString::fromLatin1(reply->rawHeader("Docker-Content-Digest"));
    if (!digest.startsWith(u"sha256:"_s))
        return done(EngineError::protocol(tr("The registry did not give the manifest's digest.")));
    done(compare(m_name, m_repoDigests, digest));
}

void UpdateCheck::fetchToken(const QByteArray &challenge)
{
    const QHash<QString, QString> p = challengeParams(challenge);
    QUrl url(p.value(u"realm"_s));
    if (!url.isValid() || url.scheme().isEmpty())
        return done(EngineError::protocol(tr("The registry's login challenge has no realm.")));
    QUrlQuery q;
    if (p.contains(u"service"_s))
        q.addQueryItem(u"service"_s, p.value(u"service"_s));
    q.addQueryItem(u"scope"_s, u"repository:"_s + m_name.repository + u":pull"_s);
    url.setQuery(q);
    QNetworkRequest r(url);
    r.setTransferTimeout(kTimeoutMs);
    // The login goes to the token service over TLS only (or on this machine).
    if (m_credentials && m_credentials->identityToken.isEmpty() && mayCarryLogin(url)) {
        r.setRawHeader("Authorization", basic(*m_credentials));
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::ManualRedirectPolicy);
    }
    m_reply = m_network->get(r);
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = m_reply;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return done(httpError(
                reply, tr("Logging in to %1").arg(RegistryAuth::displayName(m_name.registry))));
        const QJsonObject o = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        const QString token = o.value(u"token"_s).toString(o.value(u"access_token"_s).toString());
        if (token.isEmpty())
            return done(EngineError::protocol(tr("The registry gave no token.")));
        head("Bearer " + token.toUtf8());
    });
}

void UpdateCheck::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void UpdateCheck::done(const Result<UpdateStatus> &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}

} // namespace gantry
