#include "registry/RegistrySpecs.h"

#include "api/DockerClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

Request streamingPost(const QString &path, const QUrlQuery &query,
                      const std::optional<RegistryCredentials> &credentials)
{
    Request r;
    r.method = "POST";
    r.path = path + u'?' + query.toString(QUrl::FullyEncoded);
    r.streaming = true;
    r.timeoutMs = 0; // a big image takes as long as it takes; the user can cancel
    // The engine (20.10) refuses a push without the header: send "{}" when not logged in.
    r.headers.append({"X-Registry-Auth", RegistryAuth::authHeader(credentials)});
    return r;
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QStringList serverArgument(const QString &server)
{
    // Docker's own default is Docker Hub: leave it out, as a user would.
    return RegistryAuth::isDockerHub(server) ? QStringList() : QStringList{server};
}

} // namespace

QPair<QString, QString> PullSpec::repositoryAndTag() const
{
    const qsizetype at = reference.indexOf(u'@');
    if (at >= 0)
        return {reference.left(at), reference.mid(at + 1)};
    return ImageTagSpec::splitReference(reference);
}

bool PullSpec::isValidReference(const QString &reference)
{
    static const QRegularExpression digest(u"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}\\z"_s);
    const qsizetype at = reference.indexOf(u'@');
    if (at < 0)
        return ImageTagSpec::isValidTarget(reference);
    return ImageTagSpec::isValidTarget(reference.left(at)) &&
           digest.match(reference.mid(at + 1)).hasMatch();
}

Request PullSpec::request() const
{
    const auto [repo, tag] = repositoryAndTag();
    QUrlQuery q;
    q.addQueryItem(u"fromImage"_s, encoded(repo));
    q.addQueryItem(u"tag"_s, encoded(tag));
    return streamingPost(u"/images/create"_s, q, credentials);
}

QStringList PullSpec::commandLine() const
{
    return {u"docker"_s, u"pull"_s, reference};
}

Request PushSpec::request() const
{
    // docker push without a tag pushes "latest" (since docker 20.10), not every tag.
    const auto [repo, tag] = ImageTagSpec::splitReference(reference);
    QUrlQuery q;
    q.addQueryItem(u"tag"_s, encoded(tag));
    return streamingPost(u"/images/"_s + pathSegment(repo) + u"/push"_s, q, credentials);
}

QStringList PushSpec::commandLine() const
{
    return {u"docker"_s, u"push"_s, reference};
}

Request LoginSpec::request() const
{
    Request r;
    r.method = "POST";
    r.path = u"/auth"_s;
    QJsonObject o;
    o.insert("username"_L1, credentials.username);
    o.insert("password"_L1, credentials.password);
    o.insert("serveraddress"_L1, credentials.serverAddress);
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.timeoutMs = 60000; // the engine asks the registry
    return r;
}

QStringList LoginSpec::commandLine() const
{
    return QStringList{u"docker"_s, u"login"_s, u"-u"_s, credentials.username,
                       u"--password-stdin"_s} +
           serverArgument(credentials.serverAddress);
}

QString LoginSpec::identityToken(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer).object().value("IdentityToken"_L1).toString();
}

QStringList LogoutSpec::commandLine() const
{
    return QStringList{u"docker"_s, u"logout"_s} + serverArgument(server);
}

} // namespace gantry
