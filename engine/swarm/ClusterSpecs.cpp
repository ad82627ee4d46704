#include "swarm/ClusterSpecs.h"

#include "specs/ApiRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// A join token as shown and logged: its prefix only (it is a credential).
QString redactedToken(const QString &token)
{
    static const QString prefix = u"SWMTKN-1-"_s;
    return token.startsWith(prefix) ? prefix + u"…"_s : u"…"_s;
}

const QString kDefaultListen = u"0.0.0.0:2377"_s;

QString noun(SwarmObjectKind kind)
{
    return kind == SwarmObjectKind::Secret ? u"secret"_s : u"config"_s;
}

} // namespace

Request SwarmInitSpec::request() const
{
    return apiRequest("POST", u"/swarm/init"_s, {},
                      {{u"ListenAddr"_s, listenAddress.isEmpty() ? kDefaultListen : listenAddress},
                       {u"AdvertiseAddr"_s, advertiseAddress}});
}

QStringList SwarmInitSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"swarm"_s, u"init"_s};
    if (!advertiseAddress.isEmpty())
        argv << u"--advertise-addr"_s << advertiseAddress;
    if (!listenAddress.isEmpty() && listenAddress != kDefaultListen)
        argv << u"--listen-addr"_s << listenAddress;
    return argv;
}

bool SwarmJoinSpec::isValidToken(const QString &token)
{
    static const QRegularExpression re(uR"(^SWMTKN-1-[0-9a-z]{1,50}-[0-9a-z]{1,50}$)"_s);
    return re.match(token).hasMatch();
}

Request SwarmJoinSpec::request() const
{
    QJsonObject body{{u"ListenAddr"_s, listenAddress.isEmpty() ? kDefaultListen : listenAddress},
                     {u"RemoteAddrs"_s, QJsonArray{managerAddress}},
                     {u"JoinToken"_s, token}};
    if (!advertiseAddress.isEmpty())
        body.insert(u"AdvertiseAddr"_s, advertiseAddress);
    return apiRequest("POST", u"/swarm/join"_s, {}, body);
}

QStringList SwarmJoinSpec::commandLine(bool revealToken) const
{
    QStringList argv{u"docker"_s, u"swarm"_s, u"join"_s, u"--token"_s,
                     revealToken ? token : redactedToken(token)};
    if (!listenAddress.isEmpty() && listenAddress != kDefaultListen)
        argv << u"--listen-addr"_s << listenAddress;
    if (!advertiseAddress.isEmpty())
        argv << u"--advertise-addr"_s << advertiseAddress;
    argv << managerAddress;
    return argv;
}

Request SwarmLeaveSpec::request() const
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(u"force"_s, u"1"_s);
    return apiRequest("POST", u"/swarm/leave"_s, q);
}

QStringList SwarmLeaveSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"swarm"_s, u"leave"_s};
    if (force)
        argv << u"--force"_s;
    return argv;
}

Request SwarmRotateTokenSpec::request() const
{
    QUrlQuery q;
    q.addQueryItem(u"version"_s, QString::number(version));
    q.addQueryItem(manager ? u"rotateManagerToken"_s : u"rotateWorkerToken"_s, u"true"_s);
    Request r = apiRequest("POST", u"/swarm/update"_s, q);
    r.body = QJsonDocument(spec).toJson(QJsonDocument::Compact);
    return r;
}

QStringList SwarmRotateTokenSpec::commandLine() const
{
    return {u"docker"_s,   u"swarm"_s,   u"join-token"_s,
            u"--rotate"_s, u"--quiet"_s, manager ? u"manager"_s : u"worker"_s};
}

QJsonObject NodeUpdateSpec::changedSpec() const
{
    QJsonObject s = spec;
    switch (change) {
    case Change::Availability: s.insert(u"Availability"_s, availability); break;
    case Change::Promote: s.insert(u"Role"_s, u"manager"_s); break;
    case Change::Demote: s.insert(u"Role"_s, u"worker"_s); break;
    case Change::Labels: {
        QJsonObject labels = s.value("Labels"_L1).toObject();
        for (const QString &k : removeLabels)
            labels.remove(k);
        for (auto it = addLabels.cbegin(); it != addLabels.cend(); ++it)
            labels.insert(it.key(), it.value());
        s.insert(u"Labels"_s, labels);
        break;
    }
    }
    return s;
}

Request NodeUpdateSpec::request() const
{
    QUrlQuery q;
    q.addQueryItem(u"version"_s, QString::number(version));
    Request r = apiRequest("POST", u"/nodes/"_s + pathSegment(id) + u"/update"_s, q);
    r.body = QJsonDocument(changedSpec()).toJson(QJsonDocument::Compact);
    return r;
}

QStringList NodeUpdateSpec::commandLine() const
{
    switch (change) {
    case Change::Promote: return {u"docker"_s, u"node"_s, u"promote"_s, id};
    case Change::Demote: return {u"docker"_s, u"node"_s, u"demote"_s, id};
    case Change::Availability:
        return {u"docker"_s, u"node"_s, u"update"_s, u"--availability"_s, availability, id};
    case Change::Labels: break;
    }
    QStringList argv{u"docker"_s, u"node"_s, u"update"_s};
    for (auto it = addLabels.cbegin(); it != addLabels.cend(); ++it)
        argv << u"--label-add"_s
             << (it.value().isEmpty() ? it.key() : it.key() + u'=' + it.value());
    for (const QString &k : removeLabels)
        argv << u"--label-rm"_s << k;
    argv << id;
    return argv;
}

bool SwarmObjectCreateSpec::isValidName(const QString &name)
{
    static const QRegularExpression re(uR"(^[a-zA-Z0-9]+(?:[a-zA-Z0-9_.-]*[a-zA-Z0-9])?$)"_s);
    return name.size() <= 64 && re.match(name).hasMatch();
}

QJsonObject SwarmObjectCreateSpec::body() const
{
    return QJsonObject{{u"Name"_s, name},
                       {u"Labels"_s, labelsObject(labels)},
                       {u"Data"_s, QString::fromLatin1(data.toBase64())}};
}

Request SwarmObjectCreateSpec::request() const
{
    return apiRequest("POST", u'/' + noun(kind) + u"s/create"_s, {}, body());
}

QStringList SwarmObjectCreateSpec::commandLine() const
{
    QStringList argv{u"docker"_s, noun(kind), u"create"_s};
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        argv << u"--label"_s << it.key() + u'=' + it.value();
    argv << name << (fileName.isEmpty() ? u"-"_s : fileName);
    return argv;
}

Request SwarmObjectRemoveSpec::request() const
{
    return apiRequest("DELETE",
                      u'/' + noun(kind) + u"s/"_s + pathSegment(id.isEmpty() ? name : id));
}

QStringList SwarmObjectRemoveSpec::commandLine() const
{
    return {u"docker"_s, noun(kind), u"rm"_s, name.isEmpty() ? id : name};
}

} // namespace gantry
