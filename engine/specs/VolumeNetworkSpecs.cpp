#include "specs/VolumeNetworkSpecs.h"

#include "specs/ApiRequest.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

void appendLabels(QStringList &argv, const Labels &labels)
{
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        argv << u"--label"_s << it.key() + u'=' + it.value();
}

} // namespace

// -- volumes --------------------------------------------------------------------------------

bool VolumeCreateSpec::isValidName(const QString &name)
{
    static const QRegularExpression re(uR"(^[a-zA-Z0-9][a-zA-Z0-9_.-]+$)"_s);
    return name.isEmpty() || re.match(name).hasMatch();
}

Request VolumeCreateSpec::request() const
{
    // No DriverOpts: the engine then keeps none (null), as for `docker volume create`.
    const QJsonObject body{{u"Name"_s, name},
                           {u"Driver"_s, driver.isEmpty() ? u"local"_s : driver},
                           {u"Labels"_s, labelsObject(labels)}};
    return apiRequest("POST", u"/volumes/create"_s, {}, body);
}

QStringList VolumeCreateSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"volume"_s, u"create"_s};
    if (!driver.isEmpty() && driver != u"local"_s)
        argv << u"--driver"_s << driver;
    appendLabels(argv, labels);
    if (!name.isEmpty())
        argv << name;
    return argv;
}

Request VolumeRemoveSpec::request() const
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(u"force"_s, u"1"_s);
    return apiRequest("DELETE", u"/volumes/"_s + pathSegment(name), q);
}

QStringList VolumeRemoveSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"volume"_s, u"rm"_s};
    if (force)
        argv << u"-f"_s;
    return argv << name;
}

Request VolumePruneSpec::request() const
{
    QUrlQuery q;
    if (all && apiVersion >= ApiVersion(1, 42)) {
        const QJsonObject filters{{u"all"_s, QJsonArray{u"true"_s}}};
        q.addQueryItem(u"filters"_s, filtersValue(filters));
    }
    return apiRequest("POST", u"/volumes/prune"_s, q);
}

QStringList VolumePruneSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"volume"_s, u"prune"_s, u"-f"_s};
    if (all && apiVersion >= ApiVersion(1, 42))
        argv << u"-a"_s; // before 1.42 the flag does not exist: all is what prune does
    return argv;
}

// -- networks -------------------------------------------------------------------------------

bool NetworkCreateSpec::isValidName(const QString &name)
{
    static const QRegularExpression re(uR"(^[a-zA-Z0-9][a-zA-Z0-9_.-]*$)"_s);
    return re.match(name).hasMatch();
}

QString NetworkCreateSpec::networkOf(const QString &cidr)
{
    static const QRegularExpression re(
        uR"(^(?:(\d{1,3}(?:\.\d{1,3}){3})|([0-9a-fA-F:.]*:[0-9a-fA-F:.]*))/(\d{1,3})$)"_s);
    const QRegularExpressionMatch m = re.match(cidr.trimmed());
    if (!m.hasMatch())
        return {};
    const bool v4 = m.hasCaptured(1);
    const QHostAddress address(v4 ? m.captured(1) : m.captured(2));
    const int prefix = m.captured(3).toInt();
    if (address.isNull() || prefix > (v4 ? 32 : 128))
        return {};
    const QPair<QHostAddress, int> net =
        QHostAddress::parseSubnet(address.toString() + u'/' + QString::number(prefix));
    if (net.first.isNull() || net.second != prefix)
        return {};
    return net.first.toString() + u'/' + QString::number(prefix);
}

bool NetworkCreateSpec::isValidSubnet(const QString &cidr)
{
    const QString net = networkOf(cidr);
    if (net.isEmpty())
        return false;
    const QString given = cidr.trimmed();
    const qsizetype slash = given.indexOf(u'/');
    // Compare as addresses: fd00:0::/64 and fd00::/64 are the same network.
    return QHostAddress(given.left(slash)) == QHostAddress(net.left(net.indexOf(u'/')));
}

Request NetworkCreateSpec::request() const
{
    QJsonArray config;
    if (!subnet.isEmpty())
        config.append(QJsonObject{{u"Subnet"_s, subnet.trimmed()}});
    const QJsonObject ipam{
        {u"Driver"_s, u"default"_s}, {u"Config"_s, config}, {u"Options"_s, QJsonObject()}};
    // CheckDuplicate: what the docker CLI asks for; engines before API 1.44 otherwise
    // accept a second network of the same name.
    const QJsonObject body{{u"Name"_s, name},
                           {u"CheckDuplicate"_s, true},
                           {u"Driver"_s, driver.isEmpty() ? u"bridge"_s : driver},
                           {u"Internal"_s, internal},
                           {u"Attachable"_s, attachable},
                           {u"IPAM"_s, ipam},
                           {u"Options"_s, QJsonObject()},
                           {u"Labels"_s, labelsObject(labels)}};
    return apiRequest("POST", u"/networks/create"_s, {}, body);
}

QStringList NetworkCreateSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"network"_s, u"create"_s};
    if (!driver.isEmpty() && driver != u"bridge"_s)
        argv << u"--driver"_s << driver;
    if (!subnet.isEmpty())
        argv << u"--subnet"_s << subnet.trimmed();
    if (internal)
        argv << u"--internal"_s;
    if (attachable)
        argv << u"--attachable"_s;
    appendLabels(argv, labels);
    return argv << name;
}

bool NetworkRemoveSpec::isPredefined(const QString &name)
{
    return name == u"bridge"_s || name == u"host"_s || name == u"none"_s;
}

Request NetworkRemoveSpec::request() const
{
    return apiRequest("DELETE", u"/networks/"_s + pathSegment(network));
}

QStringList NetworkRemoveSpec::commandLine() const
{
    return {u"docker"_s, u"network"_s, u"rm"_s, network};
}

Request NetworkConnectSpec::request() const
{
    const QJsonObject body{{u"Container"_s, container}, {u"EndpointConfig"_s, QJsonObject()}};
    return apiRequest("POST", u"/networks/"_s + pathSegment(network) + u"/connect"_s, {}, body);
}

QStringList NetworkConnectSpec::commandLine() const
{
    return {u"docker"_s, u"network"_s, u"connect"_s, network, container};
}

Request NetworkDisconnectSpec::request() const
{
    const QJsonObject body{{u"Container"_s, container}, {u"Force"_s, force}};
    return apiRequest("POST", u"/networks/"_s + pathSegment(network) + u"/disconnect"_s, {}, body);
}

QStringList NetworkDisconnectSpec::commandLine() const
{
    QStringList argv{u"docker"_s, u"network"_s, u"disconnect"_s};
    if (force)
        argv << u"-f"_s;
    return argv << network << container;
}

} // namespace gantry
