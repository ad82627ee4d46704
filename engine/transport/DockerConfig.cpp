#include "transport/DockerConfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace gantry::dockerconfig {

namespace {

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

} // namespace

QString locate(const QMap<QString, QString> &env, const QString &homeDir)
{
    const QString configured = env.value(u"DOCKER_CONFIG"_s);
    return configured.isEmpty() ? homeDir + u"/.docker"_s : configured;
}

QString currentContext(const QString &configDir)
{
    if (const auto config = readJsonObject(configDir + u"/config.json"_s))
        return config->value("currentContext"_L1).toString();
    return {};
}

QList<DockerContext> contexts(const QString &configDir)
{
    QList<DockerContext> out;
    QDirIterator it(configDir + u"/contexts/meta"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        const auto meta = readJsonObject(dir + u"/meta.json"_s);
        if (!meta)
            continue;
        DockerContext c;
        c.name = meta->value("Name"_L1).toString();
        if (c.name.isEmpty())
            continue;
        c.description = meta->value("Metadata"_L1).toObject().value("Description"_L1).toString();
        const QJsonObject docker =
            meta->value("Endpoints"_L1).toObject().value("docker"_L1).toObject();
        c.host = docker.value("Host"_L1).toString();
        c.skipTlsVerify = docker.value("SkipTLSVerify"_L1).toBool();
        const QString tls =
            configDir + u"/contexts/tls/"_s + QFileInfo(dir).fileName() + u"/docker/"_s;
        auto present = [&tls](const QString &file) {
            return QFileInfo::exists(tls + file) ? tls + file : QString();
        };
        c.caFile = present(u"ca.pem"_s);
        c.certFile = present(u"cert.pem"_s);
        c.keyFile = present(u"key.pem"_s);
        out.append(c);
    }
    std::sort(out.begin(), out.end(),
              [](const DockerContext &a, const DockerContext &b) { return a.name < b.name; });
    return out;
}

} // namespace gantry::dockerconfig
