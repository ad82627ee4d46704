#include "registry/DockerConfigAuth.h"

#include "transport/DockerConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gantry {

QString DockerConfigAuth::defaultDir()
{
    return dockerconfig::locate({{u"DOCKER_CONFIG"_s, qEnvironmentVariable("DOCKER_CONFIG")}},
                                QDir::homePath());
}

DockerConfigAuth DockerConfigAuth::read(const QString &dir)
{
    QFile f(dir + u"/config.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(f.read(4 * 1024 * 1024));
}

DockerConfigAuth DockerConfigAuth::parse(const QByteArray &json)
{
    DockerConfigAuth out;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    out.m_credsStore = root.value("credsStore"_L1).toString();
    const QJsonObject helpers = root.value("credHelpers"_L1).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (!it.value().toString().isEmpty())
            out.m_helpers.insert(RegistryAuth::normalizeServer(it.key()), it.value().toString());
    }
    const QJsonObject auths = root.value("auths"_L1).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it)
        out.m_auths.insert(RegistryAuth::normalizeServer(it.key()), it.value().toObject());
    return out;
}

QString DockerConfigAuth::helperFor(const QString &server) const
{
    return m_helpers.value(RegistryAuth::normalizeServer(server), m_credsStore);
}

std::optional<RegistryCredentials> DockerConfigAuth::plainLogin(const QString &server) const
{
    const QString key = RegistryAuth::normalizeServer(server);
    const QJsonObject entry = m_auths.value(key);
    RegistryCredentials c;
    c.serverAddress = key;
    c.identityToken = entry.value("identitytoken"_L1).toString();
    const QByteArray auth = QByteArray::fromBase64(entry.value("auth"_L1).toString().toLatin1());
    const qsizetype colon = auth.indexOf(':');
    if (colon > 0) {
        c.username = QString::fromUtf8(auth.left(colon));
        c.password = QString::fromUtf8(auth.mid(colon + 1));
    }
    if (c.identityToken.isEmpty() && c.username.isEmpty())
        return std::nullopt;
    return c;
}

QStringList DockerConfigAuth::servers() const
{
    QStringList out = m_auths.keys();
    for (const QString &s : m_helpers.keys()) {
        if (!out.contains(s))
            out << s;
    }
    out.sort();
    return out;
}

} // namespace gantry
